//! `_json` (Rust: encoding and decoding are hot in benchmarks). The public `json` package is
//! frozen Python (`py/json/__init__.py`): option handling, `JSONEncoder`/`JSONDecoder`,
//! `JSONDecodeError`, file helpers; it calls `encode` and `scan` here.

mod decode;
mod encode;

use alloc::string::String;

use super::native_module;
use crate::Runtime;
use crate::object::args::Args;
use crate::object::{PyResult, Value};

fn opt(rt: &Runtime, v: &Value) -> Option<Value> {
    if rt.is_none(v) { None } else { Some(v.clone()) }
}

fn text(rt: &Runtime, v: &Value) -> PyResult<String> {
    rt.str_of(v)
        .map(String::from)
        .ok_or_else(|| rt.type_error("separators and indent must be str"))
}

/// `encode(obj, indent, item_sep, key_sep, sort_keys, skipkeys, ensure_ascii, allow_nan,
/// check_circular, default)`.
fn encode_fn(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "encode", 10, 10)?;
    let mut e = encode::Encoder::new(rt);
    e.indent = match opt(rt, &v[1]) {
        Some(i) => Some(text(rt, &i)?),
        None => None,
    };
    e.item_sep = text(rt, &v[2])?;
    e.key_sep = text(rt, &v[3])?;
    e.sort_keys = rt.truthy(&v[4])?;
    e.skipkeys = rt.truthy(&v[5])?;
    e.ensure_ascii = rt.truthy(&v[6])?;
    e.allow_nan = rt.truthy(&v[7])?;
    e.check_circular = rt.truthy(&v[8])?;
    e.default = opt(rt, &v[9]);
    let r = e.encode(&v[0]);
    encode::finish(rt, r, e)
}

fn basestring(rt: &Runtime, a: Args<'_>, ascii: bool) -> PyResult<Value> {
    let v = a.check_count(rt, "encode_basestring", 1, 1)?;
    let s = rt.str_of(&v[0]).ok_or_else(|| {
        rt.type_error(alloc::format!(
            "first argument must be a string, not {}",
            rt.type_name(&v[0])
        ))
    })?;
    let mut out = String::new();
    encode::quote(&mut out, s, ascii);
    rt.new_str(&out)
}

fn encode_basestring(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    basestring(rt, a, false)
}

fn encode_basestring_ascii(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    basestring(rt, a, true)
}

/// `scan(s, idx, whole, strict, object_hook, object_pairs_hook, parse_float, parse_int,
/// parse_constant, error_cls)`: decodes the value at character `idx`; with `whole`, the
/// rest of `s` must be whitespace. Returns `(value, end)`.
fn scan(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "scan", 10, 10)?;
    let s = rt
        .str_of(&v[0])
        .ok_or_else(|| rt.type_error("scan() needs a str"))?;
    let float_ty = rt.types().float.value();
    let int_ty = rt.types().int.value();
    let d = decode::Decoder {
        rt,
        s,
        strict: rt.truthy(&v[3])?,
        object_hook: opt(rt, &v[4]),
        pairs_hook: opt(rt, &v[5]),
        parse_float: opt(rt, &v[6]).filter(|f| !f.is(&float_ty)),
        parse_int: opt(rt, &v[7]).filter(|f| !f.is(&int_ty)),
        parse_constant: opt(rt, &v[8]),
        error_cls: v[9].clone(),
        doc: v[0].clone(),
    };
    let idx = rt.index_isize(&v[1])?;
    if idx < 0 {
        return Err(rt.value_error("idx cannot be negative"));
    }
    // Character index to byte offset.
    let start = s
        .char_indices()
        .nth(idx as usize)
        .map_or(s.len(), |(b, _)| b);
    let whole = rt.truthy(&v[2])?;
    let b = s.as_bytes();
    let start = if whole {
        decode::skip_ws(b, start)
    } else {
        start
    };
    let (val, end) = match d.value(start) {
        Ok(r) => r,
        Err(decode::Fail::Err(e)) => return Err(e),
        Err(decode::Fail::NoValue(at)) => return Err(d.error("Expecting value", at)),
    };
    let mut end = end;
    if whole {
        end = decode::skip_ws(b, end);
        if end != b.len() {
            return Err(d.error("Extra data", end));
        }
    }
    rt.new_tuple(alloc::vec![val, rt.new_int(d.char_pos(end) as i64)?])
}

pub fn make(rt: &Runtime) -> PyResult<Value> {
    native_module(
        rt,
        "_json",
        &[
            ("encode", encode_fn),
            ("encode_basestring", encode_basestring),
            ("encode_basestring_ascii", encode_basestring_ascii),
            ("scan", scan),
        ],
    )
}
