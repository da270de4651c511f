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

use super::project::SideStart;
use super::{bump, state};
use crate::interp::eval::Regs;
use crate::jit::exec::{self, Exit, UopInst};
use crate::runtime::Runtime;
use crate::specialize::Outcome;
use crate::specialize::uops::{self, Ctx, U};

/// A code object's executors (ENTER_EXECUTOR's cache unit indexes it).
pub type CodeExecutors = UnsafeCell<Vec<Option<Rc<Executor>>>>;

/// An exit taken this often grows a side trace from its target (executor chaining).
const HOT_EXIT: u32 = 128;
/// Side traces one executor may grow, and how many an executor may run one after another
/// without going around the loop (each is a fresh projection; bounded so a run of exits
/// always ends in tier 1).
const MAX_SIDES: u32 = 32;
const MAX_CHAIN: u32 = 8;
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
    /// Side traces grown so far (`MAX_SIDES`).
    pub sides: Cell<u32>,
    /// The back-edge counter to restore when retired.
    pub counter: u16,
    pub id: u32,
    pub body: UnsafeCell<Option<Body>>,
}

/// A trace: the loop's own (from its head), or a side trace (from a hot exit of another).
pub struct Body {
    pub uops: Vec<UopInst>,
    /// The code as projected (the micro-ops read their inline caches here). A side trace has
    /// its own: tier 1 has re-specialized since the trace it grew from was projected.
    pub snapshot: Vec<u8>,
    /// The stack depth at the start of every instruction of the trace in the loop's code.
    pub depths: Depths,
    /// The functions' code it calls into, with their snapshots and depths.
    pub callees: Vec<super::project::Callee>,
    /// Where it exited, how often, and the side trace grown there.
    pub exits: UnsafeCell<Vec<ExitInfo>>,
    pub jit: Option<exec::Executor>,
    /// Where it starts: the loop head for the loop's trace (exits there end the loop
    /// normally: not counted as hot exits).
    pub head: u32,
    /// A side trace that reaches the back edge: the jump's start (an exit there goes around).
    pub back_edge: Option<u32>,
}

/// Stack depths by instruction, for the exits (one load per exit: they are frequent).
pub struct Depths {
    /// The first instruction of the trace's span of code.
    base: u32,
    /// Depth at `base + i`, `u32::MAX` for an instruction the trace does not reach.
    at: Vec<u32>,
}

impl Depths {
    /// From (instruction start, depth) pairs; the first pair of an instruction counts.
    fn new(pairs: &[(u32, u32)]) -> Depths {
        let base = pairs.iter().map(|p| p.0).min().unwrap_or(0);
        let end = pairs.iter().map(|p| p.0).max().map_or(0, |m| m - base + 1);
        let mut at = alloc::vec![u32::MAX; end as usize];
        for &(t, d) in pairs.iter().rev() {
            at[(t - base) as usize] = d;
        }
        Depths { base, at }
    }

    fn get(&self, target: u32) -> Option<u32> {
        let d = *self.at.get(target.wrapping_sub(self.base) as usize)?;
        (d != u32::MAX).then_some(d)
    }
}

pub struct ExitInfo {
    pub target: u32,
    pub taken: u32,
    pub side: Side,
}

pub enum Side {
    /// Not hot yet.
    None,
    /// Hot, but no useful trace starts there: tier 1 takes this exit from now on.
    Tried,
    Trace(Rc<Body>),
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
        sides: Cell::new(0),
        counter: crate::specialize::counter::backoff(counter),
        id,
        body: UnsafeCell::new(None),
    });
    let Some(body) = build_body(rt, r, &ex, None) else {
        return false;
    };
    unsafe { *ex.body.get() = Some(body) };
    bump(&st.stats.built, 1);
    st.since_sweep.set(st.since_sweep.get() + 1);
    unsafe { (*st.registry.get()).push(Rc::downgrade(&ex)) };
    arr[idx] = Some(ex);
    // The jump becomes ENTER_EXECUTOR (oparg kept); its cache unit names the executor.
    unsafe { *code.add(2 * r.lasti) = crate::bytecode::opcode::Opcode::ENTER_EXECUTOR as u8 };
    super::set_cache_unit(code, r.lasti, idx as u16);
    true
}

/// Projects, optimizes and compiles a trace of `ex`'s loop from `r.ip` with the stack depth
/// `r.sp`: the loop's own trace (`side` None), or side trace number `side.0` from a hot exit.
/// None when it is not worth running (too short, or a micro-op without a stencil).
fn build_body(
    rt: &Runtime,
    r: &Regs,
    ex: &Executor,
    side: Option<(u32, SideStart)>,
) -> Option<Body> {
    let cd = code_of(rt, r)?;
    let st = state(rt);
    let snapshot = unsafe { (*cd.code.get()).clone() };
    // SAFETY: `r.frame` is the running frame.
    let root = unsafe { (*r.frame).code.clone() };
    let p = super::project::project(
        rt,
        &root,
        &snapshot,
        r.ip as u32,
        ex.at as u32,
        r.sp as u32,
        ex.valid.as_ptr() as u64,
        side.map(|s| s.1),
    );
    // `depths` has one entry per instruction reached, the exiting one included.
    let loops = p
        .uops
        .last()
        .is_some_and(|u| u.uop == uops::Uop::_JUMP_TO_TOP)
        || p.back_edge.is_some();
    let useful = loops || p.instructions > MIN_USEFUL;
    if !useful {
        bump(&st.stats.rejected, 1);
        return None;
    }
    let what = super::print::Heading {
        ex,
        side: side.map(|s| s.0),
    };
    if rt.tiers.print_traces {
        super::print::trace(rt, r, &what, &p.uops, "as projected", None);
    }
    let consts = rt.tuple_items(&cd.consts).unwrap_or(&[]);
    let varnames = rt.tuple_items(&cd.varnames).unwrap_or(&[]);
    let root_info = super::opt_types::CodeInfo {
        consts,
        varnames,
        argcount: cd.argcount,
    };
    let callee_info: Vec<(u64, super::opt_types::CodeInfo)> = p
        .callees
        .iter()
        .filter_map(|c| {
            let cd = rt.code_data(&c.code)?;
            Some((
                c.snapshot.as_ptr() as u64,
                super::opt_types::CodeInfo {
                    consts: rt.tuple_items(&cd.consts).unwrap_or(&[]),
                    varnames: rt.tuple_items(&cd.varnames).unwrap_or(&[]),
                    argcount: cd.argcount,
                },
            ))
        })
        .collect();
    let (uops, rep) = super::opt_types::run(rt, &p.uops, r.sp as u32, root_info, &callee_info);
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
        super::print::trace(rt, r, &what, &uops, &title, Some(&rep.stacks));
    }
    let Ok(jit) = jit else {
        bump(&st.stats.not_compiled, 1);
        return None;
    };
    if !p.callees.is_empty() {
        bump(&st.stats.through_calls, 1);
    }
    Some(Body {
        uops,
        snapshot,
        depths: Depths::new(&p.depths),
        callees: p.callees,
        exits: UnsafeCell::new(Vec::new()),
        jit,
        head: r.ip as u32,
        back_edge: p.back_edge,
    })
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
    let out = run(rt, r, &ex, arg);
    ex.running.set(ex.running.get() - 1);
    out
}

/// Runs the loop's trace, and the side traces its hot exits grew, until one exits to tier 1.
fn run(rt: &Runtime, r: &mut Regs, ex: &Executor, arg: u32) -> Outcome {
    // SAFETY: the body is only dropped when no run holds the executor (`running`).
    let Some(main) = (unsafe { &*ex.body.get() }).as_ref() else {
        return Outcome::Done;
    };
    let st = state(rt);
    // The side trace running (None: the loop's own), and how many ran since the back edge.
    let mut side: Option<Rc<Body>> = None;
    let mut chain = 0;
    loop {
        let body = side.as_deref().unwrap_or(main);
        let mut t = *r;
        t.code = body.snapshot.as_ptr();
        // SAFETY: the registers describe the running frame; the trace was projected for this
        // loop of this code with the stack depth it has at its start.
        let exit = unsafe {
            match &body.jit {
                Some(j) => j.run(rt, &mut t),
                None => crate::jit::uop_interp::run(rt, &mut t, &body.uops),
            }
        };
        if t.frame != r.frame {
            return exit_in_callee(rt, r, t, body, exit);
        }
        r.sp = t.sp;
        r.lasti = t.lasti;
        // Back in the loop's frame after calls: its registers are the same (the code read
        // from the snapshot again).
        let target = match exit {
            Exit::Deopt { target } => target,
            Exit::Error { err, target } => {
                bump(&st.stats.errors, 1);
                r.lasti = target as usize;
                r.ip = target as usize + 1;
                unsafe { (*r.frame).lasti = target as usize };
                return Outcome::Error(err);
            }
            Exit::PushedFrame { .. } => return Outcome::PushFrame,
        };
        // Back to the instruction's start depth (drop what a half-run one pushed).
        if let Some(d) = body.depths.get(target) {
            r.drop_to(d as usize);
        }
        r.ip = target as usize;
        if body.back_edge == Some(target) {
            // A side trace went around: what ENTER_EXECUTOR does, then the loop's trace.
            r.lasti = ex.at;
            if let Outcome::Error(e) = jump_back(rt, r, arg) {
                return Outcome::Error(e);
            }
            if !ex.is_valid() {
                return Outcome::Done;
            }
            side = None;
            chain = 0;
            continue;
        }
        if side.is_none() && target == main.head {
            // The loop ended (or the first guard failed): tier 1 runs the head.
            bump(&st.stats.exits, 1);
            return Outcome::Done;
        }
        let next = match ex.is_valid() && chain < MAX_CHAIN {
            true => take_exit(rt, r, ex, body, target),
            false => None,
        };
        match next {
            Some(next) => {
                side = Some(next);
                chain += 1;
            }
            _ => {
                bump(&st.stats.exits, 1);
                return Outcome::Done;
            }
        }
    }
}

/// A trace left inside a frame it pushed: tier 1 resumes in that frame (a real frame on the
/// frame stack, so introspection and tracebacks see it as tier 1 made it). `r` becomes its
/// registers; no side traces grow from these exits (this round).
fn exit_in_callee(rt: &Runtime, r: &mut Regs, t: Regs, body: &Body, exit: Exit) -> Outcome {
    let st = state(rt);
    *r = t;
    // SAFETY: `t.frame` is the top frame, pushed by the trace; its code is a code object.
    let f = unsafe { &mut *t.frame };
    r.code = unsafe { rt.code_data_unchecked(&f.code) }.loop_view().code;
    match exit {
        Exit::Error { err, target } => {
            bump(&st.stats.errors, 1);
            r.lasti = target as usize;
            r.ip = target as usize + 1;
            f.lasti = target as usize;
            Outcome::Error(err)
        }
        Exit::Deopt { target } | Exit::PushedFrame { target } => {
            let depths = body
                .callees
                .iter()
                .find(|c| c.snapshot.as_ptr() == t.code)
                .map_or(&[][..], |c| &c.depths[..]);
            if let Some(&(_, d)) = depths.iter().find(|(t, _)| *t == target) {
                r.drop_to(d as usize);
            }
            r.ip = target as usize;
            bump(&st.stats.exits, 1);
            Outcome::Done
        }
    }
}

/// Counts an exit from `body` at `target`; the side trace to run there, if it has (or just
/// grew, the exit having become hot) one.
fn take_exit(rt: &Runtime, r: &Regs, ex: &Executor, body: &Body, target: u32) -> Option<Rc<Body>> {
    let exits = unsafe { &mut *body.exits.get() };
    let k = match exits.iter().position(|e| e.target == target) {
        Some(k) => k,
        None => {
            exits.push(ExitInfo {
                target,
                taken: 0,
                side: Side::None,
            });
            exits.len() - 1
        }
    };
    let e = &mut exits[k];
    match &e.side {
        Side::Trace(b) => return Some(b.clone()),
        Side::Tried => return None,
        Side::None => {}
    }
    e.taken += 1;
    if e.taken < HOT_EXIT {
        return None;
    }
    e.side = Side::Tried;
    if ex.sides.get() >= MAX_SIDES {
        return None;
    }
    ex.sides.set(ex.sides.get() + 1);
    // The side trace is projected from the code as tier 1 has it now (`r` is at `target`
    // with its depth); building it runs no Python code, so `exits` stays ours.
    // (Only micro-ops of the loop's own frame: a callee's targets are in its code.)
    let mut level = 0usize;
    let failed_guard = body
        .uops
        .iter()
        .filter(|u| {
            let here = level == 0;
            match u.uop {
                uops::Uop::_PUSH_FRAME_EXACT => level += 1,
                uops::Uop::_RETURN_VALUE => level = level.saturating_sub(1),
                _ => {}
            }
            here
        })
        .find(|u| u.target == target && super::project::is_branch_guard(u.uop))
        .map(|u| u.uop);
    let start = SideStart { failed_guard };
    let b = Rc::new(build_body(rt, r, ex, Some((ex.sides.get(), start)))?);
    bump(&state(rt).stats.side_traces, 1);
    e.side = Side::Trace(b.clone());
    Some(b)
}
