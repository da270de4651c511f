//! Turns the compiler's `CodeUnit` into a Python `code` object (constants become values).

use alloc::vec::Vec;

use crate::bytecode::{CodeUnit, Const};
use crate::object::code::CodeParts;
use crate::object::error::PyResult;
use crate::object::value::Value;
use crate::runtime::Runtime;

/// A constant as a value. Short identifier-like strings are interned (they are mostly names).
pub fn const_value(rt: &Runtime, c: &Const) -> PyResult<Value> {
    Ok(match c {
        Const::None => rt.none(),
        Const::Bool(b) => rt.bool_value(*b),
        Const::Ellipsis => rt.singletons().ellipsis.clone(),
        Const::Int(i) => rt.new_int(*i)?,
        Const::BigInt(b) => rt.new_int_big(b.clone())?,
        Const::Float(f) => rt.new_float(*f)?,
        Const::Complex { re, im } => {
            let (re, im) = (rt.new_float(*re)?, rt.new_float(*im)?);
            rt.call(
                &rt.types().complex.value(),
                crate::object::args::Args::positional(&[re, im]),
            )?
        }
        Const::Str(s) if s.has_surrogates() => rt.new_str_wtf8(s.exact().to_vec())?,
        Const::Str(s) => {
            if s.len() <= 40 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
                rt.intern(s)
            } else {
                rt.new_str(s)?
            }
        }
        Const::Bytes(b) => rt.new_bytes(b)?,
        Const::Tuple(items) => rt.new_tuple(consts(rt, items)?)?,
        Const::FrozenSet(items) => rt.new_frozenset(consts(rt, items)?)?,
        Const::Code(c) => code_object(rt, c)?,
    })
}

fn consts(rt: &Runtime, items: &[Const]) -> PyResult<Vec<Value>> {
    items.iter().map(|c| const_value(rt, c)).collect()
}

fn names(rt: &Runtime, names: &[&str]) -> PyResult<Value> {
    rt.new_tuple(names.iter().map(|n| rt.intern(n)).collect())
}

/// The `code` object for a compiled unit (nested code objects included).
pub fn code_object(rt: &Runtime, c: &CodeUnit) -> PyResult<Value> {
    let mut bytes = Vec::new();
    if bytes.try_reserve_exact(c.code.len() * 2).is_err() {
        return Err(rt.memory_error());
    }
    for u in &c.code {
        bytes.extend_from_slice(&u.to_le_bytes());
    }
    let names_v: Vec<&str> = c.names.iter().map(|s| s.as_str()).collect();
    rt.new_code(CodeParts {
        name: rt.intern(&c.name),
        qualname: rt.new_str(&c.qualname)?,
        filename: rt.new_str(&c.filename)?,
        firstlineno: c.firstlineno,
        argcount: c.argcount,
        posonlyargcount: c.posonlyargcount,
        kwonlyargcount: c.kwonlyargcount,
        nlocals: c.nlocals() as u32,
        stacksize: c.stacksize,
        flags: c.flags,
        code: bytes,
        consts: rt.new_tuple(consts(rt, &c.consts)?)?,
        names: names(rt, &names_v)?,
        varnames: names(rt, &c.varnames())?,
        cellvars: names(rt, &c.cellvars())?,
        freevars: names(rt, &c.freevars())?,
        exceptiontable: c.exceptiontable.clone(),
        linetable: c.linetable.clone(),
    })
}
