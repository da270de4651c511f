//! The stack of running frames.
//!
//! Each frame stays at one address while it is on the stack (frames are boxed, and the boxes
//! of popped frames are kept for reuse), so the evaluation loop can keep a pointer to the
//! frame it runs and store the current instruction offset with one write, even when a native
//! call made by that instruction pushes and pops frames of its own.

use alloc::boxed::Box;
use alloc::vec::Vec;
use core::mem::MaybeUninit;
use core::ptr::NonNull;

use super::frame::Frame;

pub struct FrameStack {
    /// Frame allocations, outermost first: the first `len` hold live frames, the rest are
    /// empty (uninitialized) and reused by `push`. Boxes owned through raw pointers, so a
    /// pointer to a frame held by the loop stays valid while other frames are pushed and
    /// popped; one vector and a count make a push or pop a couple of loads and stores.
    slots: Vec<NonNull<Frame>>,
    len: usize,
}

impl Default for FrameStack {
    fn default() -> Self {
        Self::new()
    }
}

impl FrameStack {
    pub const fn new() -> FrameStack {
        FrameStack {
            slots: Vec::new(),
            len: 0,
        }
    }

    #[inline(always)]
    pub fn len(&self) -> usize {
        self.len
    }

    #[inline(always)]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The live frames' allocations.
    #[inline(always)]
    fn live(&self) -> &[NonNull<Frame>] {
        // SAFETY: `len <= slots.len()` always.
        unsafe { self.slots.get_unchecked(..self.len) }
    }

    /// Pushes the frame `make` builds; returns where it now lives (stable until it is popped).
    /// The frame is built after its place is found, so it is written there field by field:
    /// built first, it would be copied from the machine stack, and that copy reloads the
    /// just-stored flag bytes as one 16-byte word, which stalls store forwarding on every call.
    #[inline(always)]
    pub fn push(&mut self, make: impl FnOnce() -> Frame) -> *mut Frame {
        let p = self.spare();
        // SAFETY: `p` is an allocation for one Frame that holds none now.
        unsafe {
            p.write(make());
            self.push_written();
        }
        p
    }

    /// The allocation the next push fills (holds no frame): the hot call path writes the
    /// frame's fields straight into it, then calls `push_written`. (A `push` closure there
    /// kept its captures in memory: a dozen stores of pointers per call.)
    #[inline(always)]
    pub fn spare(&mut self) -> *mut Frame {
        match self.slots.get(self.len) {
            Some(p) => p.as_ptr(),
            None => self.grow().as_ptr(),
        }
    }

    /// Makes the frame just written into `spare()` the top.
    ///
    /// # Safety
    /// A whole frame must have been written into `spare()` since the last push or pop.
    #[inline(always)]
    pub unsafe fn push_written(&mut self) {
        self.len += 1;
    }

    /// A fresh allocation at `slots[len]` (the spares are all in use).
    #[cold]
    #[inline(never)]
    fn grow(&mut self) -> NonNull<Frame> {
        let b: Box<MaybeUninit<Frame>> = Box::new(MaybeUninit::uninit());
        // SAFETY: Box::into_raw is never null.
        let p = unsafe { NonNull::new_unchecked(Box::into_raw(b) as *mut Frame) };
        self.slots.push(p);
        p
    }

    #[inline]
    pub fn pop(&mut self) -> Option<Frame> {
        let p = self.pop_raw()?;
        // SAFETY: the frame was live; its allocation is now a spare (uninitialized).
        Some(unsafe { p.as_ptr().read() })
    }

    /// Takes the top frame off the stack without moving it: the caller finishes it in place
    /// and drops it (`ptr::drop_in_place`) before the next `push` can reuse the allocation.
    #[inline(always)]
    pub fn pop_raw(&mut self) -> Option<NonNull<Frame>> {
        if self.len == 0 {
            return None;
        }
        self.len -= 1;
        // SAFETY: `len < slots.len()`.
        Some(unsafe { *self.slots.get_unchecked(self.len) })
    }

    /// `pop_raw`, and the new top frame's address (None when the stack is now empty).
    #[inline(always)]
    pub fn pop_with_caller(&mut self) -> Option<(NonNull<Frame>, Option<*mut Frame>)> {
        let p = self.pop_raw()?;
        let caller = match self.len {
            0 => None,
            // SAFETY: `len - 1 < slots.len()`.
            n => Some(unsafe { self.slots.get_unchecked(n - 1) }.as_ptr()),
        };
        Some((p, caller))
    }

    #[inline]
    pub fn get(&self, i: usize) -> Option<&Frame> {
        // SAFETY: live frames are initialized.
        self.live().get(i).map(|p| unsafe { &*p.as_ptr() })
    }

    #[inline]
    pub fn get_mut(&mut self, i: usize) -> Option<&mut Frame> {
        self.live().get(i).map(|p| unsafe { &mut *p.as_ptr() })
    }

    #[inline]
    pub fn last(&self) -> Option<&Frame> {
        self.live().last().map(|p| unsafe { &*p.as_ptr() })
    }

    #[inline]
    pub fn last_mut(&mut self) -> Option<&mut Frame> {
        self.live().last().map(|p| unsafe { &mut *p.as_ptr() })
    }

    /// The top frame's address (stable while it is on the stack).
    #[inline(always)]
    pub fn top_ptr(&self) -> Option<*mut Frame> {
        self.live().last().map(|p| p.as_ptr())
    }

    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &Frame> {
        self.live().iter().map(|p| unsafe { &*p.as_ptr() })
    }

    pub fn iter_mut(&mut self) -> impl DoubleEndedIterator<Item = &mut Frame> {
        self.live().iter().map(|p| unsafe { &mut *p.as_ptr() })
    }
}

impl Drop for FrameStack {
    fn drop(&mut self) {
        while self.pop().is_some() {}
        for p in self.slots.drain(..) {
            // SAFETY: made by Box::into_raw in `grow`; holds no frame.
            drop(unsafe { Box::from_raw(p.as_ptr() as *mut MaybeUninit<Frame>) });
        }
    }
}
