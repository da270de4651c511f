//! Arbitrary bytes into the front end and code generator: they must return Ok or a
//! SyntaxError, never panic or overflow the stack; whatever compiles must pass the bytecode
//! verifier.
#![no_main]

use copperhead_core::bytecode::verify::verify;
use copperhead_core::compile::{Mode, check, generate};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for mode in [Mode::Exec, Mode::Eval, Mode::Single] {
        if let Ok(m) = check(data, "<fuzz>", mode) {
            if let Ok(code) = generate(&m, "<fuzz>", 0) {
                if let Err(e) = verify(&code) {
                    panic!("verifier: {e}");
                }
            }
        }
    }
});
