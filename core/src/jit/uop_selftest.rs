//! Micro-op sequences run by the micro-op interpreter and, when a table and executable
//! memory are given, by JIT code stitched from that table's micro-op stencils: both must end
//! the same way (exit kind, target, locals, stack). The platform crates' tests call `run` with
//! the host's table and with foreign tables of the same instruction set (as `selftest`).
//!
//! Sequences: a counting loop (`while i < n: i = i + 1`), an int add overflowing into a big
//! int (then `_COMPARE_OP_INT` deopts), a float accumulation with a float compare, int and
//! float sub/mul, `_GUARD_BOTH_INT` failing on a float, an error exit (TypeError from the
//! generic fallback), and `_COPY`/`_SWAP`/`_POP_TOP`/`_CHECK_VALIDITY`.

use super::entry::Abi;
use super::exec::{self, Exit, Slot, UopInst};
use super::platform::ExecMemory;
use super::stencil::Stencil;
use super::uop_interp;
use crate::interp::eval::Regs;
use crate::object::value::{SMALL_INT_MAX, Value};
use crate::runtime::{Config, Runtime};
use crate::specialize::uops::Uop::{self, *};
use alloc::format;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

/// `COMPARE_OP` opargs (`oparg >> 5` is the comparison).
const LT: u32 = 0;

/// What a run ended with, in comparable form.
#[derive(Debug, PartialEq)]
struct Outcome {
    exit: String,
    locals: Vec<String>,
    stack: Vec<String>,
}

fn show(rt: &Runtime, v: &Slot) -> String {
    match v {
        Some(v) => rt.repr_string(v).unwrap_or_else(|_| "<repr failed>".into()),
        None => "NULL".into(),
    }
}

/// Runs `seq` on fresh locals and constants with `engine`.
fn run_one(
    rt: &Runtime,
    seq: &[UopInst],
    locals: &[Value],
    consts: &[Value],
    engine: &dyn Fn(&Runtime, &mut Regs, &[UopInst]) -> Exit,
) -> Outcome {
    let mut lp: Vec<Slot> = locals.iter().cloned().map(Some).collect();
    let mut st: Vec<Slot> = vec![None; 16];
    let mut regs = Regs {
        frame: core::ptr::null_mut(),
        code: core::ptr::null(),
        ncode: 0,
        ip: 0,
        lasti: 0,
        lp: lp.as_mut_ptr(),
        st: st.as_mut_ptr(),
        sp: 0,
        consts: consts.as_ptr(),
        names: core::ptr::null(),
    };
    let exit = match engine(rt, &mut regs, seq) {
        Exit::Deopt { target } => format!("deopt to {target}"),
        Exit::PushedFrame { target } => format!("frame pushed at {target}"),
        Exit::Error { err, target } => {
            format!("error at {target}: {}", show(rt, &Some(err.into_value())))
        }
    };
    let depth = regs.sp;
    Outcome {
        exit,
        locals: lp.iter().map(|v| show(rt, v)).collect(),
        stack: st[..depth].iter().map(|v| show(rt, v)).collect(),
    }
}

fn u(uop: Uop, oparg: u32, target: u32) -> UopInst {
    UopInst::new(uop, oparg, target)
}

/// One test: the sequence, its locals and constants, and the expected outcome.
struct Case {
    name: &'static str,
    seq: Vec<UopInst>,
    locals: Vec<Value>,
    consts: Vec<Value>,
    want: Outcome,
}

fn cases(rt: &Runtime, valid: &u8) -> Result<Vec<Case>, String> {
    let e = |r: crate::object::error::PyResult<Value>| r.map_err(|_| String::from("alloc"));
    let int = |i: isize| Value::small_int(i).ok_or_else(|| String::from("small int"));
    let s = |v: &[&str]| v.iter().map(|x| String::from(*x)).collect::<Vec<_>>();
    // while i < n: i = i + c   (targets: the tier-1 instruction of each part)
    let counting = |c: u32| {
        vec![
            u(_LOAD_FAST, 0, 10),
            u(_LOAD_FAST, 1, 10),
            u(_GUARD_BOTH_INT, 0, 12),
            u(_COMPARE_OP_INT, LT << 5, 12),
            u(_GUARD_IS_TRUE_POP, 0, 14),
            u(_LOAD_FAST, 0, 16),
            u(_LOAD_CONST, c, 18),
            u(_GUARD_BOTH_INT, 0, 20),
            u(_BINARY_OP_ADD_INT, 0, 20),
            u(_STORE_FAST, 0, 22),
            u(_JUMP_TO_TOP, 0, 24),
        ]
    };
    let consts = vec![int(1)?, int(2)?, e(rt.new_float(0.5))?, e(rt.new_str("x"))?];
    let big = format!("{}", SMALL_INT_MAX as i128 + 1);
    let mut v = vec![
        Case {
            name: "counting loop",
            seq: counting(0),
            locals: vec![int(0)?, int(1000)?],
            consts: consts.clone(),
            want: Outcome {
                exit: "deopt to 14".into(),
                locals: s(&["1000", "1000"]),
                stack: s(&["False"]),
            },
        },
        Case {
            name: "int add overflows into a big int, then the compare deopts",
            seq: counting(1),
            locals: vec![int(SMALL_INT_MAX - 3)?, int(SMALL_INT_MAX)?],
            consts: consts.clone(),
            want: Outcome {
                exit: "deopt to 12".into(),
                locals: vec![big.clone(), format!("{SMALL_INT_MAX}")],
                stack: vec![big, format!("{SMALL_INT_MAX}")],
            },
        },
        Case {
            name: "_GUARD_BOTH_INT fails on a float",
            seq: counting(0),
            locals: vec![e(rt.new_float(1.5))?, int(10)?],
            consts: consts.clone(),
            want: Outcome {
                exit: "deopt to 12".into(),
                locals: s(&["1.5", "10"]),
                stack: s(&["1.5", "10"]),
            },
        },
        Case {
            // while acc < limit: acc = acc + x
            name: "float accumulation",
            seq: vec![
                u(_LOAD_FAST, 0, 10),
                u(_LOAD_FAST, 1, 10),
                u(_GUARD_BOTH_FLOAT, 0, 12),
                u(_COMPARE_OP_FLOAT, LT << 5, 12),
                u(_GUARD_IS_TRUE_POP, 0, 14),
                u(_LOAD_FAST, 0, 16),
                u(_LOAD_FAST, 2, 16),
                u(_GUARD_BOTH_FLOAT, 0, 18),
                u(_BINARY_OP_ADD_FLOAT, 0, 18),
                u(_STORE_FAST, 0, 20),
                u(_JUMP_TO_TOP, 0, 22),
            ],
            locals: vec![
                e(rt.new_float(0.0))?,
                e(rt.new_float(100.0))?,
                e(rt.new_float(0.25))?,
            ],
            consts: consts.clone(),
            want: Outcome {
                exit: "deopt to 14".into(),
                locals: s(&["100.0", "100.0", "0.25"]),
                stack: s(&["False"]),
            },
        },
        Case {
            // c = a * b - b; d = a * a - b (ints); then exit
            name: "sub and mul, float and int",
            seq: vec![
                u(_LOAD_FAST, 0, 2),
                u(_LOAD_FAST, 1, 2),
                u(_GUARD_BOTH_FLOAT, 0, 4),
                u(_BINARY_OP_MULTIPLY_FLOAT, 0, 4),
                u(_LOAD_FAST, 1, 6),
                u(_GUARD_BOTH_FLOAT, 0, 8),
                u(_BINARY_OP_SUBTRACT_FLOAT, 0, 8),
                u(_STORE_FAST, 2, 10),
                u(_LOAD_FAST, 3, 12),
                u(_COPY, 1, 12),
                u(_GUARD_BOTH_INT, 0, 14),
                u(_BINARY_OP_MULTIPLY_INT, 0, 14),
                u(_LOAD_CONST, 1, 16),
                u(_GUARD_BOTH_INT, 0, 18),
                u(_BINARY_OP_SUBTRACT_INT, 0, 18),
                u(_LOAD_CONST, 0, 20),
                u(_SWAP, 2, 20),
                u(_STORE_FAST, 4, 22),
                u(_POP_TOP, 0, 24),
                u(_SET_IP, 26, 26),
                u(_CHECK_VALIDITY, 0, 26).with_operand(valid as *const u8 as usize as u64),
                u(_EXIT_TRACE, 0, 28),
            ],
            locals: vec![
                e(rt.new_float(1.5))?,
                e(rt.new_float(4.0))?,
                int(0)?,
                int(-7)?,
                int(0)?,
            ],
            consts: consts.clone(),
            want: Outcome {
                exit: "deopt to 28".into(),
                locals: s(&["1.5", "4.0", "2.0", "-7", "47"]),
                stack: s(&[]),
            },
        },
        Case {
            // 1 + "x" through _BINARY_OP_ADD_INT's generic fallback (no guard before it).
            name: "error exit",
            seq: vec![
                u(_LOAD_CONST, 0, 30),
                u(_LOAD_CONST, 3, 30),
                u(_BINARY_OP_ADD_INT, 0, 32),
                u(_EXIT_TRACE, 0, 34),
            ],
            locals: vec![],
            consts: consts.clone(),
            want: Outcome {
                exit:
                    "error at 32: TypeError(\"unsupported operand type(s) for +: 'int' and 'str'\")"
                        .into(),
                locals: s(&[]),
                stack: s(&[]),
            },
        },
    ];
    // Exit stubs: an invalid executor leaves at `_CHECK_VALIDITY`.
    v.push(Case {
        name: "_CHECK_VALIDITY on an invalidated executor",
        seq: vec![
            u(_CHECK_VALIDITY, 0, 40).with_operand(&0u8 as *const u8 as usize as u64),
            u(_EXIT_TRACE, 0, 42),
        ],
        locals: vec![],
        consts,
        want: Outcome {
            exit: "deopt to 40".into(),
            locals: s(&[]),
            stack: s(&[]),
        },
    });
    Ok(v)
}

/// Runs every case in the micro-op interpreter, and as JIT code from `jit` (a stencil table,
/// its convention and executable memory) when given. Err describes the first difference.
pub fn run(jit: Option<(ExecMemory, &'static [Stencil], Abi)>) -> Result<(), String> {
    let rt = Runtime::new(Config::default());
    let valid = 1u8;
    for case in cases(&rt, &valid)? {
        let interp =
            |rt: &Runtime, r: &mut Regs, seq: &[UopInst]| unsafe { uop_interp::run(rt, r, seq) };
        let got = run_one(&rt, &case.seq, &case.locals, &case.consts, &interp);
        if got != case.want {
            return Err(format!(
                "{} (micro-op interpreter): got {got:?}, want {:?}",
                case.name, case.want
            ));
        }
        let Some((mem, table, abi)) = jit else {
            continue;
        };
        let ex = exec::build(mem, table, abi, &case.seq)
            .map_err(|e| format!("{}: building: {e:?}", case.name))?;
        let jit = |rt: &Runtime, r: &mut Regs, _: &[UopInst]| unsafe { ex.run(rt, r) };
        let got = run_one(&rt, &case.seq, &case.locals, &case.consts, &jit);
        if got != case.want {
            return Err(format!(
                "{} (JIT): got {got:?}, want {:?}",
                case.name, case.want
            ));
        }
    }
    Ok(())
}
