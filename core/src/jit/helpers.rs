//! The runtime helpers stencils may call: the fixed table of `helper_list.rs`, its addresses
//! per calling convention, and the routes the core's own functions take when compiled for the
//! stencils.
//!
//! Stencils are compiled from the micro-op bodies against a copy of the core built with
//! `--cfg copperhead_stencil` (stencils/gen). Under that cfg the few out-of-line functions a
//! micro-op's fast path can reach (`Value`'s deallocation, `new_float`, `binary_op`,
//! `is_subtype`) route their call here, to an `extern "C"` declaration of a helper, so the
//! stencil refers to a helper symbol the generator accepts. In the runtime itself (without the
//! cfg) those routes do not exist: the functions run their own code, and the helpers below are
//! ordinary functions whose addresses the patcher writes into stencils.

use super::helper_list::for_each_helper;

macro_rules! declare {
    ($($name:ident($($a:ident: $t:ty),*) $(-> $r:ty)?;)*) => {
        /// The helpers' symbol names, in table order.
        pub const HELPER_NAMES: &[&str] = &[$(stringify!($name)),*];

        #[cfg(copperhead_stencil)]
        unsafe extern "C" {
            $( pub fn $name($($a: $t),*) $(-> $r)?; )*
        }

        /// The address of helper `index` (called with the host's C convention).
        pub fn helper_address(index: u16) -> Option<usize> {
            let table: &[usize] = &[$( $name as unsafe extern "C" fn($($t),*) $(-> $r)? as usize ),*];
            table.get(usize::from(index)).copied()
        }

        /// The same helpers with the Windows x86-64 convention, for running Windows x86-64
        /// stencils on another x86-64 host (tests).
        #[cfg(all(target_arch = "x86_64", not(windows)))]
        pub mod win64 {
            $(
                /// # Safety
                /// As the helper's.
                pub unsafe extern "win64" fn $name($($a: $t),*) $(-> $r)? {
                    unsafe { super::$name($($a),*) }
                }
            )*
            /// The address of helper `index` with the Windows x86-64 convention.
            pub fn helper_address(index: u16) -> Option<usize> {
                let table: &[usize] =
                    &[$( $name as unsafe extern "win64" fn($($t),*) $(-> $r)? as usize ),*];
                table.get(usize::from(index)).copied()
            }
        }
    };
}
for_each_helper!(declare);

#[cfg(not(copperhead_stencil))]
pub use defs::*;

/// The helpers' bodies (runtime side).
#[cfg(not(copperhead_stencil))]
mod defs {
    use crate::object::error::PyResult;
    use crate::object::header::ObjHeader;
    use crate::object::typeobj::TypeRef;
    use crate::object::value::Value;
    use crate::runtime::Runtime;
    use core::mem::ManuallyDrop;
    use core::ptr::NonNull;

    /// A result as one word: the value's bits, or the exception's bits | 2.
    fn to_word(r: PyResult<Value>) -> usize {
        match r {
            Ok(v) => v.into_raw(),
            Err(e) => error_word(e),
        }
    }

    /// An exception as one word: its bits | 2 (objects are word aligned; bit 1 marks it).
    fn error_word(e: crate::object::error::PyErr) -> usize {
        e.into_value().into_raw() | 2
    }

    /// # Safety
    /// None (a plain function; `unsafe` for a uniform table).
    pub unsafe extern "C" fn copperhead_jit_test_helper(x: usize) -> usize {
        x.wrapping_mul(2).wrapping_add(1)
    }

    /// # Safety
    /// Only reached from a panic path of a stencil, which the micro-op bodies rule out.
    pub unsafe extern "C" fn copperhead_jit_panic() {
        // A panic cannot unwind out of an `extern "C"` function: this aborts with the message.
        panic!("JIT code reached a panic path");
    }

    /// # Safety
    /// `obj` is an object whose reference count just reached zero.
    pub unsafe extern "C" fn copperhead_jit_dealloc(obj: *mut u8) {
        if let Some(p) = NonNull::new(obj as *mut ObjHeader) {
            unsafe { crate::object::header::dealloc_object(p) }
        }
    }

    /// # Safety
    /// `rt` is the live runtime.
    pub unsafe extern "C" fn copperhead_jit_new_float(rt: *const u8, v: f64) -> usize {
        let rt = unsafe { &*(rt as *const Runtime) };
        to_word(rt.new_float(v))
    }

    /// # Safety
    /// `rt` is the live runtime, `a` and `b` the bits of values the caller keeps alive.
    pub unsafe extern "C" fn copperhead_jit_binary_op(
        rt: *const u8,
        a: usize,
        b: usize,
        op: u32,
    ) -> usize {
        let rt = unsafe { &*(rt as *const Runtime) };
        let (a, b) = unsafe {
            (
                ManuallyDrop::new(Value::from_raw(a)),
                ManuallyDrop::new(Value::from_raw(b)),
            )
        };
        to_word(crate::interp::ops::binary_op(rt, &a, &b, op))
    }

    /// # Safety
    /// `state` is the running executor's state and `sp` its stack pointer (a stencil's two
    /// arguments). Returns the new stack pointer with the outcome (`UOP_CONTINUE`,
    /// `UOP_EXIT`, `UOP_ERROR`) in its low bits (slots are at least 4-byte aligned), so the
    /// stencil need not reload the registers.
    pub unsafe extern "C" fn copperhead_jit_uop(
        state: *mut u8,
        sp: *mut u8,
        uop: usize,
        oparg: usize,
        operand: usize,
    ) -> usize {
        use crate::jit::exec::{JitState, Slot, UOP_CONTINUE, UOP_ERROR, UOP_EXIT};
        use crate::specialize::uops::{Ctx, U, Uop};
        let st = unsafe { &mut *(state as *mut JitState) };
        let r = unsafe { &mut *st.regs };
        r.sp = unsafe { (sp as *mut Slot).offset_from(r.st) } as usize;
        let Some(u) = Uop::ALL.get(uop) else {
            return sp as usize | UOP_EXIT;
        };
        let mut c = Ctx {
            rt: unsafe { &*st.rt },
            r,
            oparg: oparg as u32,
            operand: operand as u64,
            new_frame: None,
        };
        let n = match u.execute(&mut c) {
            U::Continue => UOP_CONTINUE,
            U::Deopt => UOP_EXIT,
            U::PushFrame => {
                st.frame_pushed = true;
                UOP_EXIT
            }
            U::Error(e) => {
                st.error = Some(e);
                UOP_ERROR
            }
        };
        let r = unsafe { &*st.regs };
        unsafe { r.st.add(r.sp) as usize | n }
    }

    /// # Safety
    /// `rt` is the live runtime.
    pub unsafe extern "C" fn copperhead_jit_check_interrupt_slow(rt: *const u8) -> usize {
        let rt = unsafe { &*(rt as *const Runtime) };
        match rt.check_interrupt_slow() {
            Ok(()) => 0,
            Err(e) => error_word(e),
        }
    }

    /// # Safety
    /// `rt` is the live runtime.
    pub unsafe extern "C" fn copperhead_jit_gc_safe_point(rt: *const u8) {
        let rt = unsafe { &*(rt as *const Runtime) };
        rt.gc_safe_point();
    }

    /// # Safety
    /// `rt` is the live runtime, `it` the bits of a range iterator the caller keeps alive.
    pub unsafe extern "C" fn copperhead_jit_range_iter_next(rt: *const u8, it: usize) -> usize {
        let rt = unsafe { &*(rt as *const Runtime) };
        let it = ManuallyDrop::new(unsafe { Value::from_raw(it) });
        match crate::object::range::range_iter_next(rt, &it) {
            Ok(Some(v)) => v.into_raw(),
            Ok(None) => 0,
            Err(e) => error_word(e),
        }
    }

    /// # Safety
    /// `rt` is the live runtime, `td` a live type's data, `name` the bits of a str the
    /// caller keeps alive.
    pub unsafe extern "C" fn copperhead_jit_not_shared_key(
        rt: *const u8,
        td: *const u8,
        name: usize,
    ) -> bool {
        let rt = unsafe { &*(rt as *const Runtime) };
        let td = unsafe { &*(td as *const crate::object::typeobj::TypeData) };
        let name = ManuallyDrop::new(unsafe { Value::from_raw(name) });
        crate::specialize::uops_attr::not_shared_key_in(rt, td, &name)
    }

    /// # Safety
    /// `rt` is the live runtime, `s` (a set or frozenset) and `key` the bits of values the
    /// caller keeps alive.
    pub unsafe extern "C" fn copperhead_jit_set_contains(
        rt: *const u8,
        s: usize,
        key: usize,
    ) -> usize {
        let rt = unsafe { &*(rt as *const Runtime) };
        let (s, key) = unsafe {
            (
                ManuallyDrop::new(Value::from_raw(s)),
                ManuallyDrop::new(Value::from_raw(key)),
            )
        };
        match crate::object::set::set_contains(rt, &s, &key) {
            Ok(b) => usize::from(b),
            Err(e) => error_word(e),
        }
    }

    /// # Safety
    /// `rt` is the live runtime, `a` and `b` type objects.
    pub unsafe extern "C" fn copperhead_jit_is_subtype(
        rt: *const u8,
        a: *mut u8,
        b: *mut u8,
    ) -> bool {
        let rt = unsafe { &*(rt as *const Runtime) };
        match (NonNull::new(a), NonNull::new(b)) {
            (Some(a), Some(b)) => rt.is_subtype(TypeRef(a.cast()), TypeRef(b.cast())),
            _ => false,
        }
    }
}

/// The routes taken under `--cfg copperhead_stencil` (see the top of this file).
#[cfg(copperhead_stencil)]
pub mod route {
    use crate::object::error::{PyErr, PyResult};
    use crate::object::header::ObjHeader;
    use crate::object::typeobj::TypeRef;
    use crate::object::value::Value;
    use crate::runtime::Runtime;
    use core::ptr::NonNull;

    #[inline(always)]
    fn from_word(bits: usize) -> PyResult<Value> {
        // SAFETY: the helper returned an owned value's bits, or an owned exception's | 2.
        unsafe {
            if bits & 3 != 2 {
                Ok(Value::from_raw(bits))
            } else {
                Err(PyErr(Value::from_raw(bits & !2)))
            }
        }
    }

    #[inline(always)]
    pub unsafe fn dealloc(p: NonNull<ObjHeader>) {
        unsafe { super::copperhead_jit_dealloc(p.as_ptr() as *mut u8) }
    }

    #[inline(always)]
    pub fn new_float(rt: &Runtime, v: f64) -> PyResult<Value> {
        from_word(unsafe { super::copperhead_jit_new_float(rt as *const Runtime as _, v) })
    }

    #[inline(always)]
    pub fn binary_op(rt: &Runtime, a: &Value, b: &Value, op: u32) -> PyResult<Value> {
        from_word(unsafe {
            super::copperhead_jit_binary_op(rt as *const Runtime as _, a.bits(), b.bits(), op)
        })
    }

    #[inline(always)]
    pub fn check_interrupt_slow(rt: &Runtime) -> PyResult<()> {
        let bits = unsafe { super::copperhead_jit_check_interrupt_slow(rt as *const Runtime as _) };
        if bits == 0 {
            Ok(())
        } else {
            from_word(bits).map(drop)
        }
    }

    #[inline(always)]
    pub fn gc_safe_point(rt: &Runtime) {
        unsafe { super::copperhead_jit_gc_safe_point(rt as *const Runtime as _) }
    }

    #[inline(always)]
    pub fn range_iter_next(rt: &Runtime, it: &Value) -> PyResult<Option<Value>> {
        let bits =
            unsafe { super::copperhead_jit_range_iter_next(rt as *const Runtime as _, it.bits()) };
        if bits == 0 {
            Ok(None)
        } else {
            from_word(bits).map(Some)
        }
    }

    #[inline(always)]
    pub fn not_shared_key(
        rt: &Runtime,
        td: &crate::object::typeobj::TypeData,
        name: &Value,
    ) -> bool {
        unsafe {
            super::copperhead_jit_not_shared_key(
                rt as *const Runtime as _,
                td as *const crate::object::typeobj::TypeData as _,
                name.bits(),
            )
        }
    }

    #[inline(always)]
    pub fn set_contains(rt: &Runtime, s: &Value, key: &Value) -> PyResult<bool> {
        let bits = unsafe {
            super::copperhead_jit_set_contains(rt as *const Runtime as _, s.bits(), key.bits())
        };
        if bits <= 1 {
            Ok(bits == 1)
        } else {
            from_word(bits).map(drop).map(|_| false)
        }
    }

    #[inline(always)]
    pub fn is_subtype(rt: &Runtime, a: TypeRef, b: TypeRef) -> bool {
        unsafe {
            super::copperhead_jit_is_subtype(
                rt as *const Runtime as _,
                a.0.as_ptr() as _,
                b.0.as_ptr() as _,
            )
        }
    }
}
