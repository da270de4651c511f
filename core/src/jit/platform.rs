//! What the JIT needs from the operating system: executable memory and instruction-cache
//! flushing. Each platform crate (platform-linux, -macos, -windows) supplies one `ExecMemory`;
//! the facade installs it in `Hooks::exec_memory`. Without one (bare metal, or an OS that
//! refuses executable memory) the runtime stays in the interpreters.
//!
//! The protocol keeps memory writable or executable, never both (W^X):
//! `alloc_rw` -> write the code -> `seal` (flush the icache, make read+execute) -> run -> `free`.

use core::ptr::NonNull;

/// A platform's executable-memory services, as plain function pointers (like `Hooks`).
#[derive(Clone, Copy)]
pub struct ExecMemory {
    /// Short name for diagnostics (`-X stats`): "mmap", "mmap+MAP_JIT", "VirtualAlloc".
    pub name: &'static str,
    /// Maps at least `len` bytes, readable and writable but not executable, page aligned.
    /// Returns the start and the rounded-up length, or None if the OS refuses.
    pub alloc_rw: unsafe fn(len: usize) -> Option<(NonNull<u8>, usize)>,
    /// Makes a region from `alloc_rw` read+execute (never writable again) after making the
    /// written bytes visible to instruction fetch. False if the OS refuses.
    pub seal: unsafe fn(ptr: NonNull<u8>, len: usize) -> bool,
    /// Unmaps a region from `alloc_rw` (sealed or not).
    pub free: unsafe fn(ptr: NonNull<u8>, len: usize),
}

/// One region of executable memory, owned: unmapped on drop.
pub struct ExecRegion {
    mem: ExecMemory,
    ptr: NonNull<u8>,
    len: usize,
    sealed: bool,
}

/// Why code could not be made executable.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExecError {
    /// The OS refused to map the memory.
    Alloc,
    /// The OS refused to make it executable.
    Protect,
}

impl ExecRegion {
    /// Maps a writable region of at least `len` bytes (zero-filled by the OS).
    pub fn new(mem: ExecMemory, len: usize) -> Result<ExecRegion, ExecError> {
        // SAFETY: alloc_rw has no preconditions beyond a sane length.
        let (ptr, len) = unsafe { (mem.alloc_rw)(len.max(1)) }.ok_or(ExecError::Alloc)?;
        Ok(ExecRegion {
            mem,
            ptr,
            len,
            sealed: false,
        })
    }

    /// The writable bytes (None once sealed).
    pub fn bytes_mut(&mut self) -> Option<&mut [u8]> {
        if self.sealed {
            return None;
        }
        // SAFETY: the region is ours, mapped RW, `len` bytes long, and not yet executable.
        Some(unsafe { core::slice::from_raw_parts_mut(self.ptr.as_ptr(), self.len) })
    }

    /// Flushes the icache and makes the region read+execute.
    pub fn seal(&mut self) -> Result<(), ExecError> {
        if !self.sealed {
            // SAFETY: the region came from this platform's alloc_rw.
            if !unsafe { (self.mem.seal)(self.ptr, self.len) } {
                return Err(ExecError::Protect);
            }
            self.sealed = true;
        }
        Ok(())
    }

    pub fn is_sealed(&self) -> bool {
        self.sealed
    }

    /// The start address (code addresses are computed from it before sealing).
    pub fn addr(&self) -> usize {
        self.ptr.as_ptr() as usize
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

impl Drop for ExecRegion {
    fn drop(&mut self) {
        // SAFETY: allocated by this platform's alloc_rw; nothing runs in it any more (the
        // executor owning it is being dropped).
        unsafe { (self.mem.free)(self.ptr, self.len) }
    }
}
