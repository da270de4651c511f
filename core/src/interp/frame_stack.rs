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
    /// Initialized frames, outermost first (boxes owned through raw pointers, so a pointer to
    /// a frame held by the loop stays valid while other frames are pushed and popped).
    live: Vec<NonNull<Frame>>,
    /// Allocations of popped frames (uninitialized), reused by `push`.
    spare: Vec<NonNull<Frame>>,
}

impl Default for FrameStack {
    fn default() -> Self {
        Self::new()
    }
}

impl FrameStack {
    pub const fn new() -> FrameStack {
        FrameStack {
            live: Vec::new(),
            spare: Vec::new(),
        }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.live.len()
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.live.is_empty()
    }

    /// Pushes `f`; returns where it now lives (stable until it is popped).
    #[inline]
    pub fn push(&mut self, f: Frame) -> *mut Frame {
        let p = match self.spare.pop() {
            Some(p) => p,
            None => {
                let b: Box<MaybeUninit<Frame>> = Box::new(MaybeUninit::uninit());
                // SAFETY: Box::into_raw is never null.
                unsafe { NonNull::new_unchecked(Box::into_raw(b) as *mut Frame) }
            }
        };
        // SAFETY: `p` is an allocation for one Frame that holds none now.
        unsafe { p.as_ptr().write(f) };
        self.live.push(p);
        p.as_ptr()
    }

    #[inline]
    pub fn pop(&mut self) -> Option<Frame> {
        let p = self.live.pop()?;
        // SAFETY: frames in `live` are initialized; the allocation goes to `spare` empty.
        let f = unsafe { p.as_ptr().read() };
        self.spare.push(p);
        Some(f)
    }

    /// Takes the top frame off the stack without moving it: the caller finishes it in place,
    /// drops it (`ptr::drop_in_place`) and hands the allocation back with `recycle`.
    #[inline]
    pub fn pop_raw(&mut self) -> Option<NonNull<Frame>> {
        self.live.pop()
    }

    /// Takes back an allocation from `pop_raw` whose frame has been dropped.
    #[inline]
    pub fn recycle(&mut self, p: NonNull<Frame>) {
        self.spare.push(p);
    }

    #[inline]
    pub fn get(&self, i: usize) -> Option<&Frame> {
        // SAFETY: frames in `live` are initialized.
        self.live.get(i).map(|p| unsafe { &*p.as_ptr() })
    }

    #[inline]
    pub fn get_mut(&mut self, i: usize) -> Option<&mut Frame> {
        self.live.get(i).map(|p| unsafe { &mut *p.as_ptr() })
    }

    #[inline]
    pub fn last(&self) -> Option<&Frame> {
        self.live.last().map(|p| unsafe { &*p.as_ptr() })
    }

    #[inline]
    pub fn last_mut(&mut self) -> Option<&mut Frame> {
        self.live.last().map(|p| unsafe { &mut *p.as_ptr() })
    }

    /// The top frame's address (stable while it is on the stack).
    #[inline]
    pub fn top_ptr(&self) -> Option<*mut Frame> {
        self.live.last().map(|p| p.as_ptr())
    }

    pub fn iter_mut(&mut self) -> impl DoubleEndedIterator<Item = &mut Frame> {
        self.live.iter().map(|p| unsafe { &mut *p.as_ptr() })
    }
}

impl Drop for FrameStack {
    fn drop(&mut self) {
        while self.pop().is_some() {}
        for p in self.spare.drain(..) {
            // SAFETY: made by Box::into_raw in `push`; holds no frame.
            drop(unsafe { Box::from_raw(p.as_ptr() as *mut MaybeUninit<Frame>) });
        }
    }
}
