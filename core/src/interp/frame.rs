//! Frames and the per-runtime value stack.
//!
//! Each frame's localsplus (locals, cells, free variables) and its value stack are one slice of
//! a contiguous data stack made of fixed chunks that never move, so the evaluation loop keeps
//! raw pointers into them. A generator owns its own slice (see `gen.rs`) and pushes a `Frame`
//! pointing at it while it runs.

use alloc::boxed::Box;
use alloc::vec::Vec;
use core::cell::{Cell, UnsafeCell};

use crate::object::value::Value;

/// Slots in one chunk of the data stack (a larger frame gets a chunk of its own size).
const CHUNK: usize = 16 * 1024;

/// Where a frame's slice starts, to release it: the chunk's key (see `DataStack::key`) with
/// the slots used below it in the low 32 bits. One word, not a (chunk, top) pair: the pair
/// was stored as two 8-byte words and reloaded as one 16-byte word when a frame was pushed
/// (stalling store forwarding on every call); nonzero so `Option<Mark>` is a word too.
#[derive(Clone, Copy)]
pub struct Mark(core::num::NonZeroU64);

impl Mark {
    #[inline(always)]
    fn chunk_key(self) -> u64 {
        self.0.get() & !0xffff_ffff
    }
    #[inline(always)]
    fn top(self) -> usize {
        self.0.get() as u32 as usize
    }
}

pub struct DataStack {
    chunks: UnsafeCell<Vec<Box<[Option<Value>]>>>,
    /// The current chunk's index plus one, shifted into the high 32 bits (a `Mark`'s half).
    key: Cell<core::num::NonZeroU64>,
    top: Cell<usize>,
    /// The current chunk's first slot and length (null/0 before the first allocation), so
    /// the common allocation is an add and a compare.
    base: Cell<*mut Option<Value>>,
    len: Cell<usize>,
}

impl DataStack {
    pub fn new() -> DataStack {
        DataStack {
            chunks: UnsafeCell::new(Vec::new()),
            key: Cell::new(Self::key_of(0)),
            top: Cell::new(0),
            base: Cell::new(core::ptr::null_mut()),
            len: Cell::new(0),
        }
    }

    /// `n` empty slots that stay put until released; None when memory runs out.
    #[inline(always)]
    pub fn alloc(&self, n: usize) -> Option<(*mut Option<Value>, Mark)> {
        // `top` < 2^32: chunks are at most that long (see `move_to_roomy_chunk`).
        let mark = Mark(self.key.get() | self.top.get() as u64);
        if self.len.get() - mark.top() < n {
            self.move_to_roomy_chunk(n)?;
        }
        // Scalars only on this path: a moved chunk is read back from the cells rather than
        // returned, so no aggregate merges here (a 16-byte reload of two 8-byte stores stalls
        // store forwarding on every call).
        let top = self.top.get();
        self.top.set(top + n);
        // SAFETY: top + n <= len, inside the current chunk.
        Some((unsafe { self.base.get().add(top) }, mark))
    }

    /// Makes the first later chunk with room for `n` slots current, empty (allocating one
    /// when none has room); None when memory runs out.
    #[cold]
    #[inline(never)]
    fn move_to_roomy_chunk(&self, n: usize) -> Option<()> {
        // Marks keep a chunk's index and slot counts in 32 bits each.
        if n > u32::MAX as usize {
            return None;
        }
        let chunks = unsafe { &mut *self.chunks.get() };
        let mut ci = self.chunk() + usize::from(!self.base.get().is_null());
        while chunks.get(ci).is_some_and(|c| c.len() < n) {
            ci += 1;
        }
        if ci >= chunks.len() {
            let size = CHUNK.max(n);
            let mut v: Vec<Option<Value>> = Vec::new();
            v.try_reserve_exact(size).ok()?;
            v.resize_with(size, || None);
            chunks.push(v.into_boxed_slice());
            ci = chunks.len() - 1;
        }
        if ci >= u32::MAX as usize {
            return None;
        }
        self.set_chunk(ci, 0);
        Some(())
    }

    /// Makes chunk `ci` current with `top` slots used.
    #[cold]
    fn set_chunk(&self, ci: usize, top: usize) {
        let chunks = unsafe { &mut *self.chunks.get() };
        if let Some(c) = chunks.get_mut(ci) {
            self.base.set(c.as_mut_ptr());
            self.len.set(c.len());
        }
        self.key.set(Self::key_of(ci));
        self.top.set(top);
    }

    /// The key of chunk `ci` (< 2^32 - 1): its index plus one in the high 32 bits.
    fn key_of(ci: usize) -> core::num::NonZeroU64 {
        // (ci + 1) << 32, never zero: MIN (1) plus 2^32 - 1 plus ci << 32.
        core::num::NonZeroU64::MIN.saturating_add(((ci as u64) << 32) | 0xffff_ffff)
    }

    /// The index of the chunk with key `key` (what `key_of` encodes).
    fn index_of(key: u64) -> usize {
        ((key >> 32) - 1) as usize
    }

    /// The current chunk's index.
    fn chunk(&self) -> usize {
        Self::index_of(self.key.get().get())
    }

    /// Releases everything allocated since `mark` (the slots must already be empty).
    #[inline(always)]
    pub fn release(&self, mark: Mark) {
        if mark.chunk_key() == self.key.get().get() {
            self.top.set(mark.top());
        } else {
            self.set_chunk(Self::index_of(mark.chunk_key()), mark.top());
        }
    }
}

impl Default for DataStack {
    fn default() -> Self {
        Self::new()
    }
}

/// One activation of a code object.
pub struct Frame {
    /// The code object: a strong reference, or borrowed from `func` when `code_borrowed` (a
    /// function keeps the code it replaces alive while a frame borrows it: `set_code`).
    pub code: Value,
    /// The function being run (None for module and class bodies run by `exec`).
    pub func: Option<Value>,
    /// Strong references, or borrowed ones when `ns_borrowed` (never replaced while the frame
    /// lives, so readers need not care which).
    pub globals: Value,
    pub builtins: Value,
    /// The locals mapping of module and class bodies.
    pub locals: Option<Value>,
    /// localsplus, then the value stack.
    pub lp: *mut Option<Value>,
    pub nlocalsplus: usize,
    /// Stack depth above localsplus.
    pub sp: usize,
    /// Next code unit to run.
    pub ip: usize,
    /// Offset of the instruction being run (for the exception and line tables).
    pub lasti: usize,
    /// Slice to release when the frame ends (None: the slice belongs to a generator).
    pub mark: Option<Mark>,
    /// Returning from this frame leaves the evaluation loop.
    pub entry: bool,
    /// `globals` and `builtins` are borrowed from an owner that outlives the frame (the
    /// frame's own function, as in CPython 3.11, or the frame below): no reference counting
    /// at push and pop. Made with `Frame::borrow_ns`.
    pub ns_borrowed: bool,
    /// `code` is borrowed from the frame's function.
    pub code_borrowed: bool,
    /// The generator this frame belongs to, if any.
    pub generator: Option<Value>,
    /// The `frame` object made for it by introspection (`sys._getframe`), if any.
    pub obj: Option<Value>,
}

impl Frame {
    /// A borrowed copy of `v` for `globals`/`builtins` of a frame with `ns_borrowed` set.
    ///
    /// # Safety
    /// The owner of `v` must keep it (unchanged) for as long as the frame lives.
    #[inline(always)]
    pub unsafe fn borrow_ns(v: &Value) -> Value {
        unsafe { Value::from_raw(v.bits()) }
    }

    /// Drops every value in localsplus and the stack.
    pub fn clear_slots(&mut self) {
        for i in 0..self.nlocalsplus + self.sp {
            let old = unsafe { (*self.lp.add(i)).take() };
            drop(old);
        }
        self.sp = 0;
    }
}

impl Drop for Frame {
    #[inline]
    fn drop(&mut self) {
        if self.code_borrowed {
            let zero = Value::small_int(0).unwrap_or_else(|| unreachable!());
            unsafe { core::ptr::write(&mut self.code, zero) };
        }
        if self.ns_borrowed {
            // Borrowed references are given up without a decrement (small ints take their
            // place, which need no drop).
            let zero = || Value::small_int(0).unwrap_or_else(|| unreachable!());
            unsafe {
                core::ptr::write(&mut self.globals, zero());
                core::ptr::write(&mut self.builtins, zero());
            }
        }
    }
}
