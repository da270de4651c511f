//! OS services for Copperhead on macos: executable memory, icache flushing, clocks, output.
//! The platform interface is defined in the core; the implementation arrives with the JIT backend.
#![no_std]
