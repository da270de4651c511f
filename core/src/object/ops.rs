//! The abstract object protocol: what `a + b`, `a < b`, `hash(a)`, `a.x`, `f(x)`, `iter(a)` mean
//! for any values, dispatched through the type slots with CPython's rules (reflected operands
//! tried first when the right operand's type is a subclass, `NotImplemented` falls through).

use alloc::format;
use alloc::string::String;

use super::args::Args;
use super::error::PyResult;
use super::typeobj::{BinOp, CmpOp, TypeRef, flags};
use super::value::Value;
use crate::runtime::Runtime;

impl Runtime {
    /// The type of any value (small ints are `int`).
    #[inline(always)]
    pub fn type_of(&self, v: &Value) -> TypeRef {
        match v.heap() {
            Some(h) => TypeRef(h.type_ptr()),
            None => self.types().int,
        }
    }

    /// The type's name as `type(v).__name__` gives it.
    pub fn type_name(&self, v: &Value) -> String {
        String::from(self.type_of(v).data().tp_name())
    }

    /// The value as a type, if it is a type object.
    #[inline]
    pub fn type_ref_of_type_value(&self, v: &Value) -> Option<TypeRef> {
        let h = v.heap()?;
        if h.type_data().has_flag(flags::TYPE_SUBCLASS) {
            Some(TypeRef(v.header_ptr()?))
        } else {
            None
        }
    }

    /// Whether `sub` is `sup` or has it in its MRO.
    #[cfg_attr(copperhead_stencil, inline(always), allow(unreachable_code))]
    pub fn is_subtype(&self, sub: TypeRef, sup: TypeRef) -> bool {
        // Stencils walk the MRO through the runtime-helper table (jit/helpers.rs).
        #[cfg(copperhead_stencil)]
        return crate::jit::helpers::route::is_subtype(self, sub, sup);
        sub == sup || sub.data().mro().iter().any(|t| sup.is(t))
    }

    #[inline]
    pub fn isinstance_type(&self, v: &Value, ty: TypeRef) -> bool {
        self.is_subtype(self.type_of(v), ty)
    }

    /// Looks `name` up along a type's MRO (no descriptors applied). A name that is interned
    /// (every identifier in code and every method name is) goes through the attribute cache;
    /// any other text walks the MRO without interning it (no allocation for odd names).
    pub fn lookup_in_type(&self, ty: TypeRef, name: &str) -> Option<Value> {
        if let Some(n) = self.interned().get(name) {
            return self.lookup_name_in_type(ty, &n);
        }
        for t in ty.data().mro() {
            let t = TypeRef(t.header_ptr()?);
            if let Some(d) = self.dict_data(t.data().dict())
                && let Some(v) = d.get_str(self, name)
            {
                return Some(v);
            }
        }
        None
    }

    pub fn repr(&self, v: &Value) -> PyResult<Value> {
        let ty = self.type_of(v);
        match ty.data().slots().repr {
            Some(f) => {
                self.with_recursion_guard(" while getting the repr of an object", || f(self, v))
            }
            None => Err(self.type_error("object has no __repr__")),
        }
    }

    /// `repr(v)` as Rust text.
    pub fn repr_string(&self, v: &Value) -> PyResult<String> {
        let r = self.repr(v)?;
        Ok(String::from(self.str_of(&r).unwrap_or("")))
    }

    pub fn str(&self, v: &Value) -> PyResult<Value> {
        if self.type_of(v) == self.types().str {
            return Ok(v.clone());
        }
        let ty = self.type_of(v);
        match ty.data().slots().str.or(ty.data().slots().repr) {
            Some(f) => f(self, v),
            None => Err(self.type_error("object has no __str__")),
        }
    }

    pub fn str_string(&self, v: &Value) -> PyResult<String> {
        let s = self.str(v)?;
        Ok(String::from(self.str_of(&s).unwrap_or("")))
    }

    #[inline]
    pub fn hash(&self, v: &Value) -> PyResult<i64> {
        if let Some(i) = v.as_small_int() {
            return Ok(super::int::hash_int(super::int::IntRef::Small(i)));
        }
        let ty = self.type_of(v);
        if ty == self.types().str {
            return Ok(
                unsafe { v.heap().unwrap_unchecked().payload::<super::str::StrData>() }.hash(),
            );
        }
        match ty.data().slots().hash {
            Some(f) => f(self, v),
            None => Err(self.type_error(format!("unhashable type: '{}'", ty.data().tp_name()))),
        }
    }

    /// `a op b` with CPython's reflected-operand rules; the result may be any object.
    pub fn rich_compare(&self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
        self.with_recursion_guard(" in comparison", || {
            let ta = self.type_of(a);
            let tb = self.type_of(b);
            let mut checked_reverse = false;
            if ta != tb
                && self.is_subtype(tb, ta)
                && let Some(f) = tb.data().slots().richcompare
            {
                checked_reverse = true;
                let r = f(self, b, a, op.swapped())?;
                if !self.is_not_implemented(&r) {
                    return Ok(r);
                }
            }
            if let Some(f) = ta.data().slots().richcompare {
                let r = f(self, a, b, op)?;
                if !self.is_not_implemented(&r) {
                    return Ok(r);
                }
            }
            if !checked_reverse && let Some(f) = tb.data().slots().richcompare {
                let r = f(self, b, a, op.swapped())?;
                if !self.is_not_implemented(&r) {
                    return Ok(r);
                }
            }
            match op {
                CmpOp::Eq => Ok(self.bool_value(a.is(b))),
                CmpOp::Ne => Ok(self.bool_value(!a.is(b))),
                _ => Err(self.type_error(format!(
                    "'{}' not supported between instances of '{}' and '{}'",
                    op.symbol(),
                    ta.data().name(),
                    tb.data().name()
                ))),
            }
        })
    }

    pub fn rich_compare_bool(&self, a: &Value, b: &Value, op: CmpOp) -> PyResult<bool> {
        // Identity implies equality for `==` (as CPython's PyObject_RichCompareBool).
        if a.is(b) {
            if op == CmpOp::Eq {
                return Ok(true);
            }
            if op == CmpOp::Ne {
                return Ok(false);
            }
        }
        let r = self.rich_compare(a, b, op)?;
        self.truthy(&r)
    }

    #[inline]
    pub fn eq(&self, a: &Value, b: &Value) -> PyResult<bool> {
        if a.is_small_int() && b.is_small_int() {
            return Ok(a.is(b));
        }
        self.rich_compare_bool(a, b, CmpOp::Eq)
    }

    /// `a op b` for a binary operator (not in-place).
    pub fn binary_op(&self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        if let Some(r) = self.binary_op1(a, b, op)? {
            return Ok(r);
        }
        Err(self.binop_type_error(a, b, op.symbol()))
    }

    /// Tries the slots of both operands; `None` when both return NotImplemented.
    fn binary_op1(&self, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let sa = ta.data().slots().binary[op as usize];
        let sb = if ta != tb {
            tb.data().slots().binary[op as usize]
        } else {
            None
        };
        let sb = if sb.map(|f| f as usize) == sa.map(|f| f as usize) {
            None
        } else {
            sb
        };
        if let Some(fa) = sa {
            if let Some(fb) = sb
                && self.is_subtype(tb, ta)
            {
                let r = fb(self, a, b)?;
                if !self.is_not_implemented(&r) {
                    return Ok(Some(r));
                }
                let r = fa(self, a, b)?;
                return Ok(if self.is_not_implemented(&r) {
                    None
                } else {
                    Some(r)
                });
            }
            let r = fa(self, a, b)?;
            if !self.is_not_implemented(&r) {
                return Ok(Some(r));
            }
        }
        if let Some(fb) = sb {
            let r = fb(self, a, b)?;
            if !self.is_not_implemented(&r) {
                return Ok(Some(r));
            }
        }
        Ok(None)
    }

    /// `a op= b`: the in-place slot of `a` first, then the binary operator.
    pub fn inplace_op(&self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        if let Some(f) = self.type_of(a).data().slots().inplace[op as usize] {
            let r = f(self, a, b)?;
            if !self.is_not_implemented(&r) {
                return Ok(r);
            }
        }
        if let Some(r) = self.binary_op1(a, b, op)? {
            return Ok(r);
        }
        Err(self.binop_type_error(a, b, op.inplace_symbol()))
    }

    fn binop_type_error(&self, a: &Value, b: &Value, sym: &str) -> super::error::PyErr {
        self.type_error(format!(
            "unsupported operand type(s) for {sym}: '{}' and '{}'",
            self.type_name(a),
            self.type_name(b)
        ))
    }

    /// `divmod(a, b)`, with the reflected operand rules of binary operators.
    pub fn divmod(&self, a: &Value, b: &Value) -> PyResult<Value> {
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let fa = ta.data().slots().divmod;
        let fb = if ta != tb {
            tb.data().slots().divmod
        } else {
            None
        };
        let order: [Option<super::typeobj::BinaryFn>; 2] =
            if fb.is_some() && self.is_subtype(tb, ta) {
                [fb, fa]
            } else {
                [fa, fb]
            };
        for f in order.into_iter().flatten() {
            let r = f(self, a, b)?;
            if !self.is_not_implemented(&r) {
                return Ok(r);
            }
        }
        Err(self.binop_type_error(a, b, "divmod()"))
    }

    /// `pow(a, b, m)`.
    pub fn ternary_pow(&self, a: &Value, b: &Value, m: &Value) -> PyResult<Value> {
        if self.is_none(m) {
            return self.binary_op(a, b, BinOp::Pow);
        }
        for ty in [self.type_of(a), self.type_of(b), self.type_of(m)] {
            if let Some(f) = ty.data().slots().ternary_pow {
                let r = f(self, a, b, m)?;
                if !self.is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        Err(self.type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
            self.type_name(a),
            self.type_name(b),
            self.type_name(m)
        )))
    }

    fn unary(&self, v: &Value, f: Option<super::typeobj::UnaryFn>, sym: &str) -> PyResult<Value> {
        match f {
            Some(f) => f(self, v),
            None => Err(self.type_error(format!(
                "bad operand type for {sym}: '{}'",
                self.type_name(v)
            ))),
        }
    }
    pub fn neg(&self, v: &Value) -> PyResult<Value> {
        self.unary(v, self.type_of(v).data().slots().neg, "unary -")
    }
    pub fn pos(&self, v: &Value) -> PyResult<Value> {
        self.unary(v, self.type_of(v).data().slots().pos, "unary +")
    }
    pub fn invert(&self, v: &Value) -> PyResult<Value> {
        self.unary(v, self.type_of(v).data().slots().invert, "unary ~")
    }
    pub fn abs(&self, v: &Value) -> PyResult<Value> {
        self.unary(v, self.type_of(v).data().slots().abs, "abs()")
    }

    /// Truth value: `__bool__`, else `__len__`, else true.
    pub fn truthy(&self, v: &Value) -> PyResult<bool> {
        if let Some(i) = v.as_small_int() {
            return Ok(i != 0);
        }
        let s = self.singletons();
        if v.is(&s.true_) {
            return Ok(true);
        }
        if v.is(&s.false_) || v.is(&s.none) {
            return Ok(false);
        }
        let slots = self.type_of(v).data().slots();
        if let Some(f) = slots.bool {
            return f(self, v);
        }
        if let Some(f) = slots.len {
            return Ok(f(self, v)? != 0);
        }
        Ok(true)
    }

    pub fn len(&self, v: &Value) -> PyResult<usize> {
        match self.type_of(v).data().slots().len {
            Some(f) => f(self, v),
            None => Err(self.type_error(format!(
                "object of type '{}' has no len()",
                self.type_name(v)
            ))),
        }
    }

    /// `operator.index(v)`: an exact int.
    pub fn index(&self, v: &Value) -> PyResult<Value> {
        if v.is_small_int() || self.type_of(v) == self.types().int {
            return Ok(v.clone());
        }
        match self.type_of(v).data().slots().index {
            Some(f) => f(self, v),
            None => Err(self.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                self.type_name(v)
            ))),
        }
    }

    /// `v` as a machine-size index; OverflowError when it does not fit (CPython's wording).
    pub fn index_isize(&self, v: &Value) -> PyResult<isize> {
        if let Some(i) = v.as_small_int() {
            return Ok(i);
        }
        let i = self.index(v)?;
        match self.int_ref(&i) {
            Some(super::int::IntRef::Small(i)) => Ok(i),
            Some(super::int::IntRef::Big(b)) => {
                num_traits::ToPrimitive::to_isize(b).ok_or_else(|| {
                    self.new_error(
                        self.exc().index_error,
                        format!(
                            "cannot fit '{}' into an index-sized integer",
                            self.type_name(v)
                        ),
                    )
                })
            }
            None => Err(self.type_error("__index__ returned non-int")),
        }
    }

    pub fn getitem(&self, obj: &Value, key: &Value) -> PyResult<Value> {
        let ty = self.type_of(obj);
        if let Some(f) = ty.data().slots().getitem {
            return f(self, obj, key);
        }
        if let Some(t) = self.type_ref_of_type_value(obj) {
            // `type[int]` is a generic alias.
            if t == self.types().type_ {
                return super::generic_alias::new_alias(self, obj.clone(), key.clone());
            }
            // Looked up as an attribute of the class so the implicit classmethod binds.
            if self.lookup_in_type(t, "__class_getitem__").is_some() {
                let cg = self.getattr_str(obj, "__class_getitem__")?;
                return self.call(&cg, Args::positional(core::slice::from_ref(key)));
            }
            return Err(self.type_error(format!("type '{}' is not subscriptable", t.data().name())));
        }
        Err(self.type_error(format!(
            "'{}' object is not subscriptable",
            ty.data().tp_name()
        )))
    }

    pub fn setitem(&self, obj: &Value, key: &Value, value: &Value) -> PyResult<()> {
        match self.type_of(obj).data().slots().setitem {
            Some(f) => f(self, obj, key, Some(value)),
            None => Err(self.type_error(format!(
                "'{}' object does not support item assignment",
                self.type_name(obj)
            ))),
        }
    }

    pub fn delitem(&self, obj: &Value, key: &Value) -> PyResult<()> {
        match self.type_of(obj).data().slots().setitem {
            Some(f) => f(self, obj, key, None),
            None => {
                // CPython's wording depends on its path: sequence-like types given an index
                // say "doesn't", everything else "does not".
                let s = self.type_of(obj).data().slots();
                let seq = s.getitem.is_some() || s.contains.is_some() || s.len.is_some();
                let verb = if seq && self.type_of(key).data().slots().index.is_some() {
                    "doesn't"
                } else {
                    "does not"
                };
                Err(self.type_error(format!(
                    "'{}' object {verb} support item deletion",
                    self.type_name(obj)
                )))
            }
        }
    }

    /// `item in container`.
    pub fn contains(&self, container: &Value, item: &Value) -> PyResult<bool> {
        if let Some(f) = self.type_of(container).data().slots().contains {
            return f(self, container, item);
        }
        // Only a missing protocol gets this message; errors raised by `__iter__` propagate.
        let slots = self.type_of(container).data().slots();
        if slots.iter.is_none() && slots.getitem.is_none() {
            return Err(self.type_error(format!(
                "argument of type '{}' is not iterable",
                self.type_name(container)
            )));
        }
        let it = self.iter(container)?;
        while let Some(x) = self.next(&it)? {
            if self.eq(&x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    pub fn iter(&self, v: &Value) -> PyResult<Value> {
        let slots = self.type_of(v).data().slots();
        if let Some(f) = slots.iter {
            let it = f(self, v)?;
            if self.type_of(&it).data().slots().next.is_none() {
                return Err(self.type_error(format!(
                    "iter() returned non-iterator of type '{}'",
                    self.type_name(&it)
                )));
            }
            return Ok(it);
        }
        if slots.getitem.is_some() {
            return super::iterators::new_seq_iterator(self, v.clone());
        }
        Err(self.type_error(format!("'{}' object is not iterable", self.type_name(v))))
    }

    /// The next item, or `None` when the iterator is exhausted.
    pub fn next(&self, it: &Value) -> PyResult<Option<Value>> {
        match self.type_of(it).data().slots().next {
            Some(f) => f(self, it),
            None => Err(self.type_error(format!(
                "'{}' object is not an iterator",
                self.type_name(it)
            ))),
        }
    }

    /// Every item of an iterable, collected.
    pub fn collect(&self, iterable: &Value) -> PyResult<alloc::vec::Vec<Value>> {
        if let Some(items) = self.tuple_items(iterable) {
            return Ok(items.to_vec());
        }
        if let Some(l) = self.list_data(iterable) {
            return Ok(l.items().to_vec());
        }
        let it = self.iter(iterable)?;
        let mut out = alloc::vec::Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    pub fn getattr(&self, obj: &Value, name: &Value) -> PyResult<Value> {
        match self.type_of(obj).data().slots().getattro {
            Some(f) => f(self, obj, name),
            None => Err(self.attribute_error(format!(
                "'{}' object has no attribute '{}'",
                self.type_name(obj),
                self.str_of(name).unwrap_or("?")
            ))),
        }
    }

    pub fn getattr_str(&self, obj: &Value, name: &str) -> PyResult<Value> {
        let n = self.intern(name);
        self.getattr(obj, &n)
    }

    /// `getattr(obj, name, None)`-style: `Ok(None)` when the attribute is missing.
    pub fn getattr_opt(&self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        match self.getattr_str(obj, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.err_matches(&e, self.exc().attribute_error) => Ok(None),
            Err(e) => Err(e),
        }
    }

    pub fn setattr(&self, obj: &Value, name: &Value, value: Option<&Value>) -> PyResult<()> {
        match self.type_of(obj).data().slots().setattro {
            Some(f) => f(self, obj, name, value),
            None => Err(self.attribute_error(format!(
                "'{}' object has no attribute '{}'",
                self.type_name(obj),
                self.str_of(name).unwrap_or("?")
            ))),
        }
    }

    pub fn call(&self, callable: &Value, args: Args<'_>) -> PyResult<Value> {
        // Calls run arbitrary code, so no borrows are live here: the collector may run.
        self.gc_safe_point();
        match self.type_of(callable).data().slots().call {
            Some(f) => self
                .with_recursion_guard(" while calling a Python object", || f(self, callable, args)),
            None => Err(self.type_error(format!(
                "'{}' object is not callable",
                self.type_name(callable)
            ))),
        }
    }

    /// `obj.name(*args)`.
    pub fn call_method(&self, obj: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
        let m = self.getattr_str(obj, name)?;
        self.call(&m, Args::positional(args))
    }

    /// Runs `f` one level deeper; past the recursion limit raises RecursionError instead of
    /// letting the native stack overflow.
    pub fn with_recursion_guard<T>(
        &self,
        what: &str,
        f: impl FnOnce() -> PyResult<T>,
    ) -> PyResult<T> {
        let d = self.recursion_depth.get();
        if d >= self.recursion_limit.get() || self.native_stack_exhausted(d) {
            return Err(self.recursion_error(format!("maximum recursion depth exceeded{what}")));
        }
        self.recursion_depth.set(d + 1);
        let r = f();
        self.recursion_depth.set(d);
        r
    }
}
