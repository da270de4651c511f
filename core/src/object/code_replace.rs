//! `code.replace(**changes)`: a copy of a code object with some fields changed. Only what
//! cannot make the interpreter read outside the code's tables may change: names, filename,
//! first line, the flags that do not change the frame's shape (e.g. CO_ITERABLE_COROUTINE,
//! used by `types.coroutine`), and `co_consts`/`co_names` for tuples of the same length.

use alloc::format;

use super::args::Args;
use super::code::{CodeParts, co_flags};
use super::error::PyResult;
use super::value::Value;
use crate::runtime::Runtime;

/// Flags fixed by the compiled code (frame layout, how calls and returns work).
const SHAPE: u32 = co_flags::OPTIMIZED
    | co_flags::NEWLOCALS
    | co_flags::VARARGS
    | co_flags::VARKEYWORDS
    | co_flags::GENERATOR
    | co_flags::COROUTINE
    | co_flags::ASYNC_GENERATOR;

pub fn replace(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let Some(code) = a.all.first() else {
        return Err(rt.type_error("replace() needs a code object"));
    };
    let d = rt
        .code_data(code)
        .ok_or_else(|| rt.type_error("replace() needs a code object"))?;
    if a.pos().len() > 1 {
        return Err(rt.type_error("replace() takes no positional arguments"));
    }
    let mut p = CodeParts {
        name: d.name.clone(),
        qualname: d.qualname.clone(),
        filename: d.filename.clone(),
        firstlineno: d.firstlineno,
        argcount: d.argcount,
        posonlyargcount: d.posonlyargcount,
        kwonlyargcount: d.kwonlyargcount,
        nlocals: d.nlocals,
        stacksize: d.stacksize,
        flags: d.flags,
        code: unsafe { (*d.code.get()).clone() },
        consts: d.consts.clone(),
        names: d.names.clone(),
        varnames: d.varnames.clone(),
        cellvars: d.cellvars.clone(),
        freevars: d.freevars.clone(),
        exceptiontable: d.exceptiontable.clone(),
        linetable: d.linetable.clone(),
    };
    let int = |v: &Value| -> PyResult<i64> {
        let i = rt.index_isize(v)?;
        Ok(i as i64)
    };
    let string = |v: &Value, what: &str| -> PyResult<Value> {
        if rt.str_of(v).is_some() {
            Ok(v.clone())
        } else {
            Err(rt.type_error(format!(
                "replace() argument '{what}' must be str, not {}",
                rt.type_name(v)
            )))
        }
    };
    let same_tuple = |v: &Value, old: &Value, what: &str| -> PyResult<Value> {
        let n = rt.tuple_items(old).map_or(0, |t| t.len());
        match rt.tuple_items(v) {
            Some(t) if t.len() == n => Ok(v.clone()),
            Some(_) => {
                Err(rt.value_error(format!("code.replace(): {what} must keep its length ({n})")))
            }
            None => Err(rt.type_error(format!(
                "replace() argument '{what}' must be tuple, not {}",
                rt.type_name(v)
            ))),
        }
    };
    for (k, v) in a.kwargs() {
        let key = rt.str_of(k).unwrap_or("?");
        match key {
            "co_name" => p.name = string(v, key)?,
            "co_qualname" => p.qualname = string(v, key)?,
            "co_filename" => p.filename = string(v, key)?,
            "co_firstlineno" => {
                p.firstlineno = u32::try_from(int(v)?)
                    .map_err(|_| rt.overflow_error("co_firstlineno out of range"))?;
            }
            "co_flags" => {
                let f = u32::try_from(int(v)?)
                    .map_err(|_| rt.overflow_error("co_flags out of range"))?;
                if f & SHAPE != d.flags & SHAPE {
                    return Err(rt.value_error(
                        "code.replace(): these co_flags bits cannot change on compiled code",
                    ));
                }
                p.flags = f;
            }
            "co_consts" => p.consts = same_tuple(v, &d.consts, key)?,
            "co_names" => p.names = same_tuple(v, &d.names, key)?,
            "co_argcount" | "co_posonlyargcount" | "co_kwonlyargcount" | "co_nlocals"
            | "co_stacksize" | "co_code" | "co_varnames" | "co_freevars" | "co_cellvars"
            | "co_linetable" | "co_exceptiontable" => {
                return Err(
                    rt.value_error(format!("code.replace(): replacing {key} is not supported"))
                );
            }
            _ => {
                return Err(rt.type_error(format!(
                    "'{key}' is an invalid keyword argument for replace()"
                )));
            }
        }
    }
    rt.new_code(p)
}
