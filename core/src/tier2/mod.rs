//! Tier 2: micro-op traces from hot loops.
//!
//! - `project.rs`: a hot back edge projects a trace from the specialized bytecode (each
//!   instruction becomes its micro-ops; branches follow their recorded direction).
//! - `executor.rs`: executors (the trace, its JIT code if any) kept per code object, installed
//!   as ENTER_EXECUTOR in place of the JUMP_BACKWARD, and run from the tier-1 loop.
//! - `invalidate.rs`: retiring executors (tracing, frame writes, `__code__`, cold ones).
//! - `print.rs`: `copperhead --trace` and the `-X stats` lines.
//!
//! The back edge's inline cache unit counts down to projection (counter.rs's format, with
//! exponential backoff); once an executor is installed the same unit holds its index in the
//! code's executor array, and the oparg stays the jump's, so `co_code` and `dis` show the
//! JUMP_BACKWARD as CPython does.

pub mod executor;
pub mod funcs;
pub mod invalidate;
pub mod opt_types;
pub mod print;
pub mod project;

use alloc::rc::Weak;
use alloc::vec::Vec;
use core::cell::{Cell, UnsafeCell};

use crate::interp::eval::Regs;
use crate::runtime::Runtime;
use crate::specialize::Outcome;
pub use executor::{CodeExecutors, Executor};

/// Per-runtime tier-2 state.
#[derive(Default)]
pub struct Tier2State {
    /// Every executor made (dead entries dropped at each sweep): for invalidation.
    registry: UnsafeCell<Vec<Weak<Executor>>>,
    /// Executors built since the last cold sweep.
    since_sweep: Cell<u32>,
    /// Numbers the traces for `--trace`.
    next_id: Cell<u32>,
    pub stats: Stats,
    /// Function versions to code, for projecting through calls.
    pub versions: funcs::VersionCache,
}

/// `-X stats` counters.
#[derive(Default)]
pub struct Stats {
    pub built: Cell<u64>,
    /// Side traces grown from hot exits.
    pub side_traces: Cell<u64>,
    /// Hot loops whose trace was too short to be worth it.
    pub rejected: Cell<u64>,
    pub executions: Cell<u64>,
    /// Guard failures and `_EXIT_TRACE`s (tier 1 resumes).
    pub exits: Cell<u64>,
    pub errors: Cell<u64>,
    pub invalidations: Cell<u64>,
    pub cold_freed: Cell<u64>,
    pub jit_traces: Cell<u64>,
    pub jit_bytes: Cell<u64>,
    /// Traces not installed: the JIT is on but could not compile them.
    pub not_compiled: Cell<u64>,
    /// Which micro-op kept them from compiling, and how often.
    pub missing: UnsafeCell<Vec<(&'static str, u64)>>,
    /// Optimizer pass 1 (opt_types.rs).
    pub guards_removed: Cell<u64>,
    pub set_ips_removed: Cell<u64>,
    pub checks_removed: Cell<u64>,
    /// Traces (and side traces) that go through a call into a Python function.
    pub through_calls: Cell<u64>,
    /// Frames pushed inside traces (counted with `-X stats` only).
    pub frames_pushed: Cell<u64>,
}

pub(crate) fn bump(c: &Cell<u64>, n: u64) {
    c.set(c.get().wrapping_add(n));
}

impl Tier2State {
    fn count_missing(&self, name: &'static str) {
        let m = unsafe { &mut *self.stats.missing.get() };
        match m.iter_mut().find(|e| e.0 == name) {
            Some(e) => e.1 += 1,
            None => m.push((name, 1)),
        }
    }
}

/// The tier-2 state of `rt`.
pub fn state(rt: &Runtime) -> &Tier2State {
    &rt.interp.tier2
}

/// The 16-bit inline cache unit after the instruction at code unit `at`.
#[inline(always)]
pub(crate) fn cache_unit(code: *const u8, at: usize) -> u16 {
    unsafe { core::ptr::read_unaligned(code.add(2 * (at + 1)) as *const u16) }
}
#[inline(always)]
pub(crate) fn set_cache_unit(code: *const u8, at: usize, v: u16) {
    unsafe { core::ptr::write_unaligned(code.add(2 * (at + 1)) as *mut u16, v) }
}

/// A conditional jump records its direction in its cache unit (a shift register, newest in
/// bit 0), so projection follows the way the branch usually goes.
#[inline(always)]
pub fn record_branch(r: &Regs, jump: bool) {
    let h = cache_unit(r.code, r.lasti);
    set_cache_unit(r.code, r.lasti, (h << 1) | u16::from(jump));
}

/// A back edge got hot (JUMP_BACKWARD_JIT's `_JIT`; `r.ip` is the loop head, `r.lasti` the
/// jump): projects a trace and installs it. False: none (never while tracing); the caller
/// backs off.
#[inline(never)]
pub fn hot_loop(rt: &Runtime, r: &Regs) -> bool {
    rt.tiers.tier2 && !rt.interp.trace.on.get() && executor::install(rt, r)
}

/// The generic JUMP_BACKWARD with specialization off (`-X specialize=off`): its cache unit is
/// the hotness counter `_JIT` keeps in the specialized form.
#[inline(always)]
pub fn backedge(rt: &Runtime, r: &Regs) {
    use crate::specialize::counter;
    let c = cache_unit(r.code, r.lasti);
    if !counter::triggers(c) {
        set_cache_unit(r.code, r.lasti, counter::decrement(c));
        return;
    }
    if !hot_loop(rt, r) {
        set_cache_unit(r.code, r.lasti, counter::backoff(c));
    }
}

/// ENTER_EXECUTOR: runs the loop's trace (or, when it is gone or tracing is on, does what
/// the JUMP_BACKWARD it replaced does).
pub fn enter(rt: &Runtime, r: &mut Regs, arg: u32, tracing: bool) -> Outcome {
    executor::enter(rt, r, arg, tracing)
}
