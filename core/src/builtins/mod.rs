//! The `builtins` module: functions (`functions.rs` for the protocol-level ones, `namespace.rs`
//! for those that look at frames or run code), the built-in types and exceptions by name, and
//! the constants.

pub mod compile;
pub mod functions;
pub mod namespace;
mod site;

use alloc::string::String;

use crate::Runtime;
use crate::object::args::Args;
use crate::object::typeobj::NativeFn;
use crate::object::{PyResult, Value};

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("len", functions::len),
    ("repr", functions::repr),
    ("hash", functions::hash),
    ("abs", functions::abs),
    ("divmod", functions::divmod),
    ("pow", functions::pow),
    ("round", functions::round),
    ("format", functions::format),
    ("sorted", functions::sorted),
    ("min", functions::min),
    ("max", functions::max),
    ("sum", functions::sum),
    ("iter", functions::iter),
    ("next", functions::next),
    ("aiter", crate::interp::awaitable::builtin_aiter),
    ("anext", crate::interp::awaitable::builtin_anext),
    ("isinstance", functions::isinstance),
    ("issubclass", functions::issubclass),
    ("getattr", functions::getattr),
    ("hasattr", functions::hasattr),
    ("chr", functions::chr),
    ("ord", functions::ord),
    ("hex", functions::hex),
    ("oct", functions::oct),
    ("bin", functions::bin),
    ("callable", functions::callable),
    ("print", print),
    ("input", crate::modules::sys::input),
    ("breakpoint", crate::modules::sys::breakpoint),
    ("setattr", setattr),
    ("delattr", delattr),
    ("id", id),
    ("ascii", ascii),
    ("any", any),
    ("all", all),
    ("globals", namespace::globals),
    ("locals", namespace::locals),
    ("vars", namespace::vars),
    ("dir", namespace::dir),
    ("exec", compile::exec),
    ("eval", compile::eval),
    ("compile", compile::compile),
    ("__build_class__", namespace::build_class),
    ("__import__", crate::interp::import::builtin_import),
    ("open", crate::modules::io::builtin_open),
];

/// Makes the `builtins` module.
pub fn make_module(rt: &Runtime) -> PyResult<Value> {
    let m = rt.new_module("builtins")?;
    let d = rt.module_dict(&m).ok_or_else(|| rt.memory_error())?;
    let dd = rt.dict_data(&d).ok_or_else(|| rt.memory_error())?;
    for (name, f) in FUNCTIONS {
        dd.set(rt, rt.intern(name), rt.new_builtin_function(name, *f)?)?;
    }
    let t = rt.types();
    for ty in [
        t.object,
        t.type_,
        t.int,
        t.float,
        t.complex,
        t.str,
        t.bytes,
        t.bytearray,
        t.list,
        t.tuple,
        t.dict,
        t.set,
        t.frozenset,
        t.bool,
        t.range,
        t.slice,
        t.super_,
        t.property,
        t.staticmethod,
        t.classmethod,
        t.enumerate,
        t.zip,
        t.map,
        t.filter,
        t.reversed,
    ] {
        dd.set(rt, rt.intern(ty.data().name()), ty.value())?;
    }
    for ty in rt.exc().all() {
        dd.set(rt, rt.intern(ty.data().name()), ty.value())?;
    }
    let s = rt.singletons();
    dd.set(rt, rt.intern("None"), s.none.clone())?;
    dd.set(rt, rt.intern("True"), s.true_.clone())?;
    dd.set(rt, rt.intern("False"), s.false_.clone())?;
    dd.set(rt, rt.intern("Ellipsis"), s.ellipsis.clone())?;
    dd.set(rt, rt.intern("NotImplemented"), s.not_implemented.clone())?;
    dd.set(rt, rt.intern("__debug__"), s.true_.clone())?;
    dd.set(rt, rt.intern("EnvironmentError"), rt.exc().os_error.value())?;
    dd.set(rt, rt.intern("IOError"), rt.exc().os_error.value())?;
    dd.set(
        rt,
        rt.intern("memoryview"),
        crate::object::memoryview::memoryview_type(rt)?,
    )?;
    site::install(rt, dd)?;
    Ok(m)
}

fn kw_str(rt: &Runtime, v: &Value, what: &str) -> PyResult<Option<String>> {
    if rt.is_none(v) {
        return Ok(None);
    }
    match rt.str_of(v) {
        Some(s) => Ok(Some(s.into())),
        None => Err(rt.type_error(alloc::format!(
            "{what} must be None or a string, not {}",
            rt.type_name(v)
        ))),
    }
}

/// `print(*objects, sep=' ', end='\n', file=None, flush=False)`.
fn print(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let mut sep = String::from(" ");
    let mut end = String::from("\n");
    let mut file = None;
    let mut flush = false;
    for (k, v) in a.kwargs() {
        match rt.str_of(k).unwrap_or("") {
            "sep" => sep = kw_str(rt, v, "sep")?.unwrap_or_else(|| " ".into()),
            "end" => end = kw_str(rt, v, "end")?.unwrap_or_else(|| "\n".into()),
            "file" => file = (!rt.is_none(v)).then(|| v.clone()),
            "flush" => flush = rt.truthy(v)?,
            other => {
                return Err(rt.type_error(alloc::format!(
                    "'{other}' is an invalid keyword argument for print()"
                )));
            }
        }
    }
    if file.is_none() {
        // `sys.stdout = obj` redirects print.
        file = crate::modules::sys::redirected_stdout(rt)?;
        if file.as_ref().is_some_and(|f| rt.is_none(f)) {
            return Ok(rt.none());
        }
    }
    if let Some(f) = &file {
        // As CPython: one write per object and separator, then the end.
        let write = rt.getattr_str(f, "write")?;
        for (i, v) in a.pos().iter().enumerate() {
            if i > 0 {
                rt.call(&write, Args::positional(&[rt.new_str(&sep)?]))?;
            }
            rt.call(&write, Args::positional(&[rt.str(v)?]))?;
        }
        rt.call(&write, Args::positional(&[rt.new_str(&end)?]))?;
        if flush {
            rt.call_method(f, "flush", &[])?;
        }
        return Ok(rt.none());
    }
    // The text as generalized UTF-8 (a str may hold lone surrogates), and the first piece that
    // holds one with where it starts: stdout (UTF-8, strict) writes what precedes it and raises.
    let mut out: alloc::vec::Vec<u8> = alloc::vec::Vec::new();
    let mut bad: Option<(usize, Value)> = None;
    for (i, v) in a.pos().iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(sep.as_bytes());
        }
        let piece = if rt.type_of(v) == rt.types().str {
            v.clone()
        } else {
            rt.str(v)?
        };
        if let Some(d) = rt.str_data(&piece) {
            if bad.is_none() && d.has_surrogates() {
                bad = Some((out.len(), piece.clone()));
            }
            out.extend_from_slice(d.wtf8());
        }
    }
    out.extend_from_slice(end.as_bytes());
    let upto = bad.as_ref().map_or(out.len(), |b| b.0);
    if let Some(w) = rt.hooks.get().write_stdout {
        w(rt, core::str::from_utf8(&out[..upto]).unwrap_or(""));
    }
    if let Some((_, piece)) = bad {
        crate::object::codecs::utf8_text(rt, &piece, false)?;
    }
    Ok(rt.none())
}

fn setattr(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "setattr", 3, 3)?;
    attr_name(rt, &v[1], "setattr")?;
    rt.setattr(&v[0], &v[1], Some(&v[2]))?;
    Ok(rt.none())
}

fn delattr(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "delattr", 2, 2)?;
    attr_name(rt, &v[1], "delattr")?;
    rt.setattr(&v[0], &v[1], None)?;
    Ok(rt.none())
}

fn attr_name(rt: &Runtime, v: &Value, _f: &str) -> PyResult<()> {
    if rt.str_of(v).is_none() {
        return Err(rt.type_error(alloc::format!(
            "attribute name must be string, not '{}'",
            rt.type_name(v)
        )));
    }
    Ok(())
}

fn id(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "id", 1, 1)?;
    rt.new_int(v[0].bits() as i64)
}

fn ascii(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "ascii", 1, 1)?;
    crate::interp::ops::ascii(rt, &v[0])
}

fn any(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "any", 1, 1)?;
    let it = rt.iter(&v[0])?;
    while let Some(x) = rt.next(&it)? {
        if rt.truthy(&x)? {
            return Ok(rt.bool_value(true));
        }
    }
    Ok(rt.bool_value(false))
}

fn all(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "all", 1, 1)?;
    let it = rt.iter(&v[0])?;
    while let Some(x) = rt.next(&it)? {
        if !rt.truthy(&x)? {
            return Ok(rt.bool_value(false));
        }
    }
    Ok(rt.bool_value(true))
}
