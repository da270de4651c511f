//! The built-in codecs as the runtime uses them (`str.encode`, `bytes.decode`, `str(b, enc)`):
//! argument handling and CPython's UnicodeDecodeError / UnicodeEncodeError. The algorithms
//! (UTF-8/16/32, ASCII, Latin-1 and every standard error handler, `surrogatepass` and
//! `surrogateescape` included) are in `codecs_engine.rs`.

use alloc::format;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

use super::error::{PyErr, PyResult};
use super::value::Value;
use crate::runtime::Runtime;

pub use super::codecs_engine::{Codec, CodecError, Handler, decode_bytes, encode_text};

// ---- the runtime side ---------------------------------------------------------------------------

/// An optional str argument (`encoding`, `errors`): "f() argument 'name' must be str, not int".
pub fn arg_str(
    rt: &Runtime,
    v: Option<&Value>,
    fname: &str,
    argname: &str,
) -> PyResult<Option<String>> {
    match v {
        None => Ok(None),
        Some(v) => match rt.str_of(v) {
            Some(s) => Ok(Some(String::from(s))),
            None => {
                // Argument Clinic names None itself rather than its type.
                let got = if rt.is_none(v) {
                    String::from("None")
                } else {
                    rt.type_name(v)
                };
                Err(rt.type_error(format!(
                    "{fname}() argument '{argname}' must be str, not {got}"
                )))
            }
        },
    }
}

fn lookup_codec(rt: &Runtime, encoding: Option<&str>) -> PyResult<Codec> {
    let name = encoding.unwrap_or("utf-8");
    Codec::lookup(name)
        .ok_or_else(|| rt.new_error(rt.exc().lookup_error, format!("unknown encoding: {name}")))
}

/// The handler, or LookupError for an unknown name (only asked once an error happened).
fn lookup_handler(rt: &Runtime, errors: Option<&str>) -> PyResult<Handler> {
    let name = errors.unwrap_or("strict");
    Handler::lookup(name).ok_or_else(|| {
        rt.new_error(
            rt.exc().lookup_error,
            format!("unknown error handler name '{name}'"),
        )
    })
}

/// `bytes.decode` / `str(bytes, encoding, errors)`; `obj` is the bytes object (for the error).
pub fn decode(
    rt: &Runtime,
    obj: &Value,
    data: &[u8],
    encoding: Option<&str>,
    errors: Option<&str>,
) -> PyResult<Vec<u8>> {
    let codec = lookup_codec(rt, encoding)?;
    // Strict first: the handler name is only validated when something fails.
    match decode_bytes(codec, data, Handler::Strict) {
        Ok(s) => Ok(s),
        Err(_) => {
            let handler = lookup_handler(rt, errors)?;
            if matches!(handler, Handler::XmlCharRefReplace | Handler::NameReplace) {
                return Err(
                    rt.type_error("don't know how to handle UnicodeDecodeError in error callback")
                );
            }
            // A handler that gives up raises the error it was handed.
            decode_bytes(codec, data, handler).map_err(|e| decode_error(rt, obj, data, &e))
        }
    }
}

pub fn decode_to_value(
    rt: &Runtime,
    obj: &Value,
    data: &[u8],
    encoding: Option<&str>,
    errors: Option<&str>,
) -> PyResult<Value> {
    let s = decode(rt, obj, data, encoding, errors)?;
    rt.new_str_wtf8(s)
}

/// `str.encode`; `obj` is the str object (for the error).
pub fn encode(
    rt: &Runtime,
    obj: &Value,
    s: &[u8],
    encoding: Option<&str>,
    errors: Option<&str>,
) -> PyResult<Vec<u8>> {
    let codec = lookup_codec(rt, encoding)?;
    match encode_text(codec, s, Handler::Strict) {
        Ok(b) => Ok(b),
        Err(_) => {
            let handler = lookup_handler(rt, errors)?;
            encode_text(codec, s, handler).map_err(|e| encode_error(rt, obj, &e))
        }
    }
}

fn decode_error(rt: &Runtime, obj: &Value, data: &[u8], e: &CodecError) -> PyErr {
    let object = if rt.bytes_of(obj).is_some() {
        Ok(obj.clone())
    } else {
        rt.new_bytes(data)
    };
    unicode_error(rt, rt.exc().unicode_decode_error, object, e)
}

fn encode_error(rt: &Runtime, obj: &Value, e: &CodecError) -> PyErr {
    unicode_error(rt, rt.exc().unicode_encode_error, Ok(obj.clone()), e)
}

/// `UnicodeXxxError(encoding, object, start, end, reason)`, args as CPython builds them.
fn unicode_error(
    rt: &Runtime,
    ty: super::typeobj::TypeRef,
    object: PyResult<Value>,
    e: &CodecError,
) -> PyErr {
    let args = (|| -> PyResult<Vec<Value>> {
        Ok(vec![
            rt.new_str(e.codec)?,
            object?,
            rt.new_int(e.start as i64)?,
            rt.new_int(e.end as i64)?,
            rt.new_str(e.reason)?,
        ])
    })();
    // Through the type's call, so `__init__` fills encoding/object/start/end/reason.
    match args.and_then(|a| rt.call(&ty.value(), super::args::Args::positional(&a))) {
        Ok(e) => PyErr(e),
        Err(err) => err,
    }
}

/// The message `str()` gives a UnicodeDecodeError/UnicodeEncodeError built from its five args:
/// "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte".
pub fn unicode_error_message(rt: &Runtime, args: &[Value]) -> Option<String> {
    let [enc, obj, start, end, reason] = args else {
        return None;
    };
    let enc = rt.str_of(enc)?;
    let reason = rt.str_of(reason)?;
    let start = rt.int_ref(start)?.to_i64()? as usize;
    let end = rt.int_ref(end)?.to_i64()? as usize;
    if let Some(s) = rt.str_data(obj) {
        let u = s.code_point_at(start)?;
        if end == start + 1 {
            let shown = if u < 0x100 {
                format!("\\x{u:02x}")
            } else if u < 0x10000 {
                format!("\\u{u:04x}")
            } else {
                format!("\\U{u:08x}")
            };
            return Some(format!(
                "'{enc}' codec can't encode character '{shown}' in position {start}: {reason}"
            ));
        }
        return Some(format!(
            "'{enc}' codec can't encode characters in position {start}-{}: {reason}",
            end - 1
        ));
    }
    let data = super::bytes::buffer_of(rt, obj)?;
    if end == start + 1 {
        let b = data.get(start)?;
        return Some(format!(
            "'{enc}' codec can't decode byte 0x{b:02x} in position {start}: {reason}"
        ));
    }
    Some(format!(
        "'{enc}' codec can't decode bytes in position {start}-{}: {reason}",
        end - 1
    ))
}

/// Gives UnicodeDecodeError and UnicodeEncodeError their `str()` (called once at bootstrap).
pub fn init_unicode_errors(rt: &Runtime) {
    for ty in [rt.exc().unicode_decode_error, rt.exc().unicode_encode_error] {
        let s = unsafe { ty.data().slots_mut() };
        s.str = Some(|rt, v| {
            let h = v.heap().ok_or_else(|| rt.type_error("not an exception"))?;
            // SAFETY: every exception object has the BaseExceptionData payload.
            let data = unsafe { h.payload::<super::exceptions::BaseExceptionData>() };
            let args = unsafe { (*data.args.get()).clone() };
            let msg = args
                .as_ref()
                .and_then(|a| rt.tuple_items(a))
                .and_then(|a| unicode_error_message(rt, a))
                .unwrap_or_default();
            rt.new_string(msg)
        });
    }
}

/// The text of str `v` encoded to UTF-8 as the standard streams and `exec`/`eval` do: a str with
/// lone surrogates raises UnicodeEncodeError, or with `backslash` (stderr) has them as `\udXXX`.
pub fn utf8_text<'a>(
    rt: &Runtime,
    v: &'a Value,
    backslash: bool,
) -> PyResult<alloc::borrow::Cow<'a, str>> {
    let d = rt
        .str_data(v)
        .ok_or_else(|| rt.type_error("expected a str"))?;
    if let Some(s) = d.exact_str() {
        return Ok(alloc::borrow::Cow::Borrowed(s));
    }
    let errors = if backslash {
        "backslashreplace"
    } else {
        "strict"
    };
    let b = encode(rt, v, d.wtf8(), Some("utf-8"), Some(errors))?;
    Ok(alloc::borrow::Cow::Owned(
        String::from_utf8(b).unwrap_or_default(),
    ))
}
