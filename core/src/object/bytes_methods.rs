//! Methods of `bytes` and `bytearray`: the shared table (the str-like methods from
//! `text_methods.rs` plus decode, hex, fromhex, maketrans, translate) and the bytes-only ones.

use alloc::string::String;
use alloc::vec::Vec;

use super::args::{Args, Signature};
use super::descr::MethodDef;
use super::error::PyResult;
use super::text_methods::{self as tm, Kind, text_of};
use super::value::Value;
use crate::runtime::Runtime;

pub static SHARED: &[MethodDef] = &[
    MethodDef::method("capitalize", tm::capitalize),
    MethodDef::method("center", tm::center),
    MethodDef::method("count", tm::count),
    MethodDef::method("decode", decode),
    MethodDef::method("endswith", tm::endswith),
    MethodDef::method("expandtabs", tm::expandtabs),
    MethodDef::method("find", tm::find),
    MethodDef::class("fromhex", fromhex),
    MethodDef::method("hex", hex),
    MethodDef::method("index", tm::index),
    MethodDef::method("isalnum", tm::isalnum),
    MethodDef::method("isalpha", tm::isalpha),
    MethodDef::method("isascii", tm::isascii),
    MethodDef::method("isdigit", tm::isdigit),
    MethodDef::method("islower", tm::islower),
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
];

pub static BYTES_ONLY: &[MethodDef] = &[
    MethodDef::method("__getnewargs__", getnewargs),
    MethodDef::method("__bytes__", dunder_bytes),
    MethodDef::method("__sizeof__", sizeof),
];

fn decode(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let t = text_of(rt, &args.all[0])?;
    let [encoding, errors] = args.skip_self().bind(
        rt,
        &Signature {
            fname: "decode",
            names: ["encoding", "errors"],
            posonly: 0,
            required: 0,
            kwonly: 2,
        },
    )?;
    let enc = super::codecs::arg_str(rt, encoding.as_ref(), "decode", "encoding")?;
    let err = super::codecs::arg_str(rt, errors.as_ref(), "decode", "errors")?;
    super::codecs::decode_to_value(rt, &args.all[0], &t.bytes, enc.as_deref(), err.as_deref())
}

/// `hex(sep=None, bytes_per_sep=1)`: groups counted from the right (from the left when
/// `bytes_per_sep` is negative).
fn hex(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let t = text_of(rt, &args.all[0])?;
    let [sep, per] = args.skip_self().bind(
        rt,
        &Signature {
            fname: "hex",
            names: ["sep", "bytes_per_sep"],
            posonly: 0,
            required: 0,
            kwonly: 2,
        },
    )?;
    let sep = match &sep {
        None => None,
        Some(s) => {
            let b: Vec<u8> = match rt.str_of(s) {
                Some(x) => x.as_bytes().to_vec(),
                None => match super::bytes::buffer_of(rt, s) {
                    Some(b) => b.into_owned(),
                    None => {
                        rt.len(s)?;
                        return Err(rt.type_error("sep must be str or bytes."));
                    }
                },
            };
            if rt.len(s)? != 1 {
                return Err(rt.value_error("sep must be length 1."));
            }
            if !b.is_ascii() {
                return Err(rt.value_error("sep must be ASCII."));
            }
            Some(b[0] as char)
        }
    };
    let per = match &per {
        Some(p) => tm::ssize_arg(rt, p)?,
        None => 1,
    };
    let digits = b"0123456789abcdef";
    let n = t.bytes.len();
    let group = per.unsigned_abs();
    let mut out = String::with_capacity(n * 3);
    for (i, &b) in t.bytes.iter().enumerate() {
        if let Some(sep) = sep
            && i > 0
            && group > 0
        {
            let boundary = if per > 0 {
                (n - i) % group == 0
            } else {
                i % group == 0
            };
            if boundary {
                out.push(sep);
            }
        }
        out.push(digits[(b >> 4) as usize] as char);
        out.push(digits[(b & 15) as usize] as char);
    }
    rt.new_string(out)
}

/// `bytes.fromhex(string)` / `bytearray.fromhex(string)`: pairs of hex digits, whitespace
/// allowed between pairs.
fn fromhex(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let cls = args.all[0].clone();
    let rest = args.skip_self();
    let a = rest.check_count(rt, "fromhex", 1, 1)?;
    let Some(s) = rt.str_of(&a[0]) else {
        return Err(rt.type_error(alloc::format!(
            "fromhex() argument must be str, not {}",
            rt.type_name(&a[0])
        )));
    };
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len() / 2);
    let mut i = 0;
    let bad = |pos: usize| {
        rt.value_error(alloc::format!(
            "non-hexadecimal number found in fromhex() arg at position {pos}"
        ))
    };
    // Positions are in characters; non-ASCII text fails at its first non-ASCII character.
    let char_pos = |byte: usize| s.get(..byte).map_or(byte, |p| p.chars().count());
    while i < b.len() {
        if matches!(b[i], b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c) {
            i += 1;
            continue;
        }
        let hi = (b[i] as char).to_digit(16).filter(|_| b[i].is_ascii());
        let Some(hi) = hi else {
            return Err(bad(char_pos(i)));
        };
        let lo = b
            .get(i + 1)
            .and_then(|&c| (c as char).to_digit(16).filter(|_| c.is_ascii()));
        let Some(lo) = lo else {
            return Err(bad(char_pos(i + 1)));
        };
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    let t = rt.type_ref_of_type_value(&cls);
    if t == Some(rt.types().bytes) {
        return rt.new_bytes_vec(out);
    }
    if t == Some(rt.types().bytearray) {
        return rt.new_bytearray(out);
    }
    let made = rt.new_bytes_vec(out)?;
    rt.call(&cls, Args::positional(core::slice::from_ref(&made)))
}

/// `bytes.maketrans(frm, to)`: a 256-byte table mapping each byte of `frm` to the one of `to`.
fn maketrans(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let a = args.check_count(rt, "maketrans", 2, 2)?;
    let frm = super::bytes::buffer_of(rt, &a[0]).ok_or_else(|| tm::bytes_like_error(rt, &a[0]))?;
    let to = super::bytes::buffer_of(rt, &a[1]).ok_or_else(|| tm::bytes_like_error(rt, &a[1]))?;
    if frm.len() != to.len() {
        return Err(rt.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (&f, &t) in frm.iter().zip(to.iter()) {
        table[f as usize] = t;
    }
    rt.new_bytes_vec(table)
}

/// `translate(table, /, delete=b'')`.
fn translate(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let t = text_of(rt, &args.all[0])?;
    let [table, delete] = args.skip_self().bind(
        rt,
        &Signature {
            fname: "translate",
            names: ["table", "delete"],
            posonly: 1,
            required: 1,
            kwonly: 2,
        },
    )?;
    let table = match table.as_ref().filter(|v| !rt.is_none(v)) {
        None => None,
        Some(v) => {
            let b = super::bytes::buffer_of(rt, v).ok_or_else(|| tm::bytes_like_error(rt, v))?;
            if b.len() != 256 {
                return Err(rt.value_error("translation table must be 256 characters long"));
            }
            Some(b.into_owned())
        }
    };
    let delete = match &delete {
        None => Vec::new(),
        Some(v) => super::bytes::buffer_of(rt, v)
            .ok_or_else(|| tm::bytes_like_error(rt, v))?
            .into_owned(),
    };
    let out: Vec<u8> = t
        .bytes
        .iter()
        .filter(|b| !delete.contains(b))
        .map(|&b| table.as_ref().map_or(b, |tb| tb[b as usize]))
        .collect();
    tm::make(rt, t.kind, out)
}

fn getnewargs(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    tm::no_args(rt, &args, Kind::Bytes, "__getnewargs__")?;
    let t = text_of(rt, &args.all[0])?;
    let copy = rt.new_bytes(&t.bytes)?;
    rt.new_tuple(alloc::vec![copy])
}

fn dunder_bytes(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    tm::no_args(rt, &args, Kind::Bytes, "__bytes__")?;
    let v = &args.all[0];
    if rt.type_of(v) == rt.types().bytes {
        return Ok(v.clone());
    }
    let t = text_of(rt, v)?;
    rt.new_bytes(&t.bytes)
}

fn sizeof(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    tm::no_args(rt, &args, Kind::Bytes, "__sizeof__")?;
    let t = text_of(rt, &args.all[0])?;
    rt.new_int(33 + t.bytes.len() as i64)
}
