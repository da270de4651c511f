//! Bytecode: the instruction set (`opcode`, the single table every later tier builds on), the
//! compiled code structure (`code::CodeUnit`), its exception and location tables (`tables`) and
//! the disassembler (`dis`). The compiler that produces it lives in `compile/codegen` and
//! `compile/assemble.rs`.

pub mod code;
pub mod dis;
pub mod opcode;
pub mod tables;
pub mod verify;

pub use code::{CodeUnit, Const, ExceptionEntry, Location};
pub use opcode::Opcode;
