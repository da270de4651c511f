//! OS services for Copperhead on macOS.
//!
//! Apple arm64 forbids mprotect-ing anonymous memory to executable under the hardened runtime;
//! code goes into a MAP_JIT mapping instead, whose protection is per thread: after
//! `pthread_jit_write_protect_np(0)` the calling thread may write it (and not execute it), after
//! `pthread_jit_write_protect_np(1)` it may execute it (and not write it). So W^X holds per
//! thread; `sys_icache_invalidate` makes the new code visible to instruction fetch.
//! x86-64 macOS uses plain mmap/mprotect like Linux (x86 caches are coherent).
#![no_std]
// Empty on other OSes (the workspace builds and tests everywhere).
#![cfg(target_os = "macos")]

use copperhead_core::jit::platform::ExecMemory;
use core::ptr::NonNull;

/// The executable-memory services the facade installs in `Hooks::exec_memory`.
#[cfg(target_arch = "aarch64")]
pub const EXEC_MEMORY: ExecMemory = ExecMemory {
    name: "mmap+MAP_JIT",
    alloc_rw,
    seal,
    free,
};
#[cfg(not(target_arch = "aarch64"))]
pub const EXEC_MEMORY: ExecMemory = ExecMemory {
    name: "mmap",
    alloc_rw,
    seal,
    free,
};

#[cfg(target_arch = "aarch64")]
unsafe extern "C" {
    /// libSystem's icache flush (not in the libc crate).
    fn sys_icache_invalidate(start: *mut core::ffi::c_void, len: usize);
}

fn page_size() -> usize {
    // SAFETY: sysconf has no preconditions.
    let p = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    if p > 0 { p as usize } else { 16384 }
}

unsafe fn alloc_rw(len: usize) -> Option<(NonNull<u8>, usize)> {
    let page = page_size();
    let len = len.checked_add(page - 1)? & !(page - 1);
    #[cfg(target_arch = "aarch64")]
    let (prot, flags) = (
        libc::PROT_READ | libc::PROT_WRITE | libc::PROT_EXEC,
        libc::MAP_PRIVATE | libc::MAP_ANON | libc::MAP_JIT,
    );
    #[cfg(not(target_arch = "aarch64"))]
    let (prot, flags) = (
        libc::PROT_READ | libc::PROT_WRITE,
        libc::MAP_PRIVATE | libc::MAP_ANON,
    );
    // SAFETY: an anonymous private mapping at an address of the kernel's choosing.
    let p = unsafe { libc::mmap(core::ptr::null_mut(), len, prot, flags, -1, 0) };
    if p == libc::MAP_FAILED {
        return None;
    }
    // SAFETY: MAP_JIT memory: make it writable (not executable) for this thread.
    #[cfg(target_arch = "aarch64")]
    unsafe {
        libc::pthread_jit_write_protect_np(0)
    };
    NonNull::new(p.cast::<u8>()).map(|p| (p, len))
}

unsafe fn seal(ptr: NonNull<u8>, len: usize) -> bool {
    #[cfg(target_arch = "aarch64")]
    {
        // SAFETY: back to execute-only for this thread, then flush the written range.
        unsafe {
            libc::pthread_jit_write_protect_np(1);
            sys_icache_invalidate(ptr.as_ptr().cast(), len);
        }
        true
    }
    #[cfg(not(target_arch = "aarch64"))]
    // SAFETY: the caller passes a region from alloc_rw; x86 needs no icache flush.
    unsafe {
        libc::mprotect(ptr.as_ptr().cast(), len, libc::PROT_READ | libc::PROT_EXEC) == 0
    }
}

unsafe fn free(ptr: NonNull<u8>, len: usize) {
    // SAFETY: the caller passes a region from alloc_rw with its length.
    unsafe { libc::munmap(ptr.as_ptr().cast(), len) };
}
