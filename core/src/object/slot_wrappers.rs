//! Slot wrappers: a built-in type's slots seen from Python as dunder methods (`int.__add__`,
//! `(1).__lt__`). Calling one calls the slot function with CPython's argument checks.

use alloc::format;
use alloc::vec::Vec;

use super::args::Args;
use super::descr::{SlotKind, SlotWrapperData};
use super::error::PyResult;
use super::header::alloc_object;
use super::typeobj::{BinOp, CmpOp, Slots, TypeRef};
use super::value::Value;
use crate::runtime::Runtime;

/// Every dunder a slot provides: (name, kind, whether `slots` has it).
fn wrappers_for(s: &Slots) -> Vec<(&'static str, SlotKind)> {
    let mut out = Vec::new();
    for op in BinOp::ALL {
        let (name, rname, iname) = op.dunders();
        if s.binary[op as usize].is_some() {
            out.push((name, SlotKind::Binary(op)));
            out.push((rname, SlotKind::RBinary(op)));
        }
        if s.inplace[op as usize].is_some() {
            out.push((iname, SlotKind::InPlace(op)));
        }
    }
    if s.divmod.is_some() {
        out.push(("__divmod__", SlotKind::DivMod));
        out.push(("__rdivmod__", SlotKind::RDivMod));
    }
    if s.richcompare.is_some() {
        for op in CmpOp::ALL {
            out.push((op.dunder(), SlotKind::Compare(op)));
        }
    }
    let simple: [(bool, &'static str, SlotKind); 20] = [
        (s.repr.is_some(), "__repr__", SlotKind::Repr),
        (s.str.is_some(), "__str__", SlotKind::Str),
        (s.hash.is_some(), "__hash__", SlotKind::Hash),
        (s.bool.is_some(), "__bool__", SlotKind::Bool),
        (s.len.is_some(), "__len__", SlotKind::Len),
        (s.neg.is_some(), "__neg__", SlotKind::Neg),
        (s.pos.is_some(), "__pos__", SlotKind::Pos),
        (s.invert.is_some(), "__invert__", SlotKind::Invert),
        (s.abs.is_some(), "__abs__", SlotKind::Abs),
        (s.int.is_some(), "__int__", SlotKind::Int),
        (s.float.is_some(), "__float__", SlotKind::Float),
        (s.index.is_some(), "__index__", SlotKind::Index),
        (s.getitem.is_some(), "__getitem__", SlotKind::GetItem),
        (s.setitem.is_some(), "__setitem__", SlotKind::SetItem),
        (s.setitem.is_some(), "__delitem__", SlotKind::DelItem),
        (s.contains.is_some(), "__contains__", SlotKind::Contains),
        (s.iter.is_some(), "__iter__", SlotKind::Iter),
        (s.next.is_some(), "__next__", SlotKind::Next),
        (s.call.is_some(), "__call__", SlotKind::Call),
        (s.init.is_some(), "__init__", SlotKind::Init),
    ];
    for (has, name, kind) in simple {
        if has {
            out.push((name, kind));
        }
    }
    if s.getattro.is_some() {
        out.push(("__getattribute__", SlotKind::GetAttribute));
    }
    if s.setattro.is_some() {
        out.push(("__setattr__", SlotKind::SetAttr));
        out.push(("__delattr__", SlotKind::DelAttr));
    }
    if s.descr_get.is_some() {
        out.push(("__get__", SlotKind::Get));
    }
    if s.descr_set.is_some() {
        out.push(("__set__", SlotKind::Set));
        out.push(("__delete__", SlotKind::Delete));
    }
    out
}

/// Adds a wrapper for each slot the type defines itself (not inherited), unless its method
/// table already put something under that name.
pub fn add_slot_wrappers(rt: &Runtime, ty: TypeRef) {
    let Some(dict) = rt.dict_data(ty.data().dict()) else {
        return;
    };
    for (name, kind) in wrappers_for(ty.data().slots()) {
        if dict.get_str(rt, name).is_some() {
            continue;
        }
        let data = SlotWrapperData {
            name,
            kind,
            owner: ty,
            self_: None,
        };
        let v = unsafe { alloc_object(rt, rt.types().wrapper_descriptor.0, data) }
            .expect("bootstrap allocation");
        rt.type_dict_set(ty, name, v);
    }
    if ty.data().has_flag(super::typeobj::flags::UNHASHABLE) {
        rt.type_dict_set(ty, "__hash__", rt.none());
    }
}

pub fn slot_wrapper_get(
    rt: &Runtime,
    descr: &Value,
    obj: Option<&Value>,
    _owner: &Value,
) -> PyResult<Value> {
    let Some(obj) = obj else {
        return Ok(descr.clone());
    };
    let d = unsafe { descr.heap().unwrap_unchecked().payload::<SlotWrapperData>() };
    let data = SlotWrapperData {
        name: d.name,
        kind: d.kind,
        owner: d.owner,
        self_: Some(obj.clone()),
    };
    unsafe { alloc_object(rt, rt.types().wrapper_descriptor.0, data) }
        .ok_or_else(|| rt.memory_error())
}

pub fn call_slot_wrapper(rt: &Runtime, wrapper: &Value, args: Args<'_>) -> PyResult<Value> {
    let d = unsafe {
        wrapper
            .heap()
            .unwrap_unchecked()
            .payload::<SlotWrapperData>()
    };
    let owner = d.owner;
    let (this, rest): (Value, Vec<Value>) = match &d.self_ {
        Some(s) => (s.clone(), args.all.to_vec()),
        None => {
            let Some((first, rest)) = args.all.split_first() else {
                return Err(rt.type_error(format!(
                    "descriptor '{}' of '{}' object needs an argument",
                    d.name,
                    owner.data().name()
                )));
            };
            (first.clone(), rest.to_vec())
        }
    };
    if !rt.isinstance_type(&this, owner) {
        return Err(rt.type_error(format!(
            "descriptor '{}' requires a '{}' object but received a '{}'",
            d.name,
            owner.data().name(),
            rt.type_name(&this)
        )));
    }
    let s = owner.data().slots();
    let name = d.name;
    let expect = |n: usize| -> PyResult<()> {
        if rest.len() != n || !args.kwnames.is_empty() {
            return Err(rt.type_error(if n == 0 {
                format!("expected 0 arguments, got {}", rest.len())
            } else if n == 1 {
                format!("expected 1 argument, got {}", rest.len())
            } else {
                format!("expected {n} arguments, got {}", rest.len())
            }));
        }
        Ok(())
    };
    let missing = || rt.type_error(format!("slot {name} missing"));
    match d.kind {
        SlotKind::Binary(BinOp::Pow) if rest.len() == 2 && args.kwnames.is_empty() => {
            // `x.__pow__(y, mod)`: the three-argument form.
            (s.ternary_pow.ok_or_else(missing)?)(rt, &this, &rest[0], &rest[1])
        }
        SlotKind::Binary(op) => {
            expect(1)?;
            (s.binary[op as usize].ok_or_else(missing)?)(rt, &this, &rest[0])
        }
        SlotKind::RBinary(op) => {
            expect(1)?;
            (s.binary[op as usize].ok_or_else(missing)?)(rt, &rest[0], &this)
        }
        SlotKind::InPlace(op) => {
            expect(1)?;
            (s.inplace[op as usize].ok_or_else(missing)?)(rt, &this, &rest[0])
        }
        SlotKind::DivMod => {
            expect(1)?;
            (s.divmod.ok_or_else(missing)?)(rt, &this, &rest[0])
        }
        SlotKind::RDivMod => {
            expect(1)?;
            (s.divmod.ok_or_else(missing)?)(rt, &rest[0], &this)
        }
        SlotKind::Compare(op) => {
            expect(1)?;
            (s.richcompare.ok_or_else(missing)?)(rt, &this, &rest[0], op)
        }
        SlotKind::Repr => {
            expect(0)?;
            (s.repr.ok_or_else(missing)?)(rt, &this)
        }
        SlotKind::Str => {
            expect(0)?;
            (s.str.ok_or_else(missing)?)(rt, &this)
        }
        SlotKind::Hash => {
            expect(0)?;
            rt.new_int((s.hash.ok_or_else(missing)?)(rt, &this)?)
        }
        SlotKind::Bool => {
            expect(0)?;
            Ok(rt.bool_value((s.bool.ok_or_else(missing)?)(rt, &this)?))
        }
        SlotKind::Len => {
            expect(0)?;
            rt.new_int((s.len.ok_or_else(missing)?)(rt, &this)? as i64)
        }
        SlotKind::Neg => unary(rt, s.neg, &this, &rest),
        SlotKind::Pos => unary(rt, s.pos, &this, &rest),
        SlotKind::Invert => unary(rt, s.invert, &this, &rest),
        SlotKind::Abs => unary(rt, s.abs, &this, &rest),
        SlotKind::Int => unary(rt, s.int, &this, &rest),
        SlotKind::Float => unary(rt, s.float, &this, &rest),
        SlotKind::Index => unary(rt, s.index, &this, &rest),
        SlotKind::Iter => unary(rt, s.iter, &this, &rest),
        SlotKind::GetItem => {
            expect(1)?;
            (s.getitem.ok_or_else(missing)?)(rt, &this, &rest[0])
        }
        SlotKind::SetItem => {
            expect(2)?;
            (s.setitem.ok_or_else(missing)?)(rt, &this, &rest[0], Some(&rest[1]))?;
            Ok(rt.none())
        }
        SlotKind::DelItem => {
            expect(1)?;
            (s.setitem.ok_or_else(missing)?)(rt, &this, &rest[0], None)?;
            Ok(rt.none())
        }
        SlotKind::Contains => {
            expect(1)?;
            Ok(rt.bool_value((s.contains.ok_or_else(missing)?)(rt, &this, &rest[0])?))
        }
        SlotKind::Next => {
            expect(0)?;
            match (s.next.ok_or_else(missing)?)(rt, &this)? {
                Some(v) => Ok(v),
                None => Err(rt.stop_iteration(None)),
            }
        }
        SlotKind::Call => {
            let n = args.all.len() - if d.self_.is_some() { 0 } else { 1 };
            let start = args.all.len() - n;
            (s.call.ok_or_else(missing)?)(rt, &this, Args::new(&args.all[start..], args.kwnames))
        }
        SlotKind::Init => {
            let start = if d.self_.is_some() { 0 } else { 1 };
            (s.init.ok_or_else(missing)?)(rt, &this, Args::new(&args.all[start..], args.kwnames))?;
            Ok(rt.none())
        }
        SlotKind::GetAttribute => {
            expect(1)?;
            (s.getattro.ok_or_else(missing)?)(rt, &this, &rest[0])
        }
        SlotKind::SetAttr => {
            expect(2)?;
            (s.setattro.ok_or_else(missing)?)(rt, &this, &rest[0], Some(&rest[1]))?;
            Ok(rt.none())
        }
        SlotKind::DelAttr => {
            expect(1)?;
            (s.setattro.ok_or_else(missing)?)(rt, &this, &rest[0], None)?;
            Ok(rt.none())
        }
        SlotKind::Get => {
            if rest.is_empty() || rest.len() > 2 {
                return Err(rt.type_error("__get__(None, None) is invalid"));
            }
            let inst = if rt.is_none(&rest[0]) {
                None
            } else {
                Some(&rest[0])
            };
            let owner_v = match rest.get(1) {
                Some(o) => o.clone(),
                None => rt.type_of(&rest[0]).value(),
            };
            (s.descr_get.ok_or_else(missing)?)(rt, &this, inst, &owner_v)
        }
        SlotKind::Set => {
            expect(2)?;
            (s.descr_set.ok_or_else(missing)?)(rt, &this, &rest[0], Some(&rest[1]))?;
            Ok(rt.none())
        }
        SlotKind::Delete => {
            expect(1)?;
            (s.descr_set.ok_or_else(missing)?)(rt, &this, &rest[0], None)?;
            Ok(rt.none())
        }
    }
}

fn unary(
    rt: &Runtime,
    f: Option<super::typeobj::UnaryFn>,
    this: &Value,
    rest: &[Value],
) -> PyResult<Value> {
    if !rest.is_empty() {
        return Err(rt.type_error(format!("expected 0 arguments, got {}", rest.len())));
    }
    match f {
        Some(f) => f(rt, this),
        None => Err(rt.type_error("slot missing")),
    }
}
