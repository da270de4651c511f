//! Replacement templates of `sub()`/`subn()`/`Match.expand()`: `\1`, `\g<name>`, `\g<0>`,
//! octal and single-letter escapes, with CPython's errors.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

pub enum Part {
    /// Literal code points (bytes templates: values < 256).
    Lit(Vec<u32>),
    Group(u32),
}

pub enum TemplateError {
    /// `re.error(msg, template, pos)`.
    Re(String, usize),
    /// IndexError (an unknown group name).
    Index(String),
}

fn err<T>(msg: impl Into<String>, pos: usize) -> Result<T, TemplateError> {
    Err(TemplateError::Re(msg.into(), pos))
}

fn text(t: &[u32], a: usize, b: usize) -> String {
    t.get(a..b.min(t.len()))
        .unwrap_or(&[])
        .iter()
        .map(|&c| char::from_u32(c).unwrap_or('\u{fffd}'))
        .collect()
}

fn is_octal(c: u32) -> bool {
    (0x30..=0x37).contains(&c)
}
fn is_digit(c: u32) -> bool {
    (0x30..=0x39).contains(&c)
}

/// Parses `t`; `groups` is the pattern's group count, `names` its named groups.
pub fn parse(
    t: &[u32],
    groups: u32,
    names: &[(String, u32)],
    bytes: bool,
) -> Result<Vec<Part>, TemplateError> {
    let mut parts: Vec<Part> = Vec::new();
    let mut lit: Vec<u32> = Vec::new();
    let mut i = 0;
    let group_ok = |g: u32, pos: usize| -> Result<u32, TemplateError> {
        if g > groups {
            err(format!("invalid group reference {g}"), pos)
        } else {
            Ok(g)
        }
    };
    while i < t.len() {
        let c = t[i];
        if c != b'\\' as u32 {
            lit.push(c);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        let Some(&e) = t.get(i) else {
            return err("bad escape (end of pattern)", start);
        };
        i += 1;
        let mut group = None;
        match char::from_u32(e).unwrap_or('\0') {
            'g' => {
                if t.get(i) != Some(&(b'<' as u32)) {
                    return err("missing <", i);
                }
                i += 1;
                let name_start = i;
                while i < t.len() && t[i] != b'>' as u32 {
                    i += 1;
                }
                if i >= t.len() {
                    if i == name_start {
                        return err("missing group name", name_start);
                    }
                    return err("missing >, unterminated name", name_start);
                }
                let name = text(t, name_start, i);
                i += 1;
                if name.is_empty() {
                    return err("missing group name", name_start);
                }
                if name.bytes().all(|b| b.is_ascii_digit()) {
                    let g: u32 = name.parse().unwrap_or(u32::MAX);
                    group = Some(group_ok(g, name_start)?);
                } else if crate::object::unicode::is_identifier(&name)
                    && (!bytes || name.is_ascii())
                {
                    match names.iter().find(|(n, _)| *n == name) {
                        Some(&(_, g)) => group = Some(g),
                        None => {
                            return Err(TemplateError::Index(format!(
                                "unknown group name '{name}'"
                            )));
                        }
                    }
                } else {
                    return err(format!("bad character in group name '{name}'"), name_start);
                }
            }
            '0' => {
                let mut v = 0;
                for _ in 0..2 {
                    match t.get(i) {
                        Some(&d) if is_octal(d) => {
                            v = v * 8 + (d - 0x30);
                            i += 1;
                        }
                        _ => break,
                    }
                }
                lit.push(v);
            }
            '1'..='9' => {
                let d2 = t.get(i).copied();
                let d3 = t.get(i + 1).copied();
                if let (Some(d2), Some(d3)) = (d2, d3)
                    && is_octal(e)
                    && is_octal(d2)
                    && is_octal(d3)
                {
                    i += 2;
                    let v = (e - 0x30) * 64 + (d2 - 0x30) * 8 + (d3 - 0x30);
                    if v > 0o377 {
                        let s = text(t, start, i);
                        return err(
                            format!("octal escape value {s} outside of range 0-0o377"),
                            start,
                        );
                    }
                    lit.push(v);
                    continue;
                }
                let mut g = e - 0x30;
                if let Some(d2) = d2.filter(|&d| is_digit(d)) {
                    i += 1;
                    g = g * 10 + (d2 - 0x30);
                }
                group = Some(group_ok(g, start + 1)?);
            }
            'a' => lit.push(7),
            'b' => lit.push(8),
            'f' => lit.push(12),
            'n' => lit.push(10),
            'r' => lit.push(13),
            't' => lit.push(9),
            'v' => lit.push(11),
            '\\' => lit.push(b'\\' as u32),
            x if x.is_ascii_alphabetic() => {
                return err(format!("bad escape {}", text(t, start, i)), start);
            }
            _ => {
                lit.push(b'\\' as u32);
                lit.push(e);
            }
        }
        if let Some(g) = group {
            if !lit.is_empty() {
                parts.push(Part::Lit(core::mem::take(&mut lit)));
            }
            parts.push(Part::Group(g));
        }
    }
    if !lit.is_empty() {
        parts.push(Part::Lit(lit));
    }
    Ok(parts)
}
