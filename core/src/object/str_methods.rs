//! The method table of `str`, and the methods only str has (encode, translate, maketrans).
//! Shared methods live in `text_methods.rs`; formatting (`format`, `%`) lives elsewhere.

use alloc::format;
use alloc::vec::Vec;

use super::args::{Args, Signature};
use super::descr::MethodDef;
use super::error::PyResult;
use super::str_wtf8 as wtf8;
use super::text_methods::{self as tm, Kind};
use super::value::Value;
use crate::runtime::Runtime;

pub static METHODS: &[MethodDef] = &[
    MethodDef::method("capitalize", tm::capitalize),
    MethodDef::method("casefold", tm::casefold),
    MethodDef::method("center", tm::center),
    MethodDef::method("count", tm::count),
    MethodDef::method("encode", encode),
    MethodDef::method("endswith", tm::endswith),
    MethodDef::method("expandtabs", tm::expandtabs),
    MethodDef::method("find", tm::find),
    MethodDef::method("index", tm::index),
    MethodDef::method("isalnum", tm::isalnum),
    MethodDef::method("isalpha", tm::isalpha),
    MethodDef::method("isascii", tm::isascii),
    MethodDef::method("isdecimal", tm::isdecimal),
    MethodDef::method("isdigit", tm::isdigit),
    MethodDef::method("isidentifier", tm::isidentifier),
    MethodDef::method("islower", tm::islower),
    MethodDef::method("isnumeric", tm::isnumeric),
    MethodDef::method("isprintable", tm::isprintable),
    MethodDef::method("isspace", tm::isspace),
    MethodDef::method("istitle", tm::istitle),
    MethodDef::method("isupper", tm::isupper),
    MethodDef::method("join", tm::join),
    MethodDef::method("ljust", tm::ljust),
    MethodDef::method("lower", tm::lower),
    MethodDef::method("lstrip", tm::lstrip),
    MethodDef::static_("maketrans", maketrans),
    MethodDef::method("partition", tm::partition),
    MethodDef::method("removeprefix", tm::removeprefix),
    MethodDef::method("removesuffix", tm::removesuffix),
    MethodDef::method("replace", tm::replace),
    MethodDef::method("rfind", tm::rfind),
    MethodDef::method("rindex", tm::rindex),
    MethodDef::method("rjust", tm::rjust),
    MethodDef::method("rpartition", tm::rpartition),
    MethodDef::method("rsplit", tm::rsplit),
    MethodDef::method("rstrip", tm::rstrip),
    MethodDef::method("split", tm::split),
    MethodDef::method("splitlines", tm::splitlines),
    MethodDef::method("startswith", tm::startswith),
    MethodDef::method("strip", tm::strip),
    MethodDef::method("swapcase", tm::swapcase),
    MethodDef::method("title", tm::title),
    MethodDef::method("translate", translate),
    MethodDef::method("upper", tm::upper),
    MethodDef::method("zfill", tm::zfill),
    MethodDef::method("format", super::str_format::str_format),
    MethodDef::method("format_map", super::str_format::str_format_map),
    MethodDef::method("__format__", super::format_spec::str_format_method),
    MethodDef::method("__getnewargs__", getnewargs),
    MethodDef::method("__sizeof__", sizeof),
];

fn encode(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let d = super::str::data_of(rt, &args.all[0])?;
    let [encoding, errors] = args.skip_self().bind(
        rt,
        &Signature {
            fname: "encode",
            names: ["encoding", "errors"],
            posonly: 0,
            required: 0,
            kwonly: 2,
        },
    )?;
    let enc = super::codecs::arg_str(rt, encoding.as_ref(), "encode", "encoding")?;
    let err = super::codecs::arg_str(rt, errors.as_ref(), "encode", "errors")?;
    let out = super::codecs::encode(rt, &args.all[0], d.wtf8(), enc.as_deref(), err.as_deref())?;
    rt.new_bytes_vec(out)
}

fn getnewargs(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    tm::no_args(rt, &args, Kind::Str, "__getnewargs__")?;
    let d = super::str::data_of(rt, &args.all[0])?;
    let copy = rt.new_str_wtf8(d.wtf8().to_vec())?;
    rt.new_tuple(alloc::vec![copy])
}

/// CPython's object size: a compact header plus 1, 2 or 4 bytes per character (and a NUL).
fn sizeof(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    tm::no_args(rt, &args, Kind::Str, "__sizeof__")?;
    let d = super::str::data_of(rt, &args.all[0])?;
    let n = d.char_len() as i64;
    let size = if d.is_ascii() {
        48 + n + 1
    } else {
        let max = wtf8::code_points(d.wtf8()).max().unwrap_or(0);
        let width = if max < 0x100 {
            1
        } else if max < 0x10000 {
            2
        } else {
            4
        };
        72 + width * (n + 1)
    };
    rt.new_int(size)
}

/// `str.translate(table)`: each character looked up with `table[ord(c)]`; LookupError keeps the
/// character, None deletes it, an int or str replaces it.
fn translate(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let table = tm::one_arg(rt, &args, Kind::Str, "translate")?.clone();
    // Copied: the table's `__getitem__` is Python code.
    let text: Vec<u32> = wtf8::code_points(super::str::data_of(rt, &args.all[0])?.wtf8()).collect();
    let mut out = Vec::with_capacity(text.len());
    for c in text {
        let key = rt.new_int(c as i64)?;
        let mapped = match rt.getitem(&table, &key) {
            Ok(v) => v,
            Err(e) if rt.err_matches(&e, rt.exc().lookup_error) => {
                wtf8::push_cp(&mut out, c);
                continue;
            }
            Err(e) => return Err(e),
        };
        if rt.is_none(&mapped) {
            continue;
        }
        if let Some(s) = rt.str_bytes(&mapped) {
            out.extend_from_slice(s);
        } else if rt.int_ref(&mapped).is_some() {
            wtf8::push_cp(&mut out, code_point(rt, &mapped)?);
        } else {
            return Err(rt.type_error("character mapping must return integer, None or str"));
        }
    }
    rt.new_str_wtf8(out)
}

/// An int in range(0x110000) as a code point (surrogates included).
fn code_point(rt: &Runtime, v: &Value) -> PyResult<u32> {
    let i = tm::clamp(rt, v);
    u32::try_from(i)
        .ok()
        .filter(|&u| u < 0x110000)
        .ok_or_else(|| rt.value_error("character mapping must be in range(0x110000)"))
}

/// `str.maketrans(x[, y[, z]])`: a dict from code points to code points, strings or None.
fn maketrans(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let a = args.check_count(rt, "maketrans", 1, 3)?;
    let out = rt.new_dict()?;
    let dd = rt.dict_data(&out).ok_or_else(|| rt.memory_error())?;
    if a.len() == 1 {
        let Some(src) = rt.dict_data(&a[0]) else {
            return Err(
                rt.type_error("if you give only one argument to maketrans it must be a dict")
            );
        };
        for (k, v) in src.items() {
            let key = if let Some(s) = rt.str_bytes(&k) {
                let mut cs = wtf8::code_points(s);
                match (cs.next(), cs.next()) {
                    (Some(c), None) => rt.new_int(c as i64)?,
                    _ => {
                        return Err(
                            rt.value_error("string keys in translate table must be of length 1")
                        );
                    }
                }
            } else if rt.int_ref(&k).is_some() {
                k.clone()
            } else {
                return Err(rt.type_error("keys in translate table must be strings or integers"));
            };
            dd.set(rt, key, v)?;
        }
        return Ok(out);
    }
    let (Some(x), Some(y)) = (rt.str_bytes(&a[0]), rt.str_bytes(&a[1])) else {
        let bad = if rt.str_of(&a[0]).is_none() {
            &a[0]
        } else {
            &a[1]
        };
        let n = if rt.str_of(&a[0]).is_none() { 1 } else { 2 };
        return Err(rt.type_error(format!(
            "maketrans() argument {n} must be str, not {}",
            rt.type_name(bad)
        )));
    };
    if wtf8::code_points(x).count() != wtf8::code_points(y).count() {
        return Err(rt.value_error("the first two maketrans arguments must have equal length"));
    }
    for (cx, cy) in wtf8::code_points(x).zip(wtf8::code_points(y)) {
        dd.set(rt, rt.new_int(cx as i64)?, rt.new_int(cy as i64)?)?;
    }
    if let Some(z) = a.get(2) {
        let Some(z) = rt.str_bytes(z) else {
            return Err(rt.type_error(format!(
                "maketrans() argument 3 must be str, not {}",
                rt.type_name(z)
            )));
        };
        for c in wtf8::code_points(z) {
            dd.set(rt, rt.new_int(c as i64)?, rt.none())?;
        }
    }
    Ok(out)
}
