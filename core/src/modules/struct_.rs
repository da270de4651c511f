//! `_struct` (Rust: packing loops are hot): the format parser and the pack/unpack functions.
//! The `Struct` class and `struct.error` are in the frozen `py/struct.py`; errors raised here
//! use that class, found as `_struct.error`.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::ffi::{c_int, c_long, c_longlong, c_short};
use core::mem::size_of;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::native_module;
use crate::Runtime;
use crate::object::args::{Args, Signature};
use crate::object::{PyErr, PyResult, Value};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// `@`: native sizes, alignment and byte order.
    Native,
    /// `<` and `=` (this is a little-endian host... or not: `=` follows the host).
    Little,
    Big,
}

struct Item {
    code: u8,
    /// Bytes of one value (for `s`/`p`: the whole field).
    size: usize,
    offset: usize,
}

pub(super) struct Format {
    mode: Mode,
    items: Vec<Item>,
    pub size: usize,
}

fn native_size(c: u8) -> Option<usize> {
    Some(match c {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' => size_of::<c_short>(),
        b'i' | b'I' => size_of::<c_int>(),
        b'l' | b'L' => size_of::<c_long>(),
        b'q' | b'Q' => size_of::<c_longlong>(),
        b'n' | b'N' | b'P' => size_of::<usize>(),
        b'e' => 2,
        b'f' => 4,
        b'd' => 8,
        _ => return None,
    })
}

fn std_size(c: u8) -> Option<usize> {
    Some(match c {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'l' | b'L' | b'f' => 4,
        b'q' | b'Q' | b'd' => 8,
        _ => return None,
    })
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// Parses a format; Err is the `struct.error` message.
pub(super) fn parse(fmt: &[u8]) -> Result<Format, String> {
    let (mode, rest) = match fmt.first() {
        Some(b'@') => (Mode::Native, &fmt[1..]),
        Some(b'<') => (Mode::Little, &fmt[1..]),
        Some(b'=') if cfg!(target_endian = "little") => (Mode::Little, &fmt[1..]),
        Some(b'=') | Some(b'>') | Some(b'!') => (Mode::Big, &fmt[1..]),
        _ => (Mode::Native, fmt),
    };
    let mut items = Vec::new();
    let mut size = 0usize;
    let mut i = 0;
    let too_long = || String::from("total struct size too long");
    while i < rest.len() {
        let mut c = rest[i];
        if is_space(c) {
            i += 1;
            continue;
        }
        let mut count = 1usize;
        if c.is_ascii_digit() {
            count = 0;
            while i < rest.len() && rest[i].is_ascii_digit() {
                count = count
                    .checked_mul(10)
                    .and_then(|n| n.checked_add((rest[i] - b'0') as usize))
                    .ok_or_else(too_long)?;
                i += 1;
            }
            if i >= rest.len() {
                return Err("repeat count given without format specifier".into());
            }
            c = rest[i];
        }
        i += 1;
        let sz = if mode == Mode::Native {
            native_size(c)
        } else {
            std_size(c)
        };
        let Some(sz) = sz else {
            return Err("bad char in struct format".into());
        };
        if mode == Mode::Native && !matches!(c, b's' | b'p' | b'x') {
            size = size.div_ceil(sz).checked_mul(sz).ok_or_else(too_long)?;
        }
        match c {
            b'x' => size = size.checked_add(count).ok_or_else(too_long)?,
            b's' | b'p' => {
                items.push(Item {
                    code: c,
                    size: count,
                    offset: size,
                });
                size = size.checked_add(count).ok_or_else(too_long)?;
            }
            _ => {
                for _ in 0..count {
                    items.push(Item {
                        code: c,
                        size: sz,
                        offset: size,
                    });
                    size = size.checked_add(sz).ok_or_else(too_long)?;
                }
            }
        }
        if size > isize::MAX as usize / 2 {
            return Err(too_long());
        }
    }
    Ok(Format { mode, items, size })
}

/// A `struct.error` with `msg` (ValueError before `struct` defined the class).
fn error(rt: &Runtime, msg: impl Into<String>) -> PyErr {
    let msg: String = msg.into();
    let cls = crate::interp::modules(rt)
        .ok()
        .and_then(|m| rt.dict_data(&m).and_then(|d| d.get_str(rt, "_struct")))
        .and_then(|m| rt.getattr_opt(&m, "error").ok().flatten());
    match (cls, rt.new_str(&msg)) {
        (Some(cls), Ok(s)) => match rt.call(&cls, Args::positional(&[s])) {
            Ok(e) => PyErr(e),
            Err(e) => e,
        },
        _ => rt.value_error(msg),
    }
}

fn fmt_bytes<'a>(rt: &Runtime, v: &'a Value) -> PyResult<alloc::borrow::Cow<'a, [u8]>> {
    if let Some(s) = rt.str_of(v) {
        return Ok(alloc::borrow::Cow::Borrowed(s.as_bytes()));
    }
    if let Some(b) = rt.bytes_of(v) {
        return Ok(alloc::borrow::Cow::Borrowed(b));
    }
    Err(rt.type_error(format!(
        "Struct() argument 1 must be a str or bytes object, not {}",
        rt.type_name(v)
    )))
}

fn get_format(rt: &Runtime, v: &Value) -> PyResult<Format> {
    let b = fmt_bytes(rt, v)?;
    parse(&b).map_err(|m| error(rt, m))
}

fn int_arg(rt: &Runtime, v: &Value) -> PyResult<BigInt> {
    if rt.int_ref(v).is_none() && rt.lookup_in_type(rt.type_of(v), "__index__").is_none() {
        return Err(error(rt, "required argument is not an integer"));
    }
    let i = rt.index(v)?;
    Ok(rt.int_ref(&i).map(|r| r.to_bigint()).unwrap_or_default())
}

fn float_arg(rt: &Runtime, v: &Value) -> PyResult<f64> {
    super::math::arg_f64(rt, v).map_err(|e| {
        if rt.err_matches(&e, rt.exc().type_error) || rt.err_matches(&e, rt.exc().overflow_error) {
            error(rt, "required argument is not a float")
        } else {
            e
        }
    })
}

fn put_uint(out: &mut [u8], v: u64, size: usize, big: bool) {
    let bytes = v.to_le_bytes();
    for k in 0..size {
        let b = bytes[k];
        if big {
            out[size - 1 - k] = b;
        } else {
            out[k] = b;
        }
    }
}

fn get_uint(data: &[u8], size: usize, big: bool) -> u64 {
    let mut v = 0u64;
    for k in 0..size {
        let b = if big { data[k] } else { data[size - 1 - k] };
        v = (v << 8) | b as u64;
    }
    v
}

/// f64 to IEEE half bits, rounding half to even; None when it overflows.
fn to_half(x: f64) -> Option<u16> {
    let sign = (x.is_sign_negative() as u16) << 15;
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    if x.is_infinite() {
        return Some(sign | 0x7c00);
    }
    let a = x.abs();
    if a == 0.0 {
        return Some(sign);
    }
    let bits = a.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32 - 1023;
    if exp < -25 {
        return Some(sign);
    }
    let mant = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
    let shift = 42 + (-14 - exp).max(0) as u32;
    let mut q = mant >> shift;
    let rem = mant & ((1u64 << shift) - 1);
    let half = 1u64 << (shift - 1);
    if rem > half || (rem == half && q & 1 == 1) {
        q += 1;
    }
    if exp < -14 {
        return Some(sign | q as u16);
    }
    let mut e = exp;
    if q == 2048 {
        q = 1024;
        e += 1;
    }
    if e > 15 {
        return None;
    }
    Some(sign | (((e + 15) as u16) << 10) | (q as u16 - 1024))
}

fn from_half(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = ((h >> 10) & 0x1f) as i32;
    let m = (h & 0x3ff) as f64;
    sign * match e {
        0 => m * libm::ldexp(1.0, -24),
        31 if m == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1.0 + m / 1024.0) * libm::ldexp(1.0, e - 15),
    }
}

fn range_msg(code: u8, native_msgs: bool, lo: i128, hi: i128) -> String {
    match (code, native_msgs) {
        (b'b', _) => format!("byte format requires {lo} <= number <= {hi}"),
        (b'B', _) => format!("ubyte format requires {lo} <= number <= {hi}"),
        (b'h', true) => format!("short format requires {lo} <= number <= {hi}"),
        (b'H', true) => format!("ushort format requires {lo} <= number <= {hi}"),
        _ => format!("'{}' format requires {lo} <= number <= {hi}", code as char),
    }
}

fn pack_one(rt: &Runtime, f: &Format, it: &Item, v: &Value, out: &mut [u8]) -> PyResult<()> {
    let big = match f.mode {
        Mode::Big => true,
        Mode::Little => false,
        Mode::Native => cfg!(target_endian = "big"),
    };
    // Little-endian standard formats share CPython's native routines on this host when the
    // sizes agree, and so their messages.
    let native_msgs = f.mode == Mode::Native
        || (!big && cfg!(target_endian = "little") && native_size(it.code) == Some(it.size));
    let dst = &mut out[it.offset..it.offset + it.size];
    match it.code {
        b'c' => {
            let b = match (rt.bytes_of(v), rt.bytearray_data(v)) {
                (Some(b), _) => b.to_vec(),
                (None, Some(ba)) => ba.to_vec(),
                _ => Vec::new(),
            };
            if b.len() != 1 {
                return Err(error(rt, "char format requires a bytes object of length 1"));
            }
            dst[0] = b[0];
        }
        b's' | b'p' => {
            let data: Vec<u8> = match (rt.bytes_of(v), rt.bytearray_data(v)) {
                (Some(b), _) => b.to_vec(),
                (None, Some(ba)) => ba.to_vec(),
                _ => {
                    return Err(error(
                        rt,
                        format!("argument for '{}' must be a bytes object", it.code as char),
                    ));
                }
            };
            if it.code == b's' {
                let n = data.len().min(it.size);
                dst[..n].copy_from_slice(&data[..n]);
            } else if it.size > 0 {
                let n = data.len().min(it.size - 1).min(255);
                dst[0] = n as u8;
                dst[1..1 + n].copy_from_slice(&data[..n]);
            }
        }
        b'?' => dst[0] = rt.truthy(v)? as u8,
        b'e' => {
            let x = float_arg(rt, v)?;
            let h = to_half(x)
                .ok_or_else(|| rt.overflow_error("float too large to pack with e format"))?;
            put_uint(dst, h as u64, 2, big);
        }
        b'f' => {
            let x = float_arg(rt, v)?;
            let y = x as f32;
            if f.mode != Mode::Native && y.is_infinite() && x.is_finite() {
                return Err(rt.overflow_error("float too large to pack with f format"));
            }
            put_uint(dst, y.to_bits() as u64, 4, big);
        }
        b'd' => {
            let x = float_arg(rt, v)?;
            put_uint(dst, x.to_bits(), 8, big);
        }
        b'P' => {
            let n = int_arg(rt, v)?;
            let bits = match (n.to_i64(), n.to_u64()) {
                (Some(i), _) => i as u64,
                (None, Some(u)) => u,
                _ => return Err(error(rt, "int too large to convert")),
            };
            put_uint(dst, bits, it.size, big);
        }
        c => {
            let n = int_arg(rt, v)?;
            let signed = c.is_ascii_lowercase();
            let bits = it.size as u32 * 8;
            let Some(x) = n.to_i128() else {
                return Err(error(rt, "argument out of range"));
            };
            if signed {
                if i64::try_from(x).is_err() {
                    return Err(error(rt, "argument out of range"));
                }
                let (lo, hi) = (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1);
                if x < lo || x > hi {
                    return Err(error(rt, range_msg(c, native_msgs, lo, hi)));
                }
            } else {
                if x < 0 || u64::try_from(x).is_err() {
                    // CPython's native 'B'/'H' check the range before the sign.
                    if x < 0 && bits < 32 && matches!(c, b'B') || (c == b'H' && native_msgs) {
                        let hi = (1i128 << bits) - 1;
                        return Err(error(rt, range_msg(c, native_msgs, 0, hi)));
                    }
                    return Err(error(rt, "argument out of range"));
                }
                let hi = (1i128 << bits) - 1;
                if x > hi {
                    return Err(error(rt, range_msg(c, native_msgs, 0, hi)));
                }
            }
            put_uint(dst, x as u64, it.size, big);
        }
    }
    Ok(())
}

fn unpack_one(rt: &Runtime, f: &Format, it: &Item, data: &[u8]) -> PyResult<Value> {
    let big = match f.mode {
        Mode::Big => true,
        Mode::Little => false,
        Mode::Native => cfg!(target_endian = "big"),
    };
    let src = &data[it.offset..it.offset + it.size];
    Ok(match it.code {
        b'c' => rt.new_bytes(src)?,
        b's' => rt.new_bytes(src)?,
        b'p' => {
            let n = if src.is_empty() {
                0
            } else {
                (src[0] as usize).min(it.size - 1)
            };
            rt.new_bytes(src.get(1..1 + n).unwrap_or(&[]))?
        }
        b'?' => rt.bool_value(src[0] != 0),
        b'e' => rt.new_float(from_half(get_uint(src, 2, big) as u16))?,
        b'f' => rt.new_float(f32::from_bits(get_uint(src, 4, big) as u32) as f64)?,
        b'd' => rt.new_float(f64::from_bits(get_uint(src, 8, big)))?,
        c => {
            let u = get_uint(src, it.size, big);
            if c.is_ascii_lowercase() {
                let shift = 64 - it.size as u32 * 8;
                rt.new_int(((u << shift) as i64) >> shift)?
            } else if u <= i64::MAX as u64 {
                rt.new_int(u as i64)?
            } else {
                rt.new_int_big(BigInt::from(u))?
            }
        }
    })
}

fn pack_values(rt: &Runtime, f: &Format, vals: &[Value], fname: &str) -> PyResult<Vec<u8>> {
    if vals.len() != f.items.len() {
        return Err(error(
            rt,
            format!(
                "{fname} expected {} items for packing (got {})",
                f.items.len(),
                vals.len()
            ),
        ));
    }
    // The packed bytes are accounted when they become a bytes object; check the room first.
    if !rt.heap().grow(f.size) {
        return Err(rt.memory_error());
    }
    rt.heap().shrink(f.size);
    let mut out = Vec::new();
    if out.try_reserve_exact(f.size).is_err() {
        return Err(rt.memory_error());
    }
    out.resize(f.size, 0u8);
    for (it, v) in f.items.iter().zip(vals) {
        pack_one(rt, f, it, v, &mut out)?;
    }
    Ok(out)
}

fn unpack_values(rt: &Runtime, f: &Format, data: &[u8]) -> PyResult<Value> {
    let items = f
        .items
        .iter()
        .map(|it| unpack_one(rt, f, it, data))
        .collect::<PyResult<Vec<Value>>>()?;
    rt.new_tuple(items)
}

fn buffer<'a>(rt: &Runtime, v: &'a Value) -> PyResult<alloc::borrow::Cow<'a, [u8]>> {
    crate::object::bytes::buffer_of(rt, v).ok_or_else(|| {
        rt.type_error(format!(
            "a bytes-like object is required, not '{}'",
            rt.type_name(v)
        ))
    })
}

fn first<'a>(rt: &Runtime, a: &Args<'a>, fname: &str) -> PyResult<&'a [Value]> {
    a.no_kwargs_in(rt, "_struct", fname)?;
    let v = a.pos();
    if v.is_empty() {
        // CPython's pack/pack_into check by hand; unpack_from is Argument Clinic.
        return Err(rt.type_error(if fname == "unpack_from" {
            format!("{fname}() takes at least 1 positional argument (0 given)")
        } else {
            alloc::string::String::from("missing format argument")
        }));
    }
    Ok(v)
}

fn calcsize(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "_struct.calcsize", 1, 1)?;
    rt.new_int(get_format(rt, &v[0])?.size as i64)
}

fn pack(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = first(rt, &a, "pack")?;
    let f = get_format(rt, &v[0])?;
    rt.new_bytes_vec(pack_values(rt, &f, &v[1..], "pack")?)
}

fn offset_in(rt: &Runtime, off: &Value, len: usize) -> PyResult<isize> {
    let o = rt.index_isize(off)?;
    if o < 0 && o.unsigned_abs() > len {
        return Err(error(
            rt,
            format!("offset {o} out of range for {len}-byte buffer"),
        ));
    }
    Ok(if o < 0 { len as isize + o } else { o })
}

fn pack_into(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = first(rt, &a, "pack_into")?;
    let f = get_format(rt, &v[0])?;
    if v.len() < 3 {
        return Err(rt.type_error(if v.len() < 2 {
            "pack_into expected buffer argument"
        } else {
            "pack_into expected offset argument"
        }));
    }
    let Some(ba) = rt.bytearray_data(&v[1]) else {
        return Err(rt.type_error(format!(
            "argument must be read-write bytes-like object, not {}",
            rt.type_name(&v[1])
        )));
    };
    let data = pack_values(rt, &f, &v[3..], "pack_into")?;
    let len = ba.len();
    let raw = rt.index_isize(&v[2])?;
    if raw < 0 && raw.unsigned_abs() > len {
        return Err(error(
            rt,
            format!("offset {raw} out of range for {len}-byte buffer"),
        ));
    }
    let off = offset_in(rt, &v[2], len)? as usize;
    if len - off.min(len) < f.size {
        return Err(error(
            rt,
            if raw < 0 {
                format!("no space to pack {} bytes at offset {raw}", f.size)
            } else {
                format!(
                    "pack_into requires a buffer of at least {} bytes for packing {} bytes at offset {off} (actual buffer size is {len})",
                    f.size + off,
                    f.size
                )
            },
        ));
    }
    ba.with_bytes_mut(|b| b[off..off + f.size].copy_from_slice(&data));
    Ok(rt.none())
}

fn unpack(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "unpack", 2, 2)?;
    let f = get_format(rt, &v[0])?;
    let data = buffer(rt, &v[1])?;
    if data.len() != f.size {
        return Err(error(
            rt,
            format!("unpack requires a buffer of {} bytes", f.size),
        ));
    }
    unpack_values(rt, &f, &data)
}

fn unpack_from(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let [fmt, buf, off] = a.bind(
        rt,
        &Signature {
            fname: "unpack_from",
            names: ["format", "buffer", "offset"],
            posonly: 1,
            required: 2,
            kwonly: 3,
        },
    )?;
    let (Some(fmt), Some(buf)) = (fmt, buf) else {
        return Err(rt.memory_error());
    };
    let f = get_format(rt, &fmt)?;
    let data = buffer(rt, &buf)?;
    let len = data.len();
    let off = match off {
        Some(o) => offset_in(rt, &o, len)? as usize,
        None => 0,
    };
    if len < off || len - off < f.size {
        return Err(error(
            rt,
            format!(
                "unpack_from requires a buffer of at least {} bytes for unpacking {} bytes at offset {off} (actual buffer size is {len})",
                f.size + off,
                f.size
            ),
        ));
    }
    unpack_values(rt, &f, &data[off..])
}

fn iter_unpack(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "iter_unpack", 2, 2)?;
    let f = get_format(rt, &v[0])?;
    let data = buffer(rt, &v[1])?;
    if f.size == 0 {
        return Err(error(
            rt,
            "cannot iteratively unpack with a struct of length 0",
        ));
    }
    if data.len() % f.size != 0 {
        return Err(error(
            rt,
            format!(
                "iterative unpacking requires a buffer of a multiple of {} bytes",
                f.size
            ),
        ));
    }
    let tuples = data
        .chunks_exact(f.size)
        .map(|c| unpack_values(rt, &f, c))
        .collect::<PyResult<Vec<Value>>>()?;
    let list = rt.new_list(tuples)?;
    rt.iter(&list)
}

pub fn make(rt: &Runtime) -> PyResult<Value> {
    native_module(
        rt,
        "_struct",
        &[
            ("calcsize", calcsize),
            ("pack", pack),
            ("pack_into", pack_into),
            ("unpack", unpack),
            ("unpack_from", unpack_from),
            ("iter_unpack", iter_unpack),
        ],
    )
}
