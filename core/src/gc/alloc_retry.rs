//! The heap limit: before an allocation fails with MemoryError, collect garbage once and retry.
//!
//! CPython does not do this (its limit is the OS); for an embedded runtime with a fixed heap it
//! is the right thing: cyclic garbage must not turn into MemoryError just because no safe point
//! came by. The collection runs inside an allocation, where Python code must not run (see the
//! module doc of `gc`), so it frees only garbage that needs no code: garbage with a pending
//! `__del__` or weakref callback waits for the next regular collection.

use crate::runtime::Runtime;

/// Called when `bytes` more would pass the heap limit. Runs a full collection (when one can
/// run) and says whether the bytes fit now.
pub(crate) fn collect_for_allocation(rt: &Runtime, bytes: usize) -> bool {
    let gc = rt.gc();
    if gc.is_collecting() || !gc.is_enabled() {
        return false;
    }
    let heap = rt.heap();
    super::collect::collect(rt, super::GENERATIONS - 1, false);
    heap.used().saturating_add(bytes) <= heap.limit()
}
