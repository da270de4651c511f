//! float arithmetic slots (mixed with ints), comparison and hashing, with CPython's rules for
//! signs of `//` and `%`, special values in `**`, and its ZeroDivisionError texts.

use core::cmp::Ordering;

use super::error::PyResult;
use super::int::{HASH_MODULUS, IntRef, hash_int};
use super::int_ops::{cmp_int_float, f64_to_bigint, int_as_f64};
use super::typeobj::{BinOp, CmpOp, Slots};
use super::value::Value;
use crate::runtime::Runtime;

pub fn fill_slots(s: &mut Slots) {
    s.binary[BinOp::Add as usize] = Some(|rt, a, b| arith(rt, a, b, |x, y| Ok(x + y)));
    s.binary[BinOp::Sub as usize] = Some(|rt, a, b| arith(rt, a, b, |x, y| Ok(x - y)));
    s.binary[BinOp::Mul as usize] = Some(|rt, a, b| arith(rt, a, b, |x, y| Ok(x * y)));
    s.binary[BinOp::TrueDiv as usize] = Some(float_truediv);
    s.binary[BinOp::FloorDiv as usize] = Some(float_floordiv);
    s.binary[BinOp::Mod as usize] = Some(float_mod);
    s.binary[BinOp::Pow as usize] = Some(float_pow);
    s.divmod = Some(float_divmod);
    s.ternary_pow = Some(float_ternary_pow);
    s.neg = Some(|rt, v| unary(rt, v, |x| -x));
    s.pos = Some(|rt, v| unary(rt, v, |x| x));
    s.abs = Some(|rt, v| unary(rt, v, f64::abs));
    s.float = Some(|rt, v| unary(rt, v, |x| x));
    s.int = Some(float_int);
    s.bool = Some(|rt, v| Ok(rt.float_of(v).is_some_and(|x| x != 0.0)));
    s.hash = Some(float_hash);
    s.richcompare = Some(float_richcompare);
}

/// A float operand as f64: floats, and ints (OverflowError when too large); `None` otherwise.
pub fn to_f64(rt: &Runtime, v: &Value) -> PyResult<Option<f64>> {
    if let Some(f) = rt.float_of(v) {
        return Ok(Some(f));
    }
    match rt.int_ref(v) {
        Some(i) => Ok(Some(int_as_f64(rt, i)?)),
        None => Ok(None),
    }
}

fn operands(rt: &Runtime, a: &Value, b: &Value) -> PyResult<Option<(f64, f64)>> {
    // Only reached when one of them is a float; the other may be an int.
    match (to_f64(rt, a)?, to_f64(rt, b)?) {
        (Some(x), Some(y)) => Ok(Some((x, y))),
        _ => Ok(None),
    }
}

fn arith(
    rt: &Runtime,
    a: &Value,
    b: &Value,
    f: impl FnOnce(f64, f64) -> PyResult<f64>,
) -> PyResult<Value> {
    match operands(rt, a, b)? {
        Some((x, y)) => rt.new_float(f(x, y)?),
        None => Ok(rt.not_implemented()),
    }
}

fn unary(rt: &Runtime, v: &Value, f: fn(f64) -> f64) -> PyResult<Value> {
    match rt.float_of(v) {
        Some(x) => rt.new_float(f(x)),
        None => Ok(rt.not_implemented()),
    }
}

fn float_truediv(rt: &Runtime, a: &Value, b: &Value) -> PyResult<Value> {
    arith(rt, a, b, |x, y| {
        if y == 0.0 {
            Err(rt.zero_division_error("float division by zero"))
        } else {
            Ok(x / y)
        }
    })
}

/// Python's float `%`: the result takes the divisor's sign; zero keeps the divisor's sign too.
pub fn py_fmod(x: f64, y: f64) -> f64 {
    let m = libm::fmod(x, y);
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) { m + y } else { m }
    } else {
        libm::copysign(0.0, y)
    }
}

/// Python's float `divmod` (y != 0): the floor quotient, nudged so that q*y + r == x as closely
/// as floats allow.
pub fn py_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = libm::fmod(x, y);
    let mut d = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            d -= 1.0;
        }
    } else {
        m = libm::copysign(0.0, y);
    }
    let q = if d != 0.0 {
        let f = libm::floor(d);
        if d - f > 0.5 { f + 1.0 } else { f }
    } else {
        libm::copysign(0.0, x / y)
    };
    (q, m)
}

fn float_floordiv(rt: &Runtime, a: &Value, b: &Value) -> PyResult<Value> {
    arith(rt, a, b, |x, y| {
        if y == 0.0 {
            Err(rt.zero_division_error("float floor division by zero"))
        } else {
            Ok(py_divmod(x, y).0)
        }
    })
}

fn float_mod(rt: &Runtime, a: &Value, b: &Value) -> PyResult<Value> {
    arith(rt, a, b, |x, y| {
        if y == 0.0 {
            Err(rt.zero_division_error("float modulo"))
        } else {
            Ok(py_fmod(x, y))
        }
    })
}

fn float_divmod(rt: &Runtime, a: &Value, b: &Value) -> PyResult<Value> {
    let Some((x, y)) = operands(rt, a, b)? else {
        return Ok(rt.not_implemented());
    };
    if y == 0.0 {
        return Err(rt.zero_division_error("float divmod()"));
    }
    let (q, r) = py_divmod(x, y);
    rt.new_tuple(alloc::vec![rt.new_float(q)?, rt.new_float(r)?])
}

fn is_odd_integer(y: f64) -> bool {
    libm::floor(y) == y && libm::fmod(y, 2.0).abs() == 1.0
}

/// `x ** y` for floats with CPython's special cases; a negative base with a fractional
/// exponent gives a complex result.
pub fn float_pow_values(rt: &Runtime, x: f64, y: f64) -> PyResult<Value> {
    if y == 0.0 {
        return rt.new_float(1.0);
    }
    if x.is_nan() {
        return rt.new_float(x);
    }
    if y.is_nan() {
        return rt.new_float(if x == 1.0 { 1.0 } else { y });
    }
    if y.is_infinite() {
        let ax = x.abs();
        return rt.new_float(if ax == 1.0 {
            1.0
        } else if (y > 0.0) == (ax > 1.0) {
            f64::INFINITY
        } else {
            0.0
        });
    }
    if x.is_infinite() {
        let odd = is_odd_integer(y);
        return rt.new_float(if y > 0.0 {
            if odd { x } else { x.abs() }
        } else if odd {
            libm::copysign(0.0, x)
        } else {
            0.0
        });
    }
    if x == 0.0 {
        if y < 0.0 {
            return Err(rt.zero_division_error("0.0 cannot be raised to a negative power"));
        }
        return rt.new_float(if is_odd_integer(y) { x } else { 0.0 });
    }
    let mut negate = false;
    let mut base = x;
    if x < 0.0 {
        if libm::floor(y) != y {
            let (re, im) = super::complex::c_pow(rt, (x, 0.0), (y, 0.0))?;
            return rt.new_complex(re, im);
        }
        negate = is_odd_integer(y);
        base = -x;
    }
    if base == 1.0 {
        return rt.new_float(if negate { -1.0 } else { 1.0 });
    }
    // The host's libm, as CPython.
    let r = (crate::modules::mathlib::get(rt).pow)(base, y);
    if r.is_infinite() {
        return Err(rt.overflow_error("(34, 'Numerical result out of range')"));
    }
    rt.new_float(if negate { -r } else { r })
}

fn float_pow(rt: &Runtime, a: &Value, b: &Value) -> PyResult<Value> {
    match operands(rt, a, b)? {
        Some((x, y)) => float_pow_values(rt, x, y),
        None => Ok(rt.not_implemented()),
    }
}

fn float_ternary_pow(rt: &Runtime, a: &Value, b: &Value, m: &Value) -> PyResult<Value> {
    if !rt.is_none(m) {
        return Err(
            rt.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    }
    float_pow(rt, a, b)
}

/// `int(x)` for a float: truncation, with CPython's errors for inf and nan.
pub fn float_to_int(rt: &Runtime, x: f64) -> PyResult<Value> {
    if x.is_nan() {
        return Err(rt.value_error("cannot convert float NaN to integer"));
    }
    match f64_to_bigint(x) {
        Some(b) => rt.new_int_big(b),
        None => Err(rt.overflow_error("cannot convert float infinity to integer")),
    }
}

fn float_int(rt: &Runtime, v: &Value) -> PyResult<Value> {
    match rt.float_of(v) {
        Some(x) => float_to_int(rt, x),
        None => Ok(rt.not_implemented()),
    }
}

/// CPython's numeric hash of a finite float: the exact rational value modulo 2**61-1, so equal
/// ints, floats and fractions hash alike. `None` for NaN (hashed by identity).
pub fn hash_f64(x: f64) -> Option<i64> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 { 314159 } else { -314159 });
    }
    if libm::trunc(x) == x {
        let b = f64_to_bigint(x)?;
        return Some(hash_int(IntRef::Big(&b)));
    }
    // x = mant * 2**-k with k > 0; 2**61 == 1 (mod P), so 2**-k == 2**(61 - k mod 61).
    let bits = x.abs().to_bits();
    let raw_exp = ((bits >> 52) & 0x7ff) as i64;
    let mut mant = bits & ((1u64 << 52) - 1);
    let mut k = if raw_exp == 0 {
        1074
    } else {
        mant |= 1 << 52;
        1075 - raw_exp
    };
    while mant & 1 == 0 && k > 0 {
        mant >>= 1;
        k -= 1;
    }
    let p = HASH_MODULUS as u128;
    let e = ((61 - (k % 61)) % 61) as u32;
    let h = ((mant as u128 % p) * ((1u128 << e) % p) % p) as i64;
    let h = if x < 0.0 { -h } else { h };
    Some(if h == -1 { -2 } else { h })
}

fn float_hash(rt: &Runtime, v: &Value) -> PyResult<i64> {
    match rt.float_of(v).and_then(hash_f64) {
        Some(h) => Ok(h),
        None => super::object_type::object_hash(rt, v),
    }
}

fn float_richcompare(rt: &Runtime, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    let ord = match (rt.float_of(a), rt.float_of(b)) {
        (Some(x), Some(y)) => x.partial_cmp(&y),
        (Some(x), None) => match rt.int_ref(b) {
            Some(i) => cmp_int_float(i, x).map(Ordering::reverse),
            None => return Ok(rt.not_implemented()),
        },
        (None, Some(y)) => match rt.int_ref(a) {
            Some(i) => cmp_int_float(i, y),
            None => return Ok(rt.not_implemented()),
        },
        (None, None) => return Ok(rt.not_implemented()),
    };
    // NaN compares unequal to everything.
    Ok(rt.bool_value(match ord {
        Some(o) => op.test(o),
        None => op == CmpOp::Ne,
    }))
}
