//! Copperhead's core: everything that does not depend on an operating system.
//!
//! The folders follow the path a program takes: `compile/` (source to code objects), `object/`
//! (values and built-in types), `interp/` (frames and the tier-1 loop), `specialize/`, `trace/`,
//! `opt/`, `jit/`; plus `gc/` (the cycle collector) and `runtime` (one isolated interpreter).
#![no_std]

extern crate alloc;

pub mod builtins;
pub mod bytecode;
pub mod compile;
pub mod gc;
pub mod interp;
pub mod jit;
pub mod modules;
pub mod object;
pub mod runtime;
pub mod specialize;
pub mod tier2;

pub use object::{Args, PyErr, PyResult, Value};
pub use runtime::{Config, FileKind, Runtime, RuntimeBox, TierOptions};
