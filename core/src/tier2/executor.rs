//! Executors: a projected trace, run by the micro-op interpreter or as JIT code.
//!
//! Each code object keeps its executors in an array (`CodeExecutors`); the hot JUMP_BACKWARD
//! becomes ENTER_EXECUTOR with the index in its cache unit. An executor runs over a snapshot
//! of the code taken at projection, so the micro-ops read the inline caches (type versions,
//! dict keys versions, function versions) their guards were specialized with even if tier 1
//! re-specializes the instruction later. Every exit resumes tier 1 at an instruction start
//! with that instruction's stack depth (values a half-run instruction pushed are dropped).

use alloc::format;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec::Vec;
use core::cell::{Cell, UnsafeCell};

use super::{bump, state};
use crate::interp::eval::Regs;
use crate::jit::exec::{self, Exit, UopInst};
use crate::runtime::Runtime;
use crate::specialize::Outcome;
use crate::specialize::uops::{self, Ctx, U};

/// A code object's executors (ENTER_EXECUTOR's cache unit indexes it).
pub type CodeExecutors = UnsafeCell<Vec<Option<Rc<Executor>>>>;

/// An exit taken this often retires the executor (tier 1 re-specializes, the loop is traced
/// again later). Side traces grown from hot exits are future work.
const HOT_EXIT: u32 = 128;
/// A trace that exits (rather than loops) must cover at least this many instructions to be
/// worth entering.
const MIN_USEFUL: usize = 4;

pub struct Executor {
    /// Nonzero while valid: `_CHECK_VALIDITY` reads this byte (its operand is the address).
    pub valid: Cell<u8>,
    /// Entered since the last cold sweep.
    pub warm: Cell<bool>,
    /// Runs in progress (an escape inside a trace can reach a sweep): never freed while > 0.
    pub running: Cell<u32>,
    /// The ENTER_EXECUTOR has been put back to JUMP_BACKWARD.
    pub retired: Cell<bool>,
    /// The code bytes holding the ENTER_EXECUTOR (alive while the code's array holds us).
    pub code: *mut u8,
    /// The ENTER_EXECUTOR's code unit.
    pub at: usize,
    /// The back-edge counter to restore when retired.
    pub counter: u16,
    pub id: u32,
    pub body: UnsafeCell<Option<Body>>,
}

pub struct Body {
    pub uops: Vec<UopInst>,
    /// The code as projected (the micro-ops read their inline caches here).
    pub snapshot: Vec<u8>,
    /// (instruction start, stack depth there) for every instruction of the trace.
    pub depths: Vec<(u32, u32)>,
    /// (exit target, times taken).
    pub exits: UnsafeCell<Vec<(u32, u32)>>,
    pub jit: Option<exec::Executor>,
    /// The loop head (exits there end the loop normally: not counted as hot exits).
    pub head: u32,
}

impl Executor {
    pub fn is_valid(&self) -> bool {
        self.valid.get() != 0 && !self.retired.get()
    }
}

/// The running frame's code bytes and executor array.
fn code_of(rt: &Runtime, r: &Regs) -> Option<&'static crate::object::code::CodeData> {
    // SAFETY: `r.frame` is the running frame; its code outlives this call.
    let f = unsafe { &*r.frame };
    let cd = rt.code_data(&f.code)?;
    Some(unsafe { &*(cd as *const crate::object::code::CodeData) })
}

/// Projects a trace for the loop whose JUMP_BACKWARD is at `r.lasti` (`r.ip` is its head)
/// and installs it. False: no trace (the caller backs off).
pub fn install(rt: &Runtime, r: &Regs) -> bool {
    let Some(cd) = code_of(rt, r) else {
        return false;
    };
    let st = state(rt);
    super::invalidate::maybe_sweep(rt);
    let arr = unsafe { &mut *cd.executors.get() };
    // A free slot: empty, or a retired executor no run holds.
    let slot = arr.iter().position(|e| {
        e.as_ref()
            .is_none_or(|e| e.retired.get() && e.running.get() == 0)
    });
    let idx = match slot {
        Some(i) => i,
        None if arr.len() < usize::from(u16::MAX) => {
            arr.push(None);
            arr.len() - 1
        }
        None => return false,
    };
    let code = unsafe { (*cd.code.get()).as_mut_ptr() };
    let snapshot = unsafe { (*cd.code.get()).clone() };
    let counter = super::cache_unit(r.code, r.lasti);
    let id = st.next_id.get() + 1;
    st.next_id.set(id);
    let ex = Rc::new(Executor {
        valid: Cell::new(1),
        warm: Cell::new(true),
        running: Cell::new(0),
        retired: Cell::new(false),
        code,
        at: r.lasti,
        counter: crate::specialize::counter::backoff(counter),
        id,
        body: UnsafeCell::new(None),
    });
    let p = super::project::project(
        rt,
        &snapshot,
        r.ip as u32,
        r.lasti as u32,
        r.sp as u32,
        ex.valid.as_ptr() as u64,
    );
    // `depths` has one entry per instruction reached, the exiting one included.
    let loops = p
        .uops
        .last()
        .is_some_and(|u| u.uop == uops::Uop::_JUMP_TO_TOP);
    let useful = loops || p.depths.len() > MIN_USEFUL;
    if !useful {
        bump(&st.stats.rejected, 1);
        return false;
    }
    if rt.tiers.print_traces {
        super::print::trace(rt, r, &ex, &p.uops, "as projected", None);
    }
    let consts = rt.tuple_items(&cd.consts).unwrap_or(&[]);
    let varnames = rt.tuple_items(&cd.varnames).unwrap_or(&[]);
    let (uops, rep) = super::opt_types::run(rt, &p.uops, r.sp as u32, consts, varnames);
    bump(&st.stats.guards_removed, u64::from(rep.guards_removed));
    bump(&st.stats.set_ips_removed, u64::from(rep.set_ips_removed));
    bump(&st.stats.checks_removed, u64::from(rep.checks_removed));
    let jit = build_jit(rt, &uops);
    if rt.tiers.print_traces {
        let how = match &jit {
            Ok(Some(j)) => format!("runs as JIT code ({} bytes)", j.code_len()),
            Ok(None) => String::from("runs in the micro-op interpreter"),
            Err(why) => format!("not installed ({why}): tier 1 keeps the loop"),
        };
        let title = format!(
            "after pass 1 (types, escapes): {} guards, {} _SET_IP, {} _CHECK_VALIDITY removed; {how}",
            rep.guards_removed, rep.set_ips_removed, rep.checks_removed
        );
        super::print::trace(rt, r, &ex, &uops, &title, Some(&rep.stacks));
    }
    let Ok(jit) = jit else {
        bump(&st.stats.not_compiled, 1);
        return false;
    };
    unsafe {
        *ex.body.get() = Some(Body {
            uops,
            snapshot,
            depths: p.depths,
            exits: UnsafeCell::new(Vec::new()),
            jit,
            head: r.ip as u32,
        })
    };
    bump(&st.stats.built, 1);
    st.since_sweep.set(st.since_sweep.get() + 1);
    unsafe { (*st.registry.get()).push(Rc::downgrade(&ex)) };
    arr[idx] = Some(ex);
    // The jump becomes ENTER_EXECUTOR (oparg kept); its cache unit names the executor.
    unsafe { *code.add(2 * r.lasti) = crate::bytecode::opcode::Opcode::ENTER_EXECUTOR as u8 };
    super::set_cache_unit(code, r.lasti, idx as u16);
    true
}

/// How the trace will run: machine code (the JIT is on and compiled it), the micro-op
/// interpreter (`-X jit=off`, or a platform without executable memory or JIT: said once in
/// `-X stats`), or not at all (a micro-op without a stencil: the micro-op interpreter runs a
/// trace slower than tier 1 runs the loop, so tier 1 keeps it).
fn build_jit(rt: &Runtime, seq: &[UopInst]) -> Result<Option<exec::Executor>, String> {
    if !rt.tiers.jit {
        return Ok(None);
    }
    // A host that gives no executable memory (bare metal, a sandboxing embedder).
    let Some(mem) = rt.hooks.get().exec_memory else {
        return Ok(None);
    };
    let st = state(rt);
    match exec::build_host(mem, seq) {
        Ok(e) => {
            bump(&st.stats.jit_traces, 1);
            bump(&st.stats.jit_bytes, e.code_len() as u64);
            Ok(Some(e))
        }
        Err(exec::BuildError::NotStencil(name)) => {
            st.count_missing(name);
            Err(format!("{name} has no stencil yet"))
        }
        // The OS refused executable memory, or this CPU has no stencils.
        Err(e @ (exec::BuildError::Patch(_) | exec::BuildError::NoTable)) => {
            crate::jit::report::build_failed(rt, mem.name, &e);
            Ok(None)
        }
        Err(e) => Err(format!("{e:?}")),
    }
}

/// What the replaced JUMP_BACKWARD does: jump to the loop head, periodic checks.
fn jump_back(rt: &Runtime, r: &mut Regs, arg: u32) -> Outcome {
    r.ip = (r.lasti + 2).saturating_sub(arg as usize);
    let mut c = Ctx {
        rt,
        r,
        oparg: arg,
        operand: 0,
        new_frame: None,
    };
    match uops::_CHECK_PERIODIC(&mut c) {
        U::Error(e) => Outcome::Error(e),
        _ => Outcome::Done,
    }
}

pub fn enter(rt: &Runtime, r: &mut Regs, arg: u32, tracing: bool) -> Outcome {
    let at = r.lasti;
    let idx = usize::from(super::cache_unit(r.code, at));
    let ex = code_of(rt, r).and_then(|cd| unsafe {
        (&*cd.executors.get())
            .get(idx)
            .and_then(|e| e.as_ref())
            .filter(|e| e.at == at)
            .cloned()
    });
    let runnable = ex
        .as_ref()
        .is_some_and(|e| e.is_valid() && !tracing && rt.tiers.tier2);
    let (true, Some(ex)) = (runnable, ex.clone()) else {
        // Gone, invalid, or a trace function is set: back to the plain jump.
        match ex {
            Some(ex) => super::invalidate::retire(&ex),
            // No executor for this index (cannot happen): restore the jump itself.
            None if at < r.ncode => unsafe {
                *(r.code.add(2 * at) as *mut u8) =
                    crate::bytecode::opcode::Opcode::JUMP_BACKWARD as u8
            },
            None => {}
        }
        return jump_back(rt, r, arg);
    };
    if let Outcome::Error(e) = jump_back(rt, r, arg) {
        return Outcome::Error(e);
    }
    let st = state(rt);
    bump(&st.stats.executions, 1);
    ex.warm.set(true);
    ex.running.set(ex.running.get() + 1);
    let out = run(rt, r, &ex);
    ex.running.set(ex.running.get() - 1);
    out
}

fn run(rt: &Runtime, r: &mut Regs, ex: &Executor) -> Outcome {
    // SAFETY: the body is only dropped when no run holds the executor (`running`).
    let Some(body) = (unsafe { &*ex.body.get() }).as_ref() else {
        return Outcome::Done;
    };
    let mut t = *r;
    t.code = body.snapshot.as_ptr();
    // SAFETY: the registers describe the running frame; the trace was projected for this
    // loop of this code with the stack depth it has at the head.
    let exit = unsafe {
        match &body.jit {
            Some(j) => j.run(rt, &mut t),
            None => crate::jit::uop_interp::run(rt, &mut t, &body.uops),
        }
    };
    r.sp = t.sp;
    r.lasti = t.lasti;
    let st = state(rt);
    match exit {
        Exit::Deopt { target } => {
            bump(&st.stats.exits, 1);
            // Back to the instruction's start depth (drop what a half-run one pushed).
            if let Some(&(_, d)) = body.depths.iter().find(|(t, _)| *t == target) {
                while r.sp > d as usize {
                    r.sp -= 1;
                    drop(unsafe { (*r.st.add(r.sp)).take() });
                }
            }
            r.ip = target as usize;
            if target != body.head && count_exit(body, target) {
                super::invalidate::retire(ex);
            }
            Outcome::Done
        }
        Exit::Error { err, target } => {
            bump(&st.stats.errors, 1);
            r.lasti = target as usize;
            r.ip = target as usize + 1;
            unsafe { (*r.frame).lasti = target as usize };
            Outcome::Error(err)
        }
        Exit::PushedFrame { .. } => Outcome::PushFrame,
    }
}

/// Counts an exit; true when it became hot.
fn count_exit(body: &Body, target: u32) -> bool {
    let exits = unsafe { &mut *body.exits.get() };
    let n = match exits.iter_mut().find(|(t, _)| *t == target) {
        Some(e) => {
            e.1 += 1;
            e.1
        }
        None => {
            exits.push((target, 1));
            1
        }
    };
    n >= HOT_EXIT
}
