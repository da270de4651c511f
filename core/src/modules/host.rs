//! What the standard modules need from the host that the no_std core cannot do itself:
//! clocks (`time`, `random` seeding) and files (`open()`). The platform fills these in
//! `Runtime::hooks`; without them `time` reports no clock and `open()` raises OSError.

use alloc::string::String;
use alloc::vec::Vec;

use crate::Runtime;
use crate::object::PyResult;

/// The clocks `time` reads, all in nanoseconds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Clock {
    /// Wall-clock time since the Unix epoch.
    Realtime,
    /// Never goes backwards (also `perf_counter`).
    Monotonic,
    /// CPU time of this process.
    Process,
}

/// How a file is opened (the host maps these to its own flags).
#[derive(Clone, Copy, Debug, Default)]
pub struct OpenFlags {
    pub read: bool,
    pub write: bool,
    pub append: bool,
    pub create: bool,
    pub truncate: bool,
    /// Fail if the file exists (`x` mode).
    pub exclusive: bool,
}

/// An OS error: `errno` and its text (`No such file or directory`).
#[derive(Clone, Debug)]
pub struct HostError {
    pub errno: i32,
    pub msg: String,
}

/// The platform's file interface; handles are the host's own numbers.
pub struct FileOps {
    pub open: fn(&str, OpenFlags) -> Result<u64, HostError>,
    /// Up to `max` bytes; empty at end of file.
    pub read: fn(u64, usize) -> Result<Vec<u8>, HostError>,
    pub write: fn(u64, &[u8]) -> Result<usize, HostError>,
    /// `whence` as in `os.SEEK_*`; returns the new position.
    pub seek: fn(u64, i64, u8) -> Result<u64, HostError>,
    /// Cuts the file to `len` bytes.
    pub truncate: fn(u64, u64) -> Result<(), HostError>,
    pub close: fn(u64) -> Result<(), HostError>,
}

/// Reads clock `kind`, or raises OSError when the host has none.
pub fn clock(rt: &Runtime, kind: Clock) -> PyResult<u128> {
    rt.hooks
        .get()
        .clock
        .and_then(|f| f(rt, kind))
        .ok_or_else(|| rt.new_error(rt.exc().os_error, "no clock available on this platform"))
}

/// The platform's files, or OSError.
pub fn files(rt: &Runtime) -> PyResult<&'static FileOps> {
    rt.hooks
        .get()
        .files
        .ok_or_else(|| rt.new_error(rt.exc().os_error, "no file system on this platform"))
}
