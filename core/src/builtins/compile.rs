//! `compile`, `exec` and `eval`: source (str or bytes) or a code object, run against a globals
//! dict (given `__builtins__` when it lacks one) and any locals mapping.

use alloc::format;
use alloc::vec::Vec;

use crate::Runtime;
use crate::compile::Mode;
use crate::object::args::{Args, Signature};
use crate::object::{PyResult, Value};

/// CPython's `PyCF_*` bits that `compile()` accepts (future features, AST flags).
const KNOWN_FLAGS: u32 = 0x3_e000
    | 0x0200_0000
    | 0x0100_0000
    | 0x0400
    | 0x0800
    | 0x1000
    | 0x2000
    | 0x4000
    | 0x8000
    | 0x0_0100_0000
    | 0x10
    | 0x200;
const PYCF_ONLY_AST: u32 = 0x0400;

/// The source bytes of `compile`/`exec`/`eval`'s first argument, or None when it is not
/// text at all. A str with lone surrogates cannot be encoded: CPython's UnicodeEncodeError.
fn source_bytes(rt: &Runtime, v: &Value) -> PyResult<Option<Vec<u8>>> {
    if rt.str_of(v).is_some() {
        let text = crate::object::codecs::utf8_text(rt, v, false)?;
        return Ok(Some(text.as_bytes().to_vec()));
    }
    if let Some(b) = rt.bytes_of(v) {
        return Ok(Some(b.to_vec()));
    }
    Ok(rt.bytearray_data(v).map(|b| b.to_vec()))
}

fn compile_to_code(
    rt: &Runtime,
    src: &[u8],
    filename: &str,
    mode: Mode,
    optimize: u32,
) -> PyResult<Value> {
    if src.contains(&0) {
        let msg = rt.new_str("source code string cannot contain null bytes")?;
        let e = rt.call(&rt.exc().syntax_error.value(), Args::positional(&[msg]))?;
        return Err(crate::object::error::PyErr(e));
    }
    let cu =
        crate::compile::compile_with_limits(src, filename, mode, optimize, rt.compile_limits())
            .map_err(|e| crate::interp::syntax_error(rt, &e))?;
    crate::interp::convert::code_object(rt, &cu)
}

/// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`.
pub fn compile(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let [source, filename, mode, flags, _dont_inherit, optimize, _fv] = a.bind(
        rt,
        &Signature {
            fname: "compile",
            names: [
                "source",
                "filename",
                "mode",
                "flags",
                "dont_inherit",
                "optimize",
                "_feature_version",
            ],
            posonly: 0,
            required: 3,
            kwonly: 6,
        },
    )?;
    let (Some(source), Some(filename), Some(mode)) = (source, filename, mode) else {
        return Err(rt.type_error("compile() missing required argument"));
    };
    let fname = match rt.str_of(&filename) {
        Some(s) => alloc::string::String::from(s),
        None => match rt.bytes_of(&filename) {
            Some(b) => alloc::string::String::from_utf8_lossy(b).into_owned(),
            None => match rt.getattr_opt(&filename, "__fspath__")? {
                Some(f) => {
                    let p = rt.call(&f, Args::positional(&[]))?;
                    rt.str_string(&p)?
                }
                None => {
                    return Err(rt.type_error(format!(
                        "expected str, bytes or os.PathLike object, not {}",
                        rt.type_name(&filename)
                    )));
                }
            },
        },
    };
    let flags = match &flags {
        Some(f) => rt.index_isize(f)?,
        None => 0,
    };
    if flags < 0 || (flags as u64) & !u64::from(KNOWN_FLAGS) != 0 {
        return Err(rt.value_error("compile(): unrecognised flags"));
    }
    let optimize = match &optimize {
        Some(o) => rt.index_isize(o)?,
        None => -1,
    };
    if !(-1..=2).contains(&optimize) {
        return Err(rt.value_error("compile(): invalid optimize value"));
    }
    let mode = match rt.str_of(&mode) {
        Some("exec") => Mode::Exec,
        Some("eval") => Mode::Eval,
        Some("single") => Mode::Single,
        Some(_) => {
            return Err(rt.value_error("compile() mode must be 'exec', 'eval' or 'single'"));
        }
        None => {
            return Err(rt.type_error(format!(
                "compile() argument 'mode' must be str, not {}",
                rt.type_name(&mode)
            )));
        }
    };
    if flags as u32 & PYCF_ONLY_AST != 0 {
        return Err(rt.not_implemented_error("compile() to an AST is not supported"));
    }
    let Some(src) = source_bytes(rt, &source)? else {
        return Err(rt.type_error("compile() arg 1 must be a string, bytes or AST object"));
    };
    crate::modules::sys_hooks::audit_event(rt, "compile", &[source, filename])?;
    compile_to_code(rt, &src, &fname, mode, optimize.max(0) as u32)
}

fn is_mapping(rt: &Runtime, v: &Value) -> bool {
    let ty = rt.type_of(v);
    rt.dict_data(v).is_some()
        || ty.data().slots().getitem.is_some()
        || rt.lookup_in_type(ty, "__getitem__").is_some()
}

fn run(rt: &Runtime, a: Args<'_>, name: &str, mode: Mode) -> PyResult<Value> {
    let pos = a.pos();
    let mut closure = None;
    for (k, v) in a.kwargs() {
        if mode == Mode::Exec && rt.str_of(k) == Some("closure") {
            closure = Some(v.clone()).filter(|c| !rt.is_none(c));
        } else if mode == Mode::Eval {
            return Err(rt.type_error("eval() takes no keyword arguments"));
        } else {
            return Err(rt.type_error(format!(
                "exec() got an unexpected keyword argument '{}'",
                rt.str_of(k).unwrap_or("?")
            )));
        }
    }
    if pos.is_empty() || pos.len() > 3 {
        return Err(rt.type_error(if mode == Mode::Eval {
            crate::object::args::count_message("eval", 1, 3, pos.len())
        } else if pos.is_empty() {
            alloc::string::String::from("exec() takes at least 1 positional argument (0 given)")
        } else {
            format!(
                "exec() takes at most 3 positional arguments ({} given)",
                pos.len()
            )
        }));
    }
    let given = |i: usize| pos.get(i).filter(|v| !rt.is_none(v)).cloned();
    let (globals, locals) = (given(1), given(2));
    if let Some(l) = &locals
        && !is_mapping(rt, l)
    {
        return Err(rt.type_error(if mode == Mode::Eval {
            alloc::string::String::from("locals must be a mapping")
        } else {
            format!("locals must be a mapping or None, not {}", rt.type_name(l))
        }));
    }
    if let Some(g) = &globals
        && rt.dict_data(g).is_none()
    {
        return Err(rt.type_error(if mode == Mode::Exec {
            format!("exec() globals must be a dict, not {}", rt.type_name(g))
        } else if is_mapping(rt, g) {
            alloc::string::String::from("globals must be a real dict; try eval(expr, {}, mapping)")
        } else {
            alloc::string::String::from("globals must be a dict")
        }));
    }
    let (globals, locals) = match globals {
        Some(g) => {
            let l = locals.unwrap_or_else(|| g.clone());
            (g, l)
        }
        None => {
            let f = unsafe { (*rt.interp.frames.get()).last() }
                .ok_or_else(|| rt.runtime_error("no frame"))?;
            let g = f.globals.clone();
            let l = match locals {
                Some(l) => l,
                None => super::namespace::frame_locals(rt)?,
            };
            (g, l)
        }
    };
    let src = &pos[0];
    let code = if let Some(cd) = rt.code_data(src) {
        let nfree = rt.tuple_items(&cd.freevars).map_or(0, |t| t.len());
        if mode == Mode::Eval && nfree > 0 {
            return Err(
                rt.type_error("code object passed to eval() may not contain free variables")
            );
        }
        if nfree == 0 && closure.is_some() {
            return Err(rt.type_error("cannot use a closure with this code object"));
        }
        if nfree > 0 {
            let ok = closure.as_ref().is_some_and(|c| {
                rt.type_of(c) == rt.types().tuple
                    && rt.tuple_items(c).is_some_and(|t| {
                        t.len() == nfree && t.iter().all(|x| rt.type_of(x) == rt.types().cell)
                    })
            });
            if !ok {
                return Err(rt.type_error(format!(
                    "code object requires a closure of exactly length {nfree}"
                )));
            }
            // Run it as a function over those cells (its globals are the ones given).
            let f = rt.new_function(src.clone(), globals)?;
            if let (Some(fd), Some(c)) = (rt.function_data(&f), closure) {
                fd.set_closure(c);
            }
            rt.call(&f, Args::positional(&[]))?;
            return Ok(rt.none());
        }
        src.clone()
    } else {
        if closure.is_some() {
            return Err(rt.type_error("closure can only be used when source is a code object"));
        }
        let Some(bytes) = source_bytes(rt, src)? else {
            return Err(rt.type_error(format!(
                "{name}() arg 1 must be a string, bytes or code object"
            )));
        };
        let bytes = if mode == Mode::Eval {
            let n = bytes
                .iter()
                .take_while(|b| **b == b' ' || **b == b'\t')
                .count();
            bytes[n..].to_vec()
        } else {
            bytes
        };
        if crate::modules::sys_hooks::has_audit_hooks(rt) {
            let s = rt.new_str("<string>")?;
            crate::modules::sys_hooks::audit_event(rt, "compile", &[src.clone(), s])?;
        }
        compile_to_code(rt, &bytes, "<string>", mode, 0)?
    };
    crate::modules::sys_hooks::audit_event(rt, "exec", core::slice::from_ref(&code))?;
    let r = crate::interp::run_code(rt, &code, &globals, Some(locals))?;
    Ok(if mode == Mode::Eval { r } else { rt.none() })
}

pub fn exec(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    run(rt, a, "exec", Mode::Exec)
}

pub fn eval(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    run(rt, a, "eval", Mode::Eval)
}

/// `sys.displayhook(value)` (what 'single' mode code calls on each expression statement):
/// prints the repr of anything but None and keeps it in `builtins._`.
pub fn displayhook(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "displayhook", 1, 1)?[0].clone();
    crate::interp::ops::display_value(rt, &v)?;
    Ok(rt.none())
}
