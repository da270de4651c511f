//! Heap accounting for one runtime: live bytes, peak, and the configurable limit that turns
//! runaway allocation into MemoryError instead of a crash.

use core::cell::Cell;

pub struct Heap {
    used: Cell<usize>,
    peak: Cell<usize>,
    limit: Cell<usize>,
    live_objects: Cell<usize>,
}

impl Heap {
    pub const fn new(limit: usize) -> Heap {
        Heap {
            used: Cell::new(0),
            peak: Cell::new(0),
            limit: Cell::new(limit),
            live_objects: Cell::new(0),
        }
    }

    /// Accounts `bytes` for a new object; false when that would pass the limit.
    #[inline]
    pub fn reserve(&self, bytes: usize) -> bool {
        if !self.grow(bytes) {
            return false;
        }
        self.live_objects.set(self.live_objects.get() + 1);
        true
    }

    #[inline]
    pub fn release(&self, bytes: usize) {
        self.shrink(bytes);
        self.live_objects
            .set(self.live_objects.get().saturating_sub(1));
    }

    /// Accounts `bytes` more for an object's out-of-line storage (a list's items, a big int).
    #[inline]
    pub fn grow(&self, bytes: usize) -> bool {
        let used = self.used.get().saturating_add(bytes);
        if used > self.limit.get() {
            return false;
        }
        self.used.set(used);
        if used > self.peak.get() {
            self.peak.set(used);
        }
        true
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
