//! The codec algorithms behind `codecs.rs`: UTF-8, UTF-16, UTF-32, ASCII and Latin-1 over
//! generalized UTF-8 text (see `str_wtf8`: a str may hold lone surrogates), with CPython's error
//! handlers. Positions in errors are byte offsets when decoding and character indices when
//! encoding, as in CPython's UnicodeDecodeError / UnicodeEncodeError.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::str_wtf8::{self as wtf8, is_surrogate, push_cp};

/// Byte order of the UTF-16/UTF-32 codecs: `Bom` writes (encoding) or reads (decoding, default
/// little-endian) a byte order mark.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Order {
    Bom,
    Le,
    Be,
}

/// A codec this module implements.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
    Utf16(Order),
    Utf32(Order),
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
        Some(match n.as_str() {
            "utf-8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8-ucs2" | "utf8-ucs4" => Codec::Utf8,
            "ascii" | "us-ascii" | "646" | "us" | "ansi-x3.4-1968" | "iso646-us" | "cp367" => {
                Codec::Ascii
            }
            "latin-1" | "latin1" | "latin" | "l1" | "iso-8859-1" | "iso8859-1" | "8859"
            | "cp819" | "iso-ir-100" | "csisolatin1" | "iso-8859-1:1987" => Codec::Latin1,
            "utf-16" | "utf16" | "u16" => Codec::Utf16(Order::Bom),
            "utf-16-le" | "utf-16le" | "utf16le" => Codec::Utf16(Order::Le),
            "utf-16-be" | "utf-16be" | "utf16be" => Codec::Utf16(Order::Be),
            "utf-32" | "utf32" | "u32" => Codec::Utf32(Order::Bom),
            "utf-32-le" | "utf-32le" | "utf32le" => Codec::Utf32(Order::Le),
            "utf-32-be" | "utf-32be" | "utf32be" => Codec::Utf32(Order::Be),
            _ => return None,
        })
    }
    /// The name in error messages.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Utf16(Order::Bom) => "utf-16",
            Codec::Utf16(Order::Le) => "utf-16-le",
            Codec::Utf16(Order::Be) => "utf-16-be",
            Codec::Utf32(Order::Bom) => "utf-32",
            Codec::Utf32(Order::Le) => "utf-32-le",
            Codec::Utf32(Order::Be) => "utf-32-be",
        }
    }
    /// Whether the codec can encode code point `cp` without an error handler.
    fn encodable(self, cp: u32) -> bool {
        match self {
            Codec::Ascii => cp < 0x80,
            Codec::Latin1 => cp < 0x100,
            _ => !is_surrogate(cp),
        }
    }
    /// The reason of an encoding error.
    fn encode_reason(self) -> &'static str {
        match self {
            Codec::Ascii => "ordinal not in range(128)",
            Codec::Latin1 => "ordinal not in range(256)",
            _ => "surrogates not allowed",
        }
    }
    /// Appends `cp` (known encodable, or a surrogate passed through) in this codec.
    fn emit(self, out: &mut Vec<u8>, cp: u32, le: bool) {
        match self {
            Codec::Utf8 => push_cp(out, cp),
            Codec::Ascii | Codec::Latin1 => out.push(cp as u8),
            Codec::Utf16(_) => {
                let mut unit = |u: u16| {
                    out.extend_from_slice(&if le { u.to_le_bytes() } else { u.to_be_bytes() })
                };
                if cp >= 0x10000 {
                    let v = cp - 0x10000;
                    unit(0xd800 | (v >> 10) as u16);
                    unit(0xdc00 | (v & 0x3ff) as u16);
                } else {
                    unit(cp as u16);
                }
            }
            Codec::Utf32(_) => out.extend_from_slice(&if le {
                cp.to_le_bytes()
            } else {
                cp.to_be_bytes()
            }),
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
    NameReplace,
    SurrogatePass,
    SurrogateEscape,
}

impl Handler {
    /// `None` for an unknown name (looked up only when an error occurs, as CPython does).
    pub fn lookup(name: &str) -> Option<Handler> {
        Some(match name {
            "strict" => Handler::Strict,
            "ignore" => Handler::Ignore,
            "replace" => Handler::Replace,
            "backslashreplace" => Handler::BackslashReplace,
            "xmlcharrefreplace" => Handler::XmlCharRefReplace,
            "namereplace" => Handler::NameReplace,
            "surrogatepass" => Handler::SurrogatePass,
            "surrogateescape" => Handler::SurrogateEscape,
            _ => return None,
        })
    }
}

/// A codec failure: the range of the input that failed and why (CPython's `reason`). `codec`
/// is the name to report (UTF-16/32 decoding with a BOM reports the byte order it read).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodecError {
    pub start: usize,
    pub end: usize,
    pub reason: &'static str,
    pub codec: &'static str,
}

/// Why decoding cannot go on at some byte: the failing range and the reason.
type Fail = (usize, usize, &'static str);

/// Decodes one code point at `i` (`Ok((cp, len))`) or says why it cannot.
fn decode_one(codec: Codec, data: &[u8], i: usize, le: bool) -> Result<(u32, usize), Fail> {
    let rest = &data[i..];
    match codec {
        Codec::Latin1 => Ok((rest[0] as u32, 1)),
        Codec::Ascii if rest[0] < 0x80 => Ok((rest[0] as u32, 1)),
        Codec::Ascii => Err((i, i + 1, "ordinal not in range(128)")),
        Codec::Utf8 => {
            let n = super::text_algo::utf8_len(rest[0]).min(rest.len());
            match core::str::from_utf8(&rest[..n]) {
                Ok(s) => Ok((s.chars().next().map_or(0, |c| c as u32), n)),
                Err(e) => {
                    // Ask the validator about the whole rest, so a truncated sequence at the end
                    // is told apart from an invalid one (as CPython's decoder does).
                    let e = core::str::from_utf8(rest).err().unwrap_or(e);
                    let good = e.valid_up_to();
                    Err(match e.error_len() {
                        None => (i + good, data.len(), "unexpected end of data"),
                        Some(n) => {
                            let bad = matches!(rest[good], 0x80..=0xc1 | 0xf5..=0xff);
                            let why = if bad {
                                "invalid start byte"
                            } else {
                                "invalid continuation byte"
                            };
                            (i + good, i + good + n, why)
                        }
                    })
                }
            }
        }
        Codec::Utf16(_) => {
            let unit = |k: usize| {
                let b = [rest[k], rest[k + 1]];
                if le {
                    u16::from_le_bytes(b)
                } else {
                    u16::from_be_bytes(b)
                }
            };
            if rest.len() < 2 {
                return Err((i, data.len(), "truncated data"));
            }
            let u = unit(0) as u32;
            if !is_surrogate(u) {
                return Ok((u, 2));
            }
            if u >= 0xdc00 {
                return Err((i, i + 2, "illegal encoding"));
            }
            if rest.len() < 4 {
                return Err((i, data.len(), "unexpected end of data"));
            }
            let lo = unit(2) as u32;
            if !(0xdc00..0xe000).contains(&lo) {
                return Err((i, i + 2, "illegal UTF-16 surrogate"));
            }
            Ok((0x10000 + ((u - 0xd800) << 10) + (lo - 0xdc00), 4))
        }
        Codec::Utf32(_) => {
            if rest.len() < 4 {
                return Err((i, data.len(), "truncated data"));
            }
            let b = [rest[0], rest[1], rest[2], rest[3]];
            let cp = if le {
                u32::from_le_bytes(b)
            } else {
                u32::from_be_bytes(b)
            };
            if is_surrogate(cp) {
                Err((
                    i,
                    i + 4,
                    "code point in surrogate code point range(0xd800, 0xe000)",
                ))
            } else if cp > 0x10ffff {
                Err((i, i + 4, "code point not in range(0x110000)"))
            } else {
                Ok((cp, 4))
            }
        }
    }
}

/// `surrogatepass` when decoding: the surrogate code unit at `i` in this codec, if there is one.
fn passed_surrogate(codec: Codec, data: &[u8], i: usize, le: bool) -> Option<(u32, usize)> {
    let rest = &data[i..];
    let (cp, n) = match codec {
        Codec::Utf8 if wtf8::is_surrogate_at(rest, 0) && rest.get(2)? & 0xc0 == 0x80 => {
            (wtf8::decode_at(rest, 0).0, 3)
        }
        Codec::Utf16(_) => {
            let b = [*rest.first()?, *rest.get(1)?];
            let u = if le {
                u16::from_le_bytes(b)
            } else {
                u16::from_be_bytes(b)
            };
            (u as u32, 2)
        }
        Codec::Utf32(_) => {
            let b: [u8; 4] = rest.get(..4)?.try_into().ok()?;
            let u = if le {
                u32::from_le_bytes(b)
            } else {
                u32::from_be_bytes(b)
            };
            (u, 4)
        }
        _ => return None,
    };
    is_surrogate(cp).then_some((cp, n))
}

/// Decodes bytes to generalized UTF-8; `Err` is the error to raise (the first one under
/// `Strict`, or one the handler could not resolve).
pub fn decode_bytes(codec: Codec, data: &[u8], handler: Handler) -> Result<Vec<u8>, CodecError> {
    let mut out = Vec::with_capacity(data.len());
    let mut i = 0;
    // Byte order (and the name errors report) after reading an optional BOM.
    let mut le = true;
    let mut name = codec.name();
    match codec {
        Codec::Utf16(o) => {
            le = o != Order::Be;
            if o == Order::Bom {
                match data.get(..2) {
                    Some([0xfe, 0xff]) => (le, i) = (false, 2),
                    Some([0xff, 0xfe]) => i = 2,
                    _ => {}
                }
                name = if le { "utf-16-le" } else { "utf-16-be" };
            }
        }
        Codec::Utf32(o) => {
            le = o != Order::Be;
            if o == Order::Bom {
                match data.get(..4) {
                    Some([0, 0, 0xfe, 0xff]) => (le, i) = (false, 4),
                    Some([0xff, 0xfe, 0, 0]) => i = 4,
                    _ => {}
                }
                name = if le { "utf-32-le" } else { "utf-32-be" };
            }
        }
        _ => {}
    }
    if codec == Codec::Utf8
        && let Ok(s) = core::str::from_utf8(data)
    {
        return Ok(s.as_bytes().to_vec());
    }
    while i < data.len() {
        if codec == Codec::Utf8 {
            // Copy the valid run at once; `decode_one` then reports the error at its end.
            let good = match core::str::from_utf8(&data[i..]) {
                Ok(_) => data.len() - i,
                Err(e) => e.valid_up_to(),
            };
            out.extend_from_slice(&data[i..i + good]);
            i += good;
            if i == data.len() {
                break;
            }
        }
        let (start, end, reason) = match decode_one(codec, data, i, le) {
            Ok((cp, n)) => {
                push_cp(&mut out, cp);
                i += n;
                continue;
            }
            Err(f) => f,
        };
        // Copy the valid prefix a multi-byte failure may report past `i`.
        if start > i {
            out.extend_from_slice(&data[i..start]);
        }
        let err = CodecError {
            start,
            end,
            reason,
            codec: name,
        };
        i = match handler {
            Handler::Ignore => end,
            Handler::Replace => {
                push_cp(&mut out, 0xfffd);
                end
            }
            Handler::BackslashReplace => {
                for b in &data[start..end] {
                    out.extend_from_slice(format!("\\x{b:02x}").as_bytes());
                }
                end
            }
            // The leading bytes >= 0x80 become U+DC80..U+DCFF; decoding resumes after them.
            Handler::SurrogateEscape if data[start] >= 0x80 => {
                let n = data[start..end].iter().take_while(|&&b| b >= 0x80).count();
                for &b in &data[start..start + n] {
                    push_cp(&mut out, 0xdc00 + b as u32);
                }
                start + n
            }
            Handler::SurrogatePass => match passed_surrogate(codec, data, start, le) {
                Some((cp, n)) => {
                    push_cp(&mut out, cp);
                    start + n
                }
                None => return Err(err),
            },
            _ => return Err(err),
        };
    }
    Ok(out)
}

/// The replacement text a handler gives character `cp` (ASCII, to be encoded by the codec).
fn replacement(handler: Handler, cp: u32) -> String {
    let escape = |cp: u32| {
        if cp < 0x100 {
            format!("\\x{cp:02x}")
        } else if cp < 0x10000 {
            format!("\\u{cp:04x}")
        } else {
            format!("\\U{cp:08x}")
        }
    };
    match handler {
        Handler::Replace => String::from("?"),
        Handler::XmlCharRefReplace => format!("&#{cp};"),
        Handler::NameReplace => match char::from_u32(cp).and_then(unicode_names2::name) {
            Some(n) => format!("\\N{{{n}}}"),
            None => escape(cp),
        },
        _ => escape(cp),
    }
}

/// Encodes generalized UTF-8 text; `Err` is the error to raise (indices in characters).
pub fn encode_text(codec: Codec, s: &[u8], handler: Handler) -> Result<Vec<u8>, CodecError> {
    let le = !matches!(codec, Codec::Utf16(Order::Be) | Codec::Utf32(Order::Be));
    let mut out = Vec::with_capacity(s.len() + 4);
    match codec {
        Codec::Utf8 if core::str::from_utf8(s).is_ok() => return Ok(s.to_vec()),
        Codec::Utf16(Order::Bom) => out.extend_from_slice(&[0xff, 0xfe]),
        Codec::Utf32(Order::Bom) => out.extend_from_slice(&[0xff, 0xfe, 0, 0]),
        _ => {}
    }
    let cps: Vec<u32> = wtf8::code_points(s).collect();
    // UTF-16/32 report failing characters one at a time, the others whole runs (as CPython).
    let single = matches!(codec, Codec::Utf16(_) | Codec::Utf32(_));
    let mut i = 0;
    while i < cps.len() {
        if codec.encodable(cps[i]) {
            codec.emit(&mut out, cps[i], le);
            i += 1;
            continue;
        }
        let mut end = i + 1;
        if !single {
            while end < cps.len() && !codec.encodable(cps[end]) {
                end += 1;
            }
        }
        let err = |start: usize| CodecError {
            start,
            end,
            reason: codec.encode_reason(),
            codec: codec.name(),
        };
        match handler {
            Handler::Strict => return Err(err(i)),
            Handler::Ignore => {}
            Handler::SurrogatePass => {
                if matches!(codec, Codec::Ascii | Codec::Latin1) {
                    return Err(err(i));
                }
                for &cp in &cps[i..end] {
                    codec.emit(&mut out, cp, le);
                }
            }
            Handler::SurrogateEscape => {
                if single {
                    return Err(err(i));
                }
                for (k, &cp) in cps[i..end].iter().enumerate() {
                    if !(0xdc80..=0xdcff).contains(&cp) {
                        return Err(err(i + k));
                    }
                    out.push((cp - 0xdc00) as u8);
                }
            }
            _ => {
                for &cp in &cps[i..end] {
                    for r in replacement(handler, cp).bytes() {
                        codec.emit(&mut out, r as u32, le);
                    }
                }
            }
        }
        i = end;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(start: usize, end: usize, reason: &'static str, codec: &'static str) -> CodecError {
        CodecError {
            start,
            end,
            reason,
            codec,
        }
    }

    #[test]
    fn utf8_decode_errors_match_cpython() {
        // Expected values from python3: bytes.decode('utf-8') and the exception's start/end.
        let h = Handler::Strict;
        let d = |b: &[u8]| decode_bytes(Codec::Utf8, b, h);
        assert_eq!(d(b"\xff"), Err(err(0, 1, "invalid start byte", "utf-8")));
        assert_eq!(
            d(b"ab\xe9"),
            Err(err(2, 3, "unexpected end of data", "utf-8"))
        );
        assert_eq!(
            d(b"\xed\xa0\x80"),
            Err(err(0, 1, "invalid continuation byte", "utf-8"))
        );
        assert_eq!(
            d(b"\xf0\x9f\x98"),
            Err(err(0, 3, "unexpected end of data", "utf-8"))
        );
        assert_eq!(d(b"\xc3\xa9").as_deref(), Ok("é".as_bytes()));
    }

    #[test]
    fn decode_handlers() {
        // b'a\xffb\xe9'.decode('utf-8', h)
        let d = |h| decode_bytes(Codec::Utf8, b"a\xffb\xe9", h);
        assert_eq!(d(Handler::Ignore).as_deref(), Ok(&b"ab"[..]));
        assert_eq!(
            d(Handler::Replace).as_deref(),
            Ok("a\u{fffd}b\u{fffd}".as_bytes())
        );
        assert_eq!(
            d(Handler::BackslashReplace).as_deref(),
            Ok(&b"a\\xffb\\xe9"[..])
        );
        // 'a\udcffb\udce9' in generalized UTF-8.
        assert_eq!(
            d(Handler::SurrogateEscape).as_deref(),
            Ok(&b"a\xed\xb3\xbfb\xed\xb3\xa9"[..])
        );
        assert_eq!(
            decode_bytes(Codec::Utf8, b"\xed\xa0\x80", Handler::SurrogatePass).as_deref(),
            Ok(&b"\xed\xa0\x80"[..])
        );
        assert_eq!(
            decode_bytes(Codec::Utf16(Order::Le), b"\x00\xd8a\x00", Handler::Strict),
            Err(err(0, 2, "illegal UTF-16 surrogate", "utf-16-le"))
        );
    }

    #[test]
    fn encode_handlers() {
        // 'aé€😀'.encode('ascii', h)
        let e = |h| encode_text(Codec::Ascii, "aé€😀".as_bytes(), h);
        assert_eq!(
            e(Handler::Strict),
            Err(err(1, 4, "ordinal not in range(128)", "ascii"))
        );
        assert_eq!(e(Handler::Replace).as_deref(), Ok(&b"a???"[..]));
        assert_eq!(
            e(Handler::BackslashReplace).as_deref(),
            Ok(&b"a\\xe9\\u20ac\\U0001f600"[..])
        );
        assert_eq!(
            e(Handler::XmlCharRefReplace).as_deref(),
            Ok(&b"a&#233;&#8364;&#128512;"[..])
        );
        // '\ud800'.encode('utf-8')
        assert_eq!(
            encode_text(Codec::Utf8, b"\xed\xa0\x80", Handler::Strict),
            Err(err(0, 1, "surrogates not allowed", "utf-8"))
        );
        assert_eq!(Codec::lookup("UTF_8"), Some(Codec::Utf8));
        assert_eq!(Codec::lookup("koi8-r"), None);
    }
}
