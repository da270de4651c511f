//! The micro-op interpreter: runs a sequence (`exec::UopInst`) by calling each micro-op's
//! one body (`Uop::execute`, the functions of specialize/uops.rs). It is what tier 2 runs
//! without the JIT, and the reference the JIT tests compare machine code against.

use super::exec::{Exit, UopInst};
use crate::interp::eval::Regs;
use crate::runtime::Runtime;
use crate::specialize::uops::{Ctx, U, Uop};

/// Runs `seq` over `regs` until a micro-op exits, raises or pushes a frame. A sequence that
/// runs off its end exits to the last micro-op's target.
///
/// # Safety
/// As `exec::Executor::run`.
pub unsafe fn run(rt: &Runtime, regs: &mut Regs, seq: &[UopInst]) -> Exit {
    let mut pc = 0usize;
    loop {
        let Some(inst) = seq.get(pc) else {
            return Exit::Deopt {
                target: seq.last().map_or(0, |i| i.target),
            };
        };
        let mut c = Ctx {
            rt,
            r: regs,
            oparg: inst.oparg,
            operand: inst.operand,
            new_frame: None,
        };
        match inst.uop.execute(&mut c) {
            U::Continue if inst.uop == Uop::_JUMP_TO_TOP => pc = 0,
            U::Continue => pc += 1,
            U::Deopt => {
                return Exit::Deopt {
                    target: inst.target,
                };
            }
            U::Error(err) => {
                return Exit::Error {
                    err,
                    target: inst.target,
                };
            }
            U::PushFrame => {
                return Exit::PushedFrame {
                    target: inst.target,
                };
            }
        }
    }
}
