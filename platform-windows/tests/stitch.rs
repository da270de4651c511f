//! Stitches the generated Windows test stencils with VirtualAlloc'd memory and runs them
//! (core/src/jit/selftest.rs). Under wine in CI (x86_64-pc-windows-gnu: the msvc stencils'
//! convention is the same Windows x64 one).
#![cfg(windows)]
use copperhead_core::jit::selftest::{Abi, run};
use copperhead_core::jit::tables;
use copperhead_platform_windows::EXEC_MEMORY;

#[cfg(target_arch = "x86_64")]
#[test]
fn x86_64_windows_stencils() {
    run(
        EXEC_MEMORY,
        tables::x86_64_pc_windows_msvc::STENCILS,
        Abi::C,
    )
    .unwrap();
}

#[cfg(target_arch = "x86")]
#[test]
fn i686_windows_stencils() {
    run(
        EXEC_MEMORY,
        tables::i686_pc_windows_msvc::STENCILS,
        Abi::Fastcall,
    )
    .unwrap();
}

#[cfg(target_arch = "aarch64")]
#[test]
fn aarch64_windows_stencils() {
    run(
        EXEC_MEMORY,
        tables::aarch64_pc_windows_msvc::STENCILS,
        Abi::C,
    )
    .unwrap();
}
