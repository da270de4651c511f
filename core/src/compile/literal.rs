//! Literal values: numbers and the bodies of string and bytes literals, with escape decoding.

use super::ast::{Constant, Int, WtfString};
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use num_bigint::BigInt;

/// Parses a NUMBER token the tokenizer already validated.
pub(crate) fn number(text: &[u8]) -> Constant {
    let clean: Vec<u8> = text.iter().copied().filter(|&b| b != b'_').collect();
    let s = core::str::from_utf8(&clean).unwrap_or("0");
    if let Some(rest) = s.strip_suffix(['j', 'J']) {
        return Constant::Complex(rest.parse::<f64>().unwrap_or(0.0));
    }
    let (digits, radix) = if s.len() > 2 && s.as_bytes()[0] == b'0' {
        match s.as_bytes()[1] | 0x20 {
            b'x' => (&s[2..], 16),
            b'o' => (&s[2..], 8),
            b'b' => (&s[2..], 2),
            _ => (s, 10),
        }
    } else {
        (s, 10)
    };
    if radix == 10 && s.bytes().any(|b| matches!(b, b'.' | b'e' | b'E')) {
        return Constant::Float(s.parse::<f64>().unwrap_or(0.0));
    }
    match i64::from_str_radix(digits, radix) {
        Ok(v) => Constant::Int(Int::Small(v)),
        Err(_) => match BigInt::parse_bytes(digits.as_bytes(), radix) {
            Some(b) => Constant::Int(Int::Big(b)),
            None => Constant::Int(Int::Small(0)),
        },
    }
}

/// Why an escape could not be decoded; the caller turns it into CPython's message.
pub(crate) enum EscapeError {
    /// A message in CPython's words.
    Msg(String),
}

/// Decodes a string body (between the quotes). `fmid` collapses `{{`/`}}` for f-string text.
/// The result may hold lone surrogates (`\ud800`), kept apart as CPython does.
pub(crate) fn decode_str(body: &[u8], raw: bool, fmid: bool) -> Result<WtfString, EscapeError> {
    let text = match core::str::from_utf8(body) {
        Ok(t) => t,
        Err(e) => {
            return Err(EscapeError::Msg(super::tokenizer::utf8_error_msg(body, e)));
        }
    };
    let b = text.as_bytes();
    let mut out = WtfString::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if fmid && (c == b'{' || c == b'}') && b.get(i + 1) == Some(&c) {
            out.push(c as char);
            i += 2;
            continue;
        }
        if c != b'\\' || raw {
            // Copy one UTF-8 character.
            let ch_len = utf8_len(c);
            out.push_str(&text[i..(i + ch_len).min(text.len())]);
            i += ch_len;
            continue;
        }
        let start = i;
        i += 1;
        let Some(&e) = b.get(i) else {
            out.push('\\');
            break;
        };
        i += 1;
        match e {
            b'\n' => {}
            b'\\' => out.push('\\'),
            b'\'' => out.push('\''),
            b'"' => out.push('"'),
            b'a' => out.push('\x07'),
            b'b' => out.push('\x08'),
            b'f' => out.push('\x0c'),
            b'n' => out.push('\n'),
            b'r' => out.push('\r'),
            b't' => out.push('\t'),
            b'v' => out.push('\x0b'),
            b'0'..=b'7' => {
                let mut v = (e - b'0') as u32;
                let mut n = 1;
                while n < 3 && i < b.len() && (b'0'..=b'7').contains(&b[i]) {
                    v = v * 8 + (b[i] - b'0') as u32;
                    i += 1;
                    n += 1;
                }
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            }
            b'x' | b'u' | b'U' => {
                let n = match e {
                    b'x' => 2,
                    b'u' => 4,
                    _ => 8,
                };
                let hex = b
                    .get(i..i + n)
                    .filter(|h| h.iter().all(|d| d.is_ascii_hexdigit()));
                let Some(hex) = hex else {
                    let mut got = 0;
                    while got < n && b.get(i + got).is_some_and(|d| d.is_ascii_hexdigit()) {
                        got += 1;
                    }
                    let kind = match e {
                        b'x' => "\\xXX",
                        b'u' => "\\uXXXX",
                        _ => "\\UXXXXXXXX",
                    };
                    return Err(EscapeError::Msg(format!(
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: truncated {kind} escape",
                        start,
                        i + got - 1
                    )));
                };
                let v =
                    u32::from_str_radix(core::str::from_utf8(hex).unwrap_or("0"), 16).unwrap_or(0);
                i += n;
                if v > 0x10ffff {
                    return Err(EscapeError::Msg(format!(
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: illegal Unicode character",
                        start,
                        i - 1
                    )));
                }
                // Any code point, lone surrogates included (see `Constant::Str`).
                out.push_cp(v);
            }
            b'N' => {
                let close = if b.get(i) == Some(&b'{') {
                    b[i..].iter().position(|&c| c == b'}').map(|p| i + p)
                } else {
                    None
                };
                let valid = close.is_some_and(|c| {
                    c > i + 1
                        && b[i + 1..c]
                            .iter()
                            .all(|&d| d.is_ascii_alphanumeric() || d == b' ' || d == b'-')
                });
                match close {
                    Some(c) if valid => match super::unicode_names::lookup(&text[i + 1..c]) {
                        Some(ch) => {
                            out.push(ch);
                            i = c + 1;
                        }
                        None => {
                            return Err(EscapeError::Msg(format!(
                                "(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{c}: unknown Unicode character name"
                            )));
                        }
                    },
                    _ => {
                        let end = close.unwrap_or(b.len().saturating_sub(1));
                        return Err(EscapeError::Msg(format!(
                            "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: malformed \\N character escape",
                            start,
                            end.max(start + 1)
                        )));
                    }
                }
            }
            _ => {
                // Invalid escapes are kept (CPython only warns).
                out.push('\\');
                i -= 1;
            }
        }
    }
    Ok(out)
}

fn utf8_len(b: u8) -> usize {
    match b {
        0xf0..=0xff => 4,
        0xe0..=0xef => 3,
        0xc0..=0xdf => 2,
        _ => 1,
    }
}

/// Decodes a bytes literal body; `Err(None)` means a non-ASCII character was present.
pub(crate) fn decode_bytes(body: &[u8], raw: bool) -> Result<Vec<u8>, Option<String>> {
    if body.iter().any(|&b| b >= 0x80) {
        return Err(None);
    }
    if raw {
        return Ok(body.to_vec());
    }
    let b = body;
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c != b'\\' {
            out.push(c);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        let Some(&e) = b.get(i) else {
            out.push(b'\\');
            break;
        };
        i += 1;
        match e {
            b'\n' => {}
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = (e - b'0') as u32;
                let mut n = 1;
                while n < 3 && i < b.len() && (b'0'..=b'7').contains(&b[i]) {
                    v = v * 8 + (b[i] - b'0') as u32;
                    i += 1;
                    n += 1;
                }
                out.push(v as u8);
            }
            b'x' => {
                let hex = b
                    .get(i..i + 2)
                    .filter(|h| h.iter().all(|d| d.is_ascii_hexdigit()));
                let Some(hex) = hex else {
                    return Err(Some(format!(
                        "(value error) invalid \\x escape at position {start}"
                    )));
                };
                out.push(
                    u8::from_str_radix(core::str::from_utf8(hex).unwrap_or("0"), 16).unwrap_or(0),
                );
                i += 2;
            }
            _ => {
                out.push(b'\\');
                i -= 1;
            }
        }
    }
    Ok(out)
}
