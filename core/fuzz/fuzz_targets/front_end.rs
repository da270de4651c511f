//! Arbitrary bytes into the front end: it must return Ok or a SyntaxError, never panic or
//! overflow the stack.
#![no_main]

use copperhead_core::compile::{Mode, check};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for mode in [Mode::Exec, Mode::Eval, Mode::Single] {
        let _ = check(data, "<fuzz>", mode);
    }
});
