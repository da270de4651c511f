//! `set` and `frozenset`: one payload (`SetData`, the table in `set_table.rs`), two types. The
//! operations are written once against `SetData`; results take the type of the left operand's
//! base (a `set` subclass yields `set`, a `frozenset` subclass `frozenset`).

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::cell::Cell;

use super::args::{Args, count_message};
use super::descr::MethodDef;
use super::error::{PyErr, PyResult};
use super::header::{Payload, alloc_object};
use super::list::method_args;
use super::set_table::{SetData, frozenset_hash_of};
use super::typeobj::{BinOp, CmpOp, TypeRef, flags};
use super::value::Value;
use crate::runtime::Runtime;

impl Runtime {
    /// A new `set` holding `items`.
    pub fn new_set(&self, items: Vec<Value>) -> PyResult<Value> {
        let s = alloc_set(self, self.types().set)?;
        for x in items {
            set_add(self, &s, x)?;
        }
        Ok(s)
    }

    /// A new `frozenset` holding `items`.
    pub fn new_frozenset(&self, items: Vec<Value>) -> PyResult<Value> {
        let s = alloc_set(self, self.types().frozenset)?;
        for x in items {
            set_add(self, &s, x)?;
        }
        Ok(s)
    }

    /// The table of a set or frozenset (or subclass) value.
    pub fn set_data<'a>(&self, v: &'a Value) -> Option<&'a SetData> {
        if is_anyset(self, v) {
            Some(sd(v))
        } else {
            None
        }
    }
}

fn sd(v: &Value) -> &SetData {
    unsafe { v.heap().unwrap_unchecked().payload::<SetData>() }
}

pub fn is_anyset(rt: &Runtime, v: &Value) -> bool {
    let Some(h) = v.heap() else { return false };
    let t = TypeRef(h.type_ptr());
    let tys = rt.types();
    t == tys.set
        || t == tys.frozenset
        || rt.is_subtype(t, tys.set)
        || rt.is_subtype(t, tys.frozenset)
}

fn is_frozen(rt: &Runtime, v: &Value) -> bool {
    rt.isinstance_type(v, rt.types().frozenset)
}

/// An empty set of exactly `ty` (set, frozenset, or a subclass).
fn alloc_set(rt: &Runtime, ty: TypeRef) -> PyResult<Value> {
    if ty == rt.types().set || ty == rt.types().frozenset {
        let data = SetData::default();
        return unsafe { alloc_object(rt, ty.0, data) }.ok_or_else(|| rt.memory_error());
    }
    super::object_type::alloc_instance(rt, ty)
}

/// The built-in base (set or frozenset) results of operations on `v` take.
fn base_type(rt: &Runtime, v: &Value) -> TypeRef {
    if is_frozen(rt, v) {
        rt.types().frozenset
    } else {
        rt.types().set
    }
}

/// The hash of a key, retrying a `set` key as a frozenset (so `{1} in {frozenset({1})}`).
fn key_hash(rt: &Runtime, key: &Value) -> PyResult<(Value, i64)> {
    match rt.hash(key) {
        Ok(h) => Ok((key.clone(), h)),
        Err(e) => {
            if rt.type_of(key) != rt.types().set && !rt.isinstance_type(key, rt.types().set)
                || !rt.err_matches(&e, rt.exc().type_error)
            {
                return Err(e);
            }
            let f = rt.new_frozenset(sd(key).keys())?;
            let h = rt.hash(&f)?;
            Ok((f, h))
        }
    }
}

pub fn set_add(rt: &Runtime, s: &Value, key: Value) -> PyResult<bool> {
    let h = rt.hash(&key)?;
    sd(s).add_hashed(rt, key, h)
}

#[cfg_attr(copperhead_stencil, inline(always), allow(unreachable_code))]
pub fn set_contains(rt: &Runtime, s: &Value, key: &Value) -> PyResult<bool> {
    // Stencils (`_CONTAINS_OP_SET`) call it through the runtime-helper table (jit/helpers.rs).
    #[cfg(copperhead_stencil)]
    return crate::jit::helpers::route::set_contains(rt, s, key);
    let (k, h) = key_hash(rt, key)?;
    sd(s).contains_hashed(rt, &k, h)
}

fn set_discard(rt: &Runtime, s: &Value, key: &Value) -> PyResult<bool> {
    let (k, h) = key_hash(rt, key)?;
    let old = sd(s).discard_hashed(rt, &k, h)?;
    Ok(old.is_some())
}

/// Adds every item of `other` (a set, a dict's keys, or any iterable).
pub fn set_update(rt: &Runtime, s: &Value, other: &Value) -> PyResult<()> {
    if is_anyset(rt, other) {
        if s.is(other) {
            return Ok(());
        }
        return sd(s).merge(rt, sd(other));
    }
    if rt.type_of(other) == rt.types().dict
        && let Some(d) = rt.dict_data(other)
    {
        sd(s).presize(rt, d.len())?;
        for k in d.keys() {
            set_add(rt, s, k)?;
        }
        return Ok(());
    }
    let it = rt.iter(other)?;
    while let Some(x) = rt.next(&it)? {
        set_add(rt, s, x)?;
    }
    Ok(())
}

/// A copy of `v`'s items in a new set of `v`'s base type.
fn copy_of(rt: &Runtime, v: &Value) -> PyResult<Value> {
    let r = alloc_set(rt, base_type(rt, v))?;
    set_update(rt, &r, v)?;
    Ok(r)
}

/// `other` as a set value (itself when it already is one).
fn as_set(rt: &Runtime, other: &Value) -> PyResult<Value> {
    if is_anyset(rt, other) {
        return Ok(other.clone());
    }
    let r = alloc_set(rt, rt.types().set)?;
    set_update(rt, &r, other)?;
    Ok(r)
}

fn intersection(rt: &Runtime, s: &Value, other: &Value) -> PyResult<Value> {
    let result = alloc_set(rt, base_type(rt, s))?;
    if is_anyset(rt, other) {
        let (small, big) = if sd(other).len() > sd(s).len() {
            (s, other)
        } else {
            (other, s)
        };
        for (h, k) in sd(small).entries() {
            if sd(big).contains_hashed(rt, &k, h)? {
                sd(&result).add_hashed(rt, k, h)?;
            }
        }
        return Ok(result);
    }
    let it = rt.iter(other)?;
    while let Some(x) = rt.next(&it)? {
        let h = rt.hash(&x)?;
        if sd(s).contains_hashed(rt, &x, h)? {
            sd(&result).add_hashed(rt, x, h)?;
        }
    }
    Ok(result)
}

fn difference(rt: &Runtime, s: &Value, other: &Value) -> PyResult<Value> {
    let result = alloc_set(rt, base_type(rt, s))?;
    let other_set;
    let o = if is_anyset(rt, other) || rt.dict_data(other).is_some() {
        other
    } else {
        other_set = as_set(rt, other)?;
        &other_set
    };
    for (h, k) in sd(s).entries() {
        let present = match rt.dict_data(o) {
            Some(d) if !is_anyset(rt, o) => d.get_hashed(rt, &k, h)?.is_some(),
            _ => sd(o).contains_hashed(rt, &k, h)?,
        };
        if !present {
            sd(&result).add_hashed(rt, k, h)?;
        }
    }
    Ok(result)
}

pub fn difference_update(rt: &Runtime, s: &Value, other: &Value) -> PyResult<()> {
    if s.is(other) {
        let old = sd(s).take_table(rt);
        drop(old);
        return Ok(());
    }
    if is_anyset(rt, other) {
        for (h, k) in sd(other).entries() {
            let old = sd(s).discard_hashed(rt, &k, h)?;
            drop(old);
        }
        return Ok(());
    }
    let it = rt.iter(other)?;
    while let Some(x) = rt.next(&it)? {
        set_discard(rt, s, &x)?;
    }
    Ok(())
}

pub fn symmetric_difference_update(rt: &Runtime, s: &Value, other: &Value) -> PyResult<()> {
    if s.is(other) {
        let old = sd(s).take_table(rt);
        drop(old);
        return Ok(());
    }
    let o = as_set(rt, other)?;
    for (h, k) in sd(&o).entries() {
        match sd(s).discard_hashed(rt, &k, h)? {
            Some(old) => drop(old),
            None => {
                sd(s).add_hashed(rt, k, h)?;
            }
        }
    }
    Ok(())
}

fn symmetric_difference(rt: &Runtime, s: &Value, other: &Value) -> PyResult<Value> {
    // CPython starts from a copy of `other` and folds `s` into it.
    let r = alloc_set(rt, base_type(rt, s))?;
    set_update(rt, &r, other)?;
    symmetric_difference_update(rt, &r, s)?;
    Ok(r)
}

fn issubset(rt: &Runtime, s: &Value, other: &Value) -> PyResult<bool> {
    let o = as_set(rt, other)?;
    if sd(s).len() > sd(&o).len() {
        return Ok(false);
    }
    for (h, k) in sd(s).entries() {
        if !sd(&o).contains_hashed(rt, &k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn isdisjoint(rt: &Runtime, s: &Value, other: &Value) -> PyResult<bool> {
    if is_anyset(rt, other) {
        let (small, big) = if sd(other).len() > sd(s).len() {
            (s, other)
        } else {
            (other, s)
        };
        for (h, k) in sd(small).entries() {
            if sd(big).contains_hashed(rt, &k, h)? {
                return Ok(false);
            }
        }
        return Ok(true);
    }
    let it = rt.iter(other)?;
    while let Some(x) = rt.next(&it)? {
        let h = rt.hash(&x)?;
        if sd(s).contains_hashed(rt, &x, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

pub fn set_spec() -> super::typespec::TypeSpec {
    super::typespec::TypeSpec::base::<SetData>("set", init_set).flags(flags::UNHASHABLE)
}

pub fn frozenset_spec() -> super::typespec::TypeSpec {
    super::typespec::TypeSpec::base::<SetData>("frozenset", init_frozenset)
}

fn init_common(ty: TypeRef) {
    let s = unsafe { ty.data().slots_mut() };
    s.repr = Some(set_repr);
    s.richcompare = Some(set_richcompare);
    s.len = Some(|_, v| Ok(sd(v).len()));
    s.contains = Some(set_contains);
    s.iter = Some(new_set_iter);
    for op in [BinOp::Or, BinOp::And, BinOp::Sub, BinOp::Xor] {
        s.binary[op as usize] = Some(match op {
            BinOp::Or => set_or,
            BinOp::And => set_and,
            BinOp::Sub => set_sub,
            _ => set_xor,
        });
    }
}

const SHARED_METHODS: [MethodDef; 8] = [
    MethodDef::method("copy", m_copy),
    MethodDef::method("difference", m_difference),
    MethodDef::method("intersection", m_intersection),
    MethodDef::method("isdisjoint", m_isdisjoint),
    MethodDef::method("issubset", m_issubset),
    MethodDef::method("issuperset", m_issuperset),
    MethodDef::method("symmetric_difference", m_symmetric_difference),
    MethodDef::method("union", m_union),
];

fn init_set(rt: &Runtime, ty: TypeRef) {
    init_common(ty);
    let s = unsafe { ty.data().slots_mut() };
    s.new = Some(set_new);
    s.init = Some(set_init);
    s.inplace[BinOp::Or as usize] = Some(set_ior);
    s.inplace[BinOp::And as usize] = Some(set_iand);
    s.inplace[BinOp::Sub as usize] = Some(set_isub);
    s.inplace[BinOp::Xor as usize] = Some(set_ixor);
    rt.add_methods(ty, &SHARED_METHODS);
    rt.add_methods(
        ty,
        &[
            MethodDef::method("add", m_add),
            MethodDef::method("clear", m_clear),
            MethodDef::method("discard", m_discard),
            MethodDef::method("remove", m_remove),
            MethodDef::method("pop", m_pop),
            MethodDef::method("update", m_update),
            MethodDef::method("difference_update", m_difference_update),
            MethodDef::method("intersection_update", m_intersection_update),
            MethodDef::method("symmetric_difference_update", m_symmetric_difference_update),
        ],
    );
}

fn init_frozenset(rt: &Runtime, ty: TypeRef) {
    init_common(ty);
    let s = unsafe { ty.data().slots_mut() };
    s.new = Some(frozenset_new);
    s.hash = Some(frozenset_hash);
    rt.add_methods(ty, &SHARED_METHODS);
}

fn set_new(rt: &Runtime, cls: &Value, _args: Args<'_>) -> PyResult<Value> {
    let ty = rt
        .type_ref_of_type_value(cls)
        .ok_or_else(|| rt.type_error("set.__new__(X): X is not a type object"))?;
    alloc_set(rt, ty)
}

fn set_init(rt: &Runtime, this: &Value, args: Args<'_>) -> PyResult<()> {
    if rt.type_of(this) == rt.types().set {
        args.no_kwargs(rt, "set")?;
    }
    let pos = args.pos();
    if pos.len() > 1 {
        return Err(rt.type_error(count_message("set", 0, 1, pos.len())));
    }
    let old = sd(this).take_table(rt);
    drop(old);
    if let Some(it) = pos.first() {
        set_update(rt, this, it)?;
    }
    Ok(())
}

fn frozenset_new(rt: &Runtime, cls: &Value, args: Args<'_>) -> PyResult<Value> {
    let ty = rt
        .type_ref_of_type_value(cls)
        .ok_or_else(|| rt.type_error("frozenset.__new__(X): X is not a type object"))?;
    if ty == rt.types().frozenset {
        args.no_kwargs(rt, "frozenset")?;
    }
    let pos = args.pos();
    if pos.len() > 1 {
        return Err(rt.type_error(count_message("frozenset", 0, 1, pos.len())));
    }
    if let Some(src) = pos.first()
        && ty == rt.types().frozenset
        && rt.type_of(src) == ty
    {
        return Ok(src.clone());
    }
    let s = alloc_set(rt, ty)?;
    if let Some(src) = pos.first() {
        set_update(rt, &s, src)?;
    }
    Ok(s)
}

fn set_repr(rt: &Runtime, v: &Value) -> PyResult<Value> {
    let ty = rt.type_of(v);
    let name = ty.data().name();
    if sd(v).is_empty() {
        return rt.new_str(&format!("{name}()"));
    }
    if !rt.repr_guard.enter(v) {
        return rt.new_str(&format!("{name}(...)"));
    }
    let r = (|| {
        let mut s = String::from("{");
        for (i, k) in sd(v).keys().iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            s.push_str(&rt.repr_string(k)?);
        }
        s.push('}');
        Ok::<String, PyErr>(s)
    })();
    rt.repr_guard.leave(v);
    let body = r?;
    if ty == rt.types().set {
        rt.new_str(&body)
    } else {
        rt.new_str(&format!("{name}({body})"))
    }
}

fn frozenset_hash(rt: &Runtime, v: &Value) -> PyResult<i64> {
    let d = sd(v);
    if d.hash.get() != -1 {
        return Ok(d.hash.get());
    }
    let _ = rt;
    let h = frozenset_hash_of(d.entries().into_iter().map(|(h, _)| h), d.len());
    d.hash.set(h);
    Ok(h)
}

fn set_richcompare(rt: &Runtime, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    if !is_anyset(rt, a) || !is_anyset(rt, b) {
        return Ok(rt.not_implemented());
    }
    let (la, lb) = (sd(a).len(), sd(b).len());
    let r = match op {
        CmpOp::Eq | CmpOp::Ne => {
            let eq = la == lb && {
                let (ha, hb) = (sd(a).hash.get(), sd(b).hash.get());
                !(ha != -1 && hb != -1 && ha != hb) && issubset(rt, a, b)?
            };
            eq == (op == CmpOp::Eq)
        }
        CmpOp::Le => issubset(rt, a, b)?,
        CmpOp::Ge => issubset(rt, b, a)?,
        CmpOp::Lt => la < lb && issubset(rt, a, b)?,
        CmpOp::Gt => la > lb && issubset(rt, b, a)?,
    };
    Ok(rt.bool_value(r))
}

fn both_sets(rt: &Runtime, a: &Value, b: &Value) -> bool {
    is_anyset(rt, a) && is_anyset(rt, b)
}

fn set_or(rt: &Runtime, a: &Value, b: &Value) -> PyResult<Value> {
    if !both_sets(rt, a, b) {
        return Ok(rt.not_implemented());
    }
    let r = copy_of(rt, a)?;
    set_update(rt, &r, b)?;
    Ok(r)
}

fn set_and(rt: &Runtime, a: &Value, b: &Value) -> PyResult<Value> {
    if !both_sets(rt, a, b) {
        return Ok(rt.not_implemented());
    }
    intersection(rt, a, b)
}

fn set_sub(rt: &Runtime, a: &Value, b: &Value) -> PyResult<Value> {
    if !both_sets(rt, a, b) {
        return Ok(rt.not_implemented());
    }
    difference(rt, a, b)
}

fn set_xor(rt: &Runtime, a: &Value, b: &Value) -> PyResult<Value> {
    if !both_sets(rt, a, b) {
        return Ok(rt.not_implemented());
    }
    symmetric_difference(rt, a, b)
}

fn set_ior(rt: &Runtime, a: &Value, b: &Value) -> PyResult<Value> {
    if !both_sets(rt, a, b) {
        return Ok(rt.not_implemented());
    }
    set_update(rt, a, b)?;
    Ok(a.clone())
}

fn set_iand(rt: &Runtime, a: &Value, b: &Value) -> PyResult<Value> {
    if !both_sets(rt, a, b) {
        return Ok(rt.not_implemented());
    }
    intersection_update(rt, a, core::slice::from_ref(b))?;
    Ok(a.clone())
}

fn set_isub(rt: &Runtime, a: &Value, b: &Value) -> PyResult<Value> {
    if !both_sets(rt, a, b) {
        return Ok(rt.not_implemented());
    }
    difference_update(rt, a, b)?;
    Ok(a.clone())
}

fn set_ixor(rt: &Runtime, a: &Value, b: &Value) -> PyResult<Value> {
    if !both_sets(rt, a, b) {
        return Ok(rt.not_implemented());
    }
    symmetric_difference_update(rt, a, b)?;
    Ok(a.clone())
}

fn intersection_update(rt: &Runtime, s: &Value, others: &[Value]) -> PyResult<()> {
    let mut tmp = s.clone();
    for o in others {
        tmp = intersection(rt, &tmp, o)?;
    }
    if !tmp.is(s) {
        let t = sd(&tmp).take_table(rt);
        let old = sd(s).put_table(rt, t);
        drop(old);
    }
    Ok(())
}

fn this(args: &Args<'_>) -> Value {
    args.all[0].clone()
}

fn m_copy(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let name = if is_frozen(rt, &args.all[0]) {
        "frozenset.copy"
    } else {
        "set.copy"
    };
    method_args(rt, &args, name, name, 0, 0)?;
    let s = this(&args);
    if rt.type_of(&s) == rt.types().frozenset {
        return Ok(s);
    }
    copy_of(rt, &s)
}

fn varargs<'a>(rt: &Runtime, args: &Args<'a>, name: &str) -> PyResult<&'a [Value]> {
    args.no_kwargs(rt, name)?;
    Ok(&args.all[1..])
}

fn m_union(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let others = varargs(rt, &args, "union")?;
    let r = copy_of(rt, &args.all[0])?;
    for o in others {
        set_update(rt, &r, o)?;
    }
    Ok(r)
}

fn m_intersection(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let others = varargs(rt, &args, "intersection")?;
    if others.is_empty() {
        return copy_of(rt, &args.all[0]);
    }
    let mut r = args.all[0].clone();
    for o in others {
        r = intersection(rt, &r, o)?;
    }
    Ok(r)
}

fn m_difference(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let others = varargs(rt, &args, "difference")?;
    if others.is_empty() {
        return copy_of(rt, &args.all[0]);
    }
    let r = difference(rt, &args.all[0], &others[0])?;
    for o in &others[1..] {
        difference_update(rt, &r, o)?;
    }
    Ok(r)
}

fn one_arg<'a>(rt: &Runtime, args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    // The common case without building the name the error messages need.
    if args.kwnames.is_empty()
        && let [_, one] = args.all
    {
        return Ok(one);
    }
    let full = if is_frozen(rt, &args.all[0]) {
        format!("frozenset.{name}")
    } else {
        format!("set.{name}")
    };
    Ok(&method_args(rt, args, &full, &full, 1, 1)?[0])
}

fn m_symmetric_difference(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let o = one_arg(rt, &args, "symmetric_difference")?;
    symmetric_difference(rt, &args.all[0], o)
}

fn m_isdisjoint(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let o = one_arg(rt, &args, "isdisjoint")?;
    Ok(rt.bool_value(isdisjoint(rt, &args.all[0], o)?))
}

fn m_issubset(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let o = one_arg(rt, &args, "issubset")?;
    Ok(rt.bool_value(issubset(rt, &args.all[0], o)?))
}

fn m_issuperset(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let o = one_arg(rt, &args, "issuperset")?;
    let o = as_set(rt, o)?;
    Ok(rt.bool_value(issubset(rt, &o, &args.all[0])?))
}

fn m_add(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let o = one_arg(rt, &args, "add")?;
    set_add(rt, &args.all[0], o.clone())?;
    Ok(rt.none())
}

fn m_clear(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    method_args(rt, &args, "set.clear", "set.clear", 0, 0)?;
    let old = sd(&args.all[0]).take_table(rt);
    drop(old);
    Ok(rt.none())
}

fn m_discard(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let o = one_arg(rt, &args, "discard")?;
    set_discard(rt, &args.all[0], o)?;
    Ok(rt.none())
}

fn m_remove(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let o = one_arg(rt, &args, "remove")?;
    if !set_discard(rt, &args.all[0], o)? {
        return Err(rt.key_error(o.clone()));
    }
    Ok(rt.none())
}

fn m_pop(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    method_args(rt, &args, "set.pop", "set.pop", 0, 0)?;
    match sd(&args.all[0]).pop_any() {
        Some(k) => Ok(k),
        None => {
            let msg = rt.new_str("pop from an empty set")?;
            Err(rt.key_error(msg))
        }
    }
}

fn m_update(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    for o in varargs(rt, &args, "update")? {
        set_update(rt, &args.all[0], o)?;
    }
    Ok(rt.none())
}

fn m_difference_update(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    for o in varargs(rt, &args, "difference_update")? {
        difference_update(rt, &args.all[0], o)?;
    }
    Ok(rt.none())
}

fn m_intersection_update(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let others = varargs(rt, &args, "intersection_update")?;
    intersection_update(rt, &args.all[0], others)?;
    Ok(rt.none())
}

fn m_symmetric_difference_update(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let o = one_arg(rt, &args, "symmetric_difference_update")?;
    symmetric_difference_update(rt, &args.all[0], o)?;
    Ok(rt.none())
}

/// Iterator over a set: slot position, and the size seen at the start (a change raises).
pub struct SetIter {
    set: core::cell::UnsafeCell<Option<Value>>,
    pos: Cell<usize>,
    used: Cell<usize>,
    /// Items still to come (for `__length_hint__`).
    left: Cell<usize>,
}

impl Payload for SetIter {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some(s) = unsafe { &*self.set.get() } {
            visit(s);
        }
    }
    fn clear(&self) {
        let s = unsafe { (*self.set.get()).take() };
        drop(s);
    }
}

fn new_set_iter(rt: &Runtime, v: &Value) -> PyResult<Value> {
    let n = sd(v).len();
    let data = SetIter {
        set: core::cell::UnsafeCell::new(Some(v.clone())),
        pos: Cell::new(0),
        used: Cell::new(n),
        left: Cell::new(n),
    };
    unsafe { alloc_object(rt, rt.types().set_iterator.0, data) }.ok_or_else(|| rt.memory_error())
}

fn set_iter_next(rt: &Runtime, v: &Value) -> PyResult<Option<Value>> {
    let it = unsafe { v.heap().unwrap_unchecked().payload::<SetIter>() };
    let Some(s) = (unsafe { (*it.set.get()).clone() }) else {
        return Ok(None);
    };
    let d = sd(&s);
    if d.len() != it.used.get() {
        it.used.set(usize::MAX);
        return Err(rt.runtime_error("Set changed size during iteration"));
    }
    let mut i = it.pos.get();
    while i < d.capacity() {
        if let Some((_, k)) = d.entry_at(i) {
            it.pos.set(i + 1);
            it.left.set(it.left.get().saturating_sub(1));
            return Ok(Some(k));
        }
        i += 1;
    }
    it.pos.set(i);
    it.left.set(0);
    let old = unsafe { (*it.set.get()).take() };
    drop(old);
    Ok(None)
}

pub fn set_iterator_spec() -> super::typespec::TypeSpec {
    super::typespec::TypeSpec::new::<SetIter>("set_iterator", |rt, ty| {
        let s = unsafe { ty.data().slots_mut() };
        s.iter = Some(|_, v| Ok(v.clone()));
        s.next = Some(set_iter_next);
        rt.add_methods(
            ty,
            &[MethodDef::method("__length_hint__", |rt, args| {
                let it = unsafe { args.all[0].heap().unwrap_unchecked().payload::<SetIter>() };
                rt.new_int(it.left.get() as i64)
            })],
        );
    })
}
