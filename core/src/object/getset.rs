//! Computed attributes of built-in types (`type.__name__`, `obj.__class__`, `f.__dict__`):
//! a getter and an optional setter, exposed as a data descriptor.

use alloc::format;

use super::error::PyResult;
use super::header::{Payload, alloc_object};
use super::typeobj::TypeRef;
use super::value::Value;
use crate::runtime::Runtime;

pub type Getter = fn(&Runtime, &Value) -> PyResult<Value>;
/// Sets (`Some`) or deletes (`None`).
pub type Setter = fn(&Runtime, &Value, Option<&Value>) -> PyResult<()>;

pub struct GetSetData {
    pub name: &'static str,
    pub get: Getter,
    pub set: Option<Setter>,
    pub owner: TypeRef,
}

impl Payload for GetSetData {}

/// Setter for attributes CPython exposes as read-only *members* (`range.start`, `slice.stop`):
/// assigning or deleting them says "readonly attribute", not "... is not writable".
pub fn readonly_member(rt: &Runtime, _: &Value, _: Option<&Value>) -> PyResult<()> {
    Err(rt.attribute_error("readonly attribute"))
}

pub struct GetSetDef {
    pub name: &'static str,
    pub get: Getter,
    pub set: Option<Setter>,
}

impl Runtime {
    pub fn add_getsets(&self, ty: TypeRef, defs: &[GetSetDef]) {
        for d in defs {
            let data = GetSetData {
                name: d.name,
                get: d.get,
                set: d.set,
                owner: ty,
            };
            let v = unsafe { alloc_object(self, self.types().getset_descriptor.0, data) }
                .expect("bootstrap allocation");
            self.type_dict_set(ty, d.name, v);
        }
    }
}

pub fn getset_get(
    rt: &Runtime,
    descr: &Value,
    obj: Option<&Value>,
    _owner: &Value,
) -> PyResult<Value> {
    let d = unsafe { descr.heap().unwrap_unchecked().payload::<GetSetData>() };
    match obj {
        Some(o) => (d.get)(rt, o),
        None => Ok(descr.clone()),
    }
}

pub fn getset_set(rt: &Runtime, descr: &Value, obj: &Value, value: Option<&Value>) -> PyResult<()> {
    let d = unsafe { descr.heap().unwrap_unchecked().payload::<GetSetData>() };
    match d.set {
        Some(f) => f(rt, obj, value),
        None => Err(rt.attribute_error(format!(
            "attribute '{}' of '{}' objects is not writable",
            d.name,
            d.owner.data().name()
        ))),
    }
}

pub fn spec() -> super::typespec::TypeSpec {
    super::typespec::TypeSpec::new::<GetSetData>("getset_descriptor", |_, ty| {
        let s = unsafe { ty.data().slots_mut() };
        s.descr_get = Some(getset_get);
        s.descr_set = Some(getset_set);
    })
}
