//! Executors: a sequence of micro-ops made into machine code from the stencils, and the state
//! the stencils run over.
//!
//! A sequence is what tier 2 produces: `UopInst`s (micro-op, oparg, operand, and the tier-1
//! instruction it came from). `build` lays it out: one stencil instance per micro-op, then
//! one exit stub per distinct (kind, target) for deopts and errors; continuations go to the next
//! instance, `_JUMP_TO_TOP` to the first, `_JIT_EXIT`/`_JIT_ERROR_TARGET` to the stub for the
//! micro-op's target. A stub records why and where in the `JitState` and returns to Rust.
//! `uop_interp::run` runs the same sequence by calling the same micro-op functions.

use super::entry::{self, Abi};
use super::patch::{self, Arch, Instance, PatchError};
use super::platform::ExecMemory;
use super::stencil::Stencil;
use super::tables;
use crate::interp::eval::Regs;
use crate::object::error::PyErr;
use crate::object::value::Value;
use crate::runtime::Runtime;
use crate::specialize::uops::Uop;
use alloc::vec::Vec;

/// A value-stack slot.
pub type Slot = Option<Value>;

/// One micro-op of a sequence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UopInst {
    pub uop: Uop,
    pub oparg: u32,
    pub operand: u64,
    /// The tier-1 instruction (code unit) to resume at if this micro-op exits or raises.
    pub target: u32,
}

impl UopInst {
    pub const fn new(uop: Uop, oparg: u32, target: u32) -> UopInst {
        UopInst {
            uop,
            oparg,
            operand: 0,
            target,
        }
    }
    pub const fn with_operand(mut self, operand: u64) -> UopInst {
        self.operand = operand;
        self
    }
}

/// How a sequence ended (both the micro-op interpreter and JIT code end this way).
#[derive(Debug)]
pub enum Exit {
    /// A guard failed or `_EXIT_TRACE` ran: tier 1 resumes at `target`, with the stack as the
    /// registers now say.
    Deopt { target: u32 },
    /// A micro-op raised; `target` is the instruction it came from.
    Error { err: PyErr, target: u32 },
    /// `_PUSH_FRAME` pushed a callee's frame: tier 1 continues in it.
    PushedFrame { target: u32 },
}

/// The state every stencil receives (its first argument); the second is the stack pointer.
/// The layout is part of the stencils' contract (they are compiled against this definition).
#[repr(C)]
pub struct JitState {
    pub rt: *const Runtime,
    pub regs: *mut Regs,
    /// Set by the exit stubs: `EXIT_DEOPT` or `EXIT_ERROR`.
    pub reason: usize,
    /// Set by the exit stubs: the stub's operand (the tier-1 target).
    pub target: usize,
    /// The exception of an `EXIT_ERROR` (written by the micro-op's stencil).
    pub error: Option<PyErr>,
    /// A micro-op returned `U::PushFrame` (then it exits through the deopt stub).
    pub frame_pushed: bool,
}

pub const EXIT_DEOPT: usize = 1;
pub const EXIT_ERROR: usize = 2;

/// What `copperhead_jit_uop` (a micro-op run out of line) tells its stencil, in the low bits
/// of the stack pointer it returns.
pub const UOP_CONTINUE: usize = 0;
pub const UOP_EXIT: usize = 1;
pub const UOP_ERROR: usize = 2;
/// The bits of `copperhead_jit_uop`'s result holding the outcome (the rest: the stack pointer).
pub const UOP_MASK: usize = 3;

/// The names of the stub stencils (stencils/templates/uops.rs).
const STUB_DEOPT: &str = "_STUB_DEOPT";
const STUB_ERROR: &str = "_STUB_ERROR";

/// Why a sequence could not be made into code. The caller reports it (once) and runs the
/// micro-op interpreter instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BuildError {
    /// No JIT for this CPU or triple.
    NoTable,
    /// A micro-op without a stencil (not stencil-ready: see stencils/generated/sizes.md).
    NotStencil(&'static str),
    /// The sequence must end with `_JUMP_TO_TOP` or `_EXIT_TRACE`.
    OpenEnd,
    /// Patching or executable memory failed (`PatchError::Exec` when the OS refuses).
    Patch(PatchError),
}

/// A sequence made into machine code.
pub struct Executor {
    code: patch::Executor,
    abi: Abi,
}

/// Builds `seq` for the host with the host's stencils.
pub fn build_host(mem: ExecMemory, seq: &[UopInst]) -> Result<Executor, BuildError> {
    let table = tables::host().ok_or(BuildError::NoTable)?;
    build(mem, table, Abi::host(), seq)
}

/// Builds `seq` from `table` (stencils with convention `abi`, for this host's instruction set).
pub fn build(
    mem: ExecMemory,
    table: &'static [Stencil],
    abi: Abi,
    seq: &[UopInst],
) -> Result<Executor, BuildError> {
    let arch = Arch::host().ok_or(BuildError::NoTable)?;
    if !seq
        .last()
        .is_some_and(|i| matches!(i.uop, Uop::_JUMP_TO_TOP | Uop::_EXIT_TRACE))
    {
        return Err(BuildError::OpenEnd);
    }
    let find = |name: &'static str| tables::find(table, name).ok_or(BuildError::NotStencil(name));
    let mut insts = Vec::with_capacity(seq.len() + 4);
    // Stubs after the sequence: (reason, target) -> instance index.
    let mut stubs: Vec<(usize, u32)> = Vec::new();
    let mut stub_index = |reason: usize, target: u32| -> usize {
        let k = match stubs.iter().position(|s| *s == (reason, target)) {
            Some(k) => k,
            None => {
                stubs.push((reason, target));
                stubs.len() - 1
            }
        };
        seq.len() + k
    };
    for u in seq {
        let mut i = Instance::new(find(u.uop.name())?);
        i.oparg = u64::from(u.oparg);
        i.operand0 = u.operand;
        if u.uop == Uop::_JUMP_TO_TOP {
            i.jump_target = Some(0);
        }
        // Every micro-op gets both exits; a stencil has the hole only if its body can take it.
        i.exit = Some(stub_index(EXIT_DEOPT, u.target));
        i.error_target = Some(stub_index(EXIT_ERROR, u.target));
        insts.push(i);
    }
    for (reason, target) in stubs {
        let mut i = Instance::new(find(if reason == EXIT_DEOPT {
            STUB_DEOPT
        } else {
            STUB_ERROR
        })?);
        i.operand0 = u64::from(target);
        insts.push(i);
    }
    let code =
        patch::stitch(mem, arch, &insts, &abi.helper_address()).map_err(BuildError::Patch)?;
    symbols::describe(&code, &insts);
    Ok(Executor { code, abi })
}

/// Names for the code of each executor, for profilers (`perf` reads `/tmp/perf-PID.map`):
/// the embedder installs a writer (the CLI does with `-X perfmap`); the core only reports
/// each stencil instance's address, size and name.
pub mod symbols {
    use super::patch::{self, Instance};
    use core::sync::atomic::{AtomicU32, AtomicUsize, Ordering};

    /// Receives (start address, size in bytes, name) for each piece of code built.
    pub type SymbolFn = fn(usize, usize, &str);

    static HOOK: AtomicUsize = AtomicUsize::new(0);
    static NEXT_TRACE: AtomicU32 = AtomicU32::new(0);

    /// Installs the process-wide writer (None: stop describing code).
    pub fn set_hook(f: Option<SymbolFn>) {
        HOOK.store(f.map_or(0, |f| f as usize), Ordering::Relaxed);
    }

    fn hook() -> Option<SymbolFn> {
        let h = HOOK.load(Ordering::Relaxed);
        // SAFETY: only `set_hook` stores a nonzero value, and it is a `SymbolFn`.
        (h != 0).then(|| unsafe { core::mem::transmute::<usize, SymbolFn>(h) })
    }

    /// Names each instance of a freshly built executor `trace-N:STENCIL`.
    pub(super) fn describe(code: &patch::Executor, insts: &[Instance]) {
        let Some(f) = hook() else {
            return;
        };
        let n = NEXT_TRACE.fetch_add(1, Ordering::Relaxed) + 1;
        for (i, inst) in insts.iter().enumerate() {
            if let Some(at) = code.address_of(i) {
                let name = alloc::format!("trace-{n}:{}", inst.stencil.name);
                f(at, inst.stencil.code.len(), &name);
            }
        }
    }
}

impl Executor {
    /// Runs the code over `regs` (locals, value stack, constants of the frame) until it
    /// exits; `regs.sp` is then the stack depth at the exit.
    ///
    /// # Safety
    /// `regs` must describe a live frame whose stack has room for what the sequence pushes,
    /// and the sequence must be valid for it (the guards it needs precede each micro-op).
    pub unsafe fn run(&self, rt: &Runtime, regs: &mut Regs) -> Exit {
        let mut state = JitState {
            rt,
            regs,
            reason: 0,
            target: 0,
            error: None,
            frame_pushed: false,
        };
        let sp = unsafe { regs_sp(&state) };
        // SAFETY: the code was stitched from stencils of `self.abi` for this instruction set,
        // and they take (JitState, stack pointer).
        let end = unsafe { entry::call(self.abi, self.code.entry(), &mut state, sp) };
        let regs = unsafe { &mut *state.regs };
        let target = state.target as u32;
        let Some(end) = end else {
            return Exit::Deopt { target: 0 };
        };
        regs.sp = unsafe { end.offset_from(regs.st) } as usize;
        match (state.reason, state.error.take()) {
            (EXIT_ERROR, Some(err)) => Exit::Error { err, target },
            _ if state.frame_pushed => Exit::PushedFrame { target },
            _ => Exit::Deopt { target },
        }
    }

    /// Bytes of executable memory it holds.
    pub fn code_len(&self) -> usize {
        self.code.region_len()
    }
}

unsafe fn regs_sp(state: &JitState) -> *mut Slot {
    let r = unsafe { &*state.regs };
    unsafe { r.st.add(r.sp) }
}
