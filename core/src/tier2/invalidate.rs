//! Invalidation: executors stop running when what they assumed may no longer hold.
//!
//! The guards inside a trace check what they depend on as they go (type versions, the
//! globals' and builtins' keys versions, function versions, read from the code snapshot
//! the trace was projected with). What no guard can see (a trace function being set, a frame
//! write through `f_locals`, a function's `__code__` replaced) retires every executor:
//! its validity byte goes to 0, so `_CHECK_VALIDITY` (first in every trace and after every
//! escape) exits at once, and its ENTER_EXECUTOR goes back to JUMP_BACKWARD.

use super::{bump, state};
use crate::runtime::Runtime;
use crate::tier2::Executor;

/// Executors built between cold sweeps.
const SWEEP_EVERY: u32 = 64;

/// Retires `ex`: invalid from now on, its jump restored, its trace freed unless running.
pub fn retire(ex: &Executor) {
    ex.valid.set(0);
    if ex.retired.replace(true) {
        return;
    }
    // SAFETY: the code bytes are alive (the code's executor array holds `ex`) and the
    // ENTER_EXECUTOR at `at` is this executor's (slots are only reused once retired).
    unsafe {
        *ex.code.add(2 * ex.at) = crate::bytecode::opcode::Opcode::JUMP_BACKWARD as u8;
    }
    super::set_cache_unit(ex.code, ex.at, ex.counter);
    free_body(ex);
}

fn free_body(ex: &Executor) {
    if ex.running.get() == 0 {
        let body = unsafe { (*ex.body.get()).take() };
        drop(body);
    }
}

/// Retires every executor (`sys.settrace`/`setprofile`, `f_locals` writes, `__code__`).
pub fn invalidate_all(rt: &Runtime) {
    let st = state(rt);
    let reg = unsafe { &mut *st.registry.get() };
    let mut n = 0;
    for w in reg.iter() {
        if let Some(ex) = w.upgrade()
            && !ex.retired.get()
        {
            retire(&ex);
            n += 1;
        }
    }
    reg.retain(|w| w.strong_count() > 0);
    bump(&st.stats.invalidations, n);
}

/// Every `SWEEP_EVERY` new executors: those not entered since the last sweep are freed.
pub fn maybe_sweep(rt: &Runtime) {
    let st = state(rt);
    if st.since_sweep.get() < SWEEP_EVERY {
        return;
    }
    st.since_sweep.set(0);
    let reg = unsafe { &mut *st.registry.get() };
    for w in reg.iter() {
        if let Some(ex) = w.upgrade() {
            if ex.retired.get() {
                free_body(&ex);
            } else if !ex.warm.replace(false) && ex.running.get() == 0 {
                retire(&ex);
                bump(&st.stats.cold_freed, 1);
            }
        }
    }
    reg.retain(|w| w.strong_count() > 0);
}
