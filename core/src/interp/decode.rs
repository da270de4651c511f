//! What the loop needs to know about an instruction byte, in one table lookup.
//!
//! A code unit's first byte is a generic opcode or a specialized one (PEP 659 quickening
//! rewrites it in place). Decoding it through two `match`es on every instruction cost a
//! fifth of the loop's time; this table is computed at compile time from the opcode and
//! specialization tables, so it can never disagree with them.

use crate::bytecode::opcode::Opcode;
use crate::specialize::SpecOp;
use crate::specialize::specializer::is_adaptive;

/// One byte's decoding.
#[derive(Clone, Copy)]
pub struct OpInfo {
    /// The generic instruction (the family of a specialized one); RESERVED for unused bytes.
    pub op: Opcode,
    /// The byte is no instruction at all.
    pub unknown: bool,
    /// The specialized instruction this byte is, if it is one.
    pub spec: Option<SpecOp>,
    /// Inline cache units after the instruction.
    pub caches: u8,
    /// A generic instruction that specializes (counts down to a specialization attempt).
    pub adaptive: bool,
    /// The loop hands it to the specializing dispatcher (it has caches or is specialized).
    pub dispatch: bool,
}

const fn info(b: u8) -> OpInfo {
    let spec = SpecOp::from_u8(b);
    let op = match (Opcode::from_u8(b), spec) {
        (Some(o), _) => Some(o),
        (None, Some(s)) => Some(s.family()),
        (None, None) => None,
    };
    let (caches, adaptive) = match op {
        Some(o) => (o.caches() as u8, spec.is_none() && is_adaptive(o)),
        None => (0, false),
    };
    OpInfo {
        op: match op {
            Some(o) => o,
            None => Opcode::RESERVED,
        },
        unknown: op.is_none(),
        spec,
        caches,
        adaptive,
        dispatch: caches != 0 || spec.is_some(),
    }
}

const fn build() -> [OpInfo; 256] {
    let mut t = [info(0); 256];
    let mut b = 0;
    while b < 256 {
        t[b] = info(b as u8);
        b += 1;
    }
    t
}

/// Indexed by the instruction byte.
pub static DECODE: [OpInfo; 256] = build();
