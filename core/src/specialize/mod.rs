//! The specializing adaptive interpreter (PEP 659).
//!
//! - `uops.rs`: the micro-op table, each micro-op defined once (a function plus its stack
//!   effect and flags).
//! - `table.rs`: the specialized instructions (CPython 3.13 names and numbers), each a
//!   sequence of micro-ops; `execute` runs them for the tier-1 loop.
//! - `specializer.rs`: picks a form from the operands when an adaptive counter fires.
//! - `counter.rs`: the counter in each instruction's first cache unit (warm-up, backoff).
//! - `stats.rs`: `-X stats`.
//!
//! The tier-1 loop calls `dispatch` for every instruction with inline caches. A specialized
//! instruction runs its micro-ops; when a guard fails (nothing consumed yet) the loop runs the
//! generic instruction instead and the miss counts down the counter, which at zero puts the
//! generic form back so the next execution specializes again. A generic instruction counts
//! down to its next specialization attempt; failures back off exponentially.

pub mod counter;
pub mod specializer;
pub mod stats;
pub mod table;
pub mod uops;
pub mod uops_attr;
pub mod uops_call;
pub mod uops_call_kw;
pub mod uops_frame;
pub mod uops_init;
pub mod uops_ops;
pub mod uops_tier2;

use alloc::boxed::Box;
use alloc::vec::Vec;
use core::cell::{Cell, UnsafeCell};

use crate::bytecode::opcode::Opcode;
use crate::interp::eval::Regs;
use crate::object::error::PyErr;
use crate::runtime::Runtime;
use stats::Stats;
pub use table::{SpecOp, deopt_byte};

/// Per-runtime specializer state.
pub struct SpecState {
    /// Next dict keys version to hand out (0 means "none", so this starts at 1).
    pub next_keys_version: Cell<u32>,
    /// Next function version for the CALL caches (0 means "none").
    pub next_func_version: Cell<u32>,
    /// The well-known callables CALL_LEN, CALL_ISINSTANCE and CALL_LIST_APPEND compare with
    /// (`uops_call::KNOWN_*`), found on first use.
    known: UnsafeCell<[Option<crate::object::value::Value>; 3]>,
    stats: UnsafeCell<Option<Box<Stats>>>,
    /// The code of CALL_ALLOC_AND_ENTER_INIT's shim frame (`uops_init.rs`), made on first use.
    init_shim: UnsafeCell<Option<crate::object::value::Value>>,
}

impl Default for SpecState {
    fn default() -> Self {
        SpecState {
            next_keys_version: Cell::new(1),
            next_func_version: Cell::new(1),
            known: UnsafeCell::new([None, None, None]),
            stats: UnsafeCell::new(None),
            init_shim: UnsafeCell::new(None),
        }
    }
}

impl SpecState {
    /// A well-known callable, if already found.
    #[inline(always)]
    pub fn known(&self, which: usize) -> Option<&crate::object::value::Value> {
        unsafe { (*self.known.get()).get(which)?.as_ref() }
    }
    /// Finds a well-known callable (the specializer, before writing a form that guards on it).
    pub fn find_known(&self, rt: &Runtime, which: usize) -> Option<&crate::object::value::Value> {
        if self.known(which).is_none() {
            let v = uops_call::find_known(rt, which)?;
            let slot = unsafe { (*self.known.get()).get_mut(which)? };
            *slot = Some(v);
        }
        self.known(which)
    }
    /// Drops the references kept (at teardown, with the builtins).
    pub fn release(&self) {
        let k = unsafe { core::mem::take(&mut *self.known.get()) };
        drop(k);
        let s = unsafe { (*self.init_shim.get()).take() };
        drop(s);
    }

    /// The init shim's code object (made on first use).
    pub fn init_shim(
        &self,
        rt: &Runtime,
    ) -> crate::object::error::PyResult<crate::object::value::Value> {
        if let Some(s) = unsafe { &*self.init_shim.get() } {
            return Ok(s.clone());
        }
        let s = uops_init::make_init_shim(rt)?;
        unsafe { *self.init_shim.get() = Some(s.clone()) };
        Ok(s)
    }
    /// Whether `code` is the init shim's code.
    #[inline]
    pub fn shim_is(&self, code: &crate::object::value::Value) -> bool {
        unsafe { &*self.init_shim.get() }
            .as_ref()
            .is_some_and(|s| s.is(code))
    }

    /// The stats table (made on first use; only called with `-X stats`).
    #[allow(clippy::mut_from_ref)]
    fn stats(&self) -> &mut Stats {
        let s = unsafe { &mut *self.stats.get() };
        s.get_or_insert_with(Stats::new)
    }
}

/// The `-X stats` summary, if stats were collected.
pub fn stats_report(rt: &Runtime) -> Option<alloc::string::String> {
    if !rt.tiers.stats {
        return None;
    }
    let mut r = rt.interp.spec.stats().report();
    r.push_str(&crate::jit::report::stats_lines(rt));
    r.push_str(&crate::tier2::print::stats(rt));
    Some(r)
}

/// Sets the adaptive counters of fresh code (specialize on the second execution).
pub fn quicken(code: &mut [u8]) {
    let mut i = 0;
    while i + 1 < code.len() {
        let Some(op) = Opcode::from_u8(code[i]) else {
            i += 2;
            continue;
        };
        if specializer::is_adaptive(op) && i + 3 < code.len() {
            code[i + 2..i + 4].copy_from_slice(&counter::WARMUP.to_ne_bytes());
        }
        i += 2 * op.size() as usize;
    }
}

/// Chooses the forms that need no warm-up, when a code object is made: RESUME_CHECK for
/// RESUME, LOAD_CONST_IMMORTAL or _MORTAL by the constant (immortality never ends).
pub fn quicken_static(code: &mut [u8], consts: &[crate::object::value::Value]) {
    let mut i = 0;
    while i + 1 < code.len() {
        let Some(op) = Opcode::from_u8(code[i]) else {
            i += 2;
            continue;
        };
        match op {
            Opcode::RESUME => code[i] = SpecOp::RESUME_CHECK as u8,
            // Only without EXTENDED_ARG (the oparg is then the unit's own byte).
            Opcode::LOAD_CONST if i < 2 || code[i - 2] != Opcode::EXTENDED_ARG as u8 => {
                if let Some(c) = consts.get(usize::from(code[i + 1])) {
                    let immortal = c.heap().is_none_or(|h| h.is_immortal());
                    code[i] = if immortal {
                        SpecOp::LOAD_CONST_IMMORTAL
                    } else {
                        SpecOp::LOAD_CONST_MORTAL
                    } as u8;
                }
            }
            _ => {}
        }
        i += 2 * op.size() as usize;
    }
}

/// The code as the compiler made it: generic opcodes, zeroed caches (`co_code`).
pub fn deopt_code(code: &[u8]) -> Vec<u8> {
    let mut out = Vec::from(code);
    let mut i = 0;
    while i + 1 < out.len() {
        out[i] = deopt_byte(out[i]);
        let caches = Opcode::from_u8(out[i]).map_or(0, |o| o.caches() as usize);
        for b in out.iter_mut().skip(i + 2).take(2 * caches) {
            *b = 0;
        }
        i += 2 + 2 * caches;
    }
    out
}

/// What the loop does after `dispatch`.
pub enum Outcome {
    /// The instruction ran (specialized).
    Done,
    /// A specialized call pushed the callee's frame (the caller's registers are saved).
    PushFrame,
    /// Run the generic instruction.
    Generic,
    Error(PyErr),
}

#[inline(always)]
fn counter(r: &Regs) -> u16 {
    unsafe { core::ptr::read_unaligned(r.code.add(2 * (r.lasti + 1)) as *const u16) }
}
#[inline(always)]
fn set_counter(r: &Regs, c: u16) {
    unsafe { core::ptr::write_unaligned(r.code.add(2 * (r.lasti + 1)) as *mut u16, c) }
}
fn set_opcode(r: &Regs, b: u8) {
    unsafe { *(r.code.add(2 * r.lasti) as *mut u8) = b }
}

/// A generic instruction with an adaptive counter (`r.ip` past its caches): counts down, and
/// when the counter fires tries to specialize it, giving the form now written in place.
#[inline(always)]
pub fn adapt(rt: &Runtime, r: &Regs, op: Opcode, arg: u32) -> Option<SpecOp> {
    let c = counter(r);
    if !counter::triggers(c) {
        set_counter(r, counter::decrement(c));
        return None;
    }
    try_specialize(rt, &r.detached(), op, arg, c)
}

/// `-X stats`: one execution of `spec`, a miss when its guard failed.
#[cold]
pub fn count(rt: &Runtime, spec: SpecOp, missed: bool) {
    let s = rt.interp.spec.stats();
    s.execs[spec as usize] += 1;
    if missed {
        s.misses[spec as usize] += 1;
    }
}

/// A guard failed: count down; at zero, go back to the adaptive generic form, which
/// specializes again at its next execution.
#[cold]
pub fn miss(rt: &Runtime, r: &Regs, spec: SpecOp) {
    let c = counter(r);
    if counter::triggers(c) {
        set_opcode(r, spec.family() as u8);
        set_counter(r, 0);
        if rt.tiers.stats {
            rt.interp.spec.stats().deopts[spec as usize] += 1;
        }
    } else {
        set_counter(r, counter::decrement(c));
    }
}

#[cold]
fn try_specialize(rt: &Runtime, r: &Regs, op: Opcode, arg: u32, c: u16) -> Option<SpecOp> {
    match specializer::specialize(rt, r, op, arg) {
        Ok(s) => {
            set_opcode(r, s as u8);
            set_counter(r, counter::COOLDOWN);
            if rt.tiers.stats {
                rt.interp.spec.stats().success[op as usize] += 1;
            }
            Some(s)
        }
        Err(reason) => {
            set_counter(r, counter::backoff(c));
            if rt.tiers.stats {
                rt.interp.spec.stats().fail(op as u8, reason);
            }
            None
        }
    }
}
