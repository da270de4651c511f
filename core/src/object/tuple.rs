//! `tuple`: an immutable sequence; its hash (CPython 3.11's xxHash-style `tuplehash`) is computed
//! once and cached.

use alloc::boxed::Box;
use alloc::format;
use alloc::vec::Vec;
use core::cell::{Cell, UnsafeCell};

use super::args::{Args, count_message};
use super::descr::MethodDef;
use super::error::PyResult;
use super::header::{Payload, alloc_object};
use super::list::{
    SeqKey, index_bounds, method_args, norm_index, repeat_count, repeat_error, repeat_items,
    repr_items, seq_key, seq_richcompare,
};
use super::slice::{slice_indices, slice_positions};
use super::typeobj::{BinOp, CmpOp, TypeRef, flags};
use super::value::Value;
use crate::runtime::Runtime;

pub struct TupleData {
    /// Set once, when the tuple is made (subclass instances get theirs right after allocation).
    items: UnsafeCell<Box<[Value]>>,
    /// -1 until computed.
    pub hash: Cell<i64>,
}

impl Default for TupleData {
    fn default() -> Self {
        TupleData::new(Box::default())
    }
}

impl Payload for TupleData {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        // Last to first, as CPython's tuple traverse (finalizer order depends on it).
        for v in self.items().iter().rev() {
            visit(v);
        }
    }
    fn extra_bytes(&self) -> usize {
        core::mem::size_of_val(self.items())
    }
    // Tuples are immutable: a cycle through a tuple is broken at a mutable container.
}

impl TupleData {
    pub fn new(items: Box<[Value]>) -> TupleData {
        TupleData {
            items: UnsafeCell::new(items),
            hash: Cell::new(-1),
        }
    }
    #[inline]
    pub fn items(&self) -> &[Value] {
        unsafe { &*self.items.get() }
    }
}

impl Runtime {
    pub fn new_tuple(&self, items: Vec<Value>) -> PyResult<Value> {
        if items.is_empty()
            && let Some(s) = unsafe { (*self.singletons_cell()).as_ref() }
        {
            return Ok(s.empty_tuple.clone());
        }
        let extra = items.len() * size_of::<Value>();
        if !self.heap().grow(extra) {
            return Err(self.memory_error());
        }
        match unsafe {
            alloc_object(
                self,
                self.types().tuple.0,
                TupleData::new(items.into_boxed_slice()),
            )
        } {
            Some(v) => Ok(v),
            None => {
                self.heap().shrink(extra);
                Err(self.memory_error())
            }
        }
    }

    /// The items of a tuple (or tuple subclass) value.
    #[inline]
    pub fn tuple_items<'a>(&self, v: &'a Value) -> Option<&'a [Value]> {
        let h = v.heap()?;
        if h.type_data().has_flag(flags::TUPLE_SUBCLASS) {
            Some(unsafe { h.payload::<TupleData>() }.items())
        } else {
            None
        }
    }
}

const XXPRIME_1: u64 = 11400714785074694791;
const XXPRIME_2: u64 = 14029467366897019727;
const XXPRIME_5: u64 = 2870177450012600261;

/// CPython 3.11's tuple hash over the items' hashes.
pub fn tuple_hash_of(hashes: impl ExactSizeIterator<Item = i64>) -> i64 {
    let len = hashes.len() as u64;
    let mut acc = XXPRIME_5;
    for h in hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(XXPRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XXPRIME_1);
    }
    acc = acc.wrapping_add(len ^ (XXPRIME_5 ^ 3527539));
    if acc == u64::MAX {
        1546275796
    } else {
        acc as i64
    }
}

fn td(v: &Value) -> &TupleData {
    unsafe { v.heap().unwrap_unchecked().payload::<TupleData>() }
}

pub fn spec() -> super::typespec::TypeSpec {
    super::typespec::TypeSpec::base::<TupleData>("tuple", init).flags(flags::TUPLE_SUBCLASS)
}

fn init(rt: &Runtime, ty: TypeRef) {
    let s = unsafe { ty.data().slots_mut() };
    s.new = Some(tuple_new);
    s.repr = Some(tuple_repr);
    s.hash = Some(tuple_hash);
    s.richcompare = Some(tuple_richcompare);
    s.len = Some(|_, v| Ok(td(v).items().len()));
    s.binary[BinOp::Add as usize] = Some(tuple_add);
    s.binary[BinOp::Mul as usize] = Some(tuple_mul);
    s.contains = Some(|rt, v, x| {
        let items = td(v).items();
        for y in items {
            if rt.eq(y, x)? {
                return Ok(true);
            }
        }
        Ok(false)
    });
    s.getitem = Some(tuple_getitem);
    s.iter = Some(|rt, v| super::seq_iter::new_tuple_iter(rt, v.clone()));
    rt.add_methods(
        ty,
        &[
            MethodDef::method("count", tuple_count),
            MethodDef::method("index", tuple_index),
            MethodDef::method("__getnewargs__", tuple_getnewargs),
        ],
    );
}

/// A tuple of type `cls` (tuple itself or a subclass) holding `items`.
pub fn new_tuple_of_type(rt: &Runtime, cls: TypeRef, items: Vec<Value>) -> PyResult<Value> {
    if cls == rt.types().tuple {
        return rt.new_tuple(items);
    }
    let obj = super::object_type::alloc_instance(rt, cls)?;
    let extra = items.len() * size_of::<Value>();
    if !rt.heap().grow(extra) {
        return Err(rt.memory_error());
    }
    // SAFETY: the instance is brand new; nobody else has seen its items yet.
    unsafe { *td(&obj).items.get() = items.into_boxed_slice() };
    Ok(obj)
}

fn tuple_new(rt: &Runtime, cls: &Value, args: Args<'_>) -> PyResult<Value> {
    let ty = rt
        .type_ref_of_type_value(cls)
        .ok_or_else(|| rt.type_error("tuple.__new__(X): X is not a type object"))?;
    if ty == rt.types().tuple {
        args.no_kwargs(rt, "tuple")?;
    }
    let pos = args.pos();
    if pos.len() > 1 {
        return Err(rt.type_error(count_message("tuple", 0, 1, pos.len())));
    }
    let Some(src) = pos.first() else {
        return new_tuple_of_type(rt, ty, Vec::new());
    };
    if ty == rt.types().tuple && rt.type_of(src) == ty {
        return Ok(src.clone());
    }
    let items = rt.collect(src)?;
    new_tuple_of_type(rt, ty, items)
}

fn tuple_repr(rt: &Runtime, v: &Value) -> PyResult<Value> {
    let items = td(v).items();
    match items.len() {
        0 => return rt.new_str("()"),
        1 => {
            if !rt.repr_guard.enter(v) {
                return rt.new_str("(...)");
            }
            let r = rt.repr_string(&items[0]);
            rt.repr_guard.leave(v);
            return rt.new_str(&format!("({},)", r?));
        }
        _ => {}
    }
    if !rt.repr_guard.enter(v) {
        return rt.new_str("(...)");
    }
    let r = repr_items(rt, &|i| items.get(i).cloned(), "(", ")");
    rt.repr_guard.leave(v);
    rt.new_str(&r?)
}

fn tuple_hash(rt: &Runtime, v: &Value) -> PyResult<i64> {
    let d = td(v);
    let h = d.hash.get();
    if h != -1 {
        return Ok(h);
    }
    let items = d.items();
    let mut hashes = Vec::with_capacity(items.len());
    rt.with_recursion_guard(" while hashing a tuple", || {
        for x in items {
            hashes.push(rt.hash(x)?);
        }
        Ok(())
    })?;
    let h = tuple_hash_of(hashes.into_iter());
    d.hash.set(h);
    Ok(h)
}

fn tuple_richcompare(rt: &Runtime, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (rt.tuple_items(a), rt.tuple_items(b)) else {
        return Ok(rt.not_implemented());
    };
    seq_richcompare(
        rt,
        &|i| x.get(i).cloned(),
        &|| x.len(),
        &|i| y.get(i).cloned(),
        &|| y.len(),
        op,
    )
}

fn tuple_add(rt: &Runtime, a: &Value, b: &Value) -> PyResult<Value> {
    let Some(x) = rt.tuple_items(a) else {
        return Ok(rt.not_implemented());
    };
    let Some(y) = rt.tuple_items(b) else {
        // The right operand's `__radd__` runs first, as in CPython's number protocol.
        if let Some(r) = super::str::try_other_slot(rt, a, b, super::typeobj::BinOp::Add)? {
            return Ok(r);
        }
        return Err(rt.type_error(format!(
            "can only concatenate tuple (not \"{}\") to tuple",
            rt.type_name(b)
        )));
    };
    let mut v = Vec::new();
    super::list::reserve_items(rt, &mut v, x.len().saturating_add(y.len()))?;
    v.extend_from_slice(x);
    v.extend_from_slice(y);
    rt.new_tuple(v)
}

fn tuple_mul(rt: &Runtime, a: &Value, b: &Value) -> PyResult<Value> {
    let (t, n, tv) = match rt.tuple_items(a) {
        Some(t) => (t, b, a),
        None => match rt.tuple_items(b) {
            Some(t) => (t, a, b),
            None => return Ok(rt.not_implemented()),
        },
    };
    match repeat_count(rt, n)? {
        Some(1) if rt.type_of(tv) == rt.types().tuple => Ok(tv.clone()),
        Some(k) => rt.new_tuple(repeat_items(rt, t, k)?),
        None => repeat_error(rt, n, tuple_mul),
    }
}

fn tuple_getitem(rt: &Runtime, v: &Value, key: &Value) -> PyResult<Value> {
    let items = td(v).items();
    match seq_key(rt, key, "tuple")? {
        SeqKey::Index(i) => norm_index(i, items.len())
            .and_then(|i| items.get(i).cloned())
            .ok_or_else(|| rt.index_error("tuple index out of range")),
        SeqKey::Slice => {
            let (start, _, step, n) = slice_indices(rt, key, items.len())?;
            if step == 1 && n == items.len() && rt.type_of(v) == rt.types().tuple {
                return Ok(v.clone());
            }
            let out: Vec<Value> = slice_positions(start, step, n)
                .filter_map(|p| items.get(p).cloned())
                .collect();
            rt.new_tuple(out)
        }
    }
}

fn tuple_count(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let a = method_args(rt, &args, "tuple.count", "tuple.count", 1, 1)?;
    let mut n = 0;
    for y in td(&args.all[0]).items() {
        if rt.eq(y, &a[0])? {
            n += 1;
        }
    }
    rt.new_int(n)
}

fn tuple_index(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let a = method_args(rt, &args, "index", "tuple.index", 1, 3)?;
    let items = td(&args.all[0]).items();
    let (start, stop) = index_bounds(rt, a, items.len())?;
    for (i, y) in items.iter().enumerate().take(stop).skip(start) {
        if rt.eq(y, &a[0])? {
            return rt.new_int(i as i64);
        }
    }
    Err(rt.value_error("tuple.index(x): x not in tuple"))
}

fn tuple_getnewargs(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    method_args(
        rt,
        &args,
        "tuple.__getnewargs__",
        "tuple.__getnewargs__",
        0,
        0,
    )?;
    let inner = rt.new_tuple(td(&args.all[0]).items().to_vec())?;
    rt.new_tuple(Vec::from([inner]))
}
