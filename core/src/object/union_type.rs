//! `types.UnionType`: what `X | Y` makes from types (PEP 604). Arguments are flattened and
//! deduplicated, `None` is stored as `NoneType` but printed as `None`; equality and hashing
//! ignore the order. `isinstance`/`issubclass` treat a union like a tuple of its arguments.

use alloc::string::String;
use alloc::vec::Vec;

use super::error::PyResult;
use super::getset::GetSetDef;
use super::header::{Payload, alloc_object};
use super::typeobj::{BinOp, CmpOp};
use super::typespec::TypeSpec;
use super::value::Value;
use crate::runtime::Runtime;

pub struct UnionData {
    /// A tuple of the member types.
    args: Value,
}

impl Payload for UnionData {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.args);
    }
    fn clear(&self) {}
}

/// The member tuple of a union, or None for anything else.
pub fn union_args(rt: &Runtime, v: &Value) -> Option<Value> {
    if rt.type_of(v) != rt.types().union_type {
        return None;
    }
    v.heap()
        .map(|h| unsafe { h.payload::<UnionData>() }.args.clone())
}

/// What may stand on either side of `|` to make a union.
fn unionable(rt: &Runtime, v: &Value) -> bool {
    rt.is_none(v)
        || rt.type_ref_of_type_value(v).is_some()
        || rt.type_of(v) == rt.types().generic_alias
        || rt.type_of(v) == rt.types().union_type
}

fn members(rt: &Runtime, v: &Value, out: &mut Vec<Value>) {
    match union_args(rt, v) {
        Some(a) => out.extend(rt.tuple_items(&a).unwrap_or(&[]).iter().cloned()),
        None if rt.is_none(v) => out.push(rt.type_of(v).value()),
        None => out.push(v.clone()),
    }
}

/// `a | b` for types: a union, the single type when both sides are the same, or
/// NotImplemented when either side is not a type-like object.
pub fn type_or(rt: &Runtime, a: &Value, b: &Value) -> PyResult<Value> {
    if !unionable(rt, a) || !unionable(rt, b) {
        return Ok(rt.not_implemented());
    }
    let mut all = Vec::new();
    members(rt, a, &mut all);
    members(rt, b, &mut all);
    let ga = rt.types().generic_alias;
    let mut uniq: Vec<Value> = Vec::new();
    for x in all {
        let mut dup = false;
        for y in &uniq {
            dup = if rt.type_of(&x) == ga && rt.type_of(y) == ga {
                rt.rich_compare_bool(&x, y, CmpOp::Eq)?
            } else {
                x.is(y)
            };
            if dup {
                break;
            }
        }
        if !dup {
            uniq.push(x);
        }
    }
    if uniq.len() == 1 {
        return Ok(uniq.remove(0));
    }
    let args = rt.new_tuple(uniq)?;
    unsafe { alloc_object(rt, rt.types().union_type.0, UnionData { args }) }
        .ok_or_else(|| rt.memory_error())
}

/// How a type appears inside a union's or generic alias's repr.
pub fn type_repr(rt: &Runtime, v: &Value) -> PyResult<String> {
    if v.is(&rt.type_of(&rt.none()).value()) {
        return Ok(String::from("None"));
    }
    if rt.is_none(v) {
        return Ok(String::from("None"));
    }
    if v.is(&rt.singletons().ellipsis) {
        return Ok(String::from("..."));
    }
    let t = rt.type_of(v);
    if t == rt.types().generic_alias || t == rt.types().union_type {
        return rt.repr_string(v);
    }
    if rt.getattr_opt(v, "__origin__")?.is_some() && rt.getattr_opt(v, "__args__")?.is_some() {
        return rt.repr_string(v);
    }
    let q = rt.getattr_opt(v, "__qualname__")?;
    let m = rt.getattr_opt(v, "__module__")?;
    match (q, m) {
        (Some(q), Some(m)) => {
            let q = rt.str_string(&q)?;
            match rt.str_of(&m) {
                Some("builtins") => Ok(q),
                _ => Ok(alloc::format!("{}.{q}", rt.str_string(&m)?)),
            }
        }
        _ => rt.repr_string(v),
    }
}

fn union_repr(rt: &Runtime, u: &Value) -> PyResult<Value> {
    let args = union_args(rt, u).ok_or_else(|| rt.type_error("expected a union"))?;
    let mut parts = Vec::new();
    for a in rt.tuple_items(&args).unwrap_or(&[]) {
        parts.push(type_repr(rt, a)?);
    }
    rt.new_str(&parts.join(" | "))
}

fn as_set(rt: &Runtime, u: &Value) -> PyResult<Value> {
    let args = union_args(rt, u).ok_or_else(|| rt.type_error("expected a union"))?;
    rt.new_frozenset(rt.tuple_items(&args).unwrap_or(&[]).to_vec())
}

fn union_richcompare(rt: &Runtime, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    let u = rt.types().union_type;
    if rt.type_of(a) != u || rt.type_of(b) != u || !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(rt.not_implemented());
    }
    let (sa, sb) = (as_set(rt, a)?, as_set(rt, b)?);
    rt.rich_compare(&sa, &sb, op)
}

fn union_hash(rt: &Runtime, u: &Value) -> PyResult<i64> {
    let s = as_set(rt, u)?;
    rt.hash(&s)
}

pub fn spec() -> TypeSpec {
    TypeSpec::new::<UnionData>("types.UnionType", |rt, ty| {
        let s = unsafe { ty.data().slots_mut() };
        s.repr = Some(union_repr);
        s.hash = Some(union_hash);
        s.richcompare = Some(union_richcompare);
        s.binary[BinOp::Or as usize] = Some(type_or);
        rt.add_getsets(
            ty,
            &[
                GetSetDef {
                    name: "__args__",
                    get: |rt, u| union_args(rt, u).ok_or_else(|| rt.type_error("expected a union")),
                    set: None,
                },
                GetSetDef {
                    name: "__parameters__",
                    get: |rt, u| {
                        let args =
                            union_args(rt, u).ok_or_else(|| rt.type_error("expected a union"))?;
                        super::generic_alias::collect_parameters(rt, &args)
                    },
                    set: None,
                },
            ],
        );
    })
}
