//! Stitches the generated Apple test stencils with this platform's memory and runs them
//! (core/src/jit/selftest.rs). Link-checked here; runs on a Mac.
#![cfg(target_os = "macos")]
use copperhead_core::jit::selftest::{Abi, run};
use copperhead_core::jit::tables;
use copperhead_platform_macos::EXEC_MEMORY;

#[cfg(target_arch = "x86_64")]
#[test]
fn x86_64_apple_stencils() {
    run(EXEC_MEMORY, tables::x86_64_apple_darwin::STENCILS, Abi::C).unwrap();
}

#[cfg(target_arch = "aarch64")]
#[test]
fn aarch64_apple_stencils() {
    run(EXEC_MEMORY, tables::aarch64_apple_darwin::STENCILS, Abi::C).unwrap();
}
