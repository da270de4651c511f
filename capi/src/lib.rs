//! The C ABI (`include/copperhead.h`) over the Rust embedding API (`copperhead::embed`).
//!
//! Every `extern "C"` function runs its body inside `catch_unwind` (see `guard.rs`), so no
//! panic crosses into C. A `ch_runtime*` is a boxed `Handle`; a `ch_value*` is a core value's
//! raw word (the reference it owns), so handles cost no allocation.

#![allow(clippy::missing_safety_doc)] // the contracts are documented in the header

// With panic=abort, `catch_unwind` catches nothing and a bug would abort the host process:
// every profile that builds this library must unwind (the workspace's do).
#[cfg(panic = "abort")]
compile_error!("copperhead-capi must be built with panic=unwind (see capi/src/guard.rs)");

mod error;
mod guard;
mod native;
mod run;
mod runtime;
mod values;

pub use guard::Handle;
