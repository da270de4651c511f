//! Collector stress: memory stays flat while a loop makes and drops small reference cycles.
//!
//! Debug builds (the default suite) run 1,000,000 cycles; release builds run 10,000,000:
//! `cargo test --release -p copperhead-core --test gc_stress`.
//! The assertions are on the heap counters only, never on time.

mod gc_common;

use copperhead_core::{Config, Runtime};
use gc_common::{list_cycle, n};

fn iterations() -> usize {
    if cfg!(miri) {
        5_000
    } else if cfg!(debug_assertions) {
        1_000_000
    } else {
        10_000_000
    }
}

#[test]
fn cyclic_garbage_keeps_the_heap_flat() {
    let rt = Runtime::new(Config::default());
    rt.gc_collect(2);
    let base_objects = rt.heap().live_objects();
    let base_bytes = rt.heap().used();
    let (mut max_objects, mut max_bytes) = (0, 0);
    for i in 0..iterations() {
        if i % 2 == 0 {
            drop(list_cycle(&rt)); // two lists referencing each other
        } else {
            let l = rt.new_list(vec![]).unwrap(); // a list containing itself
            rt.list_data(&l).unwrap().push(l.clone());
        }
        // Where the interpreter checks: once per loop iteration.
        rt.gc_safe_point();
        max_objects = max_objects.max(rt.heap().live_objects());
        max_bytes = max_bytes.max(rt.heap().used());
    }
    // Generation 0 collects past 700 containers; older generations only ever see survivors
    // (none here), so the live set never passes a couple of thousand objects.
    assert!(
        max_objects < base_objects + 2_000,
        "live objects grew to {max_objects} (base {base_objects})"
    );
    assert!(
        max_bytes < base_bytes + 2_000 * 128,
        "heap grew to {max_bytes}"
    );
    rt.gc_collect(2);
    assert_eq!(rt.heap().live_objects(), base_objects);
    assert!(rt.gc().total_collected() >= iterations() * 3 / 2);
}

#[test]
fn cyclic_garbage_under_a_heap_limit_without_safe_points() {
    // No safe point at all: only the heap-limit collection frees the garbage.
    let rt = Runtime::new(Config {
        heap_limit: n(1 << 20, 300 << 10),
        ..Config::default()
    });
    for _ in 0..iterations() / 4 {
        drop(list_cycle(&rt));
    }
    assert!(rt.heap().used() <= n(1 << 20, 300 << 10));
    assert!(rt.heap().peak() <= n(1 << 20, 300 << 10));
}
