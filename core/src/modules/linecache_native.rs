//! `_linecache`: source text through the host's `Hooks::read_file` (Rust, because only the
//! runtime can reach the host); `py/linecache.py` caches and splits it.

use super::native_module;
use crate::Runtime;
use crate::object::args::Args;
use crate::object::{PyResult, Value};

/// `read(filename)`: the file's text (invalid UTF-8 replaced), or None when the host cannot
/// read it.
fn read(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "read", 1, 1)?;
    let Some(name) = rt.str_of(&v[0]) else {
        return Ok(rt.none());
    };
    match rt.hooks.get().read_file.and_then(|r| r(rt, name)) {
        Some(bytes) => rt.new_str(&alloc::string::String::from_utf8_lossy(&bytes)),
        None => Ok(rt.none()),
    }
}

pub fn make(rt: &Runtime) -> PyResult<Value> {
    native_module(rt, "_linecache", &[("read", read)])
}
