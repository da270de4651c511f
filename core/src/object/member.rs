//! `member_descriptor`: one `__slots__` entry of a class, reading and writing the instance's
//! slot storage by index.

use alloc::format;

use super::error::PyResult;
use super::header::{Payload, alloc_object};
use super::instance::ext_at;
use super::value::Value;
use crate::runtime::Runtime;

pub struct MemberData {
    pub name: Value,
    pub index: usize,
    /// Offset of the `InstanceExt` in instances of `owner` (and its subclasses).
    pub ext_offset: usize,
    /// The class whose `__slots__` made this member (owned: the class may be collected).
    pub owner: Value,
}

impl Payload for MemberData {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.owner);
    }
}

impl Runtime {
    pub fn new_member(
        &self,
        name: Value,
        index: usize,
        ext_offset: usize,
        owner: Value,
    ) -> PyResult<Value> {
        let d = MemberData {
            name,
            index,
            ext_offset,
            owner,
        };
        unsafe { alloc_object(self, self.types().member_descriptor.0, d) }
            .ok_or_else(|| self.memory_error())
    }
}

fn data<'a>(rt: &Runtime, v: &'a Value) -> PyResult<&'a MemberData> {
    super::method::checked(rt, v, rt.types().member_descriptor, "member_descriptor")
}

/// The instance's slot cell after checking the instance belongs to the owner class.
fn slot_of<'a>(
    rt: &Runtime,
    d: &MemberData,
    obj: &'a Value,
) -> PyResult<&'a core::cell::UnsafeCell<alloc::vec::Vec<Option<Value>>>> {
    let owner = rt
        .type_ref_of_type_value(&d.owner)
        .ok_or_else(|| rt.type_error("bad member owner"))?;
    let name = rt.str_of(&d.name).unwrap_or("?");
    match obj.heap() {
        Some(h) if rt.isinstance_type(obj, owner) && d.ext_offset != 0 => {
            // SAFETY: instances of the owner carry an `InstanceExt` at `ext_offset`.
            Ok(&unsafe { ext_at(h, d.ext_offset) }.slots)
        }
        _ => Err(rt.type_error(format!(
            "descriptor '{name}' for '{}' objects doesn't apply to a '{}' object",
            owner.data().name(),
            rt.type_name(obj)
        ))),
    }
}

fn member_get(rt: &Runtime, m: &Value, obj: Option<&Value>, _owner: &Value) -> PyResult<Value> {
    let Some(obj) = obj else {
        return Ok(m.clone());
    };
    let d = data(rt, m)?;
    let cell = slot_of(rt, d, obj)?;
    match unsafe { (&(*cell.get())).get(d.index).cloned().flatten() } {
        Some(v) => Ok(v),
        None => Err(rt.attribute_error(format!(
            "'{}' object has no attribute '{}'",
            rt.type_name(obj),
            rt.str_of(&d.name).unwrap_or("?")
        ))),
    }
}

fn member_set(rt: &Runtime, m: &Value, obj: &Value, value: Option<&Value>) -> PyResult<()> {
    let d = data(rt, m)?;
    let cell = slot_of(rt, d, obj)?;
    let slots = unsafe { &mut *cell.get() };
    match value {
        Some(v) => {
            if slots.len() <= d.index {
                slots.resize(d.index + 1, None);
            }
            let old = slots[d.index].replace(v.clone());
            drop(old);
            Ok(())
        }
        None => {
            let old = slots.get_mut(d.index).and_then(|s| s.take());
            match old {
                Some(o) => {
                    drop(o);
                    Ok(())
                }
                // CPython 3.11 names only the slot when deleting an unset one.
                None => Err(rt.attribute_error(rt.str_of(&d.name).unwrap_or("?"))),
            }
        }
    }
}

pub fn spec() -> super::typespec::TypeSpec {
    super::typespec::TypeSpec::new::<MemberData>("member_descriptor", |rt, ty| {
        let s = unsafe { ty.data().slots_mut() };
        s.descr_get = Some(member_get);
        s.descr_set = Some(member_set);
        s.repr = Some(|rt, v| {
            let d = data(rt, v)?;
            let owner = rt
                .type_ref_of_type_value(&d.owner)
                .map_or("?", |t| t.data().name());
            rt.new_str(&format!(
                "<member '{}' of '{owner}' objects>",
                rt.str_of(&d.name).unwrap_or("?")
            ))
        });
        rt.add_getsets(
            ty,
            &[
                super::getset::GetSetDef {
                    name: "__name__",
                    get: |rt, v| Ok(data(rt, v)?.name.clone()),
                    set: None,
                },
                super::getset::GetSetDef {
                    name: "__objclass__",
                    get: |rt, v| Ok(data(rt, v)?.owner.clone()),
                    set: None,
                },
            ],
        );
    })
}
