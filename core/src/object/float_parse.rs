//! Text to float: `float(str)` with CPython's accepted syntax (surrounding whitespace, a sign,
//! `inf`/`infinity`/`nan` in any case, single underscores between digits, digits of any script)
//! and `float.fromhex`. Decimal text is converted by `core`'s correctly rounded parser once
//! we have checked the syntax; hex text is rounded exactly with big-int arithmetic.

use alloc::string::String;

use num_bigint::BigInt;
use num_traits::Zero;

use super::int_methods::unicode_digit;

/// Parses a float literal as `float(text)` does; `None` when the syntax is not accepted.
pub fn parse_float(text: &str) -> Option<f64> {
    let s = text.trim();
    let (neg, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let lower = body.to_ascii_lowercase();
    let special = match lower.as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        return Some(if neg { -v } else { v });
    }
    let clean = clean_decimal(body)?;
    let v: f64 = clean.parse().ok()?;
    Some(if neg { -v } else { v })
}

/// Checks `digits [. digits] [e [sign] digits]` with PEP 515 underscores and returns it as
/// plain ASCII without underscores.
fn clean_decimal(body: &str) -> Option<String> {
    let mut out = String::with_capacity(body.len());
    #[derive(PartialEq, Clone, Copy)]
    enum Part {
        Int,
        Frac,
        ExpStart,
        Exp,
    }
    let mut part = Part::Int;
    let mut int_digits = 0;
    let mut frac_digits = 0;
    let mut exp_digits = 0;
    // The previous character was a digit (an underscore must sit between two digits).
    let mut prev_digit = false;
    let mut pending_underscore = false;
    for c in body.chars() {
        if c == '_' {
            if !prev_digit || pending_underscore {
                return None;
            }
            pending_underscore = true;
            prev_digit = false;
            continue;
        }
        if let Some(d) = unicode_digit(c) {
            out.push(char::from(b'0' + d as u8));
            match part {
                Part::Int => int_digits += 1,
                Part::Frac => frac_digits += 1,
                Part::ExpStart | Part::Exp => {
                    part = Part::Exp;
                    exp_digits += 1
                }
            }
            prev_digit = true;
            pending_underscore = false;
            continue;
        }
        if pending_underscore {
            return None;
        }
        prev_digit = false;
        match (c, part) {
            ('.', Part::Int) => part = Part::Frac,
            ('e' | 'E', Part::Int | Part::Frac) if int_digits + frac_digits > 0 => {
                part = Part::ExpStart
            }
            ('+' | '-', Part::ExpStart) if out.ends_with('e') => {}
            _ => return None,
        }
        out.push(if c == 'E' { 'e' } else { c });
    }
    if pending_underscore || int_digits + frac_digits == 0 {
        return None;
    }
    if matches!(part, Part::ExpStart) || (part == Part::Exp && exp_digits == 0) {
        return None;
    }
    Some(out)
}

/// Why `float.fromhex` failed.
pub enum HexError {
    Invalid,
    Overflow,
}

/// `float.fromhex(text)`, correctly rounded.
pub fn parse_hex_float(text: &str) -> Result<f64, HexError> {
    let s = text.trim();
    let (neg, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let sign = |v: f64| if neg { -v } else { v };
    match body.to_ascii_lowercase().as_str() {
        "inf" | "infinity" => return Ok(sign(f64::INFINITY)),
        "nan" => return Ok(sign(f64::NAN)),
        _ => {}
    }
    let body = body
        .strip_prefix("0x")
        .or_else(|| body.strip_prefix("0X"))
        .unwrap_or(body);
    let (mant, exp) = match body.find(['p', 'P']) {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    let (int_part, frac_part) = match mant.split_once('.') {
        Some((i, f)) => (i, f),
        None => (mant, ""),
    };
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(HexError::Invalid);
    }
    let mut m = BigInt::zero();
    for c in int_part.chars().chain(frac_part.chars()) {
        let d = c.to_digit(16).ok_or(HexError::Invalid)?;
        m = (m << 4u32) + d;
    }
    let e: i64 = match exp {
        None => 0,
        Some(t) => {
            let t = t.strip_prefix('+').unwrap_or(t);
            let (en, digits) = match t.strip_prefix('-') {
                Some(d) => (true, d),
                None => (false, t),
            };
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(HexError::Invalid);
            }
            // Saturate: anything this large over- or underflows anyway.
            let v = digits
                .parse::<i64>()
                .unwrap_or(i64::MAX / 4)
                .min(i64::MAX / 4);
            if en { -v } else { v }
        }
    };
    let e = e - 4 * frac_part.len() as i64;
    if m.is_zero() {
        return Ok(sign(0.0));
    }
    let top = m.bits() as i64 + e;
    if top > 1025 {
        return Err(HexError::Overflow);
    }
    if top < -1080 {
        return Ok(sign(0.0));
    }
    let v = if e >= 0 {
        super::int_ops::div_to_f64(&(m << (e as usize)), &BigInt::from(1))
    } else {
        super::int_ops::div_to_f64(&m, &(BigInt::from(1) << ((-e) as usize)))
    };
    v.map(sign).ok_or(HexError::Overflow)
}
