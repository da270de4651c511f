//! `sys` (native): interpreter state (argv, path, modules, recursion limit, tracing, frames,
//! the handled exception), the standard streams, the hooks (`excepthook`, `displayhook`,
//! `breakpointhook`) and facts about the build. The structured values (`version_info`,
//! `flags`, `float_info`, ...) live in frozen `py/sys_info.py`, made on first use through the
//! module's `__getattr__` so start-up does not pay for them.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::{native_module, set_attr};
use crate::Runtime;
use crate::object::args::Args;
use crate::object::descr::MethodDef;
use crate::object::error::PyErr;
use crate::object::{PyResult, Value};

const SYS_INFO: &str = include_str!("py/sys_info.py");
/// Names `__getattr__` takes from `sys_info.py`.
const LAZY: &[&str] = &[
    "version_info",
    "implementation",
    "flags",
    "float_info",
    "int_info",
    "hash_info",
    "thread_info",
    "stdlib_module_names",
    "getswitchinterval",
    "setswitchinterval",
    "call_tracing",
];

/// The `sys` module's dict.
fn sys_dict(rt: &Runtime) -> Option<Value> {
    let mods = crate::interp::modules(rt).ok()?;
    let sys = rt.dict_data(&mods)?.get_str(rt, "sys")?;
    rt.module_dict(&sys)
}

/// `sys.<name>` as the sys dict holds it.
pub fn sys_get(rt: &Runtime, name: &str) -> Option<Value> {
    let d = sys_dict(rt)?;
    rt.dict_data(&d)?.get_str(rt, name)
}

// ---- the standard streams ----

/// 0 (stdin), 1 (stdout) or 2 (stderr) for one of our stream objects.
fn stream_fd(rt: &Runtime, s: &Value) -> PyResult<u8> {
    let name = rt.getattr_str(s, "name")?;
    Ok(match rt.str_of(&name) {
        Some("<stdin>") => 0,
        Some("<stderr>") => 2,
        _ => 1,
    })
}

fn stream_write(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "write", 2, 2)?;
    let Some(d) = rt.str_data(&v[1]) else {
        return Err(rt.type_error(format!(
            "write() argument must be str, not {}",
            rt.type_name(&v[1])
        )));
    };
    let fd = stream_fd(rt, &v[0])?;
    if fd == 0 {
        return Err(unsupported(rt, "not writable"));
    }
    // UTF-8: strict on stdout, backslashreplace on stderr (as CPython's standard streams).
    let s = crate::object::codecs::utf8_text(rt, &v[1], fd == 2)?;
    let h = rt.hooks.get();
    if let Some(w) = if fd == 2 {
        h.write_stderr
    } else {
        h.write_stdout
    } {
        w(rt, &s);
    }
    rt.new_int(d.char_len() as i64)
}

fn unsupported(rt: &Runtime, msg: &str) -> PyErr {
    match crate::interp::modules(rt)
        .ok()
        .and_then(|m| rt.dict_data(&m)?.get_str(rt, "io"))
        .and_then(|io| rt.getattr_str(&io, "UnsupportedOperation").ok())
    {
        Some(ty) => match rt.call(
            &ty,
            Args::positional(&[rt.new_str(msg).unwrap_or_else(|_| rt.none())]),
        ) {
            Ok(e) => PyErr(e),
            Err(e) => e,
        },
        None => rt.new_error(rt.exc().os_error, msg),
    }
}

fn stream_writelines(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "writelines", 2, 2)?;
    for line in rt.collect(&v[1])? {
        stream_write(rt, Args::positional(&[v[0].clone(), line]))?;
    }
    Ok(rt.none())
}

fn stream_flush(rt: &Runtime, _a: Args<'_>) -> PyResult<Value> {
    Ok(rt.none())
}

fn stream_readline(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "readline", 1, 2)?;
    if stream_fd(rt, &v[0])? != 0 {
        return Err(unsupported(rt, "not readable"));
    }
    let line = rt.hooks.get().read_stdin_line.and_then(|r| r(rt));
    rt.new_str(line.as_deref().unwrap_or(""))
}

fn stream_read(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "read", 1, 2)?;
    if stream_fd(rt, &v[0])? != 0 {
        return Err(unsupported(rt, "not readable"));
    }
    let limit = match v.get(1) {
        Some(n) if !rt.is_none(n) => rt.index_isize(n)?,
        _ => -1,
    };
    let mut out = String::new();
    let read = rt.hooks.get().read_stdin_line;
    while limit < 0 || (out.chars().count() as isize) < limit {
        match read.and_then(|r| r(rt)) {
            Some(l) => out.push_str(&l),
            None => break,
        }
    }
    if limit >= 0 {
        out = out.chars().take(limit as usize).collect();
    }
    rt.new_str(&out)
}

fn stream_readlines(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "readlines", 1, 2)?;
    let mut lines = Vec::new();
    let read = rt.hooks.get().read_stdin_line;
    if stream_fd(rt, &v[0])? == 0 {
        while let Some(l) = read.and_then(|r| r(rt)) {
            lines.push(rt.new_str(&l)?);
        }
    }
    rt.new_list(lines)
}

fn stream_iter(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "__iter__", 1, 1)?;
    Ok(v[0].clone())
}

fn stream_next(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let line = stream_readline(rt, a)?;
    if rt.str_of(&line).is_some_and(str::is_empty) {
        return Err(rt.stop_iteration(None));
    }
    Ok(line)
}

fn stream_fileno(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "fileno", 1, 1)?;
    rt.new_int(i64::from(stream_fd(rt, &v[0])?))
}

fn stream_false(rt: &Runtime, _a: Args<'_>) -> PyResult<Value> {
    Ok(rt.bool_value(false))
}

fn stream_readable(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "readable", 1, 1)?;
    Ok(rt.bool_value(stream_fd(rt, &v[0])? == 0))
}

fn stream_writable(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "writable", 1, 1)?;
    Ok(rt.bool_value(stream_fd(rt, &v[0])? != 0))
}

fn stream_repr(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "__repr__", 1, 1)?;
    let name = rt.repr_string(&rt.getattr_str(&v[0], "name")?)?;
    let mode = rt.repr_string(&rt.getattr_str(&v[0], "mode")?)?;
    rt.new_str(&format!(
        "<_io.TextIOWrapper name={name} mode={mode} encoding='utf-8'>"
    ))
}

/// The stream class (`_io.TextIOWrapper` look-alike) and its three instances.
fn make_streams(rt: &Runtime, m: &Value) -> PyResult<()> {
    let ns = rt.new_dict()?;
    let nd = rt.dict_data(&ns).ok_or_else(|| rt.memory_error())?;
    nd.set(rt, rt.intern("__module__"), rt.new_str("_io")?)?;
    let bases = rt.new_tuple(alloc::vec![rt.types().object.value()])?;
    let cls = rt.call(
        &rt.types().type_.value(),
        Args::positional(&[rt.new_str("TextIOWrapper")?, bases, ns]),
    )?;
    let ty = rt
        .type_ref_of_type_value(&cls)
        .ok_or_else(|| rt.type_error("bad stream class"))?;
    rt.add_methods(
        ty,
        &[
            MethodDef::method("write", stream_write),
            MethodDef::method("writelines", stream_writelines),
            MethodDef::method("flush", stream_flush),
            MethodDef::method("readline", stream_readline),
            MethodDef::method("read", stream_read),
            MethodDef::method("readlines", stream_readlines),
            MethodDef::method("__iter__", stream_iter),
            MethodDef::method("__next__", stream_next),
            MethodDef::method("fileno", stream_fileno),
            MethodDef::method("isatty", stream_false),
            MethodDef::method("seekable", stream_false),
            MethodDef::method("readable", stream_readable),
            MethodDef::method("writable", stream_writable),
            MethodDef::method("__repr__", stream_repr),
        ],
    );
    for (name, label, mode) in [
        ("stdin", "<stdin>", "r"),
        ("stdout", "<stdout>", "w"),
        ("stderr", "<stderr>", "w"),
    ] {
        let s = rt.call(&cls, Args::positional(&[]))?;
        for (k, v) in [
            ("name", rt.new_str(label)?),
            ("mode", rt.new_str(mode)?),
            ("encoding", rt.new_str("utf-8")?),
            (
                "errors",
                rt.new_str(if name == "stderr" {
                    "backslashreplace"
                } else {
                    "strict"
                })?,
            ),
            ("closed", rt.bool_value(false)),
            ("line_buffering", rt.bool_value(false)),
        ] {
            rt.setattr(&s, &rt.intern(k), Some(&v))?;
        }
        set_attr(rt, m, name, s.clone())?;
        set_attr(rt, m, &format!("__{name}__"), s)?;
    }
    Ok(())
}

/// Where `print()` without `file=` writes: None while `sys.stdout` is the original stream
/// (the host's fast path), else the object it was replaced with.
pub fn redirected_stdout(rt: &Runtime) -> PyResult<Option<Value>> {
    let Some(d) = sys_dict(rt) else {
        return Ok(None);
    };
    let Some(dd) = rt.dict_data(&d) else {
        return Ok(None);
    };
    let cur = dd.get_str(rt, "stdout");
    let orig = dd.get_str(rt, "__stdout__");
    match (cur, orig) {
        (Some(c), Some(o)) if c.is(&o) => Ok(None),
        (Some(c), _) if rt.is_none(&c) => Ok(Some(c)),
        (Some(c), _) => Ok(Some(c)),
        (None, _) => Err(rt.runtime_error("lost sys.stdout")),
    }
}

/// `input([prompt])`: the prompt goes to `sys.stdout`, the line comes from `sys.stdin`.
pub fn input(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "input", 0, 1)?;
    let out = sys_get(rt, "stdout").ok_or_else(|| rt.runtime_error("input(): lost sys.stdout"))?;
    if let Some(p) = v.first() {
        let s = rt.str(p)?;
        rt.call_method(&out, "write", &[s])?;
    }
    let _ = rt.call_method(&out, "flush", &[]);
    let inp = sys_get(rt, "stdin").ok_or_else(|| rt.runtime_error("input(): lost sys.stdin"))?;
    let line = rt.call_method(&inp, "readline", &[])?;
    let Some(s) = rt.str_of(&line) else {
        return Err(rt.type_error("object.readline() returned non-string"));
    };
    if s.is_empty() {
        return Err(rt.new_error(rt.exc().eof_error, "EOF when reading a line"));
    }
    rt.new_str(s.strip_suffix('\n').unwrap_or(s))
}

/// `breakpoint(*args, **kws)`: calls `sys.breakpointhook`.
pub fn breakpoint(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let hook =
        sys_get(rt, "breakpointhook").ok_or_else(|| rt.runtime_error("lost sys.breakpointhook"))?;
    rt.call(&hook, a)
}

/// The default `sys.breakpointhook`: there is no debugger to enter, so it says so and goes on.
fn default_breakpointhook(rt: &Runtime, _a: Args<'_>) -> PyResult<Value> {
    if let Some(w) = rt.hooks.get().write_stderr {
        w(
            rt,
            "breakpoint(): no debugger is available in copperhead; continuing\n",
        );
    }
    Ok(rt.none())
}

/// The default `sys.excepthook(type, value, traceback)`: the report CPython prints, to stderr.
fn default_excepthook(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "excepthook", 3, 3)?;
    let text = if crate::object::exceptions::exc_data(rt, &v[1]).is_ok() {
        let sl = rt.hooks.get().source_line;
        let source = move |f: &str, l: i32| sl.and_then(|s| s(f, l));
        crate::interp::traceback::format_exception(rt, &v[1], &source)
    } else {
        format!(
            "TypeError: print_exception(): Exception expected for value, {} found\n",
            rt.type_name(&v[1])
        )
    };
    write_stderr_obj(rt, &text)?;
    Ok(rt.none())
}

/// Writes to `sys.stderr` (whatever it is now), else to the host's stderr.
fn write_stderr_obj(rt: &Runtime, text: &str) -> PyResult<()> {
    match sys_get(rt, "stderr") {
        Some(e) if !rt.is_none(&e) => {
            rt.call_method(&e, "write", &[rt.new_str(text)?])?;
        }
        _ => {
            if let Some(w) = rt.hooks.get().write_stderr {
                w(rt, text);
            }
        }
    }
    Ok(())
}

/// Reports an uncaught exception through `sys.excepthook` when a program replaced it;
/// true when it did (the host then prints nothing itself). A failing hook is reported as
/// CPython does, followed by the original exception.
pub fn call_custom_excepthook(rt: &Runtime, exc: &Value) -> bool {
    let (Some(hook), Some(orig)) = (sys_get(rt, "excepthook"), sys_get(rt, "__excepthook__"))
    else {
        return false;
    };
    if hook.is(&orig) {
        return false;
    }
    let tb = rt.exception_traceback(exc).unwrap_or_else(|| rt.none());
    let args = [rt.type_of(exc).value(), exc.clone(), tb];
    if let Err(e) = rt.call(&hook, Args::positional(&args)) {
        let sl = rt.hooks.get().source_line;
        let source = move |f: &str, l: i32| sl.and_then(|s| s(f, l));
        let mut text = String::from("Error in sys.excepthook:\n");
        text.push_str(&crate::interp::traceback::format_exception(
            rt,
            e.value(),
            &source,
        ));
        text.push_str("\nOriginal exception was:\n");
        text.push_str(&crate::interp::traceback::format_exception(
            rt, exc, &source,
        ));
        if let Some(w) = rt.hooks.get().write_stderr {
            w(rt, &text);
        }
    }
    true
}

// ---- functions ----

fn getrecursionlimit(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    a.check_count(rt, "sys.getrecursionlimit", 0, 0)?;
    rt.new_int(rt.recursion_limit.get() as i64)
}

fn setrecursionlimit(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "sys.setrecursionlimit", 1, 1)?;
    if rt.type_of(&v[0]) == rt.types().float {
        return Err(rt.type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = rt.index_isize(&v[0])?;
    if n < 1 {
        return Err(rt.value_error("recursion limit must be greater or equal than 1"));
    }
    let n = n.min(i32::MAX as isize) as usize;
    let depth = rt.recursion_depth.get();
    if n <= depth {
        return Err(rt.recursion_error(format!(
            "cannot set the recursion limit to {n} at the recursion depth {depth}: the limit is too low"
        )));
    }
    rt.recursion_limit.set(n);
    Ok(rt.none())
}

fn exit(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    a.check_count(rt, "exit", 0, 1)?;
    // As CPython, `exit(None)` raises a SystemExit without arguments.
    let args = match a.pos() {
        [v] if rt.is_none(v) => &[][..],
        p => p,
    };
    let e = rt.call(&rt.exc().system_exit.value(), Args::positional(args))?;
    Err(PyErr(e))
}

/// `sys.exc_info()`: (type, value, traceback) of the exception being handled, or Nones.
fn exc_info(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    a.check_count(rt, "sys.exc_info", 0, 0)?;
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
    a.check_count(rt, "sys.exception", 0, 0)?;
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

/// `sys.settrace(fn)`: the global trace function (None removes it).
fn settrace(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "sys.settrace", 1, 1)?;
    let f = (!rt.is_none(&v[0])).then(|| v[0].clone());
    rt.interp.trace.set_tracer(f);
    crate::tier2::invalidate::invalidate_all(rt);
    Ok(rt.none())
}

fn gettrace(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    a.check_count(rt, "sys.gettrace", 0, 0)?;
    Ok(rt.interp.trace.tracer().unwrap_or_else(|| rt.none()))
}

/// `sys.setprofile(fn)`: 'call' and 'return' events (no 'c_call' events yet).
fn setprofile(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "sys.setprofile", 1, 1)?;
    let f = (!rt.is_none(&v[0])).then(|| v[0].clone());
    rt.interp.trace.set_profiler(f);
    crate::tier2::invalidate::invalidate_all(rt);
    Ok(rt.none())
}

fn getprofile(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    a.check_count(rt, "sys.getprofile", 0, 0)?;
    Ok(rt.interp.trace.profiler().unwrap_or_else(|| rt.none()))
}

/// `sys.intern(s)`: the one shared copy of an exact str.
fn intern(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "sys.intern", 1, 1)?;
    match rt.str_of(&v[0]) {
        Some(s) if rt.type_of(&v[0]) == rt.types().str => Ok(rt.intern(s)),
        _ => Err(rt.type_error(format!(
            "intern() argument must be str, not {}",
            rt.type_name(&v[0])
        ))),
    }
}

/// `sys.getsizeof(obj[, default])`: a plausible size in bytes (CPython's layout sizes for the
/// built-in types; `__sizeof__` where a class defines one).
fn getsizeof(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let [obj, default] = a.bind(
        rt,
        &crate::object::args::Signature {
            fname: "getsizeof",
            names: ["object", "default"],
            posonly: 0,
            required: 1,
            kwonly: 2,
        },
    )?;
    let v: Vec<Value> = [obj, default].into_iter().flatten().collect();
    let o = &v[0];
    let t = rt.types();
    let ty = rt.type_of(o);
    let n = |x: PyResult<usize>| x.unwrap_or(0) as i64;
    let size: i64 = if let Some(m) = rt.lookup_in_type(ty, "__sizeof__")
        && rt
            .lookup_in_type(t.object, "__sizeof__")
            .is_none_or(|b| !b.is(&m))
    {
        let r = rt.call(&m, Args::positional(core::slice::from_ref(o)))?;
        let s = rt.index_isize(&r)?;
        if s < 0 {
            return Err(rt.value_error("__sizeof__() should return >= 0"));
        }
        s as i64 + 16
    } else if ty == t.int || ty == t.bool {
        let bits = rt.int_ref(o).map_or(0, |i| i.bits());
        24 + 4 * (bits.div_ceil(30).max(1)) as i64
    } else if ty == t.float {
        24
    } else if ty == t.str {
        let s = rt.str_of(o).unwrap_or("");
        if s.is_ascii() {
            49 + s.len() as i64
        } else {
            let wide = s.chars().map(|c| c as u32).max().unwrap_or(0);
            let unit = if wide > 0xffff {
                4
            } else if wide > 0xff {
                2
            } else {
                1
            };
            let head = if unit == 1 { 73 } else { 74 };
            head + unit * s.chars().count() as i64 + unit - 1
        }
    } else if ty == t.bytes {
        33 + n(rt.len(o))
    } else if ty == t.tuple {
        40 + 8 * n(rt.len(o))
    } else if ty == t.list {
        56 + 8 * n(rt.len(o))
    } else if ty == t.dict {
        let l = n(rt.len(o));
        if l == 0 {
            64
        } else {
            184 + 40 * (l - 1).max(0) / 2 * 2
        }
    } else if ty == t.set || ty == t.frozenset {
        216 + if n(rt.len(o)) > 4 { 512 } else { 0 }
    } else if rt.is_none(o) {
        16
    } else {
        56
    };
    rt.new_int(size)
}

fn getdefaultencoding(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    a.check_count(rt, "sys.getdefaultencoding", 0, 0)?;
    rt.new_str("utf-8")
}

fn getfilesystemencoding(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    a.check_count(rt, "sys.getfilesystemencoding", 0, 0)?;
    rt.new_str("utf-8")
}

fn getfilesystemencodeerrors(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    a.check_count(rt, "sys.getfilesystemencodeerrors", 0, 0)?;
    rt.new_str("surrogateescape")
}

fn getrefcount(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "sys.getrefcount", 1, 1)?;
    let n = v[0].heap().map_or(1 << 30, |h| h.refcount());
    rt.new_int(n as i64)
}

fn is_finalizing(rt: &Runtime, _a: Args<'_>) -> PyResult<Value> {
    Ok(rt.bool_value(false))
}

/// The frozen `_sys_info` module (run on first use).
pub fn info_module(rt: &Runtime) -> PyResult<Value> {
    match crate::interp::modules(rt)
        .ok()
        .and_then(|m| rt.dict_data(&m)?.get_str(rt, "_sys_info"))
    {
        Some(m) => Ok(m),
        None => crate::interp::exec_frozen_module(
            rt,
            "_sys_info",
            SYS_INFO.as_bytes(),
            "<frozen sys_info>",
            false,
        ),
    }
}

/// `sys.__dir__`: the names in the dict and the ones `__getattr__` makes on first use (not
/// itself: CPython's sys has no `__dir__`).
fn module_dir(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    a.check_count(rt, "__dir__", 0, 0)?;
    let d = sys_dict(rt).ok_or_else(|| rt.runtime_error("no sys"))?;
    let dd = rt.dict_data(&d).ok_or_else(|| rt.memory_error())?;
    let mut names: Vec<Value> = dd
        .keys()
        .into_iter()
        .filter(|k| rt.str_of(k) != Some("__dir__"))
        .collect();
    for n in LAZY {
        if dd.get_str(rt, n).is_none() {
            names.push(rt.new_str(n)?);
        }
    }
    rt.new_list(names)
}

/// `sys.__getattr__`: builds the structured values on first use and keeps them.
fn module_getattr(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "__getattr__", 1, 1)?;
    let name = rt.str_of(&v[0]).unwrap_or("");
    if !LAZY.contains(&name) {
        return Err(rt.attribute_error(format!("module 'sys' has no attribute '{name}'")));
    }
    let info = info_module(rt)?;
    let d = sys_dict(rt).ok_or_else(|| rt.runtime_error("no sys"))?;
    let dd = rt.dict_data(&d).ok_or_else(|| rt.memory_error())?;
    let mut found = None;
    for n in LAZY {
        let val = rt.getattr_str(&info, n)?;
        if *n == name {
            found = Some(val.clone());
        }
        if dd.get_str(rt, n).is_none() {
            dd.set(rt, rt.intern(n), val)?;
        }
    }
    found.ok_or_else(|| rt.attribute_error(format!("module 'sys' has no attribute '{name}'")))
}

fn platform() -> &'static str {
    if cfg!(target_os = "linux") {
        "linux"
    } else if cfg!(target_os = "macos") {
        "darwin"
    } else if cfg!(target_os = "windows") {
        "win32"
    } else {
        "unknown"
    }
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
            ("settrace", settrace),
            ("gettrace", gettrace),
            ("setprofile", setprofile),
            ("getprofile", getprofile),
            ("intern", intern),
            ("getsizeof", getsizeof),
            ("getdefaultencoding", getdefaultencoding),
            ("getfilesystemencoding", getfilesystemencoding),
            ("getfilesystemencodeerrors", getfilesystemencodeerrors),
            ("getrefcount", getrefcount),
            ("is_finalizing", is_finalizing),
            ("__getattr__", module_getattr),
            ("__dir__", module_dir),
        ],
    )?;
    for (name, f) in [
        (
            "excepthook",
            default_excepthook as crate::object::typeobj::NativeFn,
        ),
        ("breakpointhook", default_breakpointhook),
    ] {
        let fv = rt.new_module_function("sys", name, f)?;
        set_attr(rt, &m, name, fv.clone())?;
        set_attr(rt, &m, &format!("__{name}__"), fv)?;
    }
    make_streams(rt, &m)?;
    super::sys_hooks::install(rt, &m)?;
    set_attr(rt, &m, "modules", modules.clone())?;
    set_attr(rt, &m, "argv", rt.new_list(Vec::new())?)?;
    set_attr(rt, &m, "orig_argv", rt.new_list(Vec::new())?)?;
    set_attr(rt, &m, "path", rt.new_list(Vec::new())?)?;
    set_attr(rt, &m, "warnoptions", rt.new_list(Vec::new())?)?;
    set_attr(rt, &m, "_xoptions", rt.new_dict()?)?;
    set_attr(rt, &m, "version", rt.new_str("3.11.0 (copperhead)")?)?;
    set_attr(rt, &m, "hexversion", rt.new_int(0x030B_00F0)?)?;
    set_attr(rt, &m, "api_version", rt.new_int(1013)?)?;
    set_attr(rt, &m, "maxsize", rt.new_int(isize::MAX as i64)?)?;
    set_attr(rt, &m, "maxunicode", rt.new_int(0x10FFFF)?)?;
    let order = if cfg!(target_endian = "little") {
        "little"
    } else {
        "big"
    };
    set_attr(rt, &m, "byteorder", rt.new_str(order)?)?;
    set_attr(rt, &m, "platform", rt.new_str(platform())?)?;
    set_attr(rt, &m, "executable", rt.new_str("")?)?;
    for k in [
        "prefix",
        "exec_prefix",
        "base_prefix",
        "base_exec_prefix",
        "abiflags",
    ] {
        set_attr(rt, &m, k, rt.new_str("")?)?;
    }
    set_attr(rt, &m, "platlibdir", rt.new_str("lib")?)?;
    set_attr(rt, &m, "float_repr_style", rt.new_str("short")?)?;
    set_attr(rt, &m, "dont_write_bytecode", rt.bool_value(true))?;
    set_attr(rt, &m, "pycache_prefix", rt.none())?;
    set_attr(
        rt,
        &m,
        "copyright",
        rt.new_str("Copyright (c) the Copperhead authors.")?,
    )?;
    let names = ["builtins", "sys"]
        .iter()
        .map(|n| rt.new_str(n))
        .collect::<PyResult<Vec<_>>>()?;
    set_attr(rt, &m, "builtin_module_names", rt.new_tuple(names)?)?;
    // The hook 'single' mode code calls; it lives with compile().
    let hook =
        rt.new_module_function("sys", "displayhook", crate::builtins::compile::displayhook)?;
    set_attr(rt, &m, "displayhook", hook.clone())?;
    set_attr(rt, &m, "__displayhook__", hook)?;
    // Async generator hooks live with the async generators.
    use crate::interp::asyncgen as ag;
    let set = rt.new_module_function("sys", "set_asyncgen_hooks", ag::set_asyncgen_hooks)?;
    set_attr(rt, &m, "set_asyncgen_hooks", set)?;
    let get = rt.new_module_function("sys", "get_asyncgen_hooks", ag::get_asyncgen_hooks)?;
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
