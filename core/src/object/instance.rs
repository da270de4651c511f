//! Instances of classes made by `class` statements: the solid base's payload followed by the
//! attribute storage (inline values laid out by the class's shared keys, or a materialized dict).

use alloc::vec::Vec;
use core::cell::UnsafeCell;
use core::ptr::NonNull;

use super::header::{ObjHeader, Payload, PyObj, alloc_object};
use super::typeobj::Layout;
use super::value::Value;
use crate::runtime::Runtime;

/// Attribute storage of a heap-type instance.
#[derive(Default)]
pub struct InstanceExt {
    /// Values in the order of the class's shared keys; `None` where the attribute is absent.
    pub values: UnsafeCell<Vec<Option<Value>>>,
    /// The `__dict__`, once someone asked for it (then `values` is empty and unused).
    pub dict: UnsafeCell<Option<Value>>,
    /// Values of `__slots__` members, by slot index.
    pub slots: UnsafeCell<Vec<Option<Value>>>,
}

#[repr(C)]
pub struct Instance<X> {
    pub base: X,
    pub ext: InstanceExt,
}

impl<X: Payload> Payload for Instance<X> {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.base.traverse(visit);
        let ext = &self.ext;
        unsafe {
            for v in (*ext.values.get()).iter().flatten() {
                visit(v);
            }
            if let Some(d) = &*ext.dict.get() {
                visit(d);
            }
            for v in (*ext.slots.get()).iter().flatten() {
                visit(v);
            }
        }
    }
    fn extra_bytes(&self) -> usize {
        self.base.extra_bytes()
    }
    fn clear(&self) {
        self.base.clear();
        unsafe {
            let values = core::mem::take(&mut *self.ext.values.get());
            let dict = (*self.ext.dict.get()).take();
            let slots = core::mem::take(&mut *self.ext.slots.get());
            drop((values, dict, slots));
        }
    }
}

/// How to make instances of a class whose solid base is a given built-in type.
#[derive(Clone, Copy)]
pub struct SubclassLayout {
    pub layout: Layout,
    /// Byte offset of the `InstanceExt` from the object header.
    pub ext_offset: usize,
    /// Allocates an instance of `ty` (a subclass) with the base payload's default value.
    pub alloc: fn(&Runtime, NonNull<ObjHeader>) -> Option<Value>,
}

impl SubclassLayout {
    pub fn of<X: Payload + Default>() -> SubclassLayout {
        fn alloc_default<X: Payload + Default>(
            rt: &Runtime,
            ty: NonNull<ObjHeader>,
        ) -> Option<Value> {
            let data = Instance {
                base: X::default(),
                ext: InstanceExt::default(),
            };
            // SAFETY: `ty` was created with this layout.
            unsafe { alloc_object(rt, ty, data) }
        }
        SubclassLayout {
            layout: Layout::of::<Instance<X>>(),
            ext_offset: core::mem::offset_of!(PyObj<Instance<X>>, data.ext),
            alloc: alloc_default::<X>,
        }
    }
}

/// The attribute storage of an object whose type has an `InstanceExt` at `offset`.
///
/// # Safety
/// `offset` must be the type's recorded ext offset.
#[inline]
pub unsafe fn ext_at(obj: &ObjHeader, offset: usize) -> &InstanceExt {
    unsafe { &*((obj as *const ObjHeader as *const u8).add(offset) as *const InstanceExt) }
}

impl Payload for () {}
