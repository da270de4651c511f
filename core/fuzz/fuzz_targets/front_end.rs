//! Arbitrary bytes into the front end and code generator: they must return Ok or a
//! SyntaxError, never panic or overflow the stack; whatever compiles must pass the bytecode
//! verifier.
#![no_main]

use copperhead_core::bytecode::verify::verify;
use copperhead_core::compile::{Limits, Mode, check_with_stack, generate};

/// Stack the front end may use: the fuzzer's main thread has 8 MiB.
const BUDGET: usize = 2 << 20;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for mode in [Mode::Exec, Mode::Eval, Mode::Single] {
        if let Ok(m) = check_with_stack(data, "<fuzz>", mode, BUDGET) {
            if let Ok(code) = generate(&m, "<fuzz>", 0, Limits::with_stack(BUDGET)) {
                if let Err(e) = verify(&code) {
                    panic!("verifier: {e}");
                }
            }
        }
    }
});
