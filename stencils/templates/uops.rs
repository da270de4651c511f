//! A stencil per micro-op, generated from the core's one micro-op table: each builds the
//! micro-op's `Ctx` from its arguments, calls the core's `uops::NAME` (the only definition of
//! its semantics) and tail-calls where the result says: `_JIT_CONTINUE` (the next stencil;
//! `_JIT_JUMP_TARGET` for `_JUMP_TO_TOP`), `_JIT_EXIT` (a deopt) or `_JIT_ERROR_TARGET`.
//!
//! Convention (core/src/jit/entry.rs): `fn(state: *mut JitState, sp: *mut Slot) -> *mut Slot`,
//! `extern "C"`, `extern "fastcall"` on i686. The stack pointer stays in a register from
//! stencil to stencil; the body sees it as `Regs::sp`. The exit stubs return to Rust.

use copperhead_core::jit::exec::{
    EXIT_DEOPT, EXIT_ERROR, JitState, Slot, UOP_CONTINUE, UOP_EXIT, UOP_MASK,
};
use copperhead_core::jit::helpers::copperhead_jit_uop;
use copperhead_core::interp::eval::Regs;
use copperhead_core::specialize::uops::{self, Ctx, U, Uop};

/// Declares stencils and continuations with the target's stencil ABI.
macro_rules! stencils {
    ($( fn $name:ident($s:ident, $sp:ident) $body:block )*) => {
        $(
            #[cfg(target_arch = "x86")]
            #[unsafe(no_mangle)]
            pub unsafe extern "fastcall" fn $name($s: *mut JitState, $sp: *mut Slot) -> *mut Slot {
                unsafe { $body }
            }
            #[cfg(not(target_arch = "x86"))]
            #[unsafe(no_mangle)]
            pub unsafe extern "C" fn $name($s: *mut JitState, $sp: *mut Slot) -> *mut Slot {
                unsafe { $body }
            }
        )*
    };
}

macro_rules! continuations {
    ($abi:literal) => {
        unsafe extern $abi {
            fn _JIT_CONTINUE(s: *mut JitState, sp: *mut Slot) -> *mut Slot;
            fn _JIT_JUMP_TARGET(s: *mut JitState, sp: *mut Slot) -> *mut Slot;
            fn _JIT_EXIT(s: *mut JitState, sp: *mut Slot) -> *mut Slot;
            fn _JIT_ERROR_TARGET(s: *mut JitState, sp: *mut Slot) -> *mut Slot;
        }
    };
}
#[cfg(target_arch = "x86")]
continuations!("fastcall");
#[cfg(not(target_arch = "x86"))]
continuations!("C");

unsafe extern "C" {
    static _JIT_OPARG: u8;
    static _JIT_OPERAND0: u8;
}

/// Per-instance values arrive as the addresses of undefined symbols.
macro_rules! value {
    ($sym:ident) => {
        (&raw const $sym) as usize
    };
}

/// The operand as an opaque register value: a body that dereferences it (`_CHECK_VALIDITY`)
/// would otherwise fold the symbol into the load (`adrp; ldrb [x, :lo12:_JIT_OPERAND0]` on
/// AArch64), a form the patcher cannot give a 64-bit value.
#[inline(always)]
fn opaque(mut x: usize) -> usize {
    unsafe { core::arch::asm!("/* {0} */", inout(reg) x, options(pure, nomem, nostack)) };
    x
}

enum Next {
    Continue,
    Exit,
    Error,
}

/// Runs one micro-op body over the state; returns where to go and the new stack pointer.
///
/// The body runs over a local copy of the registers, with `sp` made from the stack pointer
/// this stencil received: the copy lives in machine registers (LLVM splits it), so the stack
/// pointer never goes through memory and stores the body makes cannot force the registers to
/// be reloaded. Fields the body changed are written back to the shared `Regs` (the stack
/// pointer travels in its register to the next stencil and the exit stub instead); for a
/// field the body leaves alone the comparison folds away.
#[inline(always)]
unsafe fn step<F: FnOnce(&mut Ctx<'_>) -> U>(
    s: *mut JitState,
    sp: *mut Slot,
    body: F,
) -> (Next, *mut Slot) {
    unsafe {
        let st = &mut *s;
        let shared = st.regs;
        let old = core::ptr::read(shared);
        let mut r = core::ptr::read(shared);
        r.sp = sp.offset_from(r.st) as usize;
        let oparg = opaque(value!(_JIT_OPARG));
        // The patcher writes a u32 there: index arithmetic then needs no zero extension.
        core::hint::assert_unchecked(oparg <= u32::MAX as usize);
        let u = body(&mut Ctx {
            rt: &*st.rt,
            r: &mut r,
            oparg: oparg as u32,
            operand: opaque(value!(_JIT_OPERAND0)) as u64,
            new_frame: None,
        });
        write_back(shared, &old, &r);
        let sp = r.st.add(r.sp);
        match u {
            U::Continue => (Next::Continue, sp),
            U::Deopt => (Next::Exit, sp),
            U::PushFrame => {
                st.frame_pushed = true;
                (Next::Exit, sp)
            }
            U::Error(e) => {
                core::ptr::write(&mut st.error, Some(e));
                (Next::Error, sp)
            }
        }
    }
}

/// Stores the fields of `r` that differ from `old` (what the shared registers held before the
/// body) into `shared`; `sp` is not stored (the stencils pass it in a register).
#[inline(always)]
unsafe fn write_back(shared: *mut Regs, old: &Regs, r: &Regs) {
    macro_rules! fields {
        ($($f:ident),*) => {
            $( if r.$f != old.$f { unsafe { (*shared).$f = r.$f } } )*
        };
    }
    fields!(frame, ip, code, lasti, ncode, lp, st, consts, names);
}

/// Where a micro-op continues: the next stencil, or the top of the trace.
macro_rules! next {
    (_JUMP_TO_TOP, $s:ident, $sp:ident) => {
        _JIT_JUMP_TARGET($s, $sp)
    };
    ($other:ident, $s:ident, $sp:ident) => {
        _JIT_CONTINUE($s, $sp)
    };
}

/// Runs one micro-op body out of line, in the runtime (`copperhead_jit_uop`); returns where
/// to go and the new stack pointer.
#[inline(always)]
unsafe fn call_step(s: *mut JitState, sp: *mut Slot, uop: Uop) -> (Next, *mut Slot) {
    unsafe {
        let n = copperhead_jit_uop(
            s as *mut u8,
            sp as *mut u8,
            uop as usize,
            value!(_JIT_OPARG),
            opaque(value!(_JIT_OPERAND0)),
        );
        let sp = (n & !UOP_MASK) as *mut Slot;
        match n & UOP_MASK {
            UOP_CONTINUE => (Next::Continue, sp),
            UOP_EXIT => (Next::Exit, sp),
            _ => (Next::Error, sp),
        }
    }
}

macro_rules! call_body {
    ($name:ident, $s:ident, $sp:ident) => {
        match call_step($s, $sp, Uop::$name) {
            (Next::Continue, sp) => next!($name, $s, sp),
            (Next::Exit, sp) => _JIT_EXIT($s, sp),
            (Next::Error, sp) => _JIT_ERROR_TARGET($s, sp),
        }
    };
}

/// Every micro-op twice: `NAME`, its body inlined (the stencil), and `NAME__CALL`, the same
/// micro-op run by a call to the runtime. The generator keeps `NAME` and uses `NAME__CALL` in
/// its place only when `NAME` cannot be a stencil (it reaches code outside the helper table);
/// sizes.md lists those with the reason.
macro_rules! uop_stencils {
    ($( $name:ident: [$($flag:ident)|*], )*) => {
        stencils! {
            $(
                fn $name(s, sp) {
                    match step(s, sp, uops::$name) {
                        (Next::Continue, sp) => next!($name, s, sp),
                        (Next::Exit, sp) => _JIT_EXIT(s, sp),
                        (Next::Error, sp) => _JIT_ERROR_TARGET(s, sp),
                    }
                }
            )*
        }
        /// The `__CALL` variants (their Rust names are the micro-ops' own, in this module).
        pub mod call {
            use super::*;
            $(
                #[cfg(target_arch = "x86")]
                #[unsafe(export_name = concat!(stringify!($name), "__CALL"))]
                pub unsafe extern "fastcall" fn $name(s: *mut JitState, sp: *mut Slot) -> *mut Slot {
                    unsafe { call_body!($name, s, sp) }
                }
                #[cfg(not(target_arch = "x86"))]
                #[unsafe(export_name = concat!(stringify!($name), "__CALL"))]
                pub unsafe extern "C" fn $name(s: *mut JitState, sp: *mut Slot) -> *mut Slot {
                    unsafe { call_body!($name, s, sp) }
                }
            )*
        }
    };
}

copperhead_core::for_each_uop!(uop_stencils);

stencils! {
    // The exits of an executor: record why and where (the operand: the tier-1 target), and
    // return to the Rust caller.
    fn _STUB_DEOPT(s, sp) {
        (*s).reason = EXIT_DEOPT;
        (*s).target = value!(_JIT_OPERAND0);
        sp
    }
    fn _STUB_ERROR(s, sp) {
        (*s).reason = EXIT_ERROR;
        (*s).target = value!(_JIT_OPERAND0);
        sp
    }
}
