//! Heap accounting for one runtime: live bytes, peak, and the configurable limit that turns
//! runaway allocation into MemoryError instead of a crash. When an allocation would pass the
//! limit, the cycle collector gets one chance to free garbage first (`gc/alloc_retry.rs`).

use core::cell::Cell;

use super::Runtime;

pub struct Heap {
    /// The runtime owning this heap (set once it has its final address), for the collection
    /// that runs before an allocation fails.
    owner: Cell<*const Runtime>,
    used: Cell<usize>,
    peak: Cell<usize>,
    limit: Cell<usize>,
    live_objects: Cell<usize>,
}

impl Heap {
    pub const fn new(limit: usize) -> Heap {
        Heap {
            owner: Cell::new(core::ptr::null()),
            used: Cell::new(0),
            peak: Cell::new(0),
            limit: Cell::new(limit),
            live_objects: Cell::new(0),
        }
    }

    pub(crate) fn attach(&self, rt: *const Runtime) {
        self.owner.set(rt);
    }

    /// Accounts `bytes` for a new object; false when that would pass the limit.
    #[inline(always)]
    pub fn reserve(&self, bytes: usize) -> bool {
        if !self.grow(bytes) {
            return false;
        }
        self.live_objects.set(self.live_objects.get() + 1);
        true
    }

    #[inline(always)]
    pub fn release(&self, bytes: usize) {
        self.shrink(bytes);
        self.live_objects
            .set(self.live_objects.get().saturating_sub(1));
    }

    /// Accounts `bytes` more for an object's out-of-line storage (a list's items, a big int).
    #[inline(always)]
    pub fn grow(&self, bytes: usize) -> bool {
        let mut used = self.used.get().saturating_add(bytes);
        if used > self.limit.get() {
            if !self.collect_then_fits(bytes) {
                return false;
            }
            used = self.used.get().saturating_add(bytes);
        }
        self.used.set(used);
        if used > self.peak.get() {
            self.peak.set(used);
        }
        true
    }

    #[cold]
    fn collect_then_fits(&self, bytes: usize) -> bool {
        let rt = self.owner.get();
        // SAFETY: the owner outlives its heap (the heap is a field of it).
        !rt.is_null() && crate::gc::collect_for_allocation(unsafe { &*rt }, bytes)
    }

    #[inline]
    pub fn shrink(&self, bytes: usize) {
        self.used.set(self.used.get().saturating_sub(bytes));
    }

    pub fn used(&self) -> usize {
        self.used.get()
    }
    pub fn peak(&self) -> usize {
        self.peak.get()
    }
    pub fn live_objects(&self) -> usize {
        self.live_objects.get()
    }
    pub fn limit(&self) -> usize {
        self.limit.get()
    }
    pub fn set_limit(&self, limit: usize) {
        self.limit.set(limit);
    }
}
