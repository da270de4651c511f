//! Test templates for the stencil generator and the patcher. They encode no Python semantics
//! (the micro-op templates are generated from the core's micro-op table); they exercise each
//! kind of hole: values (`_JIT_OPARG`, `_JIT_OPERAND0`), continuations (`_JIT_CONTINUE`,
//! `_JIT_JUMP_TARGET`, `_JIT_EXIT`), a runtime helper call and the stencil's own data.
//!
//! Convention: a stencil takes (frame, stack pointer) and returns the stack pointer when the
//! sequence ends. `frame` points at an array of machine words (the test's locals).
#![no_std]
#![allow(non_upper_case_globals, unused_unsafe, clippy::missing_safety_doc)]

type Word = usize;

/// Declares stencils and continuations with the target's stencil ABI: `extern "C"`, except on
/// i686, where only `extern "fastcall"` (two register arguments) makes the continuation a tail
/// jump. `#[unsafe(no_mangle)]` keeps the names the generator looks for.
macro_rules! stencils {
    ($( fn $name:ident($f:ident, $sp:ident) $body:block )*) => {
        #[cfg(target_arch = "x86")]
        unsafe extern "fastcall" {
            fn _JIT_CONTINUE(f: *mut Word, sp: *mut Word) -> *mut Word;
            fn _JIT_JUMP_TARGET(f: *mut Word, sp: *mut Word) -> *mut Word;
            fn _JIT_EXIT(f: *mut Word, sp: *mut Word) -> *mut Word;
        }
        #[cfg(not(target_arch = "x86"))]
        unsafe extern "C" {
            fn _JIT_CONTINUE(f: *mut Word, sp: *mut Word) -> *mut Word;
            fn _JIT_JUMP_TARGET(f: *mut Word, sp: *mut Word) -> *mut Word;
            fn _JIT_EXIT(f: *mut Word, sp: *mut Word) -> *mut Word;
        }
        $(
            #[cfg(target_arch = "x86")]
            #[unsafe(no_mangle)]
            pub unsafe extern "fastcall" fn $name($f: *mut Word, $sp: *mut Word) -> *mut Word {
                unsafe { $body }
            }
            #[cfg(not(target_arch = "x86"))]
            #[unsafe(no_mangle)]
            pub unsafe extern "C" fn $name($f: *mut Word, $sp: *mut Word) -> *mut Word {
                unsafe { $body }
            }
        )*
    };
}

unsafe extern "C" {
    static _JIT_OPARG: u8;
    static _JIT_OPERAND0: u8;
    /// A runtime helper from the core's fixed table (`core/src/jit/helpers.rs`).
    fn copperhead_jit_test_helper(x: Word) -> Word;
}

/// Per-instance values arrive as the addresses of undefined symbols.
macro_rules! value {
    ($sym:ident) => {
        (&raw const $sym) as Word
    };
}

static TABLE: [Word; 4] = [3, 5, 7, 11];

stencils! {
    // Pushes frame[oparg].
    fn _TEST_LOAD_FRAME(f, sp) {
        *sp = *f.add(value!(_JIT_OPARG));
        _JIT_CONTINUE(f, sp.add(1))
    }
    // Pops into frame[oparg].
    fn _TEST_STORE_FRAME(f, sp) {
        let sp = sp.sub(1);
        *f.add(value!(_JIT_OPARG)) = *sp;
        _JIT_CONTINUE(f, sp)
    }
    // Pushes the 64-bit (pointer-sized) operand.
    fn _TEST_PUSH_OPERAND(f, sp) {
        *sp = value!(_JIT_OPERAND0);
        _JIT_CONTINUE(f, sp.add(1))
    }
    // Pops two words, pushes their wrapping sum.
    fn _TEST_ADD(f, sp) {
        let sp = sp.sub(1);
        *sp.sub(1) = (*sp.sub(1)).wrapping_add(*sp);
        _JIT_CONTINUE(f, sp)
    }
    // Pops a word; jumps to the jump target if it is zero, else continues.
    fn _TEST_JUMP_IF_ZERO(f, sp) {
        let sp = sp.sub(1);
        if *sp == 0 {
            _JIT_JUMP_TARGET(f, sp)
        } else {
            _JIT_CONTINUE(f, sp)
        }
    }
    // Jumps to the jump target (a loop's back edge).
    fn _TEST_JUMP(f, sp) {
        _JIT_JUMP_TARGET(f, sp)
    }
    // Replaces the top word x with helper(x).
    fn _TEST_CALL_HELPER(f, sp) {
        *sp.sub(1) = copperhead_jit_test_helper(*sp.sub(1));
        _JIT_CONTINUE(f, sp)
    }
    // Replaces the top word x with TABLE[x % 4] (data owned by the stencil).
    fn _TEST_TABLE(f, sp) {
        let x = &mut *sp.sub(1);
        *x = TABLE[*x % 4];
        _JIT_CONTINUE(f, sp)
    }
    // Leaves the sequence through the exit.
    fn _TEST_EXIT(f, sp) {
        _JIT_EXIT(f, sp)
    }
    // Ends the sequence: returns to the Rust caller.
    fn _TEST_RETURN(_f, sp) {
        sp
    }
}
