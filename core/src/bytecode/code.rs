//! `CodeUnit`: a compiled code object as plain Rust data (not a Python object). The object
//! model's `code` type is filled from it.

use super::opcode::Opcode;
use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;
use num_bigint::BigInt;

pub use crate::object::str_wtf8::WtfString;

/// co_flags bits (CPython's values).
pub const CO_OPTIMIZED: u32 = 0x1;
pub const CO_NEWLOCALS: u32 = 0x2;
pub const CO_VARARGS: u32 = 0x4;
pub const CO_VARKEYWORDS: u32 = 0x8;
pub const CO_NESTED: u32 = 0x10;
pub const CO_GENERATOR: u32 = 0x20;
pub const CO_COROUTINE: u32 = 0x80;
pub const CO_ITERABLE_COROUTINE: u32 = 0x100;
pub const CO_ASYNC_GENERATOR: u32 = 0x200;
pub const CO_FUTURE_ANNOTATIONS: u32 = 0x100_0000;

/// Kinds of localsplus slots (CPython's CO_FAST_* bits; a parameter that is also a cell is
/// LOCAL | CELL). `ARG` is ours: it marks parameters (CPython derives that from argcount).
pub const FAST_ARG: u8 = 0x08;
pub const FAST_LOCAL: u8 = 0x20;
pub const FAST_CELL: u8 = 0x40;
pub const FAST_FREE: u8 = 0x80;

/// A constant in co_consts.
#[derive(Clone, Debug)]
pub enum Const {
    None,
    Bool(bool),
    Ellipsis,
    Int(i64),
    BigInt(BigInt),
    Float(f64),
    Complex { re: f64, im: f64 },
    Str(WtfString),
    Bytes(Vec<u8>),
    Tuple(Vec<Const>),
    FrozenSet(Vec<Const>),
    Code(Box<CodeUnit>),
}

impl Const {
    /// Same constant for co_consts deduplication: same type and value, with floats compared by
    /// bits (so 0.0 and -0.0 stay apart and NaNs are shared), as CPython's `_PyCode_ConstantKey`.
    pub fn same(&self, other: &Const) -> bool {
        match (self, other) {
            (Const::None, Const::None) | (Const::Ellipsis, Const::Ellipsis) => true,
            (Const::Bool(a), Const::Bool(b)) => a == b,
            (Const::Int(a), Const::Int(b)) => a == b,
            (Const::BigInt(a), Const::BigInt(b)) => a == b,
            (Const::Float(a), Const::Float(b)) => a.to_bits() == b.to_bits(),
            (Const::Complex { re: a, im: b }, Const::Complex { re: c, im: d }) => {
                a.to_bits() == c.to_bits() && b.to_bits() == d.to_bits()
            }
            (Const::Str(a), Const::Str(b)) => a == b,
            (Const::Bytes(a), Const::Bytes(b)) => a == b,
            (Const::Tuple(a), Const::Tuple(b)) | (Const::FrozenSet(a), Const::FrozenSet(b)) => {
                a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.same(y))
            }
            (Const::Code(a), Const::Code(b)) => core::ptr::eq(&**a, &**b),
            _ => false,
        }
    }
}

/// Source position of one instruction: 1-based lines, 0-based UTF-8 byte columns (CPython's
/// convention). `line == -1` means "no location" (shown as `--` by the disassembler).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Location {
    pub line: i32,
    pub end_line: i32,
    pub col: i32,
    pub end_col: i32,
}

impl Location {
    pub const NONE: Location = Location {
        line: -1,
        end_line: -1,
        col: -1,
        end_col: -1,
    };
}

/// One entry of the exception table, in code units.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
    pub lasti: bool,
}

/// A compiled code object.
#[derive(Clone, Debug, Default)]
pub struct CodeUnit {
    pub name: String,
    pub qualname: String,
    pub filename: String,
    pub firstlineno: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    /// Code units: low byte the opcode, high byte the oparg (CPython's `_Py_CODEUNIT` read as a
    /// little-endian u16). Inline cache units are zero.
    pub code: Vec<u16>,
    pub consts: Vec<Const>,
    pub names: Vec<String>,
    /// Parameters and locals, then cells that are not parameters, then free variables.
    pub localsplusnames: Vec<String>,
    pub localspluskinds: Vec<u8>,
    /// CPython's varint exception table (see `tables`).
    pub exceptiontable: Vec<u8>,
    /// CPython's compact location table (see `tables`).
    pub linetable: Vec<u8>,
    pub stacksize: u32,
}

/// One decoded instruction (EXTENDED_ARG prefixes folded into `arg`).
#[derive(Clone, Copy, Debug)]
pub struct Instruction {
    /// Offset (in code units) of the first prefix, or of the instruction itself.
    pub start: u32,
    /// Offset of the opcode itself.
    pub offset: u32,
    pub op: Opcode,
    pub arg: u32,
}

impl Instruction {
    /// Offset just after the instruction's caches.
    pub fn next(&self) -> u32 {
        self.offset + self.op.size()
    }

    /// Jump target offset for jump instructions.
    pub fn jump_target(&self) -> Option<u32> {
        if self.op.is_backward_jump() {
            Some(self.next().wrapping_sub(self.arg))
        } else if self.op.is_jump() {
            Some(self.next() + self.arg)
        } else {
            None
        }
    }
}

impl CodeUnit {
    /// Decodes the instructions (skipping caches). Unknown opcodes stop the walk.
    pub fn instructions(&self) -> Vec<Instruction> {
        let mut out = Vec::new();
        let mut i = 0usize;
        let mut ext = 0u32;
        let mut start = None;
        while i < self.code.len() {
            let unit = self.code[i];
            let Some(op) = Opcode::from_u8((unit & 0xff) as u8) else {
                break;
            };
            let arg = ext << 8 | u32::from(unit >> 8);
            if op == Opcode::EXTENDED_ARG {
                start.get_or_insert(i as u32);
                ext = arg;
                i += 1;
                continue;
            }
            out.push(Instruction {
                start: start.take().unwrap_or(i as u32),
                offset: i as u32,
                op,
                arg,
            });
            ext = 0;
            i += op.size() as usize;
        }
        out
    }

    pub fn nlocals(&self) -> usize {
        self.localspluskinds
            .iter()
            .filter(|k| **k & FAST_LOCAL != 0)
            .count()
    }

    /// co_varnames, co_cellvars, co_freevars.
    pub fn varnames(&self) -> Vec<&str> {
        self.kind_names(|k| k & FAST_LOCAL != 0)
    }

    pub fn cellvars(&self) -> Vec<&str> {
        self.kind_names(|k| k & FAST_CELL != 0)
    }

    pub fn freevars(&self) -> Vec<&str> {
        self.kind_names(|k| k & FAST_FREE != 0)
    }

    fn kind_names(&self, f: impl Fn(u8) -> bool) -> Vec<&str> {
        self.localsplusnames
            .iter()
            .zip(&self.localspluskinds)
            .filter(|(_, k)| f(**k))
            .map(|(n, _)| n.as_str())
            .collect()
    }

    /// Every nested code object, depth first.
    pub fn nested(&self) -> Vec<&CodeUnit> {
        let mut out = Vec::new();
        for c in &self.consts {
            if let Const::Code(c) = c {
                out.push(&**c);
                out.extend(c.nested());
            }
        }
        out
    }
}
