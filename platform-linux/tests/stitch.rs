//! Stitches the generated test stencils into programs and runs them (core/src/jit/selftest.rs):
//! the host's own table, and foreign tables with the same instruction set and a calling
//! convention this host can call.
use copperhead_core::jit::selftest::{Abi, run};
use copperhead_core::jit::tables;
use copperhead_platform_linux::EXEC_MEMORY;

#[cfg(target_arch = "x86_64")]
#[test]
fn x86_64_linux_stencils() {
    run(
        EXEC_MEMORY,
        tables::x86_64_unknown_linux_gnu::STENCILS,
        Abi::C,
    )
    .unwrap();
}

/// Apple x86-64 uses the same System V convention.
#[cfg(target_arch = "x86_64")]
#[test]
fn x86_64_apple_stencils() {
    run(EXEC_MEMORY, tables::x86_64_apple_darwin::STENCILS, Abi::C).unwrap();
}

/// Windows x86-64 stencils through `extern "win64"`.
#[cfg(target_arch = "x86_64")]
#[test]
fn x86_64_windows_stencils() {
    run(
        EXEC_MEMORY,
        tables::x86_64_pc_windows_msvc::STENCILS,
        Abi::Win64,
    )
    .unwrap();
}

/// i686 Windows stencils (fastcall) in an i686 Linux process.
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
fn aarch64_linux_stencils() {
    run(
        EXEC_MEMORY,
        tables::aarch64_unknown_linux_gnu::STENCILS,
        Abi::C,
    )
    .unwrap();
}

/// Apple and Windows AArch64 stencils: the same AAPCS64 for these two-word signatures.
#[cfg(target_arch = "aarch64")]
#[test]
fn aarch64_apple_stencils() {
    run(EXEC_MEMORY, tables::aarch64_apple_darwin::STENCILS, Abi::C).unwrap();
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
