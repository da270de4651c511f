//! `Value`: one machine word holding any Python value.
//!
//! Low bit 1: a small int, the payload in the other bits (63 bits on 64-bit targets, 31 on
//! 32-bit), never allocated. Low bit 0: a pointer to a heap object (`ObjHeader` first).
//! A `Value` owns one reference: `Clone` increments the count, `Drop` decrements it and frees the
//! object at zero. Immortal objects (None, True, interned names, built-in types) skip counting.

use core::mem::ManuallyDrop;
use core::num::NonZeroUsize;
use core::ptr::NonNull;

use super::header::ObjHeader;

#[repr(transparent)]
pub struct Value(NonZeroUsize);

/// Largest int stored inline.
pub const SMALL_INT_MAX: isize = isize::MAX >> 1;
/// Smallest int stored inline.
pub const SMALL_INT_MIN: isize = isize::MIN >> 1;

impl Value {
    /// A small int, or `None` when `i` needs a heap int.
    #[inline(always)]
    pub fn small_int(i: isize) -> Option<Value> {
        if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i) {
            // SAFETY: the low bit is set, so the word is never zero.
            Some(Value(unsafe {
                NonZeroUsize::new_unchecked(((i << 1) | 1) as usize)
            }))
        } else {
            None
        }
    }

    #[inline(always)]
    pub fn is_small_int(&self) -> bool {
        self.0.get() & 1 == 1
    }

    #[inline(always)]
    pub fn as_small_int(&self) -> Option<isize> {
        if self.is_small_int() {
            Some((self.0.get() as isize) >> 1)
        } else {
            None
        }
    }

    /// The raw word (for the interpreter stack and the JIT).
    #[inline(always)]
    pub fn bits(&self) -> usize {
        self.0.get()
    }

    /// Gives up ownership without decrementing; pair with `from_raw`.
    #[inline(always)]
    pub fn into_raw(self) -> usize {
        ManuallyDrop::new(self).0.get()
    }

    /// # Safety
    /// `bits` must come from `into_raw` (or be a new reference made some other way).
    #[inline(always)]
    pub unsafe fn from_raw(bits: usize) -> Value {
        Value(unsafe { NonZeroUsize::new_unchecked(bits) })
    }

    /// A new owned reference to the object at `ptr` (increments its count).
    ///
    /// # Safety
    /// `ptr` must point to a live object.
    #[inline(always)]
    pub unsafe fn from_header(ptr: NonNull<ObjHeader>) -> Value {
        unsafe { ptr.as_ref().incref() };
        Value(unsafe { NonZeroUsize::new_unchecked(ptr.as_ptr() as usize) })
    }

    /// Takes ownership of one reference already counted at `ptr`.
    ///
    /// # Safety
    /// The caller transfers a counted reference.
    #[inline(always)]
    pub unsafe fn from_owned_header(ptr: NonNull<ObjHeader>) -> Value {
        Value(unsafe { NonZeroUsize::new_unchecked(ptr.as_ptr() as usize) })
    }

    /// The heap object, or `None` for a small int.
    #[inline(always)]
    pub fn heap(&self) -> Option<&ObjHeader> {
        if self.is_small_int() {
            None
        } else {
            // SAFETY: a pointer value always points to a live object while we hold it.
            Some(unsafe { &*(self.0.get() as *const ObjHeader) })
        }
    }

    #[inline(always)]
    pub fn header_ptr(&self) -> Option<NonNull<ObjHeader>> {
        if self.is_small_int() {
            None
        } else {
            NonNull::new(self.0.get() as *mut ObjHeader)
        }
    }

    /// Identity (`is`).
    #[inline(always)]
    pub fn is(&self, other: &Value) -> bool {
        self.0 == other.0
    }
}

impl Clone for Value {
    #[inline(always)]
    fn clone(&self) -> Value {
        if let Some(h) = self.heap() {
            h.incref();
        }
        Value(self.0)
    }
}

impl Drop for Value {
    #[inline(always)]
    fn drop(&mut self) {
        if let Some(h) = self.heap()
            && h.decref_is_zero()
        {
            // SAFETY: the count reached zero, so nobody else refers to the object.
            #[cfg(not(copperhead_stencil))]
            unsafe {
                super::header::dealloc_object(NonNull::from(h))
            };
            // Stencils free through the runtime-helper table (jit/helpers.rs).
            #[cfg(copperhead_stencil)]
            unsafe {
                crate::jit::helpers::route::dealloc(NonNull::from(h))
            };
        }
    }
}

impl core::fmt::Debug for Value {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self.as_small_int() {
            Some(i) => write!(f, "Value(int {i})"),
            None => write!(f, "Value({:#x})", self.0.get()),
        }
    }
}
