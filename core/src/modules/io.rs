//! `_io`: the platform's files (through `Runtime::hooks.files`) as plain functions over
//! handles, and builtin `open`. The file classes (`FileIO`, buffered and text wrappers) and
//! `StringIO`/`BytesIO` are frozen Python (`py/io.py`): they are glue over these calls.

use alloc::string::String;

use super::host::{HostError, OpenFlags, files};
use super::native_module;
use crate::Runtime;
use crate::object::args::Args;
use crate::object::{PyErr, PyResult, Value};

/// OSError(errno, strerror[, filename]): the constructor picks the subclass
/// (FileNotFoundError for errno 2...).
pub(crate) fn os_error(rt: &Runtime, e: HostError, filename: Option<&Value>) -> PyErr {
    let made = (|| -> PyResult<Value> {
        let mut args = alloc::vec![rt.new_int(e.errno as i64)?, rt.new_str(&e.msg)?];
        if let Some(f) = filename {
            args.push(f.clone());
        }
        rt.call(&rt.exc().os_error.value(), Args::positional(&args))
    })();
    match made {
        Ok(v) => PyErr(v),
        Err(err) => err,
    }
}

fn handle(rt: &Runtime, v: &Value) -> PyResult<u64> {
    let h = rt.index_isize(v)?;
    u64::try_from(h).map_err(|_| rt.value_error("invalid file handle"))
}

/// `open(path, flags)`: flags is a string of `r w a c t x` (read, write, append, create,
/// truncate, exclusive).
fn open(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "open", 2, 2)?;
    let path = rt
        .str_of(&v[0])
        .ok_or_else(|| rt.type_error("path must be str"))?;
    let fl = rt.str_of(&v[1]).unwrap_or("");
    let flags = OpenFlags {
        read: fl.contains('r'),
        write: fl.contains('w'),
        append: fl.contains('a'),
        create: fl.contains('c'),
        truncate: fl.contains('t'),
        exclusive: fl.contains('x'),
    };
    let ops = files(rt)?;
    match (ops.open)(path, flags) {
        Ok(h) => rt.new_int(h as i64),
        Err(e) => Err(os_error(rt, e, Some(&v[0]))),
    }
}

/// `read(h, n)`: up to `n` bytes (all remaining when `n < 0`).
fn read(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "read", 2, 2)?;
    let h = handle(rt, &v[0])?;
    let n = rt.index_isize(&v[1])?;
    let ops = files(rt)?;
    if n >= 0 {
        let n = n as usize;
        if !rt.heap().grow(n) {
            return Err(rt.memory_error());
        }
        rt.heap().shrink(n);
        let data = (ops.read)(h, n).map_err(|e| os_error(rt, e, None))?;
        return rt.new_bytes_vec(data);
    }
    let mut all = alloc::vec::Vec::new();
    loop {
        let chunk = (ops.read)(h, 1 << 16).map_err(|e| os_error(rt, e, None))?;
        if chunk.is_empty() {
            break;
        }
        if !rt.heap().grow(chunk.len()) {
            return Err(rt.memory_error());
        }
        rt.heap().shrink(chunk.len());
        all.extend_from_slice(&chunk);
    }
    rt.new_bytes_vec(all)
}

fn write(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "write", 2, 2)?;
    let h = handle(rt, &v[0])?;
    let data = crate::object::bytes::buffer_of(rt, &v[1]).ok_or_else(|| {
        rt.type_error(alloc::format!(
            "a bytes-like object is required, not '{}'",
            rt.type_name(&v[1])
        ))
    })?;
    let n = (files(rt)?.write)(h, &data).map_err(|e| os_error(rt, e, None))?;
    rt.new_int(n as i64)
}

fn seek(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "seek", 3, 3)?;
    let h = handle(rt, &v[0])?;
    let off = rt.index_isize(&v[1])? as i64;
    let whence = rt.index_isize(&v[2])?.clamp(0, 2) as u8;
    let pos = (files(rt)?.seek)(h, off, whence).map_err(|e| os_error(rt, e, None))?;
    rt.new_int(pos as i64)
}

fn truncate(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "truncate", 2, 2)?;
    let h = handle(rt, &v[0])?;
    let n = rt.index_isize(&v[1])?;
    let n = u64::try_from(n).map_err(|_| rt.value_error("negative size value"))?;
    (files(rt)?.truncate)(h, n).map_err(|e| os_error(rt, e, None))?;
    rt.new_int(n as i64)
}

fn close(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "close", 1, 1)?;
    let h = handle(rt, &v[0])?;
    (files(rt)?.close)(h).map_err(|e| os_error(rt, e, None))?;
    Ok(rt.none())
}

/// Builtin `open(...)`: `io.open` with the same arguments.
pub fn builtin_open(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    // The C function's wording (ours forwards to the frozen io.open).
    if a.pos().is_empty() && !a.kwargs().any(|(k, _)| rt.str_of(k) == Some("file")) {
        return Err(rt.type_error("open() missing required argument 'file' (pos 1)"));
    }
    audit_open(rt, &a)?;
    let io = import(rt, "io")?;
    let f = rt.getattr_str(&io, "open")?;
    rt.call(&f, a)
}

/// The "open" audit event: (file, mode, flags), flags as Linux's `open(2)` would get them.
fn audit_open(rt: &Runtime, a: &Args<'_>) -> PyResult<()> {
    if !super::sys_hooks::has_audit_hooks(rt) {
        return Ok(());
    }
    let pos = a.pos();
    let mut file = pos.first().cloned();
    let mut mode = pos.get(1).cloned();
    for (k, v) in a.kwargs() {
        match rt.str_of(k) {
            Some("file") => file = Some(v.clone()),
            Some("mode") => mode = Some(v.clone()),
            _ => {}
        }
    }
    let Some(file) = file else {
        return Ok(());
    };
    let mode = match mode {
        Some(m) => m,
        None => rt.new_str("r")?,
    };
    let m = rt.str_of(&mode).unwrap_or("r");
    let access = if m.contains('+') {
        2
    } else if m.contains(['w', 'a', 'x']) {
        1
    } else {
        0
    };
    let extra = if m.contains('w') {
        64 | 512
    } else if m.contains('a') {
        64 | 1024
    } else if m.contains('x') {
        64 | 128
    } else {
        0
    };
    let flags = rt.new_int(access | extra | 0o2000000)?;
    // The event comes from the raw file, whose mode has no 'b'/'t'.
    let raw: alloc::string::String = m.chars().filter(|c| !matches!(c, 'b' | 't')).collect();
    let mode = rt.new_str(&raw)?;
    super::sys_hooks::audit_event(rt, "open", &[file, mode, flags])
}

/// The module `name`, from `sys.modules` or loaded from the standard table.
fn import(rt: &Runtime, name: &str) -> PyResult<Value> {
    let mods = crate::interp::modules(rt)?;
    if let Some(m) = rt.dict_data(&mods).and_then(|d| d.get_str(rt, name)) {
        return Ok(m);
    }
    super::load_standard(rt, name)?.ok_or_else(|| {
        rt.new_error(
            rt.exc().import_error,
            alloc::format!("No module named '{}'", String::from(name)),
        )
    })
}

pub fn make(rt: &Runtime) -> PyResult<Value> {
    native_module(
        rt,
        "_io",
        &[
            ("open", open),
            ("read", read),
            ("write", write),
            ("seek", seek),
            ("truncate", truncate),
            ("close", close),
        ],
    )
}
