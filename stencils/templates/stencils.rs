//! The stencil templates, compiled by stencils/gen once per target triple (one rustc each,
//! against the core built for that triple with `--cfg copperhead_stencil`).
//!
//! - `uops`: one stencil per micro-op of the core's table (`for_each_uop!`), plus the exit
//!   stubs executors end in;
//! - `test`: templates for the generator's and the patcher's tests (no Python semantics).
#![no_std]
#![allow(
    non_upper_case_globals,
    non_snake_case,
    unused_unsafe,
    clashing_extern_declarations,
    clippy::missing_safety_doc
)]

mod test;
mod uops;
