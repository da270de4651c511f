//! The std implementations of the core's clock, sleep, math and file hooks (files, directories,
//! environment, entropy: `open()` and `os`).

use copperhead_core::Runtime;
use copperhead_core::modules::host::{Clock, FileOps, HostError, HostStat, OpenFlags};
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

fn getcwd() -> Result<String, HostError> {
    let p = std::env::current_dir().map_err(err)?;
    Ok(p.to_string_lossy().into_owned())
}

fn chdir(path: &str) -> Result<(), HostError> {
    std::env::set_current_dir(path).map_err(err)
}

fn listdir(path: &str) -> Result<Vec<String>, HostError> {
    let mut names = Vec::new();
    for entry in std::fs::read_dir(if path.is_empty() { "." } else { path }).map_err(err)? {
        names.push(
            entry
                .map_err(err)?
                .file_name()
                .to_string_lossy()
                .into_owned(),
        );
    }
    Ok(names)
}

fn remove(path: &str) -> Result<(), HostError> {
    // unlink(2) on a directory is EISDIR on Linux; std reports the same errno.
    std::fs::remove_file(path).map_err(err)
}

fn mkdir(path: &str) -> Result<(), HostError> {
    std::fs::create_dir(path).map_err(err)
}

fn rmdir(path: &str) -> Result<(), HostError> {
    std::fs::remove_dir(path).map_err(err)
}

fn rename(from: &str, to: &str) -> Result<(), HostError> {
    std::fs::rename(from, to).map_err(err)
}

#[cfg(unix)]
fn stat(path: &str, follow: bool) -> Result<HostStat, HostError> {
    use std::os::unix::fs::MetadataExt;
    let m = if follow {
        std::fs::metadata(path)
    } else {
        std::fs::symlink_metadata(path)
    }
    .map_err(err)?;
    let ns = |s: i64, n: i64| s as i128 * 1_000_000_000 + n as i128;
    Ok(HostStat {
        mode: m.mode(),
        ino: m.ino(),
        dev: m.dev(),
        nlink: m.nlink(),
        uid: m.uid(),
        gid: m.gid(),
        size: m.size(),
        atime_ns: ns(m.atime(), m.atime_nsec()),
        mtime_ns: ns(m.mtime(), m.mtime_nsec()),
        ctime_ns: ns(m.ctime(), m.ctime_nsec()),
    })
}

#[cfg(not(unix))]
fn stat(path: &str, follow: bool) -> Result<HostStat, HostError> {
    let m = if follow {
        std::fs::metadata(path)
    } else {
        std::fs::symlink_metadata(path)
    }
    .map_err(err)?;
    let t = |r: std::io::Result<SystemTime>| {
        r.ok()
            .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
            .map_or(0, |d| d.as_nanos() as i128)
    };
    // The POSIX type bits, so `stat.S_ISDIR` works everywhere.
    let kind = if m.is_dir() { 0o040755 } else { 0o100644 };
    Ok(HostStat {
        mode: kind,
        nlink: 1,
        size: m.len(),
        atime_ns: t(m.accessed()),
        mtime_ns: t(m.modified()),
        ctime_ns: t(m.created()),
        ..HostStat::default()
    })
}

fn environ() -> Vec<(String, String)> {
    std::env::vars_os()
        .map(|(k, v)| {
            (
                k.to_string_lossy().into_owned(),
                v.to_string_lossy().into_owned(),
            )
        })
        .collect()
}

fn urandom(buf: &mut [u8]) -> Result<(), HostError> {
    let mut f = File::open("/dev/urandom").map_err(err)?;
    f.read_exact(buf).map_err(err)
}

fn getpid() -> u32 {
    std::process::id()
}

static FILE_OPS: FileOps = FileOps {
    open,
    read,
    write,
    seek,
    truncate,
    close,
    getcwd,
    chdir,
    listdir,
    remove,
    mkdir,
    rmdir,
    rename,
    stat,
    environ,
    urandom,
    getpid,
};

/// Installs the clock, sleep, file and math hooks.
pub fn install(h: &mut copperhead_core::runtime::Hooks) {
    h.math = Some(&crate::host_math::C_LIBM);
    h.clock = Some(clock);
    h.sleep = Some(sleep);
    h.files = Some(&FILE_OPS);
}
