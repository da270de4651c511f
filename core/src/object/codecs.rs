//! The built-in codecs: UTF-8, ASCII and Latin-1, with the error handlers `strict`, `ignore`,
//! `replace`, `backslashreplace` and (encoding) `xmlcharrefreplace`, raising CPython's
//! UnicodeDecodeError / UnicodeEncodeError.
//!
//! `surrogateescape` and `surrogatepass` need lone surrogates in str, which we do not support
//! yet (see `str.rs`): with those handlers an error is raised as under `strict`.

use alloc::format;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;
use core::fmt::Write;

use super::error::{PyErr, PyResult};
use super::value::Value;
use crate::runtime::Runtime;

/// A codec this module implements.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    /// The codec for an encoding name (normalized as CPython's `encodings` search does).
    pub fn lookup(name: &str) -> Option<Codec> {
        let mut n = String::with_capacity(name.len());
        for c in name.trim().chars() {
            n.push(match c {
                '_' | ' ' => '-',
                c => c.to_ascii_lowercase(),
            });
        }
        match n.as_str() {
            "utf-8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8-ucs2" | "utf8-ucs4" => {
                Some(Codec::Utf8)
            }
            "ascii" | "us-ascii" | "646" | "us" | "ansi-x3.4-1968" | "iso646-us" | "cp367" => {
                Some(Codec::Ascii)
            }
            "latin-1" | "latin1" | "latin" | "l1" | "iso-8859-1" | "iso8859-1" | "8859"
            | "cp819" | "iso-ir-100" | "csisolatin1" | "iso-8859-1:1987" => Some(Codec::Latin1),
            _ => None,
        }
    }
    /// The name in error messages.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }
}

/// An error handler this module implements.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Handler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
}

impl Handler {
    /// `None` for an unknown name (looked up only when an error occurs, as CPython does).
    pub fn lookup(name: &str) -> Option<Handler> {
        Some(match name {
            "strict" | "surrogateescape" | "surrogatepass" => Handler::Strict,
            "ignore" => Handler::Ignore,
            "replace" => Handler::Replace,
            "backslashreplace" => Handler::BackslashReplace,
            "xmlcharrefreplace" => Handler::XmlCharRefReplace,
            _ => return None,
        })
    }
}

/// A codec failure: the range of the input that failed and why (CPython's `reason`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodecError {
    pub start: usize,
    pub end: usize,
    pub reason: &'static str,
}

/// Decodes bytes; errors are reported as `Err` only under `Strict` (or for handlers that make
/// no sense when decoding, such as xmlcharrefreplace).
pub fn decode_bytes(codec: Codec, data: &[u8], handler: Handler) -> Result<String, CodecError> {
    let mut out = String::new();
    let mut i = 0;
    while i < data.len() {
        let (err, resume) = match codec {
            Codec::Utf8 => match core::str::from_utf8(&data[i..]) {
                Ok(s) => {
                    out.push_str(s);
                    break;
                }
                Err(e) => {
                    let good = i + e.valid_up_to();
                    out.push_str(core::str::from_utf8(&data[i..good]).unwrap_or(""));
                    let err = match e.error_len() {
                        None => CodecError {
                            start: good,
                            end: data.len(),
                            reason: "unexpected end of data",
                        },
                        Some(n) => CodecError {
                            start: good,
                            end: good + n,
                            reason: if matches!(data[good], 0x80..=0xc1 | 0xf5..=0xff) {
                                "invalid start byte"
                            } else {
                                "invalid continuation byte"
                            },
                        },
                    };
                    let resume = err.end;
                    (err, resume)
                }
            },
            Codec::Latin1 => {
                out.extend(data[i..].iter().map(|&b| b as char));
                break;
            }
            Codec::Ascii => {
                let run = data[i..].iter().take_while(|b| b.is_ascii()).count();
                out.extend(data[i..i + run].iter().map(|&b| b as char));
                let at = i + run;
                if at == data.len() {
                    break;
                }
                let err = CodecError {
                    start: at,
                    end: at + 1,
                    reason: "ordinal not in range(128)",
                };
                (err, at + 1)
            }
        };
        match handler {
            Handler::Strict | Handler::XmlCharRefReplace => return Err(err),
            Handler::Ignore => {}
            Handler::Replace => out.push('\u{fffd}'),
            Handler::BackslashReplace => {
                for b in &data[err.start..err.end] {
                    let _ = write!(out, "\\x{b:02x}");
                }
            }
        }
        i = resume;
    }
    Ok(out)
}

/// Encodes text; `Err` holds the first failing run of characters (indices in characters).
pub fn encode_str(codec: Codec, s: &str, handler: Handler) -> Result<Vec<u8>, CodecError> {
    let limit: u32 = match codec {
        Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
        Codec::Ascii => 0x80,
        Codec::Latin1 => 0x100,
    };
    let reason = if codec == Codec::Ascii {
        "ordinal not in range(128)"
    } else {
        "ordinal not in range(256)"
    };
    let mut out = Vec::with_capacity(s.len());
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        let end = i + chars[i..]
            .iter()
            .take_while(|&&c| c as u32 >= limit)
            .count();
        for &c in &chars[i..end] {
            let u = c as u32;
            match handler {
                Handler::Strict => {
                    return Err(CodecError {
                        start: i,
                        end,
                        reason,
                    });
                }
                Handler::Ignore => {}
                Handler::Replace => out.push(b'?'),
                Handler::BackslashReplace => {
                    let esc = if u < 0x100 {
                        format!("\\x{u:02x}")
                    } else if u < 0x10000 {
                        format!("\\u{u:04x}")
                    } else {
                        format!("\\U{u:08x}")
                    };
                    out.extend_from_slice(esc.as_bytes());
                }
                Handler::XmlCharRefReplace => {
                    out.extend_from_slice(format!("&#{u};").as_bytes());
                }
            }
        }
        i = end;
    }
    Ok(out)
}

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
) -> PyResult<String> {
    let codec = lookup_codec(rt, encoding)?;
    // Strict first: the handler name is only validated when something fails.
    match decode_bytes(codec, data, Handler::Strict) {
        Ok(s) => Ok(s),
        Err(e) => {
            let handler = lookup_handler(rt, errors)?;
            if handler == Handler::XmlCharRefReplace {
                return Err(
                    rt.type_error("don't know how to handle UnicodeDecodeError in error callback")
                );
            }
            decode_bytes(codec, data, handler).map_err(|_| decode_error(rt, codec, obj, data, &e))
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
    rt.new_string(s)
}

/// `str.encode`; `obj` is the str object (for the error).
pub fn encode(
    rt: &Runtime,
    obj: &Value,
    s: &str,
    encoding: Option<&str>,
    errors: Option<&str>,
) -> PyResult<Vec<u8>> {
    let codec = lookup_codec(rt, encoding)?;
    match encode_str(codec, s, Handler::Strict) {
        Ok(b) => Ok(b),
        Err(e) => {
            let handler = lookup_handler(rt, errors)?;
            encode_str(codec, s, handler).map_err(|_| encode_error(rt, codec, obj, &e))
        }
    }
}

fn decode_error(rt: &Runtime, codec: Codec, obj: &Value, data: &[u8], e: &CodecError) -> PyErr {
    let object = if rt.bytes_of(obj).is_some() {
        Ok(obj.clone())
    } else {
        rt.new_bytes(data)
    };
    unicode_error(rt, rt.exc().unicode_decode_error, codec, object, e)
}

fn encode_error(rt: &Runtime, codec: Codec, obj: &Value, e: &CodecError) -> PyErr {
    unicode_error(rt, rt.exc().unicode_encode_error, codec, Ok(obj.clone()), e)
}

/// `UnicodeXxxError(encoding, object, start, end, reason)`, args as CPython builds them.
fn unicode_error(
    rt: &Runtime,
    ty: super::typeobj::TypeRef,
    codec: Codec,
    object: PyResult<Value>,
    e: &CodecError,
) -> PyErr {
    let args = (|| -> PyResult<Vec<Value>> {
        Ok(vec![
            rt.new_str(codec.name())?,
            object?,
            rt.new_int(e.start as i64)?,
            rt.new_int(e.end as i64)?,
            rt.new_str(e.reason)?,
        ])
    })();
    match args {
        Ok(a) => rt.new_exception(ty, a),
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
    if let Some(s) = rt.str_of(obj) {
        let c = s.chars().nth(start)?;
        if end == start + 1 {
            let u = c as u32;
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

#[cfg(test)]
mod tests {
    use super::*;

    fn err(start: usize, end: usize, reason: &'static str) -> CodecError {
        CodecError { start, end, reason }
    }

    #[test]
    fn utf8_decode_errors_match_cpython() {
        // Expected values from python3: bytes.decode('utf-8') and the exception's start/end.
        let h = Handler::Strict;
        assert_eq!(
            decode_bytes(Codec::Utf8, b"\xff", h),
            Err(err(0, 1, "invalid start byte"))
        );
        assert_eq!(
            decode_bytes(Codec::Utf8, b"ab\xe9", h),
            Err(err(2, 3, "unexpected end of data"))
        );
        assert_eq!(
            decode_bytes(Codec::Utf8, b"\xe9a", h),
            Err(err(0, 1, "invalid continuation byte"))
        );
        assert_eq!(
            decode_bytes(Codec::Utf8, b"\xed\xa0\x80", h),
            Err(err(0, 1, "invalid continuation byte"))
        );
        assert_eq!(
            decode_bytes(Codec::Utf8, b"\xf0\x9f\x98", h),
            Err(err(0, 3, "unexpected end of data"))
        );
        assert_eq!(
            decode_bytes(Codec::Utf8, b"\xc0\xaf", h),
            Err(err(0, 1, "invalid start byte"))
        );
        assert_eq!(
            decode_bytes(Codec::Utf8, b"\xc3\xa9", h).as_deref(),
            Ok("é")
        );
    }

    #[test]
    fn decode_handlers() {
        // b'a\xffb\xe9'.decode('utf-8', h)
        let d = |h| decode_bytes(Codec::Utf8, b"a\xffb\xe9", h);
        assert_eq!(d(Handler::Ignore).as_deref(), Ok("ab"));
        assert_eq!(d(Handler::Replace).as_deref(), Ok("a\u{fffd}b\u{fffd}"));
        assert_eq!(d(Handler::BackslashReplace).as_deref(), Ok("a\\xffb\\xe9"));
        assert_eq!(
            decode_bytes(Codec::Ascii, b"a\x80", Handler::Replace).as_deref(),
            Ok("a\u{fffd}")
        );
        assert_eq!(
            decode_bytes(Codec::Ascii, b"a\x80\x81", Handler::Strict),
            Err(err(1, 2, "ordinal not in range(128)"))
        );
        assert_eq!(
            decode_bytes(Codec::Latin1, b"\xe9\xff", Handler::Strict).as_deref(),
            Ok("é\u{ff}")
        );
    }

    #[test]
    fn encode_handlers() {
        // 'aé€😀'.encode('ascii', h)
        let e = |h| encode_str(Codec::Ascii, "aé€😀", h);
        assert_eq!(
            e(Handler::Strict),
            Err(err(1, 4, "ordinal not in range(128)"))
        );
        assert_eq!(e(Handler::Replace).as_deref(), Ok(&b"a???"[..]));
        assert_eq!(e(Handler::Ignore).as_deref(), Ok(&b"a"[..]));
        assert_eq!(
            e(Handler::BackslashReplace).as_deref(),
            Ok(&b"a\\xe9\\u20ac\\U0001f600"[..])
        );
        assert_eq!(
            e(Handler::XmlCharRefReplace).as_deref(),
            Ok(&b"a&#233;&#8364;&#128512;"[..])
        );
        assert_eq!(
            encode_str(Codec::Latin1, "é€", Handler::Strict),
            Err(err(1, 2, "ordinal not in range(256)"))
        );
        assert_eq!(Codec::lookup("UTF_8"), Some(Codec::Utf8));
        assert_eq!(Codec::lookup("Latin-1"), Some(Codec::Latin1));
        assert_eq!(Codec::lookup("koi8-r"), None);
    }
}
