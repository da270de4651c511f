//! The std implementations of the core's clock, sleep and file hooks.

use copperhead_core::Runtime;
use copperhead_core::modules::host::{Clock, FileOps, HostError, OpenFlags};
use std::cell::RefCell;
use std::collections::HashMap;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

thread_local! {
    /// Open files by handle; a runtime lives on one thread.
    static FILES: RefCell<(u64, HashMap<u64, File>)> = RefCell::new((3, HashMap::new()));
    /// The zero of the monotonic clock.
    static START: Instant = Instant::now();
}

#[cfg(unix)]
fn process_ns() -> Option<u128> {
    #[repr(C)]
    struct Timespec {
        sec: i64,
        nsec: i64,
    }
    unsafe extern "C" {
        fn clock_gettime(clk: i32, ts: *mut Timespec) -> i32;
    }
    // CLOCK_PROCESS_CPUTIME_ID
    let id = if cfg!(target_os = "macos") { 12 } else { 2 };
    let mut ts = Timespec { sec: 0, nsec: 0 };
    if unsafe { clock_gettime(id, &mut ts) } != 0 {
        return None;
    }
    Some(ts.sec as u128 * 1_000_000_000 + ts.nsec as u128)
}

#[cfg(not(unix))]
fn process_ns() -> Option<u128> {
    Some(START.with(|s| s.elapsed().as_nanos()))
}

fn clock(_rt: &Runtime, kind: Clock) -> Option<u128> {
    match kind {
        Clock::Realtime => SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .ok()
            .map(|d| d.as_nanos()),
        // Offset so the value is never 0 and differs between runs like CPython's.
        Clock::Monotonic => Some(START.with(|s| s.elapsed().as_nanos()) + 1_000_000_000),
        Clock::Process => process_ns(),
    }
}

fn sleep(_rt: &Runtime, ns: u64) {
    crate::flush_stdout();
    std::thread::sleep(std::time::Duration::from_nanos(ns));
}

fn err(e: std::io::Error) -> HostError {
    let errno = e.raw_os_error().unwrap_or(0);
    let text = e.to_string();
    // std appends " (os error N)"; CPython shows strerror alone.
    let msg = match text.find(" (os error") {
        Some(i) => text[..i].to_string(),
        None => text,
    };
    HostError { errno, msg }
}

fn bad_handle() -> HostError {
    HostError {
        errno: 9,
        msg: "Bad file descriptor".into(),
    }
}

fn with_file<T>(h: u64, f: impl FnOnce(&mut File) -> std::io::Result<T>) -> Result<T, HostError> {
    FILES.with(|t| match t.borrow_mut().1.get_mut(&h) {
        Some(file) => f(file).map_err(err),
        None => Err(bad_handle()),
    })
}

fn open(path: &str, fl: OpenFlags) -> Result<u64, HostError> {
    let mut o = std::fs::OpenOptions::new();
    o.read(fl.read)
        .write(fl.write && !fl.append)
        .append(fl.append)
        .truncate(fl.truncate);
    if fl.exclusive {
        o.create_new(true);
    } else {
        o.create(fl.create);
    }
    let file = o.open(path).map_err(err)?;
    if file.metadata().map(|m| m.is_dir()).unwrap_or(false) {
        return Err(HostError {
            errno: 21,
            msg: "Is a directory".into(),
        });
    }
    Ok(FILES.with(|t| {
        let mut t = t.borrow_mut();
        let h = t.0;
        t.0 += 1;
        t.1.insert(h, file);
        h
    }))
}

fn read(h: u64, max: usize) -> Result<Vec<u8>, HostError> {
    with_file(h, |f| {
        let mut buf = Vec::new();
        f.take(max as u64).read_to_end(&mut buf)?;
        Ok(buf)
    })
}

fn write(h: u64, data: &[u8]) -> Result<usize, HostError> {
    with_file(h, |f| f.write_all(data).map(|_| data.len()))
}

fn seek(h: u64, off: i64, whence: u8) -> Result<u64, HostError> {
    with_file(h, |f| {
        let pos = match whence {
            0 => SeekFrom::Start(off.max(0) as u64),
            1 => SeekFrom::Current(off),
            _ => SeekFrom::End(off),
        };
        f.seek(pos)
    })
}

fn truncate(h: u64, len: u64) -> Result<(), HostError> {
    with_file(h, |f| f.set_len(len))
}

fn close(h: u64) -> Result<(), HostError> {
    FILES.with(|t| match t.borrow_mut().1.remove(&h) {
        Some(_) => Ok(()),
        None => Err(bad_handle()),
    })
}

static FILE_OPS: FileOps = FileOps {
    open,
    read,
    write,
    seek,
    truncate,
    close,
};

/// Installs the clock, sleep and file hooks.
pub fn install(h: &mut copperhead_core::runtime::Hooks) {
    h.clock = Some(clock);
    h.sleep = Some(sleep);
    h.files = Some(&FILE_OPS);
}
