//! Tier-2 micro-ops that move between frames inside a trace (CPython 3.13's trace through
//! `_PUSH_FRAME` and `_RETURN_VALUE`). Their rows are in `uops.rs`'s table.
//!
//! In tier 1, `_INIT_CALL_PY_EXACT_ARGS` hands the callee's slice to `_PUSH_FRAME` through
//! the `Ctx` of the one instruction; in a trace every micro-op has its own `Ctx`, so
//! `_PUSH_FRAME_EXACT` does both (`_PUSH_FRAME` switches the registers to the callee's
//! frame), points them at the callee's code snapshot, and the trace continues in the callee.
//! `_RETURN_VALUE` pops the callee's frame (as tier 1's return does) and switches back.
//! Both take the code snapshot the trace reads the next frame's inline caches from as their
//! operand: `Regs::code` points into the executor's snapshot while a trace runs.

#![allow(non_snake_case)]

use super::uops::{_INIT_CALL_PY_EXACT_ARGS, _PUSH_FRAME, Ctx, U};

/// The oparg of `_PUSH_FRAME_EXACT`: the CALL's argument count (low 8 bits) and the code
/// unit the caller resumes at after the return (the rest).
#[inline(always)]
pub const fn push_frame_oparg(nargs: u32, resume: u32) -> u32 {
    nargs | (resume << 8)
}

/// CALL_PY_EXACT_ARGS's `_INIT_CALL_PY_EXACT_ARGS` and `_PUSH_FRAME`, then the trace goes on
/// in the callee (after the same guards as in tier 1).
#[inline(always)]
pub fn _PUSH_FRAME_EXACT(c: &mut Ctx) -> U {
    let packed = c.oparg;
    c.oparg = packed & 0xff;
    match _INIT_CALL_PY_EXACT_ARGS(c) {
        U::Continue => {}
        other => return other,
    }
    // `_PUSH_FRAME` saves this as the caller's resume point.
    c.r.ip = (packed >> 8) as usize;
    match _PUSH_FRAME(c) {
        U::PushFrame => {}
        other => return other,
    }
    if c.rt.tiers.stats {
        crate::tier2::bump(&crate::tier2::state(c.rt).stats.frames_pushed, 1);
    }
    // `_PUSH_FRAME` switched the registers to the callee: its inline caches are read from
    // the snapshot.
    c.r.code = c.operand as usize as *const u8;
    U::Continue
}

/// Returns from a frame `_PUSH_FRAME_EXACT` pushed: pops it (its locals released: this may
/// run finalizers) and continues in the caller with the value pushed.
#[inline(always)]
pub fn _RETURN_VALUE(c: &mut Ctx) -> U {
    let Some(v) = c.pop() else {
        return U::Deopt;
    };
    match crate::interp::eval::return_here(c.rt, c.r, v) {
        Ok(()) => {
            c.r.code = c.operand as usize as *const u8;
            U::Continue
        }
        // Not a frame a trace pushed (cannot happen): tier 1 runs the return.
        Err(v) => {
            c.push(Some(v));
            U::Deopt
        }
    }
}
