//! The generic slot functions of classes made at run time (CPython's `slot_tp_*`/`slot_nb_*`):
//! each looks its dunder up on the object's type and calls it, checking the result as CPython
//! does. `heaptype.rs` decides which slots get them.

use alloc::format;
use alloc::vec::Vec;

use super::args::Args;
use super::descr::{MethodDescrData, MethodKind, SlotWrapperData};
use super::error::PyResult;
use super::slot_names::SlotName;
use super::typeobj::{BinOp, BinaryFn, CmpOp, Slots, TypeRef};
use super::value::Value;
use crate::runtime::Runtime;

// ---------------------------------------------------------------------------------------------
// Calling dunders found on the type.

fn is_unbound_method(rt: &Runtime, attr: &Value) -> bool {
    let t = rt.types();
    let ty = rt.type_of(attr);
    if ty == t.function || ty == t.wrapper_descriptor {
        return true;
    }
    if ty == t.method_descriptor {
        let d = unsafe { attr.heap().map(|h| h.payload::<MethodDescrData>()) };
        return d.is_some_and(|d| d.kind == MethodKind::Instance);
    }
    false
}

/// Calls a dunder found on the type of `obj` as a method of `obj`.
pub fn call_unbound(rt: &Runtime, attr: &Value, obj: &Value, args: Args<'_>) -> PyResult<Value> {
    if is_unbound_method(rt, attr) {
        // One or two arguments (binary and unary slots) without a heap vector.
        if args.kwnames.is_empty() {
            match args.all {
                [] => return call_direct(rt, attr, core::slice::from_ref(obj)),
                [a] => {
                    // Borrowed copies (no reference counting): both outlive the call, and
                    // the callee takes references of its own.
                    // SAFETY: `obj` and `a` are live values borrowed for this whole call.
                    let pair = core::mem::ManuallyDrop::new(unsafe {
                        [Value::from_raw(obj.bits()), Value::from_raw(a.bits())]
                    });
                    return call_direct(rt, attr, &pair[..]);
                }
                _ => {}
            }
        }
        let mut all = Vec::with_capacity(args.all.len() + 1);
        all.push(obj.clone());
        all.extend_from_slice(args.all);
        return rt.call(attr, Args::new(&all, args.kwnames));
    }
    if let Some(get) = rt.type_of(attr).data().slots().descr_get {
        let bound = get(rt, attr, Some(obj), &rt.type_of(obj).value())?;
        return rt.call(&bound, args);
    }
    rt.call(attr, args)
}

/// Calls an unbound method with positional arguments: a Python function straight through the
/// interpreter's hook (its frame counts one recursion level, as in CPython, where `rt.call`'s
/// guard would count a second), anything else through `rt.call`.
#[inline]
fn call_direct(rt: &Runtime, attr: &Value, args: &[Value]) -> PyResult<Value> {
    if rt.type_of(attr) == rt.types().function
        && let Some(call) = rt.hooks.get().call_function
    {
        rt.gc_safe_point();
        return call(rt, attr, Args::new(args, &[]));
    }
    rt.call(attr, Args::new(args, &[]))
}

/// `lookup_in_type` for a slot's dunder name, by its interned str (no hashing of the text).
#[inline(always)]
fn lookup_slot_name(rt: &Runtime, ty: TypeRef, name: SlotName) -> Option<Value> {
    match rt.slot_names.get(rt, name) {
        Some(n) => rt.lookup_name_in_type(ty, &n),
        None => rt.lookup_in_type(ty, name.text()),
    }
}

/// `type(obj).name(obj, *args)`; `Ok(None)` when the type has no such attribute.
pub fn call_special(
    rt: &Runtime,
    obj: &Value,
    name: SlotName,
    args: &[Value],
) -> PyResult<Option<Value>> {
    match lookup_slot_name(rt, rt.type_of(obj), name) {
        Some(attr) => call_unbound(rt, &attr, obj, Args::positional(args)).map(Some),
        None => Ok(None),
    }
}

fn special_or_ni(rt: &Runtime, obj: &Value, name: SlotName, args: &[Value]) -> PyResult<Value> {
    Ok(call_special(rt, obj, name, args)?.unwrap_or_else(|| rt.not_implemented()))
}

/// Calls a dunder the slot needs; a missing one (a descriptor with `__delete__` but no
/// `__set__`) raises AttributeError carrying just the name, as CPython's `vectorcall_method`.
fn special_required(rt: &Runtime, obj: &Value, name: SlotName, args: &[Value]) -> PyResult<Value> {
    match call_special(rt, obj, name, args)? {
        Some(v) => Ok(v),
        None => Err(rt.attribute_error(name.text())),
    }
}

// ---------------------------------------------------------------------------------------------
// The generic slot functions (CPython's slot_tp_* / slot_nb_* family).

pub(crate) fn slot_repr(rt: &Runtime, v: &Value) -> PyResult<Value> {
    let r = special_required(rt, v, SlotName::REPR, &[])?;
    if rt.str_of(&r).is_none() {
        return Err(rt.type_error(format!(
            "__repr__ returned non-string (type {})",
            rt.type_name(&r)
        )));
    }
    Ok(r)
}

pub(crate) fn slot_str(rt: &Runtime, v: &Value) -> PyResult<Value> {
    let r = special_required(rt, v, SlotName::STR, &[])?;
    if rt.str_of(&r).is_none() {
        return Err(rt.type_error(format!(
            "__str__ returned non-string (type {})",
            rt.type_name(&r)
        )));
    }
    Ok(r)
}

pub(crate) fn slot_hash(rt: &Runtime, v: &Value) -> PyResult<i64> {
    let ty = rt.type_of(v);
    let attr = lookup_slot_name(rt, ty, SlotName::HASH);
    let Some(attr) = attr.filter(|a| !rt.is_none(a)) else {
        return Err(rt.type_error(format!("unhashable type: '{}'", ty.data().tp_name())));
    };
    let r = call_unbound(rt, &attr, v, Args::positional(&[]))?;
    let Some(ir) = rt.int_ref(&r) else {
        return Err(rt.type_error("__hash__ method should return an integer"));
    };
    // As CPython: a result that fits a machine word is the hash itself; only larger ones are
    // reduced by int's own hash.
    let h = match ir.to_i64() {
        Some(i) => i,
        None => rt.hash(&r)?,
    };
    Ok(if h == -1 { -2 } else { h })
}

pub(crate) fn slot_richcompare(rt: &Runtime, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    special_or_ni(rt, a, SlotName::compare(op), core::slice::from_ref(b))
}

/// Whether `tb` defines the reflected method differently from `ta` (then it is tried first).
fn method_is_overloaded(rt: &Runtime, ta: TypeRef, tb: TypeRef, name: SlotName) -> bool {
    match (
        lookup_slot_name(rt, tb, name),
        lookup_slot_name(rt, ta, name),
    ) {
        (None, _) => false,
        (Some(_), None) => true,
        (Some(x), Some(y)) => !x.is(&y),
    }
}

/// CPython's SLOT1BINFULL: `a.__op__(b)`, with `b.__rop__(a)` first when b's type is a
/// subclass overriding it, and as the fallback.
fn binary_impl(
    rt: &Runtime,
    a: &Value,
    b: &Value,
    names: (SlotName, SlotName),
    get: fn(&Slots) -> Option<BinaryFn>,
    me: usize,
) -> PyResult<Value> {
    let (ta, tb) = (rt.type_of(a), rt.type_of(b));
    let is_me = |t: TypeRef| get(t.data().slots()).map(|f| f as usize) == Some(me);
    let mut do_other = ta != tb && is_me(tb);
    if is_me(ta) {
        if do_other && rt.is_subtype(tb, ta) && method_is_overloaded(rt, ta, tb, names.1) {
            let r = special_or_ni(rt, b, names.1, core::slice::from_ref(a))?;
            if !rt.is_not_implemented(&r) {
                return Ok(r);
            }
            do_other = false;
        }
        let r = special_or_ni(rt, a, names.0, core::slice::from_ref(b))?;
        if !rt.is_not_implemented(&r) || ta == tb {
            return Ok(r);
        }
    }
    if do_other {
        return special_or_ni(rt, b, names.1, core::slice::from_ref(a));
    }
    Ok(rt.not_implemented())
}

pub(crate) fn slot_binary<const OP: usize>(rt: &Runtime, a: &Value, b: &Value) -> PyResult<Value> {
    let (n, r, _) = SlotName::binary(BinOp::ALL[OP]);
    binary_impl(
        rt,
        a,
        b,
        (n, r),
        |s| s.binary[OP],
        slot_binary::<OP> as BinaryFn as usize,
    )
}

pub(crate) fn slot_inplace<const OP: usize>(rt: &Runtime, a: &Value, b: &Value) -> PyResult<Value> {
    let (_, _, i) = SlotName::binary(BinOp::ALL[OP]);
    special_or_ni(rt, a, i, core::slice::from_ref(b))
}

pub(crate) const BINARY_SLOTS: [BinaryFn; 13] = [
    slot_binary::<0>,
    slot_binary::<1>,
    slot_binary::<2>,
    slot_binary::<3>,
    slot_binary::<4>,
    slot_binary::<5>,
    slot_binary::<6>,
    slot_binary::<7>,
    slot_binary::<8>,
    slot_binary::<9>,
    slot_binary::<10>,
    slot_binary::<11>,
    slot_binary::<12>,
];
pub(crate) const INPLACE_SLOTS: [BinaryFn; 13] = [
    slot_inplace::<0>,
    slot_inplace::<1>,
    slot_inplace::<2>,
    slot_inplace::<3>,
    slot_inplace::<4>,
    slot_inplace::<5>,
    slot_inplace::<6>,
    slot_inplace::<7>,
    slot_inplace::<8>,
    slot_inplace::<9>,
    slot_inplace::<10>,
    slot_inplace::<11>,
    slot_inplace::<12>,
];

pub(crate) fn slot_divmod(rt: &Runtime, a: &Value, b: &Value) -> PyResult<Value> {
    binary_impl(
        rt,
        a,
        b,
        (SlotName::DIVMOD, SlotName::RDIVMOD),
        |s| s.divmod,
        slot_divmod as BinaryFn as usize,
    )
}

pub(crate) fn slot_pow3(rt: &Runtime, a: &Value, b: &Value, m: &Value) -> PyResult<Value> {
    let me = slot_pow3 as super::typeobj::TernaryFn as usize;
    if rt.type_of(a).data().slots().ternary_pow.map(|f| f as usize) == Some(me) {
        return special_or_ni(rt, a, SlotName::POW, &[b.clone(), m.clone()]);
    }
    Ok(rt.not_implemented())
}

pub(crate) fn slot_unary<const I: usize>(rt: &Runtime, v: &Value) -> PyResult<Value> {
    special_required(rt, v, SlotName::unary(I), &[])
}

pub(crate) fn slot_int(rt: &Runtime, v: &Value) -> PyResult<Value> {
    let r = special_required(rt, v, SlotName::INT, &[])?;
    if rt.int_ref(&r).is_none() {
        return Err(rt.type_error(format!(
            "__int__ returned non-int (type {})",
            rt.type_name(&r)
        )));
    }
    Ok(r)
}

pub(crate) fn slot_index(rt: &Runtime, v: &Value) -> PyResult<Value> {
    let r = special_required(rt, v, SlotName::INDEX, &[])?;
    if rt.int_ref(&r).is_none() {
        return Err(rt.type_error(format!(
            "__index__ returned non-int (type {})",
            rt.type_name(&r)
        )));
    }
    Ok(r)
}

pub(crate) fn slot_float(rt: &Runtime, v: &Value) -> PyResult<Value> {
    let r = special_required(rt, v, SlotName::FLOAT, &[])?;
    if rt.float_of(&r).is_none() {
        return Err(rt.type_error(format!(
            "{}.__float__ returned non-float (type {})",
            rt.type_name(v),
            rt.type_name(&r)
        )));
    }
    Ok(r)
}

pub(crate) fn slot_bool(rt: &Runtime, v: &Value) -> PyResult<bool> {
    let r = special_required(rt, v, SlotName::BOOL, &[])?;
    if rt.type_of(&r) != rt.types().bool {
        return Err(rt.type_error(format!(
            "__bool__ should return bool, returned {}",
            rt.type_name(&r)
        )));
    }
    rt.truthy(&r)
}

pub(crate) fn slot_len(rt: &Runtime, v: &Value) -> PyResult<usize> {
    let r = special_required(rt, v, SlotName::LEN, &[])?;
    let i = rt.index(&r)?;
    match rt.int_ref(&i) {
        Some(super::int::IntRef::Small(n)) if n >= 0 => Ok(n as usize),
        Some(x) if x.is_negative() => Err(rt.value_error("__len__() should return >= 0")),
        _ => Err(rt.overflow_error(format!(
            "cannot fit '{}' into an index-sized integer",
            rt.type_name(&r)
        ))),
    }
}

pub(crate) fn slot_getitem(rt: &Runtime, v: &Value, k: &Value) -> PyResult<Value> {
    special_required(rt, v, SlotName::GETITEM, core::slice::from_ref(k))
}

pub(crate) fn slot_setitem(rt: &Runtime, o: &Value, k: &Value, v: Option<&Value>) -> PyResult<()> {
    match v {
        Some(v) => special_required(rt, o, SlotName::SETITEM, &[k.clone(), v.clone()]),
        None => special_required(rt, o, SlotName::DELITEM, core::slice::from_ref(k)),
    }
    .map(|_| ())
}

pub(crate) fn slot_contains(rt: &Runtime, c: &Value, x: &Value) -> PyResult<bool> {
    match lookup_slot_name(rt, rt.type_of(c), SlotName::CONTAINS) {
        Some(a) if !rt.is_none(&a) => {
            let r = call_unbound(rt, &a, c, Args::positional(core::slice::from_ref(x)))?;
            rt.truthy(&r)
        }
        // `__contains__ = None` opts out of membership tests.
        Some(_) => Err(rt.type_error(format!("'{}' object is not a container", rt.type_name(c)))),
        None => {
            let it = rt.iter(c)?;
            while let Some(y) = rt.next(&it)? {
                if rt.eq(&y, x)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

pub(crate) fn slot_iter(rt: &Runtime, v: &Value) -> PyResult<Value> {
    match lookup_slot_name(rt, rt.type_of(v), SlotName::ITER) {
        Some(a) if !rt.is_none(&a) => call_unbound(rt, &a, v, Args::positional(&[])),
        _ => Err(rt.type_error(format!("'{}' object is not iterable", rt.type_name(v)))),
    }
}

pub(crate) fn slot_next(rt: &Runtime, v: &Value) -> PyResult<Option<Value>> {
    match special_required(rt, v, SlotName::NEXT, &[]) {
        Ok(x) => Ok(Some(x)),
        Err(e) if rt.err_matches(&e, rt.exc().stop_iteration) => Ok(None),
        Err(e) => Err(e),
    }
}

pub(crate) fn slot_call(rt: &Runtime, v: &Value, args: Args<'_>) -> PyResult<Value> {
    match lookup_slot_name(rt, rt.type_of(v), SlotName::CALL) {
        Some(a) => call_unbound(rt, &a, v, args),
        None => Err(rt.type_error(format!("'{}' object is not callable", rt.type_name(v)))),
    }
}

pub(crate) fn slot_getattro(rt: &Runtime, obj: &Value, name: &Value) -> PyResult<Value> {
    let ty = rt.type_of(obj);
    let r = match lookup_slot_name(rt, ty, SlotName::GETATTRIBUTE) {
        Some(a) if rt.type_of(&a) == rt.types().wrapper_descriptor => {
            let owner = unsafe { a.heap().map(|h| h.payload::<SlotWrapperData>().owner) };
            match owner.and_then(|o| o.data().slots().getattro) {
                Some(f) if f as usize != slot_getattro as BinaryFn as usize => f(rt, obj, name),
                _ => super::object_type::generic_getattr(rt, obj, name),
            }
        }
        Some(a) => call_unbound(rt, &a, obj, Args::positional(core::slice::from_ref(name))),
        None => super::object_type::generic_getattr(rt, obj, name),
    };
    match r {
        Err(e) if rt.err_matches(&e, rt.exc().attribute_error) => {
            match lookup_slot_name(rt, ty, SlotName::GETATTR) {
                Some(g) => call_unbound(rt, &g, obj, Args::positional(core::slice::from_ref(name))),
                None => Err(e),
            }
        }
        r => r,
    }
}

pub(crate) fn slot_setattro(
    rt: &Runtime,
    obj: &Value,
    name: &Value,
    v: Option<&Value>,
) -> PyResult<()> {
    match v {
        Some(v) => special_required(rt, obj, SlotName::SETATTR, &[name.clone(), v.clone()]),
        None => special_required(rt, obj, SlotName::DELATTR, core::slice::from_ref(name)),
    }
    .map(|_| ())
}

pub(crate) fn slot_descr_get(
    rt: &Runtime,
    d: &Value,
    obj: Option<&Value>,
    owner: &Value,
) -> PyResult<Value> {
    let obj = obj.cloned().unwrap_or_else(|| rt.none());
    special_required(rt, d, SlotName::GET, &[obj, owner.clone()])
}

pub(crate) fn slot_descr_set(
    rt: &Runtime,
    d: &Value,
    obj: &Value,
    v: Option<&Value>,
) -> PyResult<()> {
    match v {
        Some(v) => special_required(rt, d, SlotName::SET, &[obj.clone(), v.clone()]),
        None => special_required(rt, d, SlotName::DELETE, core::slice::from_ref(obj)),
    }
    .map(|_| ())
}

pub(crate) fn slot_init(rt: &Runtime, obj: &Value, args: Args<'_>) -> PyResult<()> {
    let Some(a) = lookup_slot_name(rt, rt.type_of(obj), SlotName::INIT) else {
        return Ok(());
    };
    let r = call_unbound(rt, &a, obj, args)?;
    if !rt.is_none(&r) {
        return Err(rt.type_error(format!(
            "__init__() should return None, not '{}'",
            rt.type_name(&r)
        )));
    }
    Ok(())
}

/// `cls.__new__(cls, *args)`: `__new__` is a static method.
pub(crate) fn slot_new(rt: &Runtime, cls: &Value, args: Args<'_>) -> PyResult<Value> {
    let ty = rt
        .type_ref_of_type_value(cls)
        .ok_or_else(|| rt.type_error("__new__ needs a type"))?;
    let Some(mut f) = lookup_slot_name(rt, ty, SlotName::NEW) else {
        return Err(rt.type_error(format!("cannot create '{}' instances", ty.data().name())));
    };
    if let Some(get) = rt.type_of(&f).data().slots().descr_get {
        f = get(rt, &f, None, cls)?;
    }
    let mut all = Vec::with_capacity(args.all.len() + 1);
    all.push(cls.clone());
    all.extend_from_slice(args.all);
    rt.call(&f, Args::new(&all, args.kwnames))
}
