//! The format-spec mini-language, `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`:
//! parsing, and applying it to ints, floats, complex numbers and strings, with CPython's errors.
//! `format_value` is `format(x, spec)`: it calls the value's `__format__`.

use alloc::format;
use alloc::string::String;

use num_traits::Signed;

use super::args::Args;
use super::error::PyResult;
use super::float_repr::format_abs;
use super::int::IntRef;
use super::value::Value;
use crate::runtime::Runtime;

/// A parsed format spec.
#[derive(Clone, Debug)]
pub struct Spec {
    pub fill: char,
    /// `<`, `>`, `^` or `=`; `None` means the type's default.
    pub align: Option<char>,
    pub sign: Option<char>,
    /// `z`: turn a negative zero result into a positive one.
    pub z: bool,
    pub alt: bool,
    /// The `0` flag was given.
    pub zero: bool,
    pub width: usize,
    /// `,` or `_`.
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// Parses a spec; `type_name` is used in CPython's "Invalid format specifier" message.
/// `default_ty` is the type assumed when none is given (`s` for str, as CPython).
pub fn parse_spec(
    rt: &Runtime,
    spec: &str,
    type_name: &str,
    default_ty: Option<char>,
) -> PyResult<Spec> {
    let chars: alloc::vec::Vec<char> = spec.chars().collect();
    let mut i = 0;
    let mut out = Spec {
        fill: ' ',
        align: None,
        sign: None,
        z: false,
        alt: false,
        zero: false,
        width: 0,
        grouping: None,
        precision: None,
        ty: None,
    };
    let mut fill_given = false;
    if chars.len() >= 2 && is_align(chars[1]) {
        out.fill = chars[0];
        out.align = Some(chars[1]);
        fill_given = true;
        i = 2;
    } else if let Some(&c) = chars.first()
        && is_align(c)
    {
        out.align = Some(c);
        i = 1;
    }
    if let Some(&c) = chars.get(i)
        && matches!(c, '+' | '-' | ' ')
    {
        out.sign = Some(c);
        i += 1;
    }
    if chars.get(i) == Some(&'z') {
        out.z = true;
        i += 1;
    }
    if chars.get(i) == Some(&'#') {
        out.alt = true;
        i += 1;
    }
    if chars.get(i) == Some(&'0') {
        out.zero = true;
        if !fill_given {
            out.fill = '0';
            // Strings keep their left alignment ("a0000").
            if out.align.is_none() && default_ty != Some('s') {
                out.align = Some('=');
            }
        }
        i += 1;
    }
    let too_many = || rt.value_error("Too many decimal digits in format string");
    let read_num = |i: &mut usize| -> PyResult<Option<usize>> {
        let start = *i;
        let mut n: usize = 0;
        while let Some(d) = chars.get(*i).and_then(|c| c.to_digit(10)) {
            n = n
                .checked_mul(10)
                .and_then(|n| n.checked_add(d as usize))
                .filter(|n| *n <= isize::MAX as usize)
                .ok_or_else(too_many)?;
            *i += 1;
        }
        Ok(if *i > start { Some(n) } else { None })
    };
    if let Some(w) = read_num(&mut i)? {
        // The padding is allocated: refuse widths the heap cannot hold.
        rt.check_int_size((w as u64).saturating_mul(32))?;
        out.width = w;
    }
    if let Some(&c) = chars.get(i)
        && (c == ',' || c == '_')
    {
        out.grouping = Some(c);
        i += 1;
        if let Some(&d) = chars.get(i)
            && (d == ',' || d == '_')
        {
            return Err(rt.value_error("Cannot specify both ',' and '_'."));
        }
    }
    if chars.get(i) == Some(&'.') {
        i += 1;
        match read_num(&mut i)? {
            Some(p) => out.precision = Some(p),
            None => return Err(rt.value_error("Format specifier missing precision")),
        }
    }
    if chars.len() > i + 1 {
        return Err(rt.value_error(format!(
            "Invalid format specifier '{spec}' for object of type '{type_name}'"
        )));
    }
    out.ty = chars.get(i).copied();
    if let Some(g) = out.grouping {
        let ok = match out.ty.or(default_ty) {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'F' | 'G' | '%') => true,
            Some('b' | 'o' | 'x' | 'X') => g == '_',
            _ => false,
        };
        if !ok {
            return Err(rt.value_error(format!(
                "Cannot specify '{g}' with '{}'.",
                out.ty.or(default_ty).unwrap_or(' ')
            )));
        }
    }
    Ok(out)
}

fn unknown_code(rt: &Runtime, c: char, type_name: &str) -> super::error::PyErr {
    rt.value_error(format!(
        "Unknown format code '{c}' for object of type '{type_name}'"
    ))
}

/// Pads `body` (already `len` characters) to the spec's width with its fill and alignment.
fn align(spec: &Spec, body: &str, default: char) -> String {
    let len = body.chars().count();
    if spec.width <= len {
        return String::from(body);
    }
    let pad = spec.width - len;
    let (left, right) = match spec.align.unwrap_or(default) {
        '<' => (0, pad),
        '^' => (pad / 2, pad - pad / 2),
        _ => (pad, 0),
    };
    let mut s = String::with_capacity(body.len() + pad);
    s.extend(core::iter::repeat_n(spec.fill, left));
    s.push_str(body);
    s.extend(core::iter::repeat_n(spec.fill, right));
    s
}

/// Inserts `sep` every `every` digits from the right, padding with zeros to at least
/// `min_width` characters (never starting with a separator).
fn group_digits(digits: &str, sep: Option<char>, every: usize, min_width: usize) -> String {
    let Some(sep) = sep.filter(|_| !digits.is_empty()) else {
        let mut s = String::new();
        s.extend(core::iter::repeat_n(
            '0',
            min_width.saturating_sub(digits.len()),
        ));
        s.push_str(digits);
        return s;
    };
    let mut rev: alloc::vec::Vec<char> = alloc::vec::Vec::new();
    let mut src = digits.chars().rev();
    let mut remaining = digits.len();
    let mut in_group = 0;
    loop {
        let c = match src.next() {
            Some(c) => {
                remaining -= 1;
                c
            }
            None => '0',
        };
        rev.push(c);
        in_group += 1;
        if remaining == 0 && rev.len() >= min_width {
            break;
        }
        if in_group == every {
            rev.push(sep);
            in_group = 0;
            if remaining == 0 && rev.len() >= min_width {
                // A number never starts with a separator: add the next (zero) digit.
                rev.push('0');
                break;
            }
        }
    }
    rev.iter().rev().collect()
}

/// Lays out a number: sign, prefix (`0x`), integer digits (grouped, zero padded), and the rest
/// (fraction, exponent, `%`), then aligns to the width.
fn layout_number(
    spec: &Spec,
    negative: bool,
    prefix: &str,
    int_digits: &str,
    rest: &str,
) -> String {
    let sign = if negative {
        "-"
    } else {
        match spec.sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    };
    let every = if matches!(spec.ty, Some('b' | 'o' | 'x' | 'X')) {
        4
    } else {
        3
    };
    let zero_pad = spec.fill == '0' && spec.align == Some('=');
    let min_width = if zero_pad {
        spec.width
            .saturating_sub(sign.len() + prefix.len() + rest.chars().count())
    } else {
        0
    };
    let digits = group_digits(int_digits, spec.grouping, every, min_width);
    let body_len = sign.len() + prefix.len() + digits.chars().count() + rest.chars().count();
    let mut s = String::new();
    if spec.align == Some('=') && spec.width > body_len {
        s.push_str(sign);
        s.push_str(prefix);
        s.extend(core::iter::repeat_n(spec.fill, spec.width - body_len));
        s.push_str(&digits);
        s.push_str(rest);
        return s;
    }
    s.push_str(sign);
    s.push_str(prefix);
    s.push_str(&digits);
    s.push_str(rest);
    align(spec, &s, '>')
}

/// `format(i, spec)` for ints (and bools).
pub fn format_int(rt: &Runtime, v: &Value, spec_text: &str) -> PyResult<Value> {
    if spec_text.is_empty() {
        return rt.str(v);
    }
    let tn = rt.type_name(v);
    let spec = parse_spec(rt, spec_text, &tn, None)?;
    let Some(x) = rt.int_ref(v) else {
        return Err(rt.type_error("expected an int"));
    };
    let s = format_int_spec(rt, x, &spec, &tn)?;
    rt.new_str(&s)
}

/// Applies a parsed spec to an int.
pub fn format_int_spec(rt: &Runtime, x: IntRef<'_>, spec: &Spec, tn: &str) -> PyResult<String> {
    match spec.ty {
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => {
            let f = super::int_ops::int_as_f64(rt, x)?;
            return format_float_spec(rt, f, spec, tn);
        }
        None | Some('d' | 'n' | 'b' | 'o' | 'x' | 'X' | 'c') => {}
        Some(c) => return Err(unknown_code(rt, c, tn)),
    }
    if spec.precision.is_some() {
        return Err(rt.value_error("Precision not allowed in integer format specifier"));
    }
    if spec.z {
        return Err(
            rt.value_error("Negative zero coercion (z) not allowed in integer format specifier")
        );
    }
    if spec.ty == Some('c') {
        if spec.sign.is_some() {
            return Err(rt.value_error("Sign not allowed with integer format specifier 'c'"));
        }
        if spec.alt {
            return Err(
                rt.value_error("Alternate form (#) not allowed with integer format specifier 'c'")
            );
        }
        let i = x
            .to_i64()
            .ok_or_else(|| rt.overflow_error("Python int too large to convert to C long"))?;
        let ch = u32::try_from(i)
            .ok()
            .and_then(char::from_u32)
            .ok_or_else(|| rt.overflow_error("%c arg not in range(0x110000)"))?;
        let mut b = [0u8; 4];
        return Ok(align(spec, ch.encode_utf8(&mut b), '>'));
    }
    let (radix, prefix) = match spec.ty {
        Some('b') => (2, "0b"),
        Some('o') => (8, "0o"),
        Some('x') => (16, "0x"),
        Some('X') => (16, "0X"),
        _ => (10, ""),
    };
    let digits = if radix == 10 {
        let s = super::int::int_to_decimal(rt, x)?;
        String::from(s.trim_start_matches('-'))
    } else {
        let s = match x {
            IntRef::Small(i) => match radix {
                2 => format!("{:b}", i.unsigned_abs()),
                8 => format!("{:o}", i.unsigned_abs()),
                _ => format!("{:x}", i.unsigned_abs()),
            },
            IntRef::Big(b) => b.abs().to_str_radix(radix),
        };
        if spec.ty == Some('X') {
            s.to_ascii_uppercase()
        } else {
            s
        }
    };
    let prefix = if spec.alt { prefix } else { "" };
    Ok(layout_number(spec, x.is_negative(), prefix, &digits, ""))
}

/// Splits a formatted magnitude into its integer digits and the rest.
fn split_int_part(body: &str) -> (&str, &str) {
    let end = body
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(body.len());
    (&body[..end], &body[end..])
}

/// Applies a parsed spec to a float value.
pub fn format_float_spec(rt: &Runtime, x: f64, spec: &Spec, tn: &str) -> PyResult<String> {
    match spec.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {}
        Some(c) => return Err(unknown_code(rt, c, tn)),
    }
    if let Some(p) = spec.precision {
        rt.check_int_size((p as u64).saturating_mul(8))?;
    }
    let body = format_abs(x, spec.ty, spec.precision, spec.alt);
    let mut negative = x.is_sign_negative() && !x.is_nan();
    if negative
        && spec.z
        && body
            .bytes()
            .all(|b| matches!(b, b'0' | b'.' | b'e' | b'E' | b'+' | b'-' | b'%'))
    {
        negative = false;
    }
    if !x.is_finite() {
        return Ok(layout_number(spec, negative, "", "", &body));
    }
    let (int_part, rest) = split_int_part(&body);
    Ok(layout_number(spec, negative, "", int_part, rest))
}

/// `format(x, spec)` for floats.
pub fn format_float(rt: &Runtime, v: &Value, x: f64, spec_text: &str) -> PyResult<Value> {
    if spec_text.is_empty() {
        return rt.str(v);
    }
    let tn = rt.type_name(v);
    let spec = parse_spec(rt, spec_text, &tn, None)?;
    let s = format_float_spec(rt, x, &spec, &tn)?;
    rt.new_str(&s)
}

/// `format(z, spec)` for complex numbers.
pub fn format_complex(
    rt: &Runtime,
    v: &Value,
    (re, im): (f64, f64),
    spec_text: &str,
) -> PyResult<Value> {
    if spec_text.is_empty() {
        return rt.str(v);
    }
    let tn = rt.type_name(v);
    let spec = parse_spec(rt, spec_text, &tn, None)?;
    match spec.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') => {}
        Some(c) => return Err(unknown_code(rt, c, &tn)),
    }
    if spec.zero || (spec.fill == '0' && spec.align == Some('=')) {
        return Err(rt.value_error("Zero padding is not allowed in complex format specifier"));
    }
    if spec.align == Some('=') {
        return Err(rt.value_error("'=' alignment flag is not allowed in complex format specifier"));
    }
    let (ty, skip_re, parens) = match spec.ty {
        None => {
            let skip = re == 0.0 && re.is_sign_positive();
            let ty = if spec.precision.is_some() { 'g' } else { 'r' };
            (ty, skip, !skip)
        }
        Some(t) => (t, false, false),
    };
    let part = |x: f64, force_sign: bool| -> String {
        let body = format_abs(x, Some(ty), spec.precision, spec.alt);
        let mut negative = x.is_sign_negative() && !x.is_nan();
        if negative
            && spec.z
            && body
                .bytes()
                .all(|b| matches!(b, b'0' | b'.' | b'e' | b'+' | b'-'))
        {
            negative = false;
        }
        let sign = if negative {
            "-"
        } else if force_sign {
            "+"
        } else {
            match spec.sign {
                Some('+') => "+",
                Some(' ') => " ",
                _ => "",
            }
        };
        let (int_part, rest) = if x.is_finite() {
            split_int_part(&body)
        } else {
            ("", body.as_str())
        };
        let digits = group_digits(int_part, spec.grouping, 3, 0);
        format!("{sign}{digits}{rest}")
    };
    let mut s = String::new();
    if parens {
        s.push('(');
    }
    if !skip_re {
        s.push_str(&part(re, false));
    }
    s.push_str(&part(im, !skip_re));
    s.push('j');
    if parens {
        s.push(')');
    }
    let out = align(&spec, &s, '>');
    rt.new_str(&out)
}

/// Applies a spec to text (`format(s, spec)`, `str.__format__`).
pub fn format_str_text(rt: &Runtime, text: &str, spec_text: &str, tn: &str) -> PyResult<String> {
    if spec_text.is_empty() {
        return Ok(String::from(text));
    }
    let spec = parse_spec(rt, spec_text, tn, Some('s'))?;
    match spec.ty {
        None | Some('s') => {}
        Some(c) => return Err(unknown_code(rt, c, tn)),
    }
    match spec.sign {
        Some(' ') => return Err(rt.value_error("Space not allowed in string format specifier")),
        Some(_) => return Err(rt.value_error("Sign not allowed in string format specifier")),
        None => {}
    }
    if spec.z {
        return Err(
            rt.value_error("Negative zero coercion (z) not allowed in string format specifier")
        );
    }
    if spec.alt {
        return Err(rt.value_error("Alternate form (#) not allowed in string format specifier"));
    }
    if spec.align == Some('=') {
        return Err(rt.value_error("'=' alignment not allowed in string format specifier"));
    }
    let truncated: String;
    let text = match spec.precision {
        Some(p) if text.chars().count() > p => {
            truncated = text.chars().take(p).collect();
            truncated.as_str()
        }
        _ => text,
    };
    Ok(align(&spec, text, '<'))
}

/// `str.__format__(self, spec)`: register as the `__format__` method of str.
pub fn str_format_method(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let a = args.skip_self().check_count(rt, "__format__", 1, 1)?;
    let this = args
        .all
        .first()
        .and_then(|v| rt.str_of(v))
        .ok_or_else(|| rt.type_error("descriptor '__format__' requires a 'str' object"))?;
    let Some(spec) = rt.str_of(&a[0]) else {
        return Err(rt.type_error(format!(
            "__format__() argument must be str, not {}",
            rt.type_name(&a[0])
        )));
    };
    if spec.is_empty() {
        return rt.str(&args.all[0]);
    }
    let tn = rt.type_name(&args.all[0]);
    if let Some(d) = rt.str_data(&args.all[0]).filter(|d| d.has_surrogates()) {
        return super::str_format::format_str_exact(rt, d, spec, &tn);
    }
    let s = format_str_text(rt, this, spec, &tn)?;
    rt.new_str(&s)
}

/// `object.__format__(self, spec)`: `str(self)` for an empty spec, else TypeError.
pub fn object_format(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let a = args.skip_self().check_count(rt, "__format__", 1, 1)?;
    let this = args.all.first().ok_or_else(|| {
        rt.type_error("descriptor '__format__' of 'object' object needs an argument")
    })?;
    object_format_value(rt, this, &a[0])
}

fn object_format_value(rt: &Runtime, this: &Value, spec: &Value) -> PyResult<Value> {
    match rt.str_of(spec) {
        None => Err(rt.type_error(format!(
            "__format__() argument must be str, not {}",
            rt.type_name(spec)
        ))),
        Some("") => rt.str(this),
        Some(_) => Err(rt.type_error(format!(
            "unsupported format string passed to {}.__format__",
            rt.type_name(this)
        ))),
    }
}

/// `format(value, spec)`: calls the type's `__format__` and checks it returned a str.
pub fn format_value(rt: &Runtime, v: &Value, spec: &str) -> PyResult<Value> {
    // Exact built-ins directly: no method lookup, no argument tuple.
    let ty = rt.type_of(v);
    let t = rt.types();
    if ty == t.int {
        return format_int(rt, v, spec);
    }
    if ty == t.str {
        if spec.is_empty() {
            return Ok(v.clone());
        }
        if let Some(d) = rt.str_data(v).filter(|d| d.has_surrogates()) {
            return super::str_format::format_str_exact(rt, d, spec, "str");
        }
        let s = format_str_text(rt, rt.str_of(v).unwrap_or(""), spec, "str")?;
        return rt.new_str(&s);
    }
    if ty == t.float
        && let Some(x) = rt.float_of(v)
    {
        return format_float(rt, v, x, spec);
    }
    let spec_v = rt.new_str(spec)?;
    let r = match rt.lookup_in_type(ty, "__format__") {
        Some(f) => rt.call(&f, Args::positional(&[v.clone(), spec_v]))?,
        None => object_format_value(rt, v, &spec_v)?,
    };
    if rt.str_of(&r).is_none() {
        return Err(rt.type_error(format!(
            "__format__ must return a str, not {}",
            rt.type_name(&r)
        )));
    }
    Ok(r)
}
