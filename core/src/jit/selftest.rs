//! Stitches the test templates (`stencils/templates/test.rs`) into small programs, runs them
//! and checks the results; then runs the micro-op sequences of `uop_selftest` as JIT code.
//! The platform crates' tests call this with their `ExecMemory` and a table: the host's own,
//! or a foreign table with the same instruction set and a calling convention the host can call (Apple x86-64 stencils on x86-64 Linux; Windows x86-64
//! stencils through `extern "win64"`; i686 Windows stencils through `extern "fastcall"`).

use super::helpers;
use super::patch::{self, Arch, Instance, PatchError};
use super::platform::ExecMemory;
use super::stencil::Stencil;
use super::tables;
use alloc::format;
use alloc::string::String;
use alloc::vec;

pub use super::entry::Abi;

type Word = usize;

/// Calls the stitched code at `entry` with (frame, stack pointer).
///
/// # Safety
/// As `entry::call`.
unsafe fn call(
    abi: Abi,
    entry: usize,
    frame: *mut Word,
    sp: *mut Word,
) -> Result<*mut Word, String> {
    // SAFETY: per the caller.
    unsafe { super::entry::call(abi, entry, frame, sp) }
        .ok_or_else(|| format!("{abi:?} cannot be called on this host"))
}

fn helper_for(abi: Abi) -> fn(u16) -> Option<usize> {
    abi.helper_address()
}

fn get(table: &'static [Stencil], name: &str) -> Result<&'static Stencil, String> {
    tables::find(table, name).ok_or_else(|| format!("no stencil {name}"))
}

/// Runs every self-test program on `table`; Err describes the first failure.
pub fn run(mem: ExecMemory, table: &'static [Stencil], abi: Abi) -> Result<(), String> {
    let arch = Arch::host().ok_or("no JIT for this CPU")?;
    for n in [0usize, 1, 10, 1000] {
        counting_loop(mem, arch, table, abi, n)?;
    }
    exit_with_state(mem, arch, table, abi)?;
    far_helper(mem, arch, table, abi)?;
    // The micro-op stencils: the same sequences as the micro-op interpreter, same results.
    // i686 Windows stencils run in an i686 Linux process too: the structs they read have the
    // same offsets on both (`Runtime`'s `repr(C)`, core/src/runtime/mod.rs).
    super::uop_selftest::run(Some((mem, table, abi)))
}

fn inst(table: &'static [Stencil], name: &str) -> Result<Instance, String> {
    Ok(Instance::new(get(table, name)?))
}

fn with_oparg(mut i: Instance, oparg: u64) -> Instance {
    i.oparg = oparg;
    i
}

fn stitch_err(e: PatchError) -> String {
    format!("stitching failed: {e:?}")
}

/// frame = [n, acc, out]; while n: acc += helper(n); n -= 1. Then out = TABLE[acc % 4].
/// Exercises values, a helper call, a backward jump, a conditional branch, an exit and data.
fn counting_loop(
    mem: ExecMemory,
    arch: Arch,
    t: &'static [Stencil],
    abi: Abi,
    n: usize,
) -> Result<(), String> {
    let mut seq = vec![
        with_oparg(inst(t, "_TEST_LOAD_FRAME")?, 0),  // 0: push n
        inst(t, "_TEST_JUMP_IF_ZERO")?,               // 1: if !n goto 11
        with_oparg(inst(t, "_TEST_LOAD_FRAME")?, 1),  // 2: push acc
        with_oparg(inst(t, "_TEST_LOAD_FRAME")?, 0),  // 3: push n
        inst(t, "_TEST_CALL_HELPER")?,                // 4: helper(n)
        inst(t, "_TEST_ADD")?,                        // 5
        with_oparg(inst(t, "_TEST_STORE_FRAME")?, 1), // 6: acc = ...
        with_oparg(inst(t, "_TEST_LOAD_FRAME")?, 0),  // 7: push n
        inst(t, "_TEST_PUSH_OPERAND")?,               // 8: push -1
        inst(t, "_TEST_ADD")?,                        // 9
        with_oparg(inst(t, "_TEST_STORE_FRAME")?, 0), // 10: n -= 1 ... then jump back
        inst(t, "_TEST_JUMP")?,                       // 11
        with_oparg(inst(t, "_TEST_LOAD_FRAME")?, 1),  // 12: push acc
        inst(t, "_TEST_TABLE")?,                      // 13
        with_oparg(inst(t, "_TEST_STORE_FRAME")?, 2), // 14
        inst(t, "_TEST_EXIT")?,                       // 15
        inst(t, "_TEST_RETURN")?,                     // 16
    ];
    seq[1].jump_target = Some(12);
    seq[8].operand0 = usize::MAX as u64;
    seq[11].jump_target = Some(0);
    seq[15].exit = Some(16);
    let ex = patch::stitch(mem, arch, &seq, &helper_for(abi)).map_err(stitch_err)?;
    let mut frame = [n, 0, 0];
    let mut stack = [0usize; 8];
    // SAFETY: the stitched code follows the table's convention and touches only frame[0..3]
    // and the stack (at most 2 deep).
    let end = unsafe { call(abi, ex.entry(), frame.as_mut_ptr(), stack.as_mut_ptr())? };
    let mut acc = 0usize;
    for k in 1..=n {
        acc = acc.wrapping_add(unsafe { helpers::copperhead_jit_test_helper(k) });
    }
    let want = [0, acc, [3, 5, 7, 11][acc % 4]];
    if frame != want || end != stack.as_mut_ptr() {
        return Err(format!(
            "counting loop n={n}: frame {frame:?}, want {want:?}; stack depth {}",
            (end as usize).wrapping_sub(stack.as_ptr() as usize) / core::mem::size_of::<Word>()
        ));
    }
    Ok(())
}

/// An exit with values left on the stack: the caller sees the exact stack pointer and values.
fn exit_with_state(
    mem: ExecMemory,
    arch: Arch,
    t: &'static [Stencil],
    abi: Abi,
) -> Result<(), String> {
    let mut seq = vec![
        with_oparg(inst(t, "_TEST_LOAD_FRAME")?, 1),
        inst(t, "_TEST_PUSH_OPERAND")?,
        inst(t, "_TEST_EXIT")?,
        inst(t, "_TEST_RETURN")?,
    ];
    seq[1].operand0 = 0x1234_5678;
    seq[2].exit = Some(3);
    let ex = patch::stitch(mem, arch, &seq, &helper_for(abi)).map_err(stitch_err)?;
    let mut frame = [0usize, 77];
    let mut stack = [0usize; 4];
    // SAFETY: as in counting_loop.
    let end = unsafe { call(abi, ex.entry(), frame.as_mut_ptr(), stack.as_mut_ptr())? };
    let depth = (end as usize).wrapping_sub(stack.as_ptr() as usize) / core::mem::size_of::<Word>();
    if depth != 2 || stack[..2] != [77, 0x1234_5678] {
        return Err(format!("exit state: depth {depth}, stack {stack:?}"));
    }
    Ok(())
}

/// Helper calls through trampolines (forced), as when the region is mapped beyond a direct
/// branch's reach of the binary (±128 MiB on AArch64, ±2 GiB for x86-64 rel32 calls).
fn far_helper(mem: ExecMemory, arch: Arch, t: &'static [Stencil], abi: Abi) -> Result<(), String> {
    let seq = vec![
        with_oparg(inst(t, "_TEST_LOAD_FRAME")?, 0),
        inst(t, "_TEST_CALL_HELPER")?,
        inst(t, "_TEST_CALL_HELPER")?,
        inst(t, "_TEST_RETURN")?,
    ];
    let ex = patch::stitch_with(mem, arch, &seq, &helper_for(abi), true).map_err(stitch_err)?;
    let mut frame = [20usize];
    let mut stack = [0usize; 4];
    // SAFETY: as in counting_loop.
    let end = unsafe { call(abi, ex.entry(), frame.as_mut_ptr(), stack.as_mut_ptr())? };
    let depth = (end as usize).wrapping_sub(stack.as_ptr() as usize) / core::mem::size_of::<Word>();
    if depth != 1 || stack[0] != 83 {
        return Err(format!("helper calls: depth {depth}, stack {stack:?}"));
    }
    if arch == Arch::Aarch64 && ex.trampolines() != 2 {
        return Err(format!("{} trampolines, want 2", ex.trampolines()));
    }
    Ok(())
}
