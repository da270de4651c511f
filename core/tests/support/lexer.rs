//! Tokens of the expression language the case files use (a small subset of Python).

#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    Name(String),
    Int(String),
    Float(f64),
    Imag(f64),
    /// May hold lone surrogates (`'\ud800'`).
    Str(WtfString),
    Bytes(Vec<u8>),
    Op(&'static str),
}

use copperhead_core::object::str_wtf8::WtfString;

const OPS: &[&str] = &[
    "**=", "//=", ">>=", "<<=", "...", "**", "//", "<<", ">>", "<=", ">=", "==", "!=", "+=", "-=",
    "*=", "/=", "%=", "&=", "|=", "^=", "+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">",
    "(", ")", "[", "]", "{", "}", ",", ":", ".", "=", ";",
];

pub fn lex(src: &str) -> Result<Vec<Tok>, String> {
    let b = src.as_bytes();
    let mut i = 0;
    let mut out = Vec::new();
    while i < b.len() {
        let c = b[i] as char;
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        // String prefixes: r, b, rb, br (any case).
        let mut j = i;
        while j < b.len() && j - i < 2 && matches!(b[j] as char, 'r' | 'R' | 'b' | 'B' | 'u' | 'U')
        {
            j += 1;
        }
        if j < b.len() && (b[j] == b'\'' || b[j] == b'"') {
            let prefix = src[i..j].to_ascii_lowercase();
            let raw = prefix.contains('r');
            let bytes = prefix.contains('b');
            let (body, end) = string_body(src, j)?;
            i = end;
            let text = if raw {
                WtfString::from(body)
            } else {
                unescape(body, bytes)?
            };
            if bytes {
                let v: Vec<u8> = if raw {
                    body.bytes().collect()
                } else {
                    text.chars().map(|c| c as u32 as u8).collect()
                };
                out.push(Tok::Bytes(v));
            } else {
                out.push(Tok::Str(text));
            }
            continue;
        }
        if c.is_alphabetic() || c == '_' {
            let start = i;
            while i < b.len() && ((b[i] as char).is_alphanumeric() || b[i] == b'_' || b[i] >= 0x80)
            {
                i += 1;
            }
            out.push(Tok::Name(src[start..i].to_string()));
            continue;
        }
        if c.is_ascii_digit() || (c == '.' && i + 1 < b.len() && b[i + 1].is_ascii_digit()) {
            let start = i;
            if c == '0'
                && i + 1 < b.len()
                && matches!(b[i + 1], b'x' | b'X' | b'o' | b'O' | b'b' | b'B')
            {
                i += 2;
                while i < b.len() && ((b[i] as char).is_ascii_hexdigit() || b[i] == b'_') {
                    i += 1;
                }
                out.push(Tok::Int(src[start..i].to_string()));
                continue;
            }
            let mut is_float = false;
            while i < b.len() {
                let d = b[i] as char;
                if d.is_ascii_digit() || d == '_' {
                    i += 1;
                } else if d == '.' {
                    is_float = true;
                    i += 1;
                } else if (d == 'e' || d == 'E')
                    && i + 1 < b.len()
                    && (b[i + 1].is_ascii_digit()
                        || ((b[i + 1] == b'+' || b[i + 1] == b'-')
                            && i + 2 < b.len()
                            && b[i + 2].is_ascii_digit()))
                {
                    is_float = true;
                    i += 2;
                } else {
                    break;
                }
            }
            let text: String = src[start..i].chars().filter(|&c| c != '_').collect();
            if i < b.len() && (b[i] == b'j' || b[i] == b'J') {
                i += 1;
                out.push(Tok::Imag(
                    text.parse().map_err(|_| format!("bad number {text}"))?,
                ));
            } else if is_float {
                out.push(Tok::Float(
                    text.parse().map_err(|_| format!("bad number {text}"))?,
                ));
            } else {
                out.push(Tok::Int(text));
            }
            continue;
        }
        match OPS.iter().find(|op| src[i..].starts_with(**op)) {
            Some(op) => {
                out.push(Tok::Op(op));
                i += op.len();
            }
            None => return Err(format!("unexpected character {c:?}")),
        }
    }
    Ok(out)
}

fn string_body(src: &str, start: usize) -> Result<(&str, usize), String> {
    let rest = &src[start..];
    let quote = if rest.starts_with("'''") || rest.starts_with("\"\"\"") {
        &rest[..3]
    } else {
        &rest[..1]
    };
    let b = src.as_bytes();
    let mut i = start + quote.len();
    while i < src.len() {
        if b[i] == b'\\' {
            i += 2;
            continue;
        }
        if b[i..].starts_with(quote.as_bytes()) {
            return Ok((&src[start + quote.len()..i], i + quote.len()));
        }
        i += 1;
    }
    Err("unterminated string".into())
}

fn unescape(s: &str, bytes: bool) -> Result<WtfString, String> {
    let mut out = WtfString::new();
    let mut it = s.chars().peekable();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some(e) = it.next() else {
            return Err("trailing backslash".into());
        };
        let hex =
            |n: usize, it: &mut std::iter::Peekable<std::str::Chars>| -> Result<u32, String> {
                let h: String = (0..n).filter_map(|_| it.next()).collect();
                u32::from_str_radix(&h, 16).map_err(|_| format!("bad escape \\{e}{h}"))
            };
        match e {
            'n' => out.push('\n'),
            't' => out.push('\t'),
            'r' => out.push('\r'),
            '0'..='7' => {
                let mut v = e.to_digit(8).unwrap_or(0);
                for _ in 0..2 {
                    match it.peek().and_then(|c| c.to_digit(8)) {
                        Some(d) => {
                            v = v * 8 + d;
                            it.next();
                        }
                        None => break,
                    }
                }
                out.push(char::from_u32(v).unwrap_or('\0'));
            }
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0c'),
            'v' => out.push('\x0b'),
            'x' => out.push_cp(hex(2, &mut it)?),
            'u' if !bytes => out.push_cp(hex(4, &mut it)?),
            'U' if !bytes => out.push_cp(hex(8, &mut it)?),
            '\\' | '\'' | '"' => out.push(e),
            '\n' => {}
            other => {
                out.push('\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}
