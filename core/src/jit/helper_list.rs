//! The fixed table of runtime helpers stencils may call, as signatures only (this file is also
//! read by the stencil generator, which needs just the names). Order is part of the generated
//! tables: append only, then regenerate. Every argument and result is a machine word or an
//! `f64`, so each helper has the same meaning under every C calling convention.
//!
//! `for_each_helper!(m)` calls `m! { name(args) -> ret; ... }` with every helper.

macro_rules! for_each_helper {
    ($m:ident) => {
        $m! {
            // For the generator's and the patcher's tests: `2 * x + 1`.
            copperhead_jit_test_helper(x: usize) -> usize;
            // Every `core::panicking` entry a stencil refers to (an unreachable path): aborts.
            copperhead_jit_panic();
            // Frees an object whose reference count reached zero (`Value`'s drop).
            copperhead_jit_dealloc(obj: *mut u8);
            // `rt.new_float(v)`: the new float's bits, or the exception's bits | 2 (objects are
            // word aligned, small ints have bit 0 set: `bits & 3 == 2` only for an error). No
            // out-parameter: a stack slot whose address escapes would stop the tail calls.
            copperhead_jit_new_float(rt: *const u8, v: f64) -> usize;
            // `ops::binary_op(rt, a, b, op)` on borrowed operands, result as above.
            copperhead_jit_binary_op(rt: *const u8, a: usize, b: usize, op: u32) -> usize;
            // `rt.is_subtype(a, b)` for two type objects.
            copperhead_jit_is_subtype(rt: *const u8, a: *mut u8, b: *mut u8) -> bool;
            // Runs micro-op `uop` (its index in `Uop::ALL`) over the `JitState` `state` with
            // stack pointer `sp`, as a stencil would: the stencil of a micro-op whose body
            // cannot be inlined (sizes.md). Returns the new stack pointer or'ed with
            // `exec::UOP_CONTINUE`, `UOP_EXIT` (the state says whether a frame was pushed) or
            // `UOP_ERROR` (the state holds the exception).
            copperhead_jit_uop(state: *mut u8, sp: *mut u8, uop: usize, oparg: usize, operand: usize) -> usize;
            // `rt.check_interrupt()`'s slow path (interrupt flag set or budget spent): 0 for
            // Ok, else the exception's bits | 2.
            copperhead_jit_check_interrupt_slow(rt: *const u8) -> usize;
            // `rt.gc_safe_point()` when a collection or deferred callbacks are due.
            copperhead_jit_gc_safe_point(rt: *const u8);
            // `range_iter_next` beyond the small-int fast path: the next value's bits, 0 when
            // exhausted, or the exception's bits | 2.
            copperhead_jit_range_iter_next(rt: *const u8, it: usize) -> usize;
            // Whether `name` is not one of the shared instance keys of type data `td`
            // (`_GUARD_NOT_SHARED_KEY` after its mask matched).
            copperhead_jit_not_shared_key(rt: *const u8, td: *const u8, name: usize) -> bool;
            // `set::set_contains(rt, s, key)` on borrowed operands: 0 or 1, or the exception's
            // bits | 2.
            copperhead_jit_set_contains(rt: *const u8, s: usize, key: usize) -> usize;
        }
    };
}
pub(crate) use for_each_helper;
