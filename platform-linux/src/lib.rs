//! OS services for Copperhead on Linux (any architecture): executable memory with mmap and
//! mprotect, never writable and executable at once; the icache flush is the core's generic one
//! (a no-op on x86, the `dc cvau`/`ic ivau` sequence on AArch64; Linux lets EL0 do both).
#![no_std]

use copperhead_core::jit::icache;
use copperhead_core::jit::platform::ExecMemory;
use core::ptr::NonNull;

/// The executable-memory services the facade installs in `Hooks::exec_memory`.
pub const EXEC_MEMORY: ExecMemory = ExecMemory {
    name: "mmap",
    alloc_rw,
    seal,
    free,
};

fn page_size() -> usize {
    // SAFETY: sysconf has no preconditions.
    let p = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    if p > 0 { p as usize } else { 4096 }
}

unsafe fn alloc_rw(len: usize) -> Option<(NonNull<u8>, usize)> {
    let page = page_size();
    let len = len.checked_add(page - 1)? & !(page - 1);
    // SAFETY: an anonymous private mapping at an address of the kernel's choosing.
    let p = unsafe {
        libc::mmap(
            core::ptr::null_mut(),
            len,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
            -1,
            0,
        )
    };
    if p == libc::MAP_FAILED {
        return None;
    }
    NonNull::new(p.cast::<u8>()).map(|p| (p, len))
}

unsafe fn seal(ptr: NonNull<u8>, len: usize) -> bool {
    // SAFETY: the caller passes a region from alloc_rw; it is still mapped and readable.
    unsafe { icache::flush_generic(ptr.as_ptr() as usize, len) };
    // SAFETY: same region; dropping PROT_WRITE before adding PROT_EXEC keeps W^X.
    unsafe { libc::mprotect(ptr.as_ptr().cast(), len, libc::PROT_READ | libc::PROT_EXEC) == 0 }
}

unsafe fn free(ptr: NonNull<u8>, len: usize) {
    // SAFETY: the caller passes a region from alloc_rw with its length.
    unsafe { libc::munmap(ptr.as_ptr().cast(), len) };
}
