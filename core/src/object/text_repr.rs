//! `repr()` of str and bytes: CPython's quote choice (single quotes unless the text has a single
//! quote and no double quote) and escapes.

use alloc::string::String;
use core::fmt::Write;

use super::unicode;

/// The quote `repr` uses for text containing these characters.
fn quote_for(has_single: bool, has_double: bool) -> char {
    if has_single && !has_double { '"' } else { '\'' }
}

/// Writes the escape for a control/special unit shared by str and bytes; false when `c` needs
/// no common escape.
fn common_escape(out: &mut String, c: char, quote: char) -> bool {
    match c {
        '\\' => out.push_str("\\\\"),
        '\t' => out.push_str("\\t"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        c if c == quote => {
            out.push('\\');
            out.push(c);
        }
        c if (c as u32) < 0x20 || c as u32 == 0x7f => {
            let _ = write!(out, "\\x{:02x}", c as u32);
        }
        _ => return false,
    }
    true
}

/// `repr(s)` for a str.
pub fn repr_str(s: &str) -> String {
    repr_wtf8(s.as_bytes())
}

/// `repr(s)` for a str given as generalized UTF-8 (lone surrogates are escaped as `\udXXX`,
/// like every non-printable character).
pub fn repr_wtf8(s: &[u8]) -> String {
    let quote = quote_for(s.contains(&b'\''), s.contains(&b'"'));
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for u in super::str_wtf8::code_points(s) {
        let Some(c) = char::from_u32(u) else {
            let _ = write!(out, "\\u{u:04x}");
            continue;
        };
        if common_escape(&mut out, c, quote) {
            continue;
        }
        if u < 0x80 || unicode::is_printable(c) {
            out.push(c);
        } else if u < 0x100 {
            let _ = write!(out, "\\x{u:02x}");
        } else if u < 0x10000 {
            let _ = write!(out, "\\u{u:04x}");
        } else {
            let _ = write!(out, "\\U{u:08x}");
        }
    }
    out.push(quote);
    out
}

/// `repr(b)` for bytes: `b'...'`.
pub fn repr_bytes(b: &[u8]) -> String {
    repr_bytes_body(b, false)
}

/// The `b'...'` inside `bytearray(b'...')`: CPython escapes a single quote there even when
/// the text is delimited by double quotes.
pub fn repr_bytearray_body(b: &[u8]) -> String {
    repr_bytes_body(b, true)
}

fn repr_bytes_body(b: &[u8], always_escape_single: bool) -> String {
    let quote = quote_for(b.contains(&b'\''), b.contains(&b'"'));
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote);
    for &u in b {
        if u == b'\'' && always_escape_single {
            out.push_str("\\'");
            continue;
        }
        if common_escape(&mut out, u as char, quote) {
            continue;
        }
        if u < 0x80 {
            out.push(u as char);
        } else {
            let _ = write!(out, "\\x{u:02x}");
        }
    }
    out.push(quote);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_cpython() {
        // Expected values from python3: repr(...).
        assert_eq!(repr_str("it's"), "\"it's\"");
        assert_eq!(repr_str("'\""), "'\\'\"'");
        assert_eq!(
            repr_str("a\n\t\x00\x7f\u{85}é\u{a0}\u{2028}\u{1f600}\u{e0000}"),
            "'a\\n\\t\\x00\\x7f\\x85é\\xa0\\u2028\u{1f600}\\U000e0000'"
        );
        assert_eq!(repr_bytes(b"a'\x80\\"), "b\"a'\\x80\\\\\"");
    }
}
