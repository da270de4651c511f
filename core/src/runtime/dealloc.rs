//! Freeing objects whose count reached zero, without deep native recursion.
//!
//! Freeing a container drops its items, which may free more containers: a nested list a million
//! deep would recurse a million frames. Past a small depth, dead objects are queued instead
//! (chained through their now-unused count field) and freed by the outermost call, iteratively.

use core::cell::Cell;
use core::ptr::NonNull;

use crate::object::header::ObjHeader;
use crate::runtime::Runtime;

const MAX_DEPTH: usize = 50;

pub struct DeallocQueue {
    depth: Cell<usize>,
    /// Head of the chain of objects waiting to be freed.
    pending: Cell<Option<NonNull<ObjHeader>>>,
}

impl DeallocQueue {
    pub const fn new() -> DeallocQueue {
        DeallocQueue {
            depth: Cell::new(0),
            pending: Cell::new(None),
        }
    }

    /// Frees `obj` (count zero) now, or queues it when already deep in other frees.
    pub fn dealloc(&self, rt: &Runtime, obj: NonNull<ObjHeader>) {
        if self.depth.get() >= MAX_DEPTH {
            // SAFETY: a dead object's count word is ours to reuse as the chain link.
            // Objects are at least 4-aligned, so the shifted address fits the count bits.
            let next = self.pending.get().map_or(0, |p| p.as_ptr() as usize >> 2);
            unsafe { obj.as_ref().set_refcount(next) };
            self.pending.set(Some(obj));
            return;
        }
        self.depth.set(self.depth.get() + 1);
        rt.destroy(obj);
        if self.depth.get() == 1 {
            while let Some(p) = self.pending.get() {
                let next = unsafe { p.as_ref().refcount() } << 2;
                self.pending.set(NonNull::new(next as *mut ObjHeader));
                unsafe { p.as_ref().set_refcount(0) };
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
