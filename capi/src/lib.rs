//! The C ABI (`include/copperhead.h`) over the Rust embedding API (`copperhead::embed`).
//!
//! Every `extern "C"` function runs its body inside `catch_unwind` (see `guard.rs`), so no
//! panic crosses into C. A `ch_runtime*` is a boxed `Handle`; a `ch_value*` is a core value's
//! raw word (the reference it owns), so handles cost no allocation.

#![allow(clippy::missing_safety_doc)] // the contracts are documented in the header

mod error;
mod guard;
mod native;
mod run;
mod runtime;
mod values;

pub use guard::Handle;
