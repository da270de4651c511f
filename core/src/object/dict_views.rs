//! `dict_keys`, `dict_values`, `dict_items`: live views of a dict. Keys and items views are
//! set-like (comparisons, `& | - ^`, `isdisjoint`); every view has `len`, iteration, `reversed`
//! and a `mapping` attribute.

use alloc::format;
use alloc::vec::Vec;

use super::args::Args;
use super::descr::MethodDef;
use super::dict_iter::{Kind, new_dict_iter};
use super::error::PyResult;
use super::getset::GetSetDef;
use super::header::{Payload, alloc_object};
use super::list::method_args;
use super::set::{difference_update, is_anyset, set_add, set_update, symmetric_difference_update};
use super::typeobj::{BinOp, CmpOp, TypeRef, flags};
use super::typespec::TypeSpec;
use super::value::Value;
use crate::runtime::Runtime;

pub struct DictView {
    pub dict: Value,
}

impl Payload for DictView {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.dict);
    }
}

pub fn new_view(rt: &Runtime, ty: TypeRef, dict: Value) -> PyResult<Value> {
    unsafe { alloc_object(rt, ty.0, DictView { dict }) }.ok_or_else(|| rt.memory_error())
}

fn dict_of(v: &Value) -> &Value {
    &unsafe { v.heap().unwrap_unchecked().payload::<DictView>() }.dict
}

fn kind_of(rt: &Runtime, v: &Value) -> Option<Kind> {
    let t = rt.type_of(v);
    let tys = rt.types();
    if t == tys.dict_keys {
        Some(Kind::Keys)
    } else if t == tys.dict_values {
        Some(Kind::Values)
    } else if t == tys.dict_items {
        Some(Kind::Items)
    } else {
        None
    }
}

/// A keys or items view (the set-like ones).
fn is_setlike_view(rt: &Runtime, v: &Value) -> bool {
    matches!(kind_of(rt, v), Some(Kind::Keys | Kind::Items))
}

fn view_len(rt: &Runtime, v: &Value) -> usize {
    rt.dict_data(dict_of(v)).map_or(0, |d| d.len())
}

fn view_contains(rt: &Runtime, v: &Value, x: &Value) -> PyResult<bool> {
    let Some(d) = rt.dict_data(dict_of(v)) else {
        return Ok(false);
    };
    match kind_of(rt, v) {
        Some(Kind::Keys) => Ok(d.get(rt, x)?.is_some()),
        Some(Kind::Items) => {
            let Some(t) = rt.tuple_items(x) else {
                return Ok(false);
            };
            if t.len() != 2 {
                return Ok(false);
            }
            let (k, want) = (t[0].clone(), t[1].clone());
            match d.get(rt, &k)? {
                Some(found) => rt.eq(&found, &want),
                None => Ok(false),
            }
        }
        _ => Ok(false),
    }
}

fn view_iter(rt: &Runtime, v: &Value, reverse: bool) -> PyResult<Value> {
    let kind = kind_of(rt, v).unwrap_or(Kind::Keys);
    new_dict_iter(rt, dict_of(v), kind, reverse)
}

fn view_repr(rt: &Runtime, v: &Value) -> PyResult<Value> {
    let name = rt.type_name(v);
    if !rt.repr_guard.enter(v) {
        return rt.new_str("...");
    }
    let r = (|| {
        let items = rt.collect(v)?;
        let l = rt.new_list(items)?;
        rt.repr_string(&l)
    })();
    rt.repr_guard.leave(v);
    rt.new_str(&format!("{name}({})", r?))
}

/// Whether every item of `a` is in `b` (both iterables; `b` supports `in`).
fn all_contained_in(rt: &Runtime, a: &Value, b: &Value) -> PyResult<bool> {
    let it = rt.iter(a)?;
    while let Some(x) = rt.next(&it)? {
        if !rt.contains(b, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn view_richcompare(rt: &Runtime, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    if !is_setlike_view(rt, a) || !(is_anyset(rt, b) || is_setlike_view(rt, b)) {
        return Ok(rt.not_implemented());
    }
    let la = view_len(rt, a);
    let lb = rt.len(b)?;
    let r = match op {
        CmpOp::Eq | CmpOp::Ne => (la == lb && all_contained_in(rt, a, b)?) == (op == CmpOp::Eq),
        CmpOp::Lt => la < lb && all_contained_in(rt, a, b)?,
        CmpOp::Le => la <= lb && all_contained_in(rt, a, b)?,
        CmpOp::Gt => la > lb && all_contained_in(rt, b, a)?,
        CmpOp::Ge => la >= lb && all_contained_in(rt, b, a)?,
    };
    Ok(rt.bool_value(r))
}

fn set_of(rt: &Runtime, v: &Value) -> PyResult<Value> {
    let s = rt.new_set(Vec::new())?;
    set_update(rt, &s, v)?;
    Ok(s)
}

fn view_sub(rt: &Runtime, a: &Value, b: &Value) -> PyResult<Value> {
    let s = set_of(rt, a)?;
    difference_update(rt, &s, b)?;
    Ok(s)
}

fn view_or(rt: &Runtime, a: &Value, b: &Value) -> PyResult<Value> {
    let s = set_of(rt, a)?;
    set_update(rt, &s, b)?;
    Ok(s)
}

fn view_xor(rt: &Runtime, a: &Value, b: &Value) -> PyResult<Value> {
    let s = set_of(rt, a)?;
    symmetric_difference_update(rt, &s, b)?;
    Ok(s)
}

fn view_and(rt: &Runtime, a: &Value, b: &Value) -> PyResult<Value> {
    // Make the view `this`; iterate the other operand (the smaller one, when both are views).
    let (mut this, mut other) = if is_setlike_view(rt, a) {
        (a, b)
    } else {
        (b, a)
    };
    let len_this = view_len(rt, this);
    if rt.type_of(other) == rt.types().set && len_this <= rt.len(other)? {
        return rt.call_method(other, "intersection", core::slice::from_ref(this));
    }
    if is_setlike_view(rt, other) && view_len(rt, other) > len_this {
        core::mem::swap(&mut this, &mut other);
    }
    let result = rt.new_set(Vec::new())?;
    let it = rt.iter(other)?;
    while let Some(x) = rt.next(&it)? {
        if view_contains(rt, this, &x)? {
            set_add(rt, &result, x)?;
        }
    }
    Ok(result)
}

fn view_isdisjoint(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let name = format!("{}.isdisjoint", rt.type_name(&args.all[0]));
    let a = method_args(rt, &args, &name, &name, 1, 1)?;
    let this = &args.all[0];
    let other = &a[0];
    if this.is(other) {
        return Ok(rt.bool_value(view_len(rt, this) == 0));
    }
    let (iterate, probe) = if (is_anyset(rt, other) || is_setlike_view(rt, other))
        && rt.len(other)? > view_len(rt, this)
    {
        (this, other)
    } else {
        (other, this)
    };
    let it = rt.iter(iterate)?;
    while let Some(x) = rt.next(&it)? {
        if rt.contains(probe, &x)? {
            return Ok(rt.bool_value(false));
        }
    }
    Ok(rt.bool_value(true))
}

fn init_common(rt: &Runtime, ty: TypeRef) {
    let s = unsafe { ty.data().slots_mut() };
    s.len = Some(|rt, v| Ok(view_len(rt, v)));
    s.iter = Some(|rt, v| view_iter(rt, v, false));
    s.repr = Some(view_repr);
    rt.add_methods(
        ty,
        &[MethodDef::method("__reversed__", |rt, args| {
            view_iter(rt, &args.all[0], true)
        })],
    );
    rt.add_getsets(
        ty,
        &[GetSetDef {
            name: "mapping",
            get: |rt, v| super::iterators::new_mappingproxy(rt, dict_of(v).clone()),
            set: None,
        }],
    );
}

fn init_setlike(rt: &Runtime, ty: TypeRef) {
    init_common(rt, ty);
    let s = unsafe { ty.data().slots_mut() };
    s.contains = Some(view_contains);
    s.richcompare = Some(view_richcompare);
    s.binary[BinOp::Sub as usize] = Some(view_sub);
    s.binary[BinOp::Or as usize] = Some(view_or);
    s.binary[BinOp::Xor as usize] = Some(view_xor);
    s.binary[BinOp::And as usize] = Some(view_and);
    rt.add_methods(ty, &[MethodDef::method("isdisjoint", view_isdisjoint)]);
}

pub fn keys_spec() -> TypeSpec {
    TypeSpec::new::<DictView>("dict_keys", init_setlike).flags(flags::UNHASHABLE)
}

pub fn items_spec() -> TypeSpec {
    TypeSpec::new::<DictView>("dict_items", init_setlike).flags(flags::UNHASHABLE)
}

pub fn values_spec() -> TypeSpec {
    TypeSpec::new::<DictView>("dict_values", init_common)
}
