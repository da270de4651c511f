//! A minimal `sys`: argv, modules, path, version, maxsize, recursion limit, and stdout/stderr
//! objects with `write`/`flush` (modules standing in for text files until `io` exists).

use alloc::vec::Vec;

use super::{native_module, set_attr};
use crate::Runtime;
use crate::object::args::Args;
use crate::object::{PyResult, Value};

fn write_out(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    write(rt, a, false)
}

fn write_err(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    write(rt, a, true)
}

fn write(rt: &Runtime, a: Args<'_>, err: bool) -> PyResult<Value> {
    let v = a.check_count(rt, "write", 1, 1)?;
    let Some(d) = rt.str_data(&v[0]) else {
        return Err(rt.type_error(alloc::format!(
            "write() argument must be str, not {}",
            rt.type_name(&v[0])
        )));
    };
    // UTF-8: strict on stdout, backslashreplace on stderr (as CPython's standard streams).
    let s = crate::object::codecs::utf8_text(rt, &v[0], err)?;
    let h = rt.hooks.get();
    if let Some(w) = if err { h.write_stderr } else { h.write_stdout } {
        w(rt, &s);
    }
    rt.new_int(d.char_len() as i64)
}

fn flush(rt: &Runtime, _a: Args<'_>) -> PyResult<Value> {
    Ok(rt.none())
}

fn getrecursionlimit(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    a.check_count(rt, "getrecursionlimit", 0, 0)?;
    rt.new_int(rt.recursion_limit.get() as i64)
}

fn setrecursionlimit(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "setrecursionlimit", 1, 1)?;
    let n = rt.index_isize(&v[0])?;
    if n < 1 {
        return Err(rt.value_error("recursion limit must be greater or equal than 1"));
    }
    rt.recursion_limit.set(n as usize);
    Ok(rt.none())
}

fn exit(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "exit", 0, 1)?;
    let e = rt.call(&rt.exc().system_exit.value(), Args::positional(v))?;
    Err(crate::object::error::PyErr(e))
}

/// `sys.exc_info()`: (type, value, traceback) of the exception being handled, or Nones.
fn exc_info(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    a.check_count(rt, "exc_info", 0, 0)?;
    match rt.interp.current_exc() {
        Some(e) => {
            let tb = rt.getattr_str(&e, "__traceback__")?;
            rt.new_tuple(alloc::vec![rt.type_of(&e).value(), e, tb])
        }
        None => rt.new_tuple(alloc::vec![rt.none(), rt.none(), rt.none()]),
    }
}

/// `sys.exception()`: the exception being handled, or None.
fn exception(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    a.check_count(rt, "exception", 0, 0)?;
    Ok(rt.interp.current_exc().unwrap_or_else(|| rt.none()))
}

/// `sys._getframe([depth])`: the frame object `depth` calls up from the caller.
fn getframe(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "_getframe", 0, 1)?;
    let depth = match v.first() {
        Some(d) => rt.index_isize(d)?,
        None => 0,
    };
    crate::interp::frameobj::getframe(rt, depth)
}

pub fn make(rt: &Runtime, modules: &Value) -> PyResult<Value> {
    let m = native_module(
        rt,
        "sys",
        &[
            ("getrecursionlimit", getrecursionlimit),
            ("setrecursionlimit", setrecursionlimit),
            ("exit", exit),
            ("exc_info", exc_info),
            ("exception", exception),
            ("_getframe", getframe),
        ],
    )?;
    let out = native_module(rt, "sys.stdout", &[("write", write_out), ("flush", flush)])?;
    let err = native_module(rt, "sys.stderr", &[("write", write_err), ("flush", flush)])?;
    set_attr(rt, &m, "stdout", out)?;
    set_attr(rt, &m, "stderr", err)?;
    set_attr(rt, &m, "modules", modules.clone())?;
    set_attr(rt, &m, "argv", rt.new_list(Vec::new())?)?;
    set_attr(rt, &m, "path", rt.new_list(Vec::new())?)?;
    set_attr(rt, &m, "version", rt.new_str("3.11.0 (copperhead)")?)?;
    set_attr(rt, &m, "maxsize", rt.new_int(i64::MAX)?)?;
    set_attr(rt, &m, "byteorder", rt.new_str("little")?)?;
    set_attr(rt, &m, "implementation_name", rt.new_str("copperhead")?)?;
    // The hook 'single' mode code calls; it lives with compile().
    let hook = rt.new_builtin_function("displayhook", crate::builtins::compile::displayhook)?;
    set_attr(rt, &m, "displayhook", hook.clone())?;
    set_attr(rt, &m, "__displayhook__", hook)?;
    // Async generator hooks live with the async generators.
    use crate::interp::asyncgen as ag;
    let set = rt.new_builtin_function("set_asyncgen_hooks", ag::set_asyncgen_hooks)?;
    set_attr(rt, &m, "set_asyncgen_hooks", set)?;
    let get = rt.new_builtin_function("get_asyncgen_hooks", ag::get_asyncgen_hooks)?;
    set_attr(rt, &m, "get_asyncgen_hooks", get)?;
    Ok(m)
}

/// Sets `sys.argv`.
pub fn set_argv(rt: &Runtime, argv: &[&str]) -> PyResult<()> {
    let mods = crate::interp::modules(rt)?;
    let Some(sys) = rt.dict_data(&mods).and_then(|d| d.get_str(rt, "sys")) else {
        return Ok(());
    };
    let items = argv
        .iter()
        .map(|a| rt.new_str(a))
        .collect::<PyResult<Vec<_>>>()?;
    set_attr(rt, &sys, "argv", rt.new_list(items)?)
}
