//! Types that standard modules written in Rust define (`collections.deque`, the `itertools`
//! iterators, `operator.itemgetter`): made from a `TypeSpec` the first time their module is
//! imported, the way bootstrap makes the built-in types. Like those they are immortal.

use alloc::vec;
use core::ptr::NonNull;

use crate::Runtime;
use crate::object::header::{ObjHeader, alloc_object, alloc_raw};
use crate::object::typeobj::{TypeData, TypeRef, flags};
use crate::object::typespec::TypeSpec;
use crate::object::{PyResult, Value};

/// A new type from `spec` deriving from `object`; `spec.name` is dotted (`module.Name`).
pub fn new_native_type(rt: &Runtime, spec: TypeSpec) -> PyResult<TypeRef> {
    let object = rt.types().object;
    let fl = spec.flags | (object.data().flags.get() & flags::INHERITED);
    let dict = unsafe {
        alloc_object(
            rt,
            rt.types().dict.0,
            crate::object::dict::DictData::default(),
        )
    }
    .ok_or_else(|| rt.memory_error())?;
    let data = TypeData::new(rt, spec.name, dict.clone(), spec.layout, fl);
    drop(dict);
    data.subclass.set(spec.subclass);
    data.ext_offset.set(spec.ext_offset);
    let v = unsafe { alloc_raw(rt, rt.types().type_.0, data) }.ok_or_else(|| rt.memory_error())?;
    let ptr: NonNull<ObjHeader> = v.header_ptr().ok_or_else(|| rt.memory_error())?;
    rt.make_immortal(&v);
    core::mem::forget(v);
    let ty = TypeRef(ptr);
    let short = alloc::string::String::from(ty.data().name());
    ty.data().set_qualname(&short);
    unsafe {
        ty.data().set_hierarchy(
            Some(object.value()),
            vec![object.value()],
            vec![ty.value(), object.value()],
        )
    };
    object.data().add_subclass(ptr);
    (spec.init)(rt, ty);
    crate::object::slot_wrappers::add_slot_wrappers(rt, ty);
    crate::object::heaptype::inherit_slots(ty);
    Ok(ty)
}

/// The type as a value, for putting in a module.
pub fn type_value(ty: TypeRef) -> Value {
    ty.value()
}

/// The runtime's registry of module-defined types, so native code can find e.g. the deque
/// iterator type without a module lookup.
#[derive(Default)]
pub struct NativeTypes(core::cell::UnsafeCell<alloc::vec::Vec<(&'static str, TypeRef)>>);

impl NativeTypes {
    pub fn get(&self, name: &str) -> Option<TypeRef> {
        // SAFETY: no reference into the vector outlives these calls.
        unsafe { &*self.0.get() }
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, t)| *t)
    }
    fn add(&self, name: &'static str, ty: TypeRef) {
        unsafe { &mut *self.0.get() }.push((name, ty));
    }
}

/// The type named `name` (full dotted name), made from `spec()` on first use.
pub fn native_type(rt: &Runtime, name: &'static str, spec: fn() -> TypeSpec) -> PyResult<TypeRef> {
    if let Some(t) = rt.native_types.get(name) {
        return Ok(t);
    }
    let ty = new_native_type(rt, spec())?;
    rt.native_types.add(name, ty);
    Ok(ty)
}

/// Whether `v`'s type is `ty` or derives from it.
pub fn is_instance_of(rt: &Runtime, v: &Value, ty: Option<TypeRef>) -> bool {
    ty.is_some_and(|t| rt.isinstance_type(v, t))
}
