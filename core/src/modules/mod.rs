//! The standard modules the runtime carries: written in Rust (`native`) or as Python source
//! frozen into the binary (`py/*.py`, compiled when first imported). Which form a module takes is
//! a performance choice noted in its file. Nothing here runs until a program imports it, so
//! start-up pays only for `sys` and `builtins`.

pub mod bisect;
mod cmath;
mod cmath_inv;
pub mod collections_native;
pub mod gc;
pub mod heapq;
pub mod host;
pub mod io;
pub mod itertools;
mod json;
pub mod linecache_native;
pub mod math;
pub mod math_cr;
mod math_erf;
mod math_gamma;
mod math_int;
mod math_sum;
pub mod mathlib;
pub mod native_type;
pub mod operator;
mod os_native;
mod random;
pub mod re;
mod sha512;
mod struct_;
pub mod sys;
pub mod sys_hooks;
pub mod time;
pub mod weakref_native;

use crate::Runtime;
use crate::object::typeobj::NativeFn;
use crate::object::{PyResult, Value};

/// How a standard module is made.
pub enum ModuleSource {
    /// Built by Rust code: returns the module object (not yet in `sys.modules`).
    Native(fn(&Runtime) -> PyResult<Value>),
    /// Python source run as the module; `package` modules get `__path__` so submodules
    /// (`collections.abc`) can be imported from the same table.
    Frozen { source: &'static str, package: bool },
}

macro_rules! frozen {
    ($name:literal, $file:literal) => {
        (
            $name,
            ModuleSource::Frozen {
                source: include_str!(concat!("py/", $file)),
                package: false,
            },
        )
    };
    ($name:literal, $file:literal, package) => {
        (
            $name,
            ModuleSource::Frozen {
                source: include_str!(concat!("py/", $file)),
                package: true,
            },
        )
    };
}

/// Every standard module by its full dotted name (sorted for readers, searched linearly: it is
/// consulted once per first import).
pub static STANDARD_MODULES: &[(&str, ModuleSource)] = &[
    frozen!("__future__", "__future__.py"),
    ("_bisect", ModuleSource::Native(bisect::make)),
    (
        "_collections",
        ModuleSource::Native(collections_native::make),
    ),
    frozen!("_collections_abc", "_collections_abc.py"),
    frozen!("_frozen_importlib", "_frozen_importlib.py"),
    ("_heapq", ModuleSource::Native(heapq::make)),
    (
        "_imp",
        ModuleSource::Native(crate::interp::import::make_imp),
    ),
    ("_io", ModuleSource::Native(io::make)),
    ("_json", ModuleSource::Native(json::make)),
    ("_linecache", ModuleSource::Native(linecache_native::make)),
    ("_os", ModuleSource::Native(os_native::make)),
    ("_re", ModuleSource::Native(re::make)),
    ("_random", ModuleSource::Native(random::make)),
    ("_struct", ModuleSource::Native(struct_::make)),
    ("_time", ModuleSource::Native(time::make)),
    ("_weakref", ModuleSource::Native(weakref_native::make)),
    frozen!("abc", "abc.py"),
    frozen!("array", "array.py"),
    frozen!("atexit", "atexit.py"),
    frozen!("bisect", "bisect.py"),
    ("cmath", ModuleSource::Native(cmath::make)),
    frozen!("collections", "collections/__init__.py", package),
    frozen!("collections.abc", "collections/abc.py"),
    frozen!("contextlib", "contextlib.py"),
    frozen!("copy", "copy.py"),
    frozen!("csv", "csv.py"),
    frozen!("dataclasses", "dataclasses.py"),
    frozen!("enum", "enum.py"),
    frozen!("fractions", "fractions.py"),
    frozen!("functools", "functools.py"),
    ("gc", ModuleSource::Native(gc::make)),
    frozen!("heapq", "heapq.py"),
    frozen!("importlib", "importlib/__init__.py", package),
    frozen!("inspect", "inspect.py"),
    frozen!("io", "io.py"),
    ("itertools", ModuleSource::Native(itertools::make)),
    frozen!("json", "json/__init__.py", package),
    frozen!("json.decoder", "json/decoder.py"),
    frozen!("json.encoder", "json/encoder.py"),
    frozen!("json.scanner", "json/scanner.py"),
    frozen!("keyword", "keyword.py"),
    frozen!("linecache", "linecache.py"),
    ("math", ModuleSource::Native(math::make)),
    frozen!("numbers", "numbers.py"),
    ("operator", ModuleSource::Native(operator::make)),
    frozen!("os", "os.py"),
    frozen!("posixpath", "posixpath.py"),
    frozen!("pprint", "pprint.py"),
    frozen!("pydoc", "pydoc.py"),
    frozen!("re", "../re/re.py"),
    frozen!("random", "random.py"),
    frozen!("stat", "stat.py"),
    frozen!("statistics", "statistics.py"),
    frozen!("string", "string.py"),
    frozen!("struct", "struct.py"),
    frozen!("textwrap", "textwrap.py"),
    frozen!("time", "time.py"),
    frozen!("traceback", "traceback.py"),
    frozen!("types", "types.py"),
    frozen!("typing", "typing.py"),
    frozen!("warnings", "warnings.py"),
    frozen!("weakref", "weakref.py"),
];

/// The standard module called `name`, if the runtime carries one.
pub fn find(name: &str) -> Option<&'static ModuleSource> {
    STANDARD_MODULES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, s)| s)
}

/// Loads standard module `name` into `sys.modules` and returns it, or None when there is no
/// such module. The caller has already looked in `sys.modules`.
pub fn load_standard(rt: &Runtime, name: &str) -> PyResult<Option<Value>> {
    let Some(src) = find(name) else {
        return Ok(None);
    };
    match src {
        ModuleSource::Native(make) => {
            let m = make(rt)?;
            let mods = crate::interp::modules(rt)?;
            let md = rt.dict_data(&mods).ok_or_else(|| rt.memory_error())?;
            md.set(rt, rt.new_str(name)?, m.clone())?;
            Ok(Some(m))
        }
        ModuleSource::Frozen { source, package } => {
            let filename = alloc::format!("<frozen {name}>");
            crate::interp::exec_frozen_module(rt, name, source.as_bytes(), &filename, *package)
                .map(Some)
        }
    }
}

/// A module named `name` holding the given functions (which know their module: see
/// `public_name`).
pub(crate) fn native_module(
    rt: &Runtime,
    name: &'static str,
    fns: &[(&'static str, NativeFn)],
) -> PyResult<Value> {
    let m = rt.new_module(name)?;
    let d = rt.module_dict(&m).ok_or_else(|| rt.memory_error())?;
    let dd = rt.dict_data(&d).ok_or_else(|| rt.memory_error())?;
    add_functions(rt, dd, public_name(name), fns)?;
    Ok(m)
}

/// Puts module functions into a module's dict.
pub(crate) fn add_functions(
    rt: &Runtime,
    dd: &crate::object::dict::DictData,
    module: &'static str,
    fns: &[(&'static str, NativeFn)],
) -> PyResult<()> {
    for (n, f) in fns {
        dd.set(rt, rt.intern(n), rt.new_module_function(module, n, *f)?)?;
    }
    Ok(())
}

/// The module CPython's equivalent functions report (`__module__`, error messages): ours split
/// some C modules into a native half and a frozen half (`_time` + `time`).
fn public_name(native: &'static str) -> &'static str {
    match native {
        "_time" => "time",
        "_os" => "posix",
        "_re" => "_sre",
        "operator" => "_operator",
        other => other,
    }
}

pub(crate) fn set_attr(rt: &Runtime, m: &Value, name: &str, v: Value) -> PyResult<()> {
    rt.setattr(m, &rt.intern(name), Some(&v))
}

/// Runs the functions registered with `atexit` (at normal exit and after an uncaught
/// exception or SystemExit, as CPython's finalization does). Nothing happens when the program
/// never imported `atexit`.
pub fn run_atexit(rt: &Runtime) {
    let Ok(mods) = crate::interp::modules(rt) else {
        return;
    };
    let Some(md) = rt.dict_data(&mods) else {
        return;
    };
    if let Ok(Some(m)) = md.get(rt, &rt.intern("atexit"))
        && let Ok(f) = rt.getattr_str(&m, "_run_exitfuncs")
    {
        // Errors were already reported by `_run_exitfuncs` itself.
        let _ = rt.call(&f, crate::object::args::Args::positional(&[]));
    }
}

/// Registers the modules every program has from the start (`sys`).
pub fn install(rt: &Runtime, modules: &Value) -> PyResult<()> {
    let md = rt.dict_data(modules).ok_or_else(|| rt.memory_error())?;
    md.set(rt, rt.intern("sys"), sys::make(rt, modules)?)?;
    Ok(())
}
