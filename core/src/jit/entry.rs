//! Calling into stitched code: the stencil convention of each triple, seen from Rust.
//!
//! Every stencil is `fn(state, stack pointer) -> stack pointer` and ends by tail-calling the
//! next with the same two arguments, so a whole sequence runs as one call that returns when a
//! stencil returns instead of continuing (an exit stub). The convention is `extern "C"` on
//! x86-64 and AArch64 (System V, Windows x64, AAPCS64, Apple's AArch64), and `extern
//! "fastcall"` on i686, where only two register arguments make the continuation a jump.

/// How Rust calls into the stitched code: the stencil convention of the table's triple.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Abi {
    /// `extern "C"` (System V on x86-64, AAPCS64 on AArch64, Apple's and Windows' AArch64).
    C,
    /// `extern "win64"` (Windows x86-64 stencils, callable from any x86-64 host).
    Win64,
    /// `extern "fastcall"` (i686 stencils).
    Fastcall,
}

impl Abi {
    /// The host's own stencil convention.
    pub const fn host() -> Abi {
        if cfg!(target_arch = "x86") {
            Abi::Fastcall
        } else {
            Abi::C
        }
    }

    /// The runtime helpers as stencils of this convention call them: Windows x86-64 stencils
    /// run on another x86-64 host get `extern "win64"` shims.
    pub fn helper_address(self) -> fn(u16) -> Option<usize> {
        #[cfg(all(target_arch = "x86_64", not(windows)))]
        if self == Abi::Win64 {
            return super::helpers::win64::helper_address;
        }
        let _ = self;
        super::helpers::helper_address
    }
}

/// Calls the stitched code at `entry` with (state, stack pointer); returns the stack pointer
/// it ends with, or None if this host cannot call `abi`.
///
/// # Safety
/// `entry` must be code following `abi` with the stencil signature, whose stencils accept
/// these pointers.
pub unsafe fn call<A, B>(abi: Abi, entry: usize, state: *mut A, sp: *mut B) -> Option<*mut B> {
    match abi {
        Abi::C => {
            // SAFETY: per the caller.
            let f: unsafe extern "C" fn(*mut A, *mut B) -> *mut B =
                unsafe { core::mem::transmute(entry) };
            Some(unsafe { f(state, sp) })
        }
        #[cfg(target_arch = "x86_64")]
        Abi::Win64 => {
            // SAFETY: per the caller.
            let f: unsafe extern "win64" fn(*mut A, *mut B) -> *mut B =
                unsafe { core::mem::transmute(entry) };
            Some(unsafe { f(state, sp) })
        }
        #[cfg(target_arch = "x86")]
        Abi::Fastcall => {
            // SAFETY: per the caller.
            let f: unsafe extern "fastcall" fn(*mut A, *mut B) -> *mut B =
                unsafe { core::mem::transmute(entry) };
            Some(unsafe { f(state, sp) })
        }
        #[allow(unreachable_patterns)]
        _ => None,
    }
}
