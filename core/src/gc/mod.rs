//! The cycle collector's state: every container object is linked into a generation list
//! through the `GcLink` in front of its header.
//!
//! Files: this one holds the lists, counters and thresholds (CPython's `gc` module state);
//! `collect.rs` is trial deletion; `finalize.rs` runs `__del__` (PEP 442) and reports errors
//! that nobody can catch ("Exception ignored in: ...").
//!
//! When collection runs: never inside allocation. Allocating is not a point where Python code
//! may run (callers build objects while they hold borrows of container internals), and a
//! collection runs finalizers and weakref callbacks. `track` only counts; the collection
//! happens at the next *safe point* (`Runtime::gc_safe_point`: every `Runtime::call`, and the
//! interpreter's loop back edges), as CPython 3.12 moved its collector to the eval breaker.
//! The one exception is the heap limit (`alloc.rs`): before failing with MemoryError, the
//! allocator runs a collection that executes no Python code at all.

mod alloc_retry;
mod api;
mod collect;
pub(crate) mod finalize;

use alloc::boxed::Box;
use alloc::vec::Vec;
use core::cell::{Cell, UnsafeCell};
use core::ptr::NonNull;

use crate::object::header::{GC_PREFIX, GcLink, ObjHeader};
use crate::object::value::Value;
use crate::object::weakref::WeakTable;
use crate::runtime::Runtime;

pub(crate) use alloc_retry::collect_for_allocation;
pub use finalize::write_unraisable;

pub const GENERATIONS: usize = 3;
/// CPython's default thresholds.
pub const DEFAULT_THRESHOLDS: [usize; GENERATIONS] = [700, 10, 10];

// Bits of `GcLink::refs`: flags below, the trial-deletion count above `SHIFT`.
/// `__del__` already ran (PEP 442: at most once per object).
pub(crate) const FINALIZED: isize = 1;
/// The object is in the set being collected right now.
pub(crate) const COLLECTING: isize = 2;
/// Tentatively (or finally) unreachable.
pub(crate) const UNREACHABLE: isize = 4;
pub(crate) const SHIFT: u32 = 3;
/// Counts above this are all "certainly referenced from outside" (immortal objects). Shifted
/// by SHIFT it must still fit an isize (2**26 on 32-bit targets).
pub(crate) const MAX_SCRATCH: isize = 1 << (if isize::BITS == 64 { 40 } else { 26 });

pub struct Gc {
    /// Sentinel heads of the circular generation lists. Raw heap pointers (from `Box::into_raw`,
    /// freed in `Drop`), not `Box`es: moving a `Box` would assert unique access and invalidate
    /// the pointers the lists hold to their heads.
    heads: [*mut GcLink; GENERATIONS],
    /// Sentinel of the list of garbage found by the running collection.
    unreachable: *mut GcLink,
    /// The permanent generation (`gc.freeze()`): tracked, never collected.
    permanent: *mut GcLink,
    /// count[0]: containers allocated minus freed since the last collection of generation 0;
    /// count[i]: collections of generation i-1 since the last collection of generation i.
    counts: [Cell<usize>; GENERATIONS],
    thresholds: [Cell<usize>; GENERATIONS],
    enabled: Cell<bool>,
    /// A collection is running (collections are not re-entrant: nested requests are skipped).
    collecting: Cell<bool>,
    /// Objects in the oldest generation after its last full collection, and survivors promoted
    /// into it since: a full collection waits until pending is a quarter of total (CPython).
    long_lived_total: Cell<usize>,
    long_lived_pending: Cell<usize>,
    /// How many collections of each generation ran, and garbage objects found in all.
    collections: [Cell<usize>; GENERATIONS],
    collected: Cell<usize>,
    /// Garbage found by collections of each generation (`gc.get_stats()`).
    collected_by: [Cell<usize>; GENERATIONS],
    /// `gc.set_debug` flags (only DEBUG_SAVEALL changes what the collector does).
    pub(crate) debug: Cell<u32>,
    /// The lists `gc.callbacks` and `gc.garbage` once the module made them (immortal, so
    /// these borrowed pointers stay valid until teardown).
    pub(crate) callbacks: Cell<Option<NonNull<ObjHeader>>>,
    pub(crate) garbage: Cell<Option<NonNull<ObjHeader>>>,
    /// Weak references, by referent address (objects pay nothing until weakly referenced).
    pub(crate) weakrefs: WeakTable,
    /// Set while a collection that must not run Python code (inside an allocation) runs.
    no_code: Cell<bool>,
    /// Weakref callbacks (callback, weakref) that came due while no code could run; they run
    /// at the next safe point.
    deferred: UnsafeCell<Vec<(Value, Value)>>,
}

/// The object header that follows a link.
pub(crate) fn header_of(link: *mut GcLink) -> NonNull<ObjHeader> {
    unsafe { NonNull::new_unchecked((link as *mut u8).add(GC_PREFIX) as *mut ObjHeader) }
}

pub(crate) fn link_of(obj: NonNull<ObjHeader>) -> *mut GcLink {
    unsafe { (obj.as_ptr() as *mut u8).sub(GC_PREFIX) as *mut GcLink }
}

/// Whether `obj` is a container (has a link in front of its header).
#[inline]
pub(crate) fn is_container(obj: &ObjHeader) -> bool {
    obj.type_data().layout.gc
}

fn new_head() -> *mut GcLink {
    let p = Box::into_raw(Box::new(GcLink::new()));
    unsafe {
        (*p).next.set(p);
        (*p).prev.set(p);
    }
    p
}

// List primitives on raw links. All links passed in are live and in a well-formed list.
pub(crate) unsafe fn list_is_empty(head: *mut GcLink) -> bool {
    unsafe { (*head).next.get() == head }
}

pub(crate) unsafe fn list_append(link: *mut GcLink, head: *mut GcLink) {
    unsafe {
        let last = (*head).prev.get();
        (*link).prev.set(last);
        (*link).next.set(head);
        (*last).next.set(link);
        (*head).prev.set(link);
    }
}

pub(crate) unsafe fn list_remove(link: *mut GcLink) {
    unsafe {
        let prev = (*link).prev.get();
        let next = (*link).next.get();
        (*prev).next.set(next);
        (*next).prev.set(prev);
        (*link).prev.set(core::ptr::null_mut());
        (*link).next.set(core::ptr::null_mut());
    }
}

pub(crate) unsafe fn list_move(link: *mut GcLink, head: *mut GcLink) {
    unsafe {
        list_remove(link);
        list_append(link, head);
    }
}

/// Moves every element of `from` to the end of `to`.
pub(crate) unsafe fn list_merge(from: *mut GcLink, to: *mut GcLink) {
    unsafe {
        if list_is_empty(from) || from == to {
            return;
        }
        let first = (*from).next.get();
        let last = (*from).prev.get();
        let to_last = (*to).prev.get();
        (*to_last).next.set(first);
        (*first).prev.set(to_last);
        (*last).next.set(to);
        (*to).prev.set(last);
        (*from).next.set(from);
        (*from).prev.set(from);
    }
}

pub(crate) unsafe fn list_len(head: *mut GcLink) -> usize {
    let mut n = 0;
    unsafe {
        let mut l = (*head).next.get();
        while l != head {
            n += 1;
            l = (*l).next.get();
        }
    }
    n
}

impl Gc {
    pub fn new() -> Gc {
        Gc {
            heads: [new_head(), new_head(), new_head()],
            unreachable: new_head(),
            permanent: new_head(),
            counts: Default::default(),
            thresholds: DEFAULT_THRESHOLDS.map(Cell::new),
            enabled: Cell::new(true),
            collecting: Cell::new(false),
            long_lived_total: Cell::new(0),
            long_lived_pending: Cell::new(0),
            collections: Default::default(),
            collected: Cell::new(0),
            collected_by: Default::default(),
            debug: Cell::new(0),
            callbacks: Cell::new(None),
            garbage: Cell::new(None),
            weakrefs: WeakTable::default(),
            no_code: Cell::new(false),
            deferred: UnsafeCell::new(Vec::new()),
        }
    }

    pub(crate) fn head(&self, generation: usize) -> *mut GcLink {
        self.heads[generation]
    }

    pub(crate) fn unreachable_head(&self) -> *mut GcLink {
        self.unreachable
    }

    /// Links a new container into the youngest generation. Never collects (see the module doc).
    pub fn track(&self, obj: NonNull<ObjHeader>) {
        unsafe { list_append(link_of(obj), self.head(0)) };
        self.counts[0].set(self.counts[0].get() + 1);
    }

    /// Unlinks a container (it is being freed, or queued to be). No-op when not tracked.
    pub fn untrack(&self, obj: NonNull<ObjHeader>) {
        let link = link_of(obj);
        unsafe {
            if (*link).prev.get().is_null() {
                return;
            }
            list_remove(link);
        }
        let c = self.counts[0].get();
        if c > 0 {
            self.counts[0].set(c - 1);
        }
    }

    /// Whether a container is linked into a generation (`gc.is_tracked`).
    pub fn is_tracked_ptr(&self, obj: NonNull<ObjHeader>) -> bool {
        let h = unsafe { obj.as_ref() };
        is_container(h) && unsafe { !(*link_of(obj)).prev.get().is_null() }
    }

    pub fn enable(&self) {
        self.enabled.set(true);
    }
    pub fn disable(&self) {
        self.enabled.set(false);
    }
    pub fn is_enabled(&self) -> bool {
        self.enabled.get()
    }
    pub fn is_collecting(&self) -> bool {
        self.collecting.get()
    }
    /// `gc.get_count()`.
    pub fn get_count(&self) -> (usize, usize, usize) {
        (
            self.counts[0].get(),
            self.counts[1].get(),
            self.counts[2].get(),
        )
    }
    /// `gc.get_threshold()`.
    pub fn get_threshold(&self) -> (usize, usize, usize) {
        (
            self.thresholds[0].get(),
            self.thresholds[1].get(),
            self.thresholds[2].get(),
        )
    }
    /// `gc.set_threshold(t0[, t1[, t2]])`: `None` keeps the current value. A threshold of 0 for
    /// generation 0 disables automatic collection (as CPython).
    pub fn set_threshold(&self, t0: usize, t1: Option<usize>, t2: Option<usize>) {
        self.thresholds[0].set(t0);
        if let Some(t) = t1 {
            self.thresholds[1].set(t);
        }
        if let Some(t) = t2 {
            self.thresholds[2].set(t);
        }
    }
    /// Collections run per generation since the runtime started.
    pub fn collections(&self) -> [usize; GENERATIONS] {
        [
            self.collections[0].get(),
            self.collections[1].get(),
            self.collections[2].get(),
        ]
    }
    /// Unreachable objects found by all collections so far.
    pub fn total_collected(&self) -> usize {
        self.collected.get()
    }
    /// Unreachable objects found by the collections of each generation.
    pub fn collected_by_generation(&self) -> [usize; GENERATIONS] {
        [
            self.collected_by[0].get(),
            self.collected_by[1].get(),
            self.collected_by[2].get(),
        ]
    }
    /// `gc.freeze()`: every tracked object moves to the permanent generation, which no
    /// collection examines.
    pub fn freeze(&self) {
        for g in 0..GENERATIONS {
            unsafe { list_merge(self.head(g), self.permanent) };
            self.counts[g].set(0);
        }
    }
    /// `gc.unfreeze()`: the permanent generation goes back into the oldest one.
    pub fn unfreeze(&self) {
        unsafe { list_merge(self.permanent, self.head(GENERATIONS - 1)) };
    }
    /// `gc.get_freeze_count()`.
    pub fn freeze_count(&self) -> usize {
        unsafe { list_len(self.permanent) }
    }
    /// Whether the collector already ran this container's `__del__` (`gc.is_finalized`).
    pub fn is_finalized_ptr(&self, obj: NonNull<ObjHeader>) -> bool {
        let h = unsafe { obj.as_ref() };
        is_container(h) && unsafe { (*link_of(obj)).refs.get() } & FINALIZED != 0
    }
    /// Number of containers tracked in `generation` (walks the list).
    pub fn generation_len(&self, generation: usize) -> usize {
        if generation >= GENERATIONS {
            return 0;
        }
        unsafe { list_len(self.head(generation)) }
    }

    /// Whether an automatic collection is due.
    #[inline]
    pub fn collection_due(&self) -> bool {
        let t0 = self.thresholds[0].get();
        self.counts[0].get() > t0 && t0 != 0 && self.enabled.get() && !self.collecting.get()
    }

    /// The generation an automatic collection should process: the oldest whose count passed
    /// its threshold (the oldest only when enough objects are pending, as CPython).
    fn generation_to_collect(&self) -> Option<usize> {
        for g in (0..GENERATIONS).rev() {
            if self.counts[g].get() > self.thresholds[g].get() {
                if g == GENERATIONS - 1
                    && self.long_lived_pending.get() < self.long_lived_total.get() / 4
                {
                    continue;
                }
                return Some(g);
            }
        }
        None
    }

    /// Calls a weakref callback now, or at the next safe point when no code may run.
    pub(crate) fn run_or_defer_callback(&self, rt: &Runtime, cb: Value, wr: Value) {
        if self.no_code.get() {
            unsafe { (*self.deferred.get()).push((cb, wr)) };
        } else {
            finalize::call_weakref_callback(rt, &cb, &wr);
        }
    }

    #[inline]
    fn has_deferred(&self) -> bool {
        !unsafe { &*self.deferred.get() }.is_empty()
    }

    /// Runs `__del__` for an object whose count reached zero. Returns false when the finalizer
    /// resurrected it (then it must not be freed).
    pub fn run_finalizer_on_dealloc(&self, rt: &Runtime, obj: NonNull<ObjHeader>) -> bool {
        finalize::finalize_on_dealloc(rt, obj)
    }
}

impl Drop for Gc {
    fn drop(&mut self) {
        // Objects still linked are left to leak with the runtime (see `Runtime::drop`); only
        // the sentinels are ours.
        for h in self
            .heads
            .iter()
            .chain([&self.unreachable, &self.permanent])
        {
            drop(unsafe { Box::from_raw(*h) });
        }
    }
}

impl Default for Gc {
    fn default() -> Self {
        Self::new()
    }
}

impl Runtime {
    /// `gc.collect(generation)`: collects `generation` and every younger one; returns the number
    /// of unreachable objects found. Returns 0 without collecting when a collection is already
    /// running (a finalizer or callback asked for one). Generations above 2 collect everything.
    pub fn gc_collect(&self, generation: usize) -> usize {
        collect::collect(self, generation.min(GENERATIONS - 1), true)
    }

    /// A point where the collector may run (no borrows of container internals are live, Python
    /// code may run): collects when allocation counts passed the thresholds.
    #[inline]
    #[cfg_attr(copperhead_stencil, allow(unreachable_code))]
    pub fn gc_safe_point(&self) {
        // Stencils run a due collection through the runtime-helper table (jit/helpers.rs).
        #[cfg(copperhead_stencil)]
        {
            if self.gc().collection_due() || (self.gc().has_deferred() && !self.gc().no_code.get())
            {
                crate::jit::helpers::route::gc_safe_point(self);
            }
            return;
        }
        if self.gc().collection_due() {
            self.gc_collect_automatic();
        }
        if self.gc().has_deferred() && !self.gc().no_code.get() {
            self.gc_run_deferred();
        }
    }

    #[cold]
    fn gc_run_deferred(&self) {
        let calls = core::mem::take(unsafe { &mut *self.gc().deferred.get() });
        for (cb, wr) in calls {
            finalize::call_weakref_callback(self, &cb, &wr);
        }
    }

    #[cold]
    fn gc_collect_automatic(&self) {
        if let Some(g) = self.gc().generation_to_collect() {
            self.gc_collect_with_callbacks(g);
        }
    }

    /// `gc.is_tracked(obj)`.
    pub fn gc_is_tracked(&self, v: &crate::object::value::Value) -> bool {
        v.header_ptr()
            .is_some_and(|p| !v.is_small_int() && self.gc().is_tracked_ptr(p))
    }

    /// `gc.get_objects(generation)`: every tracked container (of one generation, or all).
    pub fn gc_get_objects(
        &self,
        generation: Option<usize>,
    ) -> alloc::vec::Vec<crate::object::value::Value> {
        let mut out = alloc::vec::Vec::new();
        let gens = match generation {
            Some(g) => g.min(GENERATIONS)..(g + 1).min(GENERATIONS),
            None => 0..GENERATIONS,
        };
        for g in gens {
            let head = self.gc().head(g);
            unsafe {
                let mut l = (*head).next.get();
                while l != head {
                    out.push(crate::object::value::Value::from_header(header_of(l)));
                    l = (*l).next.get();
                }
            }
        }
        out
    }
}
