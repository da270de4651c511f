//! Iterators over a dict's keys, values or items, forwards and backwards. Like CPython's, they
//! remember the size they started with: a change raises "dictionary changed size during
//! iteration", and finding more keys than expected raises "dictionary keys changed during
//! iteration".

use alloc::vec::Vec;
use core::cell::{Cell, UnsafeCell};

use super::descr::MethodDef;
use super::error::PyResult;
use super::header::{Payload, alloc_object};
use super::typeobj::TypeRef;
use super::typespec::TypeSpec;
use super::value::Value;
use crate::runtime::Runtime;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Keys,
    Values,
    Items,
}

pub struct DictIter {
    dict: UnsafeCell<Option<Value>>,
    kind: Kind,
    reverse: bool,
    /// Next entry position (reverse: next position + 1; 0 = done).
    pos: Cell<usize>,
    /// The dict's size when iteration began (`usize::MAX` after a size change was reported).
    used: Cell<usize>,
    /// Items still expected.
    left: Cell<usize>,
}

impl Payload for DictIter {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some(d) = unsafe { &*self.dict.get() } {
            visit(d);
        }
    }
    fn clear(&self) {
        let d = unsafe { (*self.dict.get()).take() };
        drop(d);
    }
}

fn type_for(rt: &Runtime, kind: Kind, reverse: bool) -> TypeRef {
    let t = rt.types();
    match (kind, reverse) {
        (Kind::Keys, false) => t.dict_keyiterator,
        (Kind::Values, false) => t.dict_valueiterator,
        (Kind::Items, false) => t.dict_itemiterator,
        (Kind::Keys, true) => t.dict_reversekeyiterator,
        (Kind::Values, true) => t.dict_reversevalueiterator,
        (Kind::Items, true) => t.dict_reverseitemiterator,
    }
}

/// An iterator over `dict` (any dict or dict subclass value).
pub fn new_dict_iter(rt: &Runtime, dict: &Value, kind: Kind, reverse: bool) -> PyResult<Value> {
    let dd = rt
        .dict_data(dict)
        .ok_or_else(|| rt.type_error("expected a dict"))?;
    let data = DictIter {
        dict: UnsafeCell::new(Some(dict.clone())),
        kind,
        reverse,
        pos: Cell::new(if reverse { dd.entry_capacity() } else { 0 }),
        used: Cell::new(dd.len()),
        left: Cell::new(dd.len()),
    };
    unsafe { alloc_object(rt, type_for(rt, kind, reverse).0, data) }
        .ok_or_else(|| rt.memory_error())
}

fn finish(it: &DictIter) -> PyResult<Option<Value>> {
    let d = unsafe { (*it.dict.get()).take() };
    drop(d);
    Ok(None)
}

fn dict_iter_next(rt: &Runtime, v: &Value) -> PyResult<Option<Value>> {
    let it = unsafe { v.heap().unwrap_unchecked().payload::<DictIter>() };
    let Some(dv) = (unsafe { (*it.dict.get()).clone() }) else {
        return Ok(None);
    };
    let Some(dd) = rt.dict_data(&dv) else {
        return finish(it);
    };
    if dd.len() != it.used.get() {
        it.used.set(usize::MAX);
        return Err(rt.runtime_error("dictionary changed size during iteration"));
    }
    let found = if it.reverse {
        let mut i = it.pos.get().min(dd.entry_capacity());
        loop {
            if i == 0 {
                it.pos.set(0);
                return finish(it);
            }
            i -= 1;
            if let Some(e) = dd.entry_at(i) {
                it.pos.set(i);
                break e;
            }
        }
    } else {
        let mut i = it.pos.get();
        loop {
            if i >= dd.entry_capacity() {
                it.pos.set(i);
                return finish(it);
            }
            if let Some(e) = dd.entry_at(i) {
                it.pos.set(i + 1);
                break e;
            }
            i += 1;
        }
    };
    if it.left.get() == 0 {
        if it.reverse {
            return finish(it);
        }
        let _ = finish(it);
        return Err(rt.runtime_error("dictionary keys changed during iteration"));
    }
    it.left.set(it.left.get() - 1);
    let (k, x) = found;
    Ok(Some(match it.kind {
        Kind::Keys => k,
        Kind::Values => x,
        Kind::Items => rt.new_tuple(Vec::from([k, x]))?,
    }))
}

fn length_hint(rt: &Runtime, args: super::args::Args<'_>) -> PyResult<Value> {
    let it = unsafe { args.all[0].heap().unwrap_unchecked().payload::<DictIter>() };
    let alive = unsafe { (*it.dict.get()).is_some() };
    let n = if alive && it.used.get() != usize::MAX {
        it.left.get()
    } else {
        0
    };
    rt.new_int(n as i64)
}

fn spec(name: &'static str) -> TypeSpec {
    TypeSpec::new::<DictIter>(name, |rt, ty| {
        let s = unsafe { ty.data().slots_mut() };
        s.iter = Some(|_, v| Ok(v.clone()));
        s.next = Some(dict_iter_next);
        rt.add_methods(ty, &[MethodDef::method("__length_hint__", length_hint)]);
    })
}

pub fn keyiterator_spec() -> TypeSpec {
    spec("dict_keyiterator")
}
pub fn valueiterator_spec() -> TypeSpec {
    spec("dict_valueiterator")
}
pub fn itemiterator_spec() -> TypeSpec {
    spec("dict_itemiterator")
}
pub fn reversekeyiterator_spec() -> TypeSpec {
    spec("dict_reversekeyiterator")
}
pub fn reversevalueiterator_spec() -> TypeSpec {
    spec("dict_reversevalueiterator")
}
pub fn reverseitemiterator_spec() -> TypeSpec {
    spec("dict_reverseitemiterator")
}
