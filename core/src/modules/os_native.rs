//! `_os` (Rust): the host's directory, environment and entropy services (`Hooks::files`) as
//! plain functions over str paths. `os` and `os.path` are frozen Python (`py/os.py`,
//! `py/posixpath.py`) around these: path handling is string glue, never hot.

use alloc::vec::Vec;

use super::host::{HostError, files};
use super::io::os_error;
use super::native_module;
use crate::Runtime;
use crate::object::args::Args;
use crate::object::{PyErr, PyResult, Value};

fn path_arg<'v>(rt: &Runtime, fname: &str, v: &'v Value) -> PyResult<&'v str> {
    rt.str_of(v).ok_or_else(|| {
        rt.type_error(alloc::format!(
            "{fname}: path should be string, bytes or os.PathLike, not {}",
            rt.type_name(v)
        ))
    })
}

/// OSError(errno, strerror, src, None, dst): CPython's two-filename form (`'a' -> 'b'`).
fn os_error2(rt: &Runtime, e: HostError, a: &Value, b: &Value) -> PyErr {
    let made = (|| -> PyResult<Value> {
        let args = alloc::vec![
            rt.new_int(e.errno as i64)?,
            rt.new_str(&e.msg)?,
            a.clone(),
            rt.none(),
            b.clone(),
        ];
        rt.call(&rt.exc().os_error.value(), Args::positional(&args))
    })();
    match made {
        Ok(v) => PyErr(v),
        Err(err) => err,
    }
}

fn getcwd(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    a.check_count(rt, "posix.getcwd", 0, 0)?;
    let cwd = (files(rt)?.getcwd)().map_err(|e| os_error(rt, e, None))?;
    rt.new_str(&cwd)
}

/// The one-path operations: `f(path)`, raising OSError with the path as filename.
macro_rules! path_op {
    ($($name:ident),*) => {
        $(fn $name(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
            let v = a.check_count(rt, stringify!($name), 1, 1)?;
            let p = path_arg(rt, stringify!($name), &v[0])?;
            (files(rt)?.$name)(p).map_err(|e| os_error(rt, e, Some(&v[0])))?;
            Ok(rt.none())
        })*
    };
}

path_op!(chdir, remove, mkdir, rmdir);

fn listdir(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "listdir", 1, 1)?;
    let p = path_arg(rt, "listdir", &v[0])?;
    let names = (files(rt)?.listdir)(p).map_err(|e| os_error(rt, e, Some(&v[0])))?;
    let mut out = Vec::new();
    for n in names {
        out.push(rt.new_str(&n)?);
    }
    rt.new_list(out)
}

fn rename(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "rename", 2, 2)?;
    let from = path_arg(rt, "rename", &v[0])?;
    let to = path_arg(rt, "rename", &v[1])?;
    (files(rt)?.rename)(from, to).map_err(|e| os_error2(rt, e, &v[0], &v[1]))?;
    Ok(rt.none())
}

fn int_i128(rt: &Runtime, n: i128) -> PyResult<Value> {
    match i64::try_from(n) {
        Ok(n) => rt.new_int(n),
        Err(_) => rt.new_int_big(n.into()),
    }
}

/// `stat(path, follow)`: (mode, ino, dev, nlink, uid, gid, size, atime_ns, mtime_ns, ctime_ns).
fn stat(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "stat", 2, 2)?;
    let p = path_arg(rt, "stat", &v[0])?;
    let follow = rt.truthy(&v[1])?;
    let s = (files(rt)?.stat)(p, follow).map_err(|e| os_error(rt, e, Some(&v[0])))?;
    rt.new_tuple(alloc::vec![
        rt.new_int(s.mode as i64)?,
        int_i128(rt, s.ino as i128)?,
        int_i128(rt, s.dev as i128)?,
        int_i128(rt, s.nlink as i128)?,
        rt.new_int(s.uid as i64)?,
        rt.new_int(s.gid as i64)?,
        int_i128(rt, s.size as i128)?,
        int_i128(rt, s.atime_ns)?,
        int_i128(rt, s.mtime_ns)?,
        int_i128(rt, s.ctime_ns)?,
    ])
}

/// The environment as a list of (key, value) pairs; empty when the host has none.
fn environ(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    a.check_count(rt, "environ", 0, 0)?;
    let Some(ops) = rt.hooks.get().files else {
        return rt.new_list(Vec::new());
    };
    let mut out = Vec::new();
    for (k, v) in (ops.environ)() {
        out.push(rt.new_tuple(alloc::vec![rt.new_str(&k)?, rt.new_str(&v)?])?);
    }
    rt.new_list(out)
}

/// `urandom(n)`: from the host's entropy, else a clock-seeded xorshift (no host entropy).
fn urandom(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "posix.urandom", 1, 1)?;
    let n = rt.index_isize(&v[0])?;
    let n = usize::try_from(n).map_err(|_| rt.value_error("negative argument not allowed"))?;
    if !rt.heap().grow(n) {
        return Err(rt.memory_error());
    }
    rt.heap().shrink(n);
    let mut buf = Vec::new();
    buf.try_reserve(n).map_err(|_| rt.memory_error())?;
    buf.resize(n, 0u8);
    match rt.hooks.get().files {
        Some(ops) => (ops.urandom)(&mut buf).map_err(|e| os_error(rt, e, None))?,
        None => {
            let mut x = super::host::clock(rt, super::host::Clock::Monotonic)? as u64 | 1;
            for b in buf.iter_mut() {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                *b = (x >> 24) as u8;
            }
        }
    }
    rt.new_bytes_vec(buf)
}

fn getpid(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    a.check_count(rt, "posix.getpid", 0, 0)?;
    rt.new_int((files(rt)?.getpid)() as i64)
}

pub fn make(rt: &Runtime) -> PyResult<Value> {
    native_module(
        rt,
        "_os",
        &[
            ("chdir", chdir),
            ("environ", environ),
            ("getcwd", getcwd),
            ("getpid", getpid),
            ("listdir", listdir),
            ("mkdir", mkdir),
            ("remove", remove),
            ("rename", rename),
            ("rmdir", rmdir),
            ("stat", stat),
            ("urandom", urandom),
        ],
    )
}
