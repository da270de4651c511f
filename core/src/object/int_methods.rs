//! `int(x)` / `int(text, base)` and int's named methods and attributes.

use alloc::format;
use alloc::vec;
use alloc::vec::Vec;

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use super::args::{Args, Signature};
use super::descr::MethodDef;
use super::error::PyResult;
use super::getset::GetSetDef;
use super::int::IntRef;
use super::typeobj::TypeRef;
use super::value::Value;
use crate::runtime::Runtime;

pub fn install(rt: &Runtime, ty: TypeRef) {
    let s = unsafe { ty.data().slots_mut() };
    s.new = Some(int_new);
    rt.add_methods(
        ty,
        &[
            MethodDef::method("bit_length", int_bit_length),
            MethodDef::method("bit_count", int_bit_count),
            MethodDef::method("as_integer_ratio", int_as_integer_ratio),
            MethodDef::method("conjugate", int_exact_method),
            MethodDef::method("__trunc__", int_exact_method),
            MethodDef::method("__floor__", int_exact_method),
            MethodDef::method("__ceil__", int_exact_method),
            MethodDef::method("__round__", int_round),
            MethodDef::method("__getnewargs__", int_getnewargs),
            MethodDef::method("__sizeof__", int_sizeof),
            MethodDef::method("__format__", int_format),
            MethodDef::method("to_bytes", int_to_bytes),
            MethodDef::class("from_bytes", int_from_bytes),
        ],
    );
    rt.add_getsets(
        ty,
        &[
            GetSetDef {
                name: "real",
                get: |rt, v| rt.exact_int(v),
                set: None,
            },
            GetSetDef {
                name: "imag",
                get: |rt, _| rt.new_int(0),
                set: None,
            },
            GetSetDef {
                name: "numerator",
                get: |rt, v| rt.exact_int(v),
                set: None,
            },
            GetSetDef {
                name: "denominator",
                get: |rt, _| rt.new_int(1),
                set: None,
            },
        ],
    );
}

/// The value of decimal digit `c` in any script (Unicode category Nd), as `int()` and
/// `float()` accept them.
pub fn unicode_digit(c: char) -> Option<u32> {
    if c.is_ascii_digit() {
        return Some(c as u32 - '0' as u32);
    }
    const ZEROS: [u32; 40] = [
        0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6,
        0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
        0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0,
        0xFF10, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC,
    ];
    let u = c as u32;
    ZEROS
        .iter()
        .find(|&&z| (z..z + 10).contains(&u))
        .map(|z| u - z)
        .or(if (0x1D7F6..0x1D800).contains(&u) {
            Some(u - 0x1D7F6)
        } else {
            None
        })
}

/// Why a literal was refused.
pub enum ParseIntError {
    Invalid,
    /// Past the digit limit, with the digit count.
    TooManyDigits(usize),
}

/// Parses an int literal as `int(text, base)` does (base 0 or 2..=36): surrounding whitespace,
/// a sign, an optional base prefix, single underscores between digits, any script's digits.
/// `limit`: the most decimal digits accepted (0: any), for bases that are not powers of two.
pub fn parse_int(text: &str, base: u32, limit: usize) -> Result<BigInt, ParseIntError> {
    let s = text.trim();
    let (neg, s) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let lower2 = s.get(..2).map(|p| p.to_ascii_lowercase());
    let prefix_base = match lower2.as_deref() {
        Some("0x") => 16,
        Some("0o") => 8,
        Some("0b") => 2,
        _ => 0,
    };
    let (base, digits, after_prefix) = if prefix_base != 0 && (base == 0 || base == prefix_base) {
        (prefix_base, &s[2..], true)
    } else if base == 0 {
        // A leading zero is only allowed for zero itself ("00", "0_0").
        if s.starts_with('0') && s.chars().any(|c| c != '0' && c != '_') {
            return Err(ParseIntError::Invalid);
        }
        (10, s, false)
    } else {
        (base, s, false)
    };
    let mut vals: Vec<u8> = Vec::with_capacity(digits.len());
    let mut prev_underscore = false;
    let mut seen_digit = false;
    for c in digits.chars() {
        if c == '_' {
            // Allowed between digits, and right after a base prefix ("0x_1").
            if prev_underscore || (!seen_digit && !after_prefix) {
                return Err(ParseIntError::Invalid);
            }
            prev_underscore = true;
            continue;
        }
        let d = if c.is_ascii() {
            c.to_digit(36)
        } else {
            unicode_digit(c)
        };
        match d {
            Some(d) if d < base => vals.push(d as u8),
            _ => return Err(ParseIntError::Invalid),
        }
        prev_underscore = false;
        seen_digit = true;
    }
    if !seen_digit || prev_underscore {
        return Err(ParseIntError::Invalid);
    }
    if !base.is_power_of_two() && limit > 0 && vals.len() > limit {
        return Err(ParseIntError::TooManyDigits(vals.len()));
    }
    let mag = num_bigint::BigUint::from_radix_be(&vals, base).ok_or(ParseIntError::Invalid)?;
    Ok(BigInt::from_biguint(
        if neg { Sign::Minus } else { Sign::Plus },
        mag,
    ))
}

/// The repr for messages of a str holding lone surrogates (whose `str_of` is a lossy view).
fn exact_repr(rt: &Runtime, v: &Value) -> Option<alloc::string::String> {
    rt.str_data(v)
        .filter(|d| d.has_surrogates())
        .map(|d| super::text_repr::repr_wtf8(d.wtf8()))
}

/// `int(text, base)` with CPython's errors.
pub fn int_from_str(rt: &Runtime, text: &str, base: u32) -> PyResult<BigInt> {
    int_from_text(rt, text, base, None)
}

/// `int(text, base)`; `shown` is the repr for the message when the text came from bytes.
fn int_from_text(
    rt: &Runtime,
    text: &str,
    base: u32,
    shown: Option<alloc::string::String>,
) -> PyResult<BigInt> {
    parse_int(text, base, rt.int_max_str_digits.get()).map_err(|e| match e {
        ParseIntError::Invalid => {
            let mut r = shown.unwrap_or_else(|| super::str_format::quote_repr(text));
            if r.chars().count() > 200 {
                r = r.chars().take(200).collect();
            }
            rt.value_error(format!("invalid literal for int() with base {base}: {r}"))
        }
        ParseIntError::TooManyDigits(n) => rt.int_digits_error(Some(n)),
    })
}

/// `int(b"...", base)` for bytes and bytearray (ASCII text only); `None` for other types.
fn int_from_buffer(rt: &Runtime, x: &Value, base: u32) -> PyResult<Option<BigInt>> {
    let Some(data) = super::bytes::buffer_of(rt, x) else {
        return Ok(None);
    };
    let shown = rt.repr_string(x)?;
    let text = core::str::from_utf8(&data).ok().filter(|t| t.is_ascii());
    // Non-ASCII bytes never parse; "\0" makes sure of that.
    int_from_text(rt, text.unwrap_or("\0"), base, Some(shown)).map(Some)
}

/// CPython's `PyNumber_Long`: `int(x)` for one argument.
pub fn number_to_int(rt: &Runtime, x: &Value) -> PyResult<Value> {
    if rt.int_ref(x).is_some() {
        return rt.exact_int(x);
    }
    let ty = rt.type_of(x);
    let slots = ty.data().slots();
    let checked = |r: Value, what: &str| -> PyResult<Value> {
        if rt.int_ref(&r).is_some() {
            rt.exact_int(&r)
        } else {
            Err(rt.type_error(format!(
                "{what} returned non-int (type {})",
                rt.type_name(&r)
            )))
        }
    };
    if let Some(f) = slots.int {
        return checked(f(rt, x)?, "__int__");
    }
    if let Some(f) = slots.index {
        return checked(f(rt, x)?, "__index__");
    }
    if let Some(t) = rt.lookup_in_type(ty, "__trunc__") {
        let r = rt.call(&t, Args::positional(core::slice::from_ref(x)))?;
        if rt.int_ref(&r).is_some() {
            return rt.exact_int(&r);
        }
        return rt.index(&r).map_err(|_| {
            rt.type_error(format!(
                "__trunc__ returned non-Integral (type {})",
                rt.type_name(&r)
            ))
        });
    }
    if let Some(s) = rt.str_of(x) {
        return rt.new_int_big(int_from_text(rt, s, 10, exact_repr(rt, x))?);
    }
    if let Some(b) = int_from_buffer(rt, x, 10)? {
        return rt.new_int_big(b);
    }
    Err(rt.type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        rt.type_name(x)
    )))
}

/// The `new` slot of int: `int()`, `int(x)`, `int(text, base)`, and subclasses.
pub fn int_new(rt: &Runtime, cls: &Value, args: Args<'_>) -> PyResult<Value> {
    for (k, _) in args.kwargs() {
        if rt.str_of(k) != Some("base") {
            return Err(rt.type_error(format!(
                "'{}' is an invalid keyword argument for int()",
                rt.str_of(k).unwrap_or("?")
            )));
        }
    }
    let [x, base] = args.bind(
        rt,
        &Signature {
            fname: "int",
            names: ["x", "base"],
            posonly: 1,
            required: 0,
            kwonly: 2,
        },
    )?;
    let value = match (x, base) {
        (None, None) => rt.new_int(0)?,
        (None, Some(_)) => return Err(rt.type_error("int() missing string argument")),
        (Some(x), None) => number_to_int(rt, &x)?,
        (Some(x), Some(b)) => {
            let b = rt.index(&b)?;
            let b = rt.int_ref(&b).and_then(|b| b.to_i64()).unwrap_or(-1);
            if b != 0 && !(2..=36).contains(&b) {
                return Err(rt.value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            if let Some(text) = rt.str_of(&x) {
                rt.new_int_big(int_from_text(rt, text, b as u32, exact_repr(rt, &x))?)?
            } else if let Some(v) = int_from_buffer(rt, &x, b as u32)? {
                rt.new_int_big(v)?
            } else {
                return Err(rt.type_error("int() can't convert non-string with explicit base"));
            }
        }
    };
    let ty = rt
        .type_ref_of_type_value(cls)
        .ok_or_else(|| rt.type_error("int.__new__(X): X is not a type object"))?;
    if ty == rt.types().int {
        return Ok(value);
    }
    let b = rt
        .int_ref(&value)
        .map(|r| r.to_bigint())
        .unwrap_or_default();
    rt.new_int_heap(ty.0, b)
}

fn this<'a>(rt: &Runtime, args: &Args<'a>, name: &str) -> PyResult<IntRef<'a>> {
    args.all
        .first()
        .and_then(|v| rt.int_ref(v))
        .ok_or_else(|| rt.type_error(format!("descriptor '{name}' requires a 'int' object")))
}

fn no_args(rt: &Runtime, args: &Args<'_>, name: &str) -> PyResult<()> {
    args.skip_self().check_count(rt, name, 0, 0).map(|_| ())
}

fn int_bit_length(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    no_args(rt, &args, "bit_length")?;
    let x = this(rt, &args, "bit_length")?;
    rt.new_int(x.bits() as i64)
}

fn int_bit_count(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    no_args(rt, &args, "bit_count")?;
    let n = match this(rt, &args, "bit_count")? {
        IntRef::Small(i) => i.unsigned_abs().count_ones() as u64,
        IntRef::Big(b) => b.magnitude().count_ones(),
    };
    rt.new_int(n as i64)
}

fn int_as_integer_ratio(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    no_args(rt, &args, "as_integer_ratio")?;
    this(rt, &args, "as_integer_ratio")?;
    let n = rt.exact_int(&args.all[0])?;
    rt.new_tuple(vec![n, rt.new_int(1)?])
}

fn int_exact_method(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    no_args(rt, &args, "conjugate")?;
    this(rt, &args, "conjugate")?;
    rt.exact_int(&args.all[0])
}

fn int_getnewargs(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    no_args(rt, &args, "__getnewargs__")?;
    this(rt, &args, "__getnewargs__")?;
    rt.new_tuple(vec![rt.exact_int(&args.all[0])?])
}

fn int_sizeof(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    no_args(rt, &args, "__sizeof__")?;
    let x = this(rt, &args, "__sizeof__")?;
    // CPython's layout: a 24-byte header and 30-bit digits of 4 bytes, at least one.
    let digits = x.bits().div_ceil(30).max(1);
    rt.new_int(24 + 4 * digits as i64)
}

/// `round(x, ndigits)` for ints: exact; negative `ndigits` rounds half to even at 10**-ndigits.
fn int_round(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let a = args.skip_self().check_count(rt, "__round__", 0, 1)?;
    let x = this(rt, &args, "__round__")?;
    // `round(x, None)` calls `__round__()`; `__round__(None)` itself is an error.
    let nd = match a.first() {
        None => return rt.exact_int(&args.all[0]),
        Some(v) => rt.index(v)?,
    };
    let nd = rt.int_ref(&nd).map(|n| n.to_bigint()).unwrap_or_default();
    if !nd.is_negative() {
        return rt.exact_int(&args.all[0]);
    }
    // 10**k exceeds |x| * 2 once k passes the decimal length: the result is 0.
    let k = (-nd).to_u64().unwrap_or(u64::MAX);
    if k > x.bits() / 3 + 2 {
        return rt.new_int(0);
    }
    rt.check_int_size(k.saturating_mul(4))?;
    let k = u32::try_from(k).map_err(|_| rt.memory_error())?;
    let p: BigInt = num_traits::Pow::pow(BigInt::from(10u32), k);
    let (mut q, r) = x.to_bigint().div_mod_floor(&p);
    let twice: BigInt = r * 2u32;
    if twice > p || (twice == p && q.is_odd()) {
        q += 1u32;
    }
    rt.new_int_big(q * p)
}

fn int_format(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let a = args.skip_self().check_count(rt, "__format__", 1, 1)?;
    this(rt, &args, "__format__")?;
    let Some(spec) = rt.str_of(&a[0]) else {
        return Err(rt.type_error(format!(
            "__format__() argument must be str, not {}",
            rt.type_name(&a[0])
        )));
    };
    super::format_spec::format_int(rt, &args.all[0], spec)
}

/// The byte order argument of to_bytes/from_bytes.
fn byteorder(rt: &Runtime, v: Option<&Value>) -> PyResult<bool> {
    match v.map(|v| rt.str_of(v)) {
        None => Ok(false),
        Some(Some("big")) => Ok(false),
        Some(Some("little")) => Ok(true),
        Some(Some(_)) => Err(rt.value_error("byteorder must be either 'little' or 'big'")),
        Some(None) => Err(rt.type_error(format!(
            "to_bytes() argument 'byteorder' must be str, not {}",
            rt.type_name(v.unwrap_or(&rt.none()))
        ))),
    }
}

/// Argument Clinic's message for too many positional arguments before keyword-only ones.
fn positional_at_most(rt: &Runtime, args: &Args<'_>, name: &str, n: usize) -> PyResult<()> {
    let given = args.pos().len().saturating_sub(1);
    if given > n {
        return Err(rt.type_error(format!(
            "{name}() takes at most {n} positional arguments ({given} given)"
        )));
    }
    Ok(())
}

/// The bytes of `int.to_bytes(length, byteorder, signed=...)`, or CPython's OverflowError.
pub fn int_to_byte_vec(
    rt: &Runtime,
    x: IntRef<'_>,
    length: usize,
    little: bool,
    signed: bool,
) -> PyResult<Vec<u8>> {
    if x.is_negative() && !signed {
        return Err(rt.overflow_error("can't convert negative int to unsigned"));
    }
    let b = x.to_bigint();
    let mut bytes = if signed {
        b.to_signed_bytes_le()
    } else {
        b.magnitude().to_bytes_le()
    };
    if b.is_zero() {
        bytes.clear();
    }
    if bytes.len() > length {
        return Err(rt.overflow_error("int too big to convert"));
    }
    rt.check_int_size((length as u64).saturating_mul(8))?;
    let fill = if x.is_negative() { 0xff } else { 0 };
    bytes.resize(length, fill);
    if !little {
        bytes.reverse();
    }
    Ok(bytes)
}

fn int_to_bytes(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let x = this(rt, &args, "to_bytes")?;
    positional_at_most(rt, &args, "to_bytes", 2)?;
    let [length, order, signed] = args.skip_self().bind(
        rt,
        &Signature {
            fname: "to_bytes",
            names: ["length", "byteorder", "signed"],
            posonly: 0,
            required: 0,
            kwonly: 2,
        },
    )?;
    let length = match length {
        Some(l) => rt.index_isize(&l)?,
        None => 1,
    };
    if length < 0 {
        return Err(rt.value_error("length argument must be non-negative"));
    }
    let little = byteorder(rt, order.as_ref())?;
    let signed = match signed {
        Some(s) => rt.truthy(&s)?,
        None => false,
    };
    let bytes = int_to_byte_vec(rt, x, length as usize, little, signed)?;
    rt.new_bytes_vec(bytes)
}

/// The int whose bytes are `bytes` (`int.from_bytes`).
pub fn int_from_byte_slice(bytes: &[u8], little: bool, signed: bool) -> BigInt {
    if signed {
        if little {
            BigInt::from_signed_bytes_le(bytes)
        } else {
            BigInt::from_signed_bytes_be(bytes)
        }
    } else if little {
        BigInt::from_bytes_le(Sign::Plus, bytes)
    } else {
        BigInt::from_bytes_be(Sign::Plus, bytes)
    }
}

fn int_from_bytes(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let cls = args.all.first().cloned().unwrap_or_else(|| rt.none());
    positional_at_most(rt, &args, "from_bytes", 2)?;
    let [data, order, signed] = args.skip_self().bind(
        rt,
        &Signature {
            fname: "from_bytes",
            names: ["bytes", "byteorder", "signed"],
            posonly: 0,
            required: 1,
            kwonly: 2,
        },
    )?;
    let data = data.unwrap_or_else(|| rt.none());
    let little = byteorder(rt, order.as_ref())?;
    let signed = match signed {
        Some(s) => rt.truthy(&s)?,
        None => false,
    };
    // A bytes-like object, or any iterable of ints in range(256) (as `bytes(iterable)`).
    let bytes = match super::bytes::buffer_of(rt, &data) {
        Some(b) => b.into_owned(),
        None => {
            let mut bytes = Vec::new();
            for item in rt.collect(&data)? {
                let i = rt.index_isize(&item)?;
                let b = u8::try_from(i)
                    .map_err(|_| rt.value_error("bytes must be in range(0, 256)"))?;
                bytes.push(b);
            }
            bytes
        }
    };
    let v = rt.new_int_big(int_from_byte_slice(&bytes, little, signed))?;
    if rt.types().int.is(&cls) {
        Ok(v)
    } else {
        rt.call(&cls, Args::positional(&[v]))
    }
}
