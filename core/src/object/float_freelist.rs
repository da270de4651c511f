//! Freed floats kept for reuse.
//!
//! Float arithmetic makes and frees a float per operation; going to the allocator each time
//! was a quarter of nbody's instructions. Up to `MAX` dead exact floats are kept and handed
//! out again by `new_float`; the heap's accounting counts them as freed (callers release and
//! reserve), so heap limits and live-object counts see no difference. Floats hold no references and
//! cannot be weakly referenced, so a dead one needs nothing but its memory back.

use core::cell::Cell;
use core::ptr::NonNull;

use super::float::FloatData;
use super::header::{ObjHeader, PyObj, object_layout};

const MAX: u32 = 256;

pub struct FloatFreeList {
    /// Dead floats, linked through their payload.
    head: Cell<Option<NonNull<PyObj<FloatData>>>>,
    len: Cell<u32>,
}

impl FloatFreeList {
    pub const fn new() -> FloatFreeList {
        FloatFreeList {
            head: Cell::new(None),
            len: Cell::new(0),
        }
    }

    /// A dead float's memory (count and value to be set by the caller), if one is kept.
    #[inline(always)]
    pub fn pop(&self) -> Option<NonNull<PyObj<FloatData>>> {
        let p = self.head.get()?;
        // SAFETY: kept floats are dead PyObj<FloatData> whose payload holds the next link.
        let next = unsafe { (*p.as_ptr()).data.v.to_bits() } as usize;
        self.head.set(NonNull::new(next as *mut PyObj<FloatData>));
        self.len.set(self.len.get() - 1);
        Some(p)
    }

    /// Keeps a dead exact float (count zero); false when the list is full.
    #[inline(always)]
    pub fn push(&self, obj: NonNull<ObjHeader>) -> bool {
        if self.len.get() >= MAX {
            return false;
        }
        let p = obj.cast::<PyObj<FloatData>>();
        let next = self.head.get().map_or(0, |n| n.as_ptr() as usize);
        // SAFETY: the float is dead; its payload becomes the link.
        unsafe { (*p.as_ptr()).data.v = f64::from_bits(next as u64) };
        self.head.set(Some(p));
        self.len.set(self.len.get() + 1);
        true
    }

    /// Frees every kept float's memory (at teardown).
    pub fn release_all(&self, rt: &crate::runtime::Runtime) {
        let (layout, offset) = object_layout::<FloatData>();
        while let Some(p) = self.pop() {
            // SAFETY: allocated by `alloc_object` with this layout.
            unsafe { super::header::free_memory(rt, (p.as_ptr() as *mut u8).sub(offset), layout) };
        }
    }
}

impl Default for FloatFreeList {
    fn default() -> Self {
        Self::new()
    }
}
