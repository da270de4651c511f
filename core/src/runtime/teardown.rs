//! Freeing what a runtime made immortal (built-in and module-defined types, singletons,
//! interned strings) when the runtime is dropped, so a host that makes and destroys runtimes
//! leaks nothing. Immortal counts are not real, so they are freed in phases, never by count:
//! every phase only touches memory a later phase frees.

use alloc::vec::Vec;
use core::ptr::NonNull;

use super::Runtime;
use crate::object::header::{ObjHeader, PyObj, free_memory, object_layout};
use crate::object::typeobj::TypeData;

impl Runtime {
    /// Records an object made immortal, for `free_immortals`.
    pub(super) fn note_immortal(&self, obj: NonNull<ObjHeader>) {
        // SAFETY: no reference into the list outlives this call.
        unsafe { (*self.immortals.get()).push(obj) };
    }

    /// Drops what the last heap-limit MemoryError carried. That exception is one immortal
    /// instance (raising it must not allocate), so its traceback, and with it the frames and
    /// their locals, globals and builtins, would otherwise stay referenced past the collections
    /// of teardown and leak.
    pub(super) fn forget_memory_error_state(&self) {
        let Some(s) = (unsafe { &*self.singletons.get() }) else {
            return;
        };
        let Ok(d) = crate::object::exceptions::exc_data(self, &s.memory_error) else {
            return;
        };
        // SAFETY: no borrow of these cells is held; the values are dropped after the takes.
        let old = unsafe {
            (
                (*d.traceback.get()).take(),
                (*d.cause.get()).take(),
                (*d.context.get()).take(),
            )
        };
        d.suppress_context.set(false);
        drop(old);
    }

    /// Frees every immortal object. Runs last in the runtime's teardown, after the modules and
    /// builtins were released and collected: objects the host still holds must not be used
    /// afterwards (they may point at freed types).
    pub(super) fn free_immortals(&self) {
        // SAFETY: teardown; nothing else runs.
        let all = core::mem::take(unsafe { &mut *self.immortals.get() });
        let type_id = core::any::TypeId::of::<TypeData>();
        let mut types = Vec::new();
        let mut others = Vec::new();
        for &obj in &all {
            let layout = unsafe { obj.as_ref() }.type_data().layout;
            if layout.payload == type_id {
                types.push(obj);
            } else {
                // The free function is read now, while every type is whole.
                others.push((obj, layout.free));
            }
        }
        // 1. The runtime's own references to immortals are not counted: forget them.
        unsafe {
            if let Some(s) = (*self.singletons.get()).take() {
                core::mem::forget(s);
            }
        }
        self.interned.forget_all();
        // 2. While everything is alive: cut every reference immortal containers hold and empty
        //    the types' dicts, so the mortal objects only they kept (method descriptors,
        //    docstrings...) are freed now, with their types intact.
        for &obj in &all {
            let h = unsafe { obj.as_ref() };
            let layout = h.type_data().layout;
            if layout.payload == type_id {
                let dict = unsafe { &(*(obj.as_ptr() as *const PyObj<TypeData>)).data }.dict();
                if let Some(d) = dict.header_ptr() {
                    let dl = unsafe { d.as_ref() }.type_data().layout;
                    unsafe { (dl.clear)(d) };
                }
            }
            if layout.gc {
                unsafe { (layout.clear)(obj) };
            }
        }
        // 3. The types' payloads (their dicts are freed through the dict type, still allocated),
        //    then the other immortals (their free reads only their type's header), then the
        //    types' memory.
        for &t in &types {
            unsafe { core::ptr::drop_in_place(&mut (*(t.as_ptr() as *mut PyObj<TypeData>)).data) };
        }
        for (obj, free) in others {
            unsafe { free(self, obj) };
        }
        let (layout, offset) = object_layout::<TypeData>();
        for t in types {
            unsafe { free_memory(self, (t.as_ptr() as *mut u8).sub(offset), layout) };
        }
    }
}
