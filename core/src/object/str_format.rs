//! `str.format` and `str.format_map`: replacement fields `{name.attr[key]!conv:spec}` with
//! automatic or manual numbering, nested fields inside specs, and CPython's errors. Also the
//! str `repr`/`ascii` text helpers the number and formatting code needs.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::cell::Cell;
use core::fmt::Write;

use super::args::Args;
use super::error::PyResult;
use super::value::Value;
use crate::runtime::Runtime;

/// Python's `repr()` of a str: single quotes unless the text has `'` and no `"`; escapes for
/// backslashes, quotes and non-printable characters.
pub fn quote_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if !is_printable(c) => escape_char(&mut out, c),
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// An approximation of `str.isprintable()` per character: control characters, separators other
/// than space, surrogates and a few format characters are not printable.
fn is_printable(c: char) -> bool {
    let u = c as u32;
    !(u < 0x20
        || (0x7f..=0xa0).contains(&u)
        || u == 0xad
        || (0x2000..=0x200f).contains(&u)
        || (0x2028..=0x202f).contains(&u)
        || (0x205f..=0x206f).contains(&u)
        || u == 0x3000
        || u == 0xfeff
        || (0xfff9..=0xfffb).contains(&u)
        || (0xe000..=0xf8ff).contains(&u)
        || u >= 0xf0000
        || u == 0x1680)
}

fn escape_char(out: &mut String, c: char) {
    let u = c as u32;
    let _ = if u < 0x100 {
        write!(out, "\\x{u:02x}")
    } else if u < 0x10000 {
        write!(out, "\\u{u:04x}")
    } else {
        write!(out, "\\U{u:08x}")
    };
}

/// `ascii()` applied to a repr: every non-ASCII character escaped.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            escape_char(&mut out, c);
        }
    }
    out
}

/// Where field values come from.
struct Source<'a> {
    positional: &'a [Value],
    /// Keyword arguments (`format`) as pairs, or a mapping (`format_map`).
    kwargs: Vec<(&'a Value, &'a Value)>,
    mapping: Option<&'a Value>,
    /// 0: not decided, 1: automatic numbering, 2: manual.
    numbering: Cell<u8>,
    next_auto: Cell<usize>,
}

/// `str.format(self, *args, **kwargs)`.
pub fn str_format(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    let Some(fmt) = pos.first().and_then(|v| rt.str_data(v)) else {
        return Err(rt.type_error("descriptor 'format' of 'str' object needs an argument"));
    };
    let src = Source {
        positional: &pos[1..],
        kwargs: args.kwargs().collect(),
        mapping: None,
        numbering: Cell::new(0),
        next_auto: Cell::new(0),
    };
    let s = render(rt, fmt.as_str(), fmt.wtf8(), &src, 2)?;
    rt.new_str_wtf8(s)
}

/// `str.format_map(self, mapping)`.
pub fn str_format_map(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let a = args.check_count(rt, "format_map", 2, 2).map_err(|_| {
        rt.type_error(format!(
            "format_map() takes exactly one argument ({} given)",
            args.all.len().saturating_sub(1)
        ))
    })?;
    let Some(fmt) = rt.str_data(&a[0]) else {
        return Err(rt.type_error("descriptor 'format_map' of 'str' object needs an argument"));
    };
    let src = Source {
        positional: &[],
        kwargs: Vec::new(),
        mapping: Some(&a[1]),
        numbering: Cell::new(0),
        next_auto: Cell::new(0),
    };
    let s = render(rt, fmt.as_str(), fmt.wtf8(), &src, 2)?;
    rt.new_str_wtf8(s)
}

/// Expands one format string (`depth` limits fields nested in specs) to generalized UTF-8:
/// `fmt` is the text (lossy if it has lone surrogates) and `exact` its exact bytes, whose code
/// points the literal text copies (same character indices as `fmt`).
fn render(
    rt: &Runtime,
    fmt: &str,
    exact: &[u8],
    src: &Source<'_>,
    depth: u32,
) -> PyResult<Vec<u8>> {
    if depth == 0 {
        return Err(rt.value_error("Max string recursion exceeded"));
    }
    let chars: Vec<char> = fmt.chars().collect();
    let cps: Vec<u32> = if exact.len() == fmt.len() && exact != fmt.as_bytes() {
        super::str_wtf8::code_points(exact).collect()
    } else {
        Vec::new()
    };
    let mut out: Vec<u8> = Vec::with_capacity(fmt.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push(b'}');
                i += 2;
                continue;
            }
            return Err(rt.value_error("Single '}' encountered in format string"));
        }
        if c != '{' {
            super::str_wtf8::push_cp(&mut out, cps.get(i).copied().unwrap_or(c as u32));
            i += 1;
            continue;
        }
        if chars.get(i + 1) == Some(&'{') {
            out.push(b'{');
            i += 2;
            continue;
        }
        if i + 1 >= chars.len() {
            return Err(rt.value_error("Single '{' encountered in format string"));
        }
        let (field, next) = scan_field(rt, &chars, i + 1)?;
        i = next;
        let text = render_field(rt, &field, src, depth)?;
        out.extend_from_slice(&text);
    }
    Ok(out)
}

/// A replacement field's parts.
struct Field {
    name: String,
    conversion: Option<char>,
    spec: String,
}

/// Reads a field starting after its `{`; returns it and the index after its `}`.
fn scan_field(rt: &Runtime, chars: &[char], start: usize) -> PyResult<(Field, usize)> {
    let mut i = start;
    let mut name = String::new();
    let mut conversion = None;
    // Field name, up to '}', '!' or ':' ('[' ... ']' may contain anything).
    loop {
        let Some(&c) = chars.get(i) else {
            return Err(rt.value_error("expected '}' before end of string"));
        };
        i += 1;
        match c {
            '[' => {
                name.push(c);
                loop {
                    let Some(&d) = chars.get(i) else {
                        return Err(rt.value_error("expected '}' before end of string"));
                    };
                    i += 1;
                    name.push(d);
                    if d == ']' {
                        break;
                    }
                }
            }
            '{' => return Err(rt.value_error("unexpected '{' in field name")),
            '}' => {
                return Ok((
                    Field {
                        name,
                        conversion,
                        spec: String::new(),
                    },
                    i,
                ));
            }
            '!' => {
                let Some(&conv) = chars.get(i) else {
                    return Err(
                        rt.value_error("end of string while looking for conversion specifier")
                    );
                };
                conversion = Some(conv);
                i += 1;
                match chars.get(i) {
                    Some('}') => {
                        return Ok((
                            Field {
                                name,
                                conversion,
                                spec: String::new(),
                            },
                            i + 1,
                        ));
                    }
                    Some(':') => {
                        i += 1;
                        break;
                    }
                    None => return Err(rt.value_error("unmatched '{' in format spec")),
                    Some(_) => {
                        return Err(rt.value_error("expected ':' after conversion specifier"));
                    }
                }
            }
            ':' => break,
            c => name.push(c),
        }
    }
    // The spec, up to the matching '}' (it may hold nested fields).
    let mut spec = String::new();
    let mut depth = 1;
    loop {
        let Some(&c) = chars.get(i) else {
            return Err(rt.value_error("unmatched '{' in format spec"));
        };
        i += 1;
        if c == '{' {
            depth += 1;
        } else if c == '}' {
            depth -= 1;
            if depth == 0 {
                break;
            }
        }
        spec.push(c);
    }
    Ok((
        Field {
            name,
            conversion,
            spec,
        },
        i,
    ))
}

fn parse_index(rt: &Runtime, s: &str) -> PyResult<Option<usize>> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(None);
    }
    s.parse::<usize>()
        .map(Some)
        .map_err(|_| rt.value_error("Too many decimal digits in format string"))
}

/// The value of the first part of a field name (`0`, `name`, or empty for the next one).
fn lookup_first(rt: &Runtime, first: &str, src: &Source<'_>) -> PyResult<Value> {
    let index = if first.is_empty() {
        if src.numbering.get() == 2 {
            return Err(rt.value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        src.numbering.set(1);
        let n = src.next_auto.get();
        src.next_auto.set(n + 1);
        Some(n)
    } else {
        let idx = parse_index(rt, first)?;
        if idx.is_some() {
            if src.numbering.get() == 1 {
                return Err(rt.value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            src.numbering.set(2);
        }
        idx
    };
    match index {
        Some(n) => {
            if src.mapping.is_some() {
                return Err(rt.value_error("Format string contains positional fields"));
            }
            src.positional.get(n).cloned().ok_or_else(|| {
                rt.index_error(format!(
                    "Replacement index {n} out of range for positional args tuple"
                ))
            })
        }
        None => {
            let key = rt.new_str(first)?;
            if let Some(m) = src.mapping {
                return rt.getitem(m, &key);
            }
            for (k, v) in &src.kwargs {
                if rt.str_of(k) == Some(first) {
                    return Ok((*v).clone());
                }
            }
            Err(rt.key_error(key))
        }
    }
}

/// Resolves `first.attr[key]...`.
fn resolve(rt: &Runtime, name: &str, src: &Source<'_>) -> PyResult<Value> {
    let end = name.find(['.', '[']).unwrap_or(name.len());
    let mut obj = lookup_first(rt, &name[..end], src)?;
    let rest: Vec<char> = name[end..].chars().collect();
    let mut i = 0;
    while i < rest.len() {
        if rest[i] == '.' {
            i += 1;
            let start = i;
            while i < rest.len() && rest[i] != '.' && rest[i] != '[' {
                i += 1;
            }
            if i == start {
                return Err(rt.value_error("Empty attribute in format string"));
            }
            let attr: String = rest[start..i].iter().collect();
            obj = rt.getattr_str(&obj, &attr)?;
        } else {
            // '['
            i += 1;
            let start = i;
            while i < rest.len() && rest[i] != ']' {
                i += 1;
            }
            if i >= rest.len() {
                return Err(rt.value_error("Missing ']' in format string"));
            }
            let key: String = rest[start..i].iter().collect();
            if key.is_empty() {
                return Err(rt.value_error("Empty attribute in format string"));
            }
            i += 1;
            let k = match parse_index(rt, &key)? {
                Some(n) => rt.new_int(n as i64)?,
                None => rt.new_str(&key)?,
            };
            obj = rt.getitem(&obj, &k)?;
            if i < rest.len() && rest[i] != '.' && rest[i] != '[' {
                return Err(
                    rt.value_error("Only '.' or '[' may follow ']' in format field specifier")
                );
            }
        }
    }
    Ok(obj)
}

fn render_field(rt: &Runtime, f: &Field, src: &Source<'_>, depth: u32) -> PyResult<Vec<u8>> {
    let obj = resolve(rt, &f.name, src)?;
    let obj = match f.conversion {
        None => obj,
        Some('r') => rt.repr(&obj)?,
        Some('s') => rt.str(&obj)?,
        Some('a') => {
            let r = rt.repr_string(&obj)?;
            rt.new_str(&ascii_escape(&r))?
        }
        Some(c) => {
            return Err(rt.value_error(format!("Unknown conversion specifier {c}")));
        }
    };
    let spec = if f.spec.contains(['{', '}']) {
        let b = render(rt, &f.spec, f.spec.as_bytes(), src, depth - 1)?;
        String::from_utf8(b).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into())
    } else {
        f.spec.clone()
    };
    let r = super::format_spec::format_value(rt, &obj, &spec)?;
    Ok(rt.str_bytes(&r).unwrap_or_default().to_vec())
}

/// `format(s, spec)` for a str holding lone surrogates: a str spec only truncates and pads, so
/// the result is laid out with a placeholder text of the same length (a letter the spec does
/// not use, so it cannot be the fill) and the exact characters are put where it landed.
pub fn format_str_exact(
    rt: &Runtime,
    d: &super::str::StrData,
    spec: &str,
    tn: &str,
) -> PyResult<Value> {
    let ph = ['x', 'y', 'z', 'q']
        .into_iter()
        .find(|c| !spec.contains(*c))
        .unwrap_or('x');
    let placeholder: String = core::iter::repeat_n(ph, d.char_len()).collect();
    let laid = super::format_spec::format_str_text(rt, &placeholder, spec, tn)?;
    let Some(first) = laid.find(ph) else {
        // Truncated to nothing: only fill remains.
        return rt.new_string(laid);
    };
    let kept = laid[first..].chars().take_while(|&c| c == ph).count();
    let mut out = Vec::with_capacity(laid.len());
    out.extend_from_slice(&laid.as_bytes()[..first]);
    out.extend_from_slice(&d.wtf8()[..d.byte_offset(kept)]);
    out.extend_from_slice(&laid.as_bytes()[first + kept..]);
    rt.new_str_wtf8(out)
}
