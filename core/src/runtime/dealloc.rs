//! Freeing objects whose count reached zero, without deep native recursion.
//!
//! Freeing a container drops its items, which may free more containers: a nested list a million
//! deep would recurse a million frames. Past a small depth, dead objects are queued instead
//! and freed by the outermost call, iteratively.
//!
//! The queue is an intrusive chain, so queuing never allocates. A queued container is unlinked
//! from its generation first (the collector must never see a dead object) and chained through
//! its `GcLink::next`; its count stays 0, so weakref code can tell it is dying. Other objects
//! are chained through their (dead) count word. Non-containers that are weakly referenced are
//! never queued: their weakref lists are cleared right away, while the count word is intact.

use core::cell::Cell;
use core::ptr::NonNull;

use crate::gc::link_of;
use crate::object::header::ObjHeader;
use crate::runtime::Runtime;

const MAX_DEPTH: usize = 50;

pub struct DeallocQueue {
    depth: Cell<usize>,
    /// Head of the chain of objects waiting to be freed.
    pending: Cell<Option<NonNull<ObjHeader>>>,
}

fn set_next(obj: NonNull<ObjHeader>, next: Option<NonNull<ObjHeader>>) {
    let raw = next.map_or(core::ptr::null_mut(), |p| p.as_ptr());
    let h = unsafe { obj.as_ref() };
    if h.type_data().layout.gc {
        // The link is untracked (prev is null); `next` is free to reuse.
        unsafe { (*link_of(obj)).next.set(raw as *mut _) };
    } else {
        // Objects are at least 4-aligned, so the shifted address fits the count bits.
        h.set_refcount(raw as usize >> 2);
    }
}

fn take_next(obj: NonNull<ObjHeader>) -> Option<NonNull<ObjHeader>> {
    let h = unsafe { obj.as_ref() };
    if h.type_data().layout.gc {
        let l = link_of(obj);
        let n = unsafe { (*l).next.get() };
        unsafe { (*l).next.set(core::ptr::null_mut()) };
        NonNull::new(n as *mut ObjHeader)
    } else {
        let n = h.refcount() << 2;
        h.set_refcount(0);
        NonNull::new(n as *mut ObjHeader)
    }
}

impl DeallocQueue {
    pub const fn new() -> DeallocQueue {
        DeallocQueue {
            depth: Cell::new(0),
            pending: Cell::new(None),
        }
    }

    /// Whether objects are waiting in the queue.
    pub fn busy(&self) -> bool {
        self.pending.get().is_some()
    }

    /// Frees `obj` (count zero) now, or queues it when already deep in other frees.
    pub fn dealloc(&self, rt: &Runtime, obj: NonNull<ObjHeader>) {
        let h = unsafe { obj.as_ref() };
        let container = h.type_data().layout.gc;
        if self.depth.get() >= MAX_DEPTH && (container || !h.has_weakrefs()) {
            if container {
                rt.gc().untrack(obj);
            }
            set_next(obj, self.pending.get());
            self.pending.set(Some(obj));
            return;
        }
        self.depth.set(self.depth.get() + 1);
        rt.destroy(obj);
        if self.depth.get() == 1 {
            while let Some(p) = self.pending.get() {
                self.pending.set(take_next(p));
                rt.destroy(p);
            }
        }
        self.depth.set(self.depth.get() - 1);
    }
}

impl Default for DeallocQueue {
    fn default() -> Self {
        Self::new()
    }
}
