//! Trace projection: from a hot loop's head, walk the specialized bytecode and emit each
//! instruction's micro-ops, following branches the way they usually go, until the back edge
//! (`_JUMP_TO_TOP`) or an instruction tier 2 cannot run (`_EXIT_TRACE` there: tier 1 resumes).
//! A side trace starts at a hot exit of another trace instead, and ends at the back edge with
//! an `_EXIT_TRACE` to it: the executor goes around the loop into the loop's trace.
//!
//! Every instruction starts with `_SET_IP` (micro-ops find their inline caches through it
//! and introspection sees the line); after anything that can run arbitrary code
//! (`ESCAPES`) comes `_CHECK_VALIDITY`, so a `__del__` or a call that invalidates the trace
//! stops it at the next instruction. Every micro-op's target is the start of the tier-1
//! instruction it came from: exits resume there.

use alloc::vec::Vec;

use crate::bytecode::opcode::Opcode as O;
use crate::interp::decode::DECODE;
use crate::jit::exec::UopInst;
use crate::object::code::co_flags;
use crate::object::value::Value;
use crate::runtime::Runtime;
use crate::specialize::SpecOp;
use crate::specialize::uops::{ESCAPES, FRAME, JUMP, Uop, push_frame_oparg};

/// Longest trace (micro-ops); longer loops exit to tier 1 at that point.
const MAX_UOPS: usize = 400;

pub struct Projection {
    pub uops: Vec<UopInst>,
    /// (instruction start, stack depth there) in the loop's code.
    pub depths: Vec<(u32, u32)>,
    /// A side trace that reached the back edge: the start of the jump instruction (its
    /// closing `_EXIT_TRACE`'s target).
    pub back_edge: Option<u32>,
    /// The functions' code the trace goes into (through `_PUSH_FRAME_EXACT`).
    pub callees: Vec<Callee>,
    /// Instructions projected, callees' included.
    pub instructions: usize,
}

/// A code object a trace calls into: its snapshot (the callee's micro-ops read their inline
/// caches here: `_PUSH_FRAME_EXACT`'s operand points at it) and its instructions' depths.
pub struct Callee {
    pub code: Value,
    pub snapshot: Vec<u8>,
    pub depths: Vec<(u32, u32)>,
}

/// Frames a trace may go into (calls inside calls), the loop's own not counted.
const MAX_CALL_DEPTH: usize = 3;

/// A frame the projection went into: where the caller continues.
struct Level {
    /// Index in `callees` of this frame's code.
    callee: usize,
    /// The caller's next instruction and its stack depth there (the call's result not
    /// counted).
    resume: u32,
    caller_depth: u32,
    /// The snapshot the caller's micro-ops read (`_RETURN_VALUE`'s operand).
    caller_code: u64,
    /// Where the CALL's micro-ops start, the CALL's start, and the projection's counts
    /// there: a trace that cannot go on in a callee ends at the call in the loop's frame.
    call_mark: usize,
    call_at: u32,
    instructions: usize,
    callees: usize,
}

struct Out {
    uops: Vec<UopInst>,
    depth: u32,
    escaped: bool,
}

impl Out {
    fn emit(&mut self, uop: Uop, oparg: u32, target: u32) {
        let (i, o) = uop.stack_effect(oparg);
        self.depth = (self.depth + o).saturating_sub(i);
        self.escaped |= uop.flags() & ESCAPES != 0;
        self.uops.push(UopInst::new(uop, oparg, target));
    }
}

/// Where a side trace starts: the exit it grows from.
#[derive(Clone, Copy)]
pub struct SideStart {
    /// The branch guard that failed there, if the exit was a branch going the unusual way:
    /// the side trace follows the other way at its first instruction.
    pub failed_guard: Option<Uop>,
}

/// Projects the loop `start..=jump` of `code` (a snapshot of the code bytes of `root`);
/// `depth` is the stack depth at `start`, `valid` the address of the executor's validity
/// byte. `side`: a side trace, starting inside the loop and ending at its back edge.
#[allow(clippy::too_many_arguments)]
pub fn project(
    rt: &Runtime,
    root: &Value,
    code: &[u8],
    start: u32,
    jump: u32,
    depth: u32,
    valid: u64,
    side: Option<SideStart>,
) -> Projection {
    let mut out = Out {
        uops: Vec::new(),
        depth,
        escaped: true,
    };
    let mut depths = Vec::new();
    let mut callees: Vec<Callee> = Vec::new();
    let mut levels: Vec<Level> = Vec::new();
    let mut instructions = 0;
    let mut back_edge = None;
    let mut s = start;
    loop {
        // The code of the frame being projected.
        let code: &[u8] = match levels.last() {
            // SAFETY: a snapshot's bytes stay where they are while `callees` grows (only
            // the vectors' headers move) and are never changed.
            Some(l) => unsafe {
                let c = &callees[l.callee].snapshot;
                core::slice::from_raw_parts(c.as_ptr(), c.len())
            },
            None => code,
        };
        let in_root = levels.is_empty();
        let ncode = (code.len() / 2) as u32;
        let unit = |i: u32| (code[2 * i as usize], u32::from(code[2 * i as usize + 1]));
        if s >= ncode || out.uops.len() >= MAX_UOPS {
            if let Some(l) = levels.first() {
                end_at_call(&mut out, l, &mut instructions, &mut callees);
                break;
            }
            out.emit(Uop::_EXIT_TRACE, 0, s.min(ncode.saturating_sub(1)));
            break;
        }
        // Decode (EXTENDED_ARG prefixes included: exits resume at `s`).
        let (mut b, mut arg) = unit(s);
        let mut i = s;
        while b == O::EXTENDED_ARG as u8 && i + 1 < ncode {
            i += 1;
            let (b2, a2) = unit(i);
            b = b2;
            arg = arg << 8 | a2;
        }
        let info = &DECODE[b as usize];
        let after = i + 1 + u32::from(info.caches);
        if out.escaped {
            out.uops
                .push(UopInst::new(Uop::_CHECK_VALIDITY, 0, s).with_operand(valid));
            out.escaped = false;
        }
        instructions += 1;
        match levels.last() {
            Some(l) => callees[l.callee].depths.push((s, out.depth)),
            None => depths.push((s, out.depth)),
        }
        // A side trace ends at the back edge (ENTER_EXECUTOR in the code it is projected
        // from): the executor goes around the loop into the loop's trace.
        if in_root && side.is_some() && i == jump {
            out.emit(Uop::_EXIT_TRACE, 0, s);
            back_edge = Some(s);
            break;
        }
        if info.unknown {
            if let Some(l) = levels.first() {
                end_at_call(&mut out, l, &mut instructions, &mut callees);
                break;
            }
            out.emit(Uop::_EXIT_TRACE, 0, s);
            break;
        }
        let op = info.op;
        let mark = out.uops.len();
        out.emit(Uop::_SET_IP, i, s);
        let mut next = after;
        let mut stop = false;
        match (info.spec, op) {
            // The loop's own back edge (generic or JUMP_BACKWARD_JIT/NO_JIT).
            (_, O::JUMP_BACKWARD) if in_root && i == jump => {
                out.emit(Uop::_CHECK_PERIODIC, arg, s);
                out.emit(Uop::_JUMP_TO_TOP, 0, s);
                break;
            }
            // A call into a Python function: on into its code.
            (Some(sp @ (SpecOp::CALL_PY_EXACT_ARGS | SpecOp::CALL_BOUND_METHOD_EXACT_ARGS)), _)
                if arg < 256 && after < (1 << 24) =>
            {
                let version = u32::from(cache16(code, i, 1)) | u32::from(cache16(code, i, 2)) << 16;
                match enter_callee(rt, root, &callees, &levels, version) {
                    Some(callee) => {
                        // The guards of the call, then the push (its own micro-op).
                        let list = sp.uops();
                        for &u in &list[..list.len() - 2] {
                            out.emit(u, arg, s);
                        }
                        let known = callees.len();
                        let k = match callees.iter().position(|c| c.code.is(&callee)) {
                            Some(k) => k,
                            None => {
                                let snapshot = match rt.code_data(&callee) {
                                    Some(cd) => unsafe { (*cd.code.get()).clone() },
                                    None => Vec::new(),
                                };
                                callees.push(Callee {
                                    code: callee,
                                    snapshot,
                                    depths: Vec::new(),
                                });
                                callees.len() - 1
                            }
                        };
                        let caller_code = code.as_ptr() as u64;
                        let callee_code = callees[k].snapshot.as_ptr() as u64;
                        out.emit(Uop::_PUSH_FRAME_EXACT, push_frame_oparg(arg, after), s);
                        if let Some(u) = out.uops.last_mut() {
                            u.operand = callee_code;
                        }
                        levels.push(Level {
                            callee: k,
                            resume: after,
                            caller_depth: out.depth,
                            caller_code,
                            call_mark: mark,
                            call_at: s,
                            instructions,
                            callees: known,
                        });
                        // The callee's frame: an empty stack, from its first instruction.
                        out.depth = 0;
                        s = 0;
                        continue;
                    }
                    None => stop = true,
                }
            }
            // The callee returns: on in the caller after its CALL.
            (None, O::RETURN_VALUE | O::RETURN_CONST) if !in_root => {
                if op == O::RETURN_CONST {
                    out.emit(Uop::_LOAD_CONST, arg, s);
                }
                let Some(l) = levels.pop() else { break };
                out.emit(Uop::_RETURN_VALUE, 0, s);
                if let Some(u) = out.uops.last_mut() {
                    u.operand = l.caller_code;
                }
                out.depth = l.caller_depth + 1;
                s = l.resume;
                continue;
            }
            (Some(sp), _) => match spec_uops(sp) {
                Some(list) => {
                    for &u in list {
                        out.emit(u, arg, s);
                    }
                }
                None => stop = true,
            },
            (None, O::NOP | O::RESUME) => {}
            (None, O::LOAD_FAST | O::LOAD_FAST_CHECK) => out.emit(Uop::_LOAD_FAST, arg, s),
            (None, O::LOAD_FAST_LOAD_FAST) => {
                out.emit(Uop::_LOAD_FAST, arg >> 4, s);
                out.emit(Uop::_LOAD_FAST, arg & 15, s);
            }
            (None, O::STORE_FAST) => out.emit(Uop::_STORE_FAST, arg, s),
            (None, O::STORE_FAST_LOAD_FAST) => {
                out.emit(Uop::_STORE_FAST, arg >> 4, s);
                out.emit(Uop::_LOAD_FAST, arg & 15, s);
            }
            (None, O::STORE_FAST_STORE_FAST) => {
                out.emit(Uop::_STORE_FAST, arg >> 4, s);
                out.emit(Uop::_STORE_FAST, arg & 15, s);
            }
            (None, O::LOAD_CONST) => out.emit(Uop::_LOAD_CONST, arg, s),
            (None, O::POP_TOP) => out.emit(Uop::_POP_TOP, arg, s),
            (None, O::PUSH_NULL) => out.emit(Uop::_PUSH_NULL, arg, s),
            (None, O::COPY) => out.emit(Uop::_COPY, arg, s),
            (None, O::SWAP) => out.emit(Uop::_SWAP, arg, s),
            (None, O::BINARY_OP) => out.emit(Uop::_BINARY_OP, arg, s),
            (None, O::IS_OP) => out.emit(Uop::_IS_OP, arg, s),
            (None, O::JUMP_FORWARD) => next = after + arg,
            (
                None,
                O::POP_JUMP_IF_FALSE
                | O::POP_JUMP_IF_TRUE
                | O::POP_JUMP_IF_NONE
                | O::POP_JUMP_IF_NOT_NONE,
            ) => {
                // The recorded history (newest 8 outcomes): follow the majority.
                let h = cache16(code, i, 0);
                let mut jumps = (h & 0xff).count_ones() > 4;
                let mut guard = branch_guard(op, jumps);
                // A side trace from this branch's exit goes the way the exit went.
                if in_root && s == start && side.is_some_and(|f| f.failed_guard == Some(guard)) {
                    jumps = !jumps;
                    guard = branch_guard(op, jumps);
                }
                out.emit(guard, 0, s);
                if jumps {
                    next = after + arg;
                }
            }
            _ => stop = true,
        }
        if stop {
            if let Some(l) = levels.first() {
                end_at_call(&mut out, l, &mut instructions, &mut callees);
                break;
            }
            // Not translatable: the trace ends here and tier 1 runs this instruction.
            out.uops.truncate(mark);
            out.emit(Uop::_EXIT_TRACE, 0, s);
            break;
        }
        s = next;
    }
    Projection {
        uops: out.uops,
        depths,
        back_edge,
        callees,
        instructions,
    }
}

/// A callee cannot be followed to its return (an instruction tier 2 does not run, a call
/// too deep, the length limit): the trace ends at the call in the loop's frame instead, so
/// tier 1 runs the whole call (no exit inside a callee on every run; tier 1 runs a callee's
/// rest faster than a trace's entry and exit would save).
fn end_at_call(out: &mut Out, l: &Level, instructions: &mut usize, callees: &mut Vec<Callee>) {
    out.uops.truncate(l.call_mark);
    out.emit(Uop::_EXIT_TRACE, 0, l.call_at);
    *instructions = l.instructions;
    callees.truncate(l.callees);
}

/// Inline cache unit `k` (0 is the first) of the instruction at code unit `i`.
fn cache16(code: &[u8], i: u32, k: u32) -> u16 {
    let at = 2 * (i + 1 + k) as usize;
    match code.get(at..at + 2) {
        Some(b) => u16::from_ne_bytes([b[0], b[1]]),
        None => 0,
    }
}

/// The code a CALL with function version `version` goes into, if the trace may follow it:
/// a known version, not too deep, not a generator or coroutine (calling one makes an object,
/// it runs no frame), not a code already on the call chain (no recursion).
fn enter_callee(
    rt: &Runtime,
    root: &Value,
    callees: &[Callee],
    levels: &[Level],
    version: u32,
) -> Option<Value> {
    if levels.len() >= MAX_CALL_DEPTH {
        return None;
    }
    let code = super::funcs::lookup(rt, version)?;
    let cd = rt.code_data(&code)?;
    let lazy = co_flags::GENERATOR
        | co_flags::COROUTINE
        | co_flags::ITERABLE_COROUTINE
        | co_flags::ASYNC_GENERATOR;
    if cd.flags & lazy != 0 || !crate::specialize::uops_call::exact_args_shape(cd) {
        return None;
    }
    let on_chain = code.is(root) || levels.iter().any(|l| callees[l.callee].code.is(&code));
    (!on_chain).then_some(code)
}

/// Whether `uop` is a guard a conditional jump becomes (an exit at one is the branch going
/// the other way).
pub fn is_branch_guard(uop: Uop) -> bool {
    [O::POP_JUMP_IF_FALSE, O::POP_JUMP_IF_NONE]
        .iter()
        .any(|&op| uop == branch_guard(op, true) || uop == branch_guard(op, false))
}

/// The guard a conditional jump becomes when the trace follows it the way `jumps` says.
fn branch_guard(op: O, jumps: bool) -> Uop {
    match (op, jumps) {
        (O::POP_JUMP_IF_FALSE, true) | (O::POP_JUMP_IF_TRUE, false) => Uop::_GUARD_IS_FALSE_POP,
        (O::POP_JUMP_IF_FALSE, false) | (O::POP_JUMP_IF_TRUE, true) => Uop::_GUARD_IS_TRUE_POP,
        (O::POP_JUMP_IF_NONE, true) | (O::POP_JUMP_IF_NOT_NONE, false) => Uop::_GUARD_IS_NONE_POP,
        _ => Uop::_GUARD_IS_NOT_NONE_POP,
    }
}

/// The micro-ops a specialized instruction becomes in a trace; None for those that push a
/// frame (calls into Python functions end the trace for now) or jump (their micro-ops move
/// the tier-1 instruction pointer, which a trace does not follow).
fn spec_uops(sp: SpecOp) -> Option<&'static [Uop]> {
    Some(match sp {
        // The iterator must not be exhausted: the exhausted path leaves the loop.
        SpecOp::FOR_ITER_RANGE => &[
            Uop::_ITER_CHECK_RANGE,
            Uop::_GUARD_NOT_EXHAUSTED_RANGE,
            Uop::_ITER_NEXT_RANGE,
        ],
        SpecOp::FOR_ITER_LIST => &[
            Uop::_ITER_CHECK_LIST,
            Uop::_GUARD_NOT_EXHAUSTED_LIST,
            Uop::_ITER_NEXT_LIST,
        ],
        SpecOp::FOR_ITER_TUPLE => &[
            Uop::_ITER_CHECK_TUPLE,
            Uop::_GUARD_NOT_EXHAUSTED_TUPLE,
            Uop::_ITER_NEXT_TUPLE,
        ],
        _ if sp.uops().iter().any(|u| u.flags() & (FRAME | JUMP) != 0) => return None,
        _ => sp.uops(),
    })
}
