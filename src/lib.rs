//! The `copperhead` crate: the Rust API to embed Copperhead, over the no_std core and the
//! platform crate of the target OS.

pub use copperhead_core as core;
