//! OS services for Copperhead on Windows: executable memory with VirtualAlloc and
//! VirtualProtect (never writable and executable at once), icache flush with
//! FlushInstructionCache (required on AArch64, harmless on x86). kernel32 is declared by hand:
//! five functions do not justify a bindings crate.
#![no_std]
// Empty on other OSes (the workspace builds and tests everywhere).
#![cfg(windows)]

use copperhead_core::jit::platform::ExecMemory;
use core::ffi::c_void;
use core::ptr::NonNull;

/// The executable-memory services the facade installs in `Hooks::exec_memory`.
pub const EXEC_MEMORY: ExecMemory = ExecMemory {
    name: "VirtualAlloc",
    alloc_rw,
    seal,
    free,
};

const MEM_COMMIT: u32 = 0x1000;
const MEM_RESERVE: u32 = 0x2000;
const MEM_RELEASE: u32 = 0x8000;
const PAGE_READWRITE: u32 = 0x04;
const PAGE_EXECUTE_READ: u32 = 0x20;
/// Allocation granularity is 64 KiB but protection works per 4 KiB page on every Windows
/// target; rounding lengths to pages keeps VirtualProtect's range exact.
const PAGE: usize = 4096;

#[link(name = "kernel32")]
unsafe extern "system" {
    fn VirtualAlloc(addr: *mut c_void, size: usize, kind: u32, protect: u32) -> *mut c_void;
    fn VirtualProtect(addr: *mut c_void, size: usize, protect: u32, old: *mut u32) -> i32;
    fn VirtualFree(addr: *mut c_void, size: usize, kind: u32) -> i32;
    fn FlushInstructionCache(process: *mut c_void, addr: *const c_void, size: usize) -> i32;
    fn GetCurrentProcess() -> *mut c_void;
}

unsafe fn alloc_rw(len: usize) -> Option<(NonNull<u8>, usize)> {
    let len = len.checked_add(PAGE - 1)? & !(PAGE - 1);
    // SAFETY: a fresh reservation at an address of the system's choosing.
    let p = unsafe {
        VirtualAlloc(
            core::ptr::null_mut(),
            len,
            MEM_COMMIT | MEM_RESERVE,
            PAGE_READWRITE,
        )
    };
    NonNull::new(p.cast::<u8>()).map(|p| (p, len))
}

unsafe fn seal(ptr: NonNull<u8>, len: usize) -> bool {
    let mut old = 0u32;
    // SAFETY: the caller passes a committed region from alloc_rw with its length.
    let ok = unsafe { VirtualProtect(ptr.as_ptr().cast(), len, PAGE_EXECUTE_READ, &mut old) };
    // SAFETY: same region, now executable; the pseudo-handle needs no closing.
    ok != 0 && unsafe { FlushInstructionCache(GetCurrentProcess(), ptr.as_ptr().cast(), len) } != 0
}

unsafe fn free(ptr: NonNull<u8>, _len: usize) {
    // SAFETY: releasing a whole reservation from alloc_rw (MEM_RELEASE needs size 0).
    unsafe { VirtualFree(ptr.as_ptr().cast(), 0, MEM_RELEASE) };
}
