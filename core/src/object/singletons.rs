//! None, NotImplemented and Ellipsis: the immortal singletons (bool lives in `bool.rs`).

use super::header::Payload;
use super::typeobj::TypeRef;
use crate::runtime::Runtime;

/// Payload of None, NotImplemented and Ellipsis: they carry no data.
#[derive(Default)]
pub struct Unit;
impl Payload for Unit {}

pub fn init_none(_rt: &Runtime, ty: TypeRef) {
    let s = unsafe { ty.data().slots_mut() };
    s.repr = Some(|rt, _| rt.new_str("None"));
    s.bool = Some(|_, _| Ok(false));
    s.hash = Some(super::object_type::object_hash);
}

pub fn init_not_implemented(_rt: &Runtime, ty: TypeRef) {
    let s = unsafe { ty.data().slots_mut() };
    s.repr = Some(|rt, _| rt.new_str("NotImplemented"));
}

pub fn init_ellipsis(_rt: &Runtime, ty: TypeRef) {
    let s = unsafe { ty.data().slots_mut() };
    s.repr = Some(|rt, _| rt.new_str("Ellipsis"));
}
