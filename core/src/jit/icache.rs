//! Making freshly written code visible to instruction fetch.
//!
//! x86 keeps instruction and data caches coherent: nothing to do. AArch64 does not: each
//! data-cache line holding new code must be cleaned to the point of unification, then the
//! matching instruction-cache lines invalidated, with barriers in between (the sequence the
//! Arm ARM gives for self-modifying code, and what libgcc's `__clear_cache` does). Platforms
//! with an OS call for this (macOS `sys_icache_invalidate`, Windows `FlushInstructionCache`)
//! use that instead; Linux and bare metal use `flush_generic`.
//! qemu does not model caches, so this code is checked by review, not by the tests.

/// Flushes `[start, start + len)` for instruction fetch on this CPU architecture.
///
/// # Safety
/// The range must be mapped (readable) memory.
#[inline]
pub unsafe fn flush_generic(start: usize, len: usize) {
    #[cfg(target_arch = "aarch64")]
    // SAFETY: forwarded from the caller.
    unsafe {
        flush_aarch64(start, len)
    }
    #[cfg(not(target_arch = "aarch64"))]
    let _ = (start, len);
}

#[cfg(target_arch = "aarch64")]
unsafe fn flush_aarch64(start: usize, len: usize) {
    if len == 0 {
        return;
    }
    let ctr: u64;
    // SAFETY: CTR_EL0 is readable at EL0 on Linux (and trapped-and-emulated where it is not).
    unsafe { core::arch::asm!("mrs {}, ctr_el0", out(reg) ctr, options(nomem, nostack)) };
    // CTR_EL0: DminLine = bits 19:16, IminLine = bits 3:0, each log2 of the line size in
    // 4-byte words.
    let dline = 4usize << ((ctr >> 16) & 0xf);
    let iline = 4usize << (ctr & 0xf);
    let end = start + len;
    // IDC (bit 28): data cache clean not required for instruction-to-data coherence.
    if ctr & (1 << 28) == 0 {
        let mut a = start & !(dline - 1);
        while a < end {
            // SAFETY: cleaning a mapped line by virtual address has no other effect.
            unsafe { core::arch::asm!("dc cvau, {}", in(reg) a, options(nostack)) };
            a += dline;
        }
    }
    // SAFETY: barrier only.
    unsafe { core::arch::asm!("dsb ish", options(nostack)) };
    // DIC (bit 29): instruction cache invalidation not required.
    if ctr & (1 << 29) == 0 {
        let mut a = start & !(iline - 1);
        while a < end {
            // SAFETY: invalidating instruction-cache lines by address has no other effect.
            unsafe { core::arch::asm!("ic ivau, {}", in(reg) a, options(nostack)) };
            a += iline;
        }
        // SAFETY: barrier only.
        unsafe { core::arch::asm!("dsb ish", options(nostack)) };
    }
    // SAFETY: synchronizes this core's instruction fetch with the completed maintenance.
    unsafe { core::arch::asm!("isb", options(nostack)) };
}
