//! int arithmetic slots. Tagged operands take fast paths that never allocate while the result
//! stays in the tagged range; everything else goes through `BigInt`. Division and modulo floor
//! (the remainder takes the divisor's sign); true division is correctly rounded for any sizes.

use alloc::borrow::Cow;
use core::cmp::Ordering;

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::error::PyResult;
use super::int::IntRef;
use super::typeobj::{BinOp, CmpOp, Slots};
use super::value::Value;
use crate::runtime::Runtime;

pub fn fill_slots(s: &mut Slots) {
    s.binary[BinOp::Add as usize] = Some(int_add);
    s.binary[BinOp::Sub as usize] = Some(int_sub);
    s.binary[BinOp::Mul as usize] = Some(int_mul);
    s.binary[BinOp::FloorDiv as usize] = Some(int_floordiv);
    s.binary[BinOp::Mod as usize] = Some(int_mod);
    s.binary[BinOp::TrueDiv as usize] = Some(int_truediv);
    s.binary[BinOp::Pow as usize] = Some(int_pow);
    s.binary[BinOp::LShift as usize] = Some(int_lshift);
    s.binary[BinOp::RShift as usize] = Some(int_rshift);
    s.binary[BinOp::And as usize] = Some(int_and);
    s.binary[BinOp::Or as usize] = Some(int_or);
    s.binary[BinOp::Xor as usize] = Some(int_xor);
    s.divmod = Some(int_divmod);
    s.ternary_pow = Some(int_ternary_pow);
    s.neg = Some(int_neg);
    s.pos = Some(int_exact);
    s.abs = Some(int_abs);
    s.invert = Some(int_invert);
    s.int = Some(int_exact);
    s.index = Some(int_exact);
    s.float = Some(int_float);
    s.richcompare = Some(int_richcompare);
}

fn big(x: IntRef<'_>) -> Cow<'_, BigInt> {
    match x {
        IntRef::Small(i) => Cow::Owned(BigInt::from(i)),
        IntRef::Big(b) => Cow::Borrowed(b),
    }
}

/// Both operands as ints, or `None` (the slot then returns NotImplemented).
fn pair<'a>(rt: &Runtime, a: &'a Value, b: &'a Value) -> Option<(IntRef<'a>, IntRef<'a>)> {
    Some((rt.int_ref(a)?, rt.int_ref(b)?))
}

/// An int from a machine result that may be past the tagged range.
#[inline]
fn from_wide(rt: &Runtime, r: i128) -> PyResult<Value> {
    if let Ok(i) = isize::try_from(r)
        && let Some(v) = Value::small_int(i)
    {
        return Ok(v);
    }
    rt.new_int_big(BigInt::from(r))
}

macro_rules! small_pair {
    ($a:expr, $b:expr) => {
        match ($a.as_small_int(), $b.as_small_int()) {
            (Some(x), Some(y)) => Some((x, y)),
            _ => None,
        }
    };
}

fn int_add(rt: &Runtime, a: &Value, b: &Value) -> PyResult<Value> {
    if let Some((x, y)) = small_pair!(a, b) {
        return from_wide(rt, x as i128 + y as i128);
    }
    let Some((x, y)) = pair(rt, a, b) else {
        return Ok(rt.not_implemented());
    };
    rt.new_int_big(big(x).as_ref() + big(y).as_ref())
}

fn int_sub(rt: &Runtime, a: &Value, b: &Value) -> PyResult<Value> {
    if let Some((x, y)) = small_pair!(a, b) {
        return from_wide(rt, x as i128 - y as i128);
    }
    let Some((x, y)) = pair(rt, a, b) else {
        return Ok(rt.not_implemented());
    };
    rt.new_int_big(big(x).as_ref() - big(y).as_ref())
}

fn int_mul(rt: &Runtime, a: &Value, b: &Value) -> PyResult<Value> {
    if let Some((x, y)) = small_pair!(a, b) {
        return from_wide(rt, x as i128 * y as i128);
    }
    let Some((x, y)) = pair(rt, a, b) else {
        return Ok(rt.not_implemented());
    };
    rt.check_int_size(x.bits() + y.bits())?;
    rt.new_int_big(big(x).as_ref() * big(y).as_ref())
}

/// Floor division and modulo of machine ints (`y != 0`), as i128 so nothing overflows.
fn divmod_small(x: isize, y: isize) -> (i128, i128) {
    let (x, y) = (x as i128, y as i128);
    let (mut q, mut r) = (x / y, x % y);
    if r != 0 && ((r < 0) != (y < 0)) {
        q -= 1;
        r += y;
    }
    (q, r)
}

/// Which operation raised, for CPython's differing ZeroDivisionError texts.
#[derive(Clone, Copy)]
enum DivKind {
    Floor,
    Mod,
    DivMod,
}

fn div_error(rt: &Runtime, kind: DivKind) -> super::error::PyErr {
    rt.zero_division_error(match kind {
        DivKind::Mod => "integer modulo by zero",
        _ => "integer division or modulo by zero",
    })
}

/// Floor quotient and remainder of two ints.
fn divmod_ints(
    rt: &Runtime,
    x: IntRef<'_>,
    y: IntRef<'_>,
    kind: DivKind,
) -> PyResult<(Value, Value)> {
    if y.is_zero() {
        return Err(div_error(rt, kind));
    }
    if let (IntRef::Small(x), IntRef::Small(y)) = (x, y) {
        let (q, r) = divmod_small(x, y);
        return Ok((from_wide(rt, q)?, from_wide(rt, r)?));
    }
    let (q, r) = big(x).div_mod_floor(big(y).as_ref());
    Ok((rt.new_int_big(q)?, rt.new_int_big(r)?))
}

fn int_floordiv(rt: &Runtime, a: &Value, b: &Value) -> PyResult<Value> {
    if let Some((x, y)) = small_pair!(a, b)
        && y != 0
    {
        return from_wide(rt, divmod_small(x, y).0);
    }
    let Some((x, y)) = pair(rt, a, b) else {
        return Ok(rt.not_implemented());
    };
    if y.is_zero() {
        return Err(div_error(rt, DivKind::Floor));
    }
    rt.new_int_big(big(x).div_floor(big(y).as_ref()))
}

fn int_mod(rt: &Runtime, a: &Value, b: &Value) -> PyResult<Value> {
    if let Some((x, y)) = small_pair!(a, b)
        && y != 0
    {
        return from_wide(rt, divmod_small(x, y).1);
    }
    let Some((x, y)) = pair(rt, a, b) else {
        return Ok(rt.not_implemented());
    };
    if y.is_zero() {
        return Err(div_error(rt, DivKind::Mod));
    }
    rt.new_int_big(big(x).mod_floor(big(y).as_ref()))
}

fn int_divmod(rt: &Runtime, a: &Value, b: &Value) -> PyResult<Value> {
    let Some((x, y)) = pair(rt, a, b) else {
        return Ok(rt.not_implemented());
    };
    let (q, r) = divmod_ints(rt, x, y, DivKind::DivMod)?;
    rt.new_tuple(alloc::vec![q, r])
}

/// Largest magnitude whose every integer converts to f64 exactly.
/// (Every isize of a 32-bit target is exact.)
const EXACT_F64: isize = if isize::BITS == 64 {
    (1i64 << 53) as isize
} else {
    isize::MAX
};

/// `a / b` correctly rounded to the nearest double (ties to even), for any sizes;
/// `None` when the result is too large for a float. `b` must be nonzero.
pub fn div_to_f64(a: &BigInt, b: &BigInt) -> Option<f64> {
    let neg = a.is_negative() != b.is_negative();
    let sign = |x: f64| if neg { -x } else { x };
    let (a, b) = (a.magnitude(), b.magnitude());
    if a.is_zero() {
        return Some(sign(0.0));
    }
    // a/b lies in [2**(diff-1), 2**(diff+1)).
    let diff = a.bits() as i64 - b.bits() as i64;
    if diff > 1025 {
        return None;
    }
    if diff < -1080 {
        return Some(sign(0.0));
    }
    // Scale so the integer quotient has 55+ bits (53 plus two guard bits) for normal results,
    // or keeps two bits below 2**-1074 for subnormal ones.
    let shift = (diff - 55).max(-1076);
    let (num, den) = if shift < 0 {
        (a << ((-shift) as usize), Cow::Borrowed(b))
    } else {
        (a.clone(), Cow::Owned(b << (shift as usize)))
    };
    let (q, r) = num.div_rem(den.as_ref());
    let mut q = q.to_u64()?;
    if !r.is_zero() {
        q |= 1; // sticky bit: the quotient is inexact
    }
    let qbits = 64 - q.leading_zeros() as i64;
    let extra = (qbits - 53).max(-1074 - shift);
    let half = 1u64 << (extra - 1);
    let low = q & ((1u64 << extra) - 1);
    let mut m = q >> extra;
    if low > half || (low == half && m & 1 == 1) {
        m += 1;
    }
    let x = libm::ldexp(m as f64, (shift + extra) as i32);
    if x.is_infinite() { None } else { Some(sign(x)) }
}

/// An int as a float, correctly rounded; `None` when it is too large.
pub fn int_to_f64(x: IntRef<'_>) -> Option<f64> {
    match x {
        IntRef::Small(i) if (-EXACT_F64..=EXACT_F64).contains(&i) => Some(i as f64),
        _ => div_to_f64(big(x).as_ref(), &BigInt::one()),
    }
}

/// `float(int)` with CPython's OverflowError.
pub fn int_as_f64(rt: &Runtime, x: IntRef<'_>) -> PyResult<f64> {
    int_to_f64(x).ok_or_else(|| rt.overflow_error("int too large to convert to float"))
}

/// The exact integer part of a finite float (truncated toward zero).
pub fn f64_to_bigint(f: f64) -> Option<BigInt> {
    if !f.is_finite() {
        return None;
    }
    let t = libm::trunc(f);
    // Below 2**53 the value fits an i64 exactly; above, the exponent is positive.
    if t.abs() < 9_007_199_254_740_992.0 {
        return Some(BigInt::from(t as i64));
    }
    let bits = t.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mant = (bits & ((1 << 52) - 1)) | (1 << 52);
    let m = BigInt::from(mant) << (exp as usize); // exp > 0 for |t| >= 2**53
    Some(if t < 0.0 { -m } else { m })
}

/// Exact comparison of an int with a float; `None` when the float is NaN.
pub fn cmp_int_float(x: IntRef<'_>, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    if let IntRef::Small(i) = x
        && (-EXACT_F64..=EXACT_F64).contains(&i)
    {
        return (i as f64).partial_cmp(&f);
    }
    let fl = libm::floor(f);
    let fb = f64_to_bigint(fl)?;
    let c = big(x).as_ref().cmp(&fb);
    Some(if c == Ordering::Equal && fl != f {
        Ordering::Less
    } else {
        c
    })
}

fn int_truediv(rt: &Runtime, a: &Value, b: &Value) -> PyResult<Value> {
    let Some((x, y)) = pair(rt, a, b) else {
        return Ok(rt.not_implemented());
    };
    if y.is_zero() {
        return Err(rt.zero_division_error("division by zero"));
    }
    if let (IntRef::Small(i), IntRef::Small(j)) = (x, y)
        && (-EXACT_F64..=EXACT_F64).contains(&i)
        && (-EXACT_F64..=EXACT_F64).contains(&j)
    {
        return rt.new_float(i as f64 / j as f64);
    }
    match div_to_f64(big(x).as_ref(), big(y).as_ref()) {
        Some(f) => rt.new_float(f),
        None => Err(rt.overflow_error("integer division result too large for a float")),
    }
}

/// `x ** n` for `n >= 0`.
fn pow_nonneg(rt: &Runtime, x: IntRef<'_>, n: IntRef<'_>) -> PyResult<Value> {
    // Bases whose powers never grow.
    if let IntRef::Small(b @ -1..=1) = x {
        let odd = match n {
            IntRef::Small(e) => e & 1 == 1,
            IntRef::Big(e) => e.is_odd(),
        };
        return Ok(Value::small_int(match b {
            0 if n.is_zero() => 1,
            0 => 0,
            -1 if odd => -1,
            _ => 1,
        })
        .unwrap_or_else(|| rt.none()));
    }
    let Some(e) = n.to_i64().and_then(|e| u32::try_from(e).ok()) else {
        return Err(rt.memory_error());
    };
    if let IntRef::Small(b) = x
        && let Some(r) = (b as i64).checked_pow(e)
    {
        return rt.new_int(r);
    }
    rt.check_int_size(x.bits().saturating_mul(e as u64))?;
    rt.new_int_big(num_traits::Pow::pow(big(x).as_ref(), e))
}

fn int_pow(rt: &Runtime, a: &Value, b: &Value) -> PyResult<Value> {
    let Some((x, n)) = pair(rt, a, b) else {
        return Ok(rt.not_implemented());
    };
    if n.is_negative() {
        // A negative exponent makes the result a float.
        let fx = int_as_f64(rt, x)?;
        let fn_ = int_as_f64(rt, n)?;
        return super::float_ops::float_pow_values(rt, fx, fn_);
    }
    pow_nonneg(rt, x, n)
}

/// The inverse of `a` modulo `m` (`m > 0`), if it exists.
fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let (mut r0, mut r1) = (a.mod_floor(m), m.clone());
    let (mut s0, mut s1) = (BigInt::one(), BigInt::zero());
    while !r1.is_zero() {
        let (q, r) = r0.div_rem(&r1);
        r0 = core::mem::replace(&mut r1, r);
        let s = &s0 - &q * &s1;
        s0 = core::mem::replace(&mut s1, s);
    }
    if r0.is_one() {
        Some(s0.mod_floor(m))
    } else {
        None
    }
}

fn int_ternary_pow(rt: &Runtime, a: &Value, b: &Value, m: &Value) -> PyResult<Value> {
    if rt.is_none(m) {
        return int_pow(rt, a, b);
    }
    let (Some(x), Some(n), Some(md)) = (rt.int_ref(a), rt.int_ref(b), rt.int_ref(m)) else {
        return Ok(rt.not_implemented());
    };
    if md.is_zero() {
        return Err(rt.value_error("pow() 3rd argument cannot be 0"));
    }
    let mb = big(md);
    let modulus = mb.abs();
    let mut base = big(x).mod_floor(&modulus);
    let mut e = big(n).into_owned();
    if e.is_negative() {
        base = mod_inverse(&base, &modulus)
            .ok_or_else(|| rt.value_error("base is not invertible for the given modulus"))?;
        e = -e;
    }
    let mut r = base.modpow(&e, &modulus);
    if mb.is_negative() && !r.is_zero() {
        r += mb.as_ref();
    }
    rt.new_int_big(r)
}

fn shift_count(rt: &Runtime, n: IntRef<'_>) -> PyResult<Option<usize>> {
    if n.is_negative() {
        return Err(rt.value_error("negative shift count"));
    }
    Ok(n.to_i64().and_then(|n| usize::try_from(n).ok()))
}

fn int_lshift(rt: &Runtime, a: &Value, b: &Value) -> PyResult<Value> {
    let Some((x, n)) = pair(rt, a, b) else {
        return Ok(rt.not_implemented());
    };
    let count = shift_count(rt, n)?;
    if x.is_zero() {
        return Ok(Value::small_int(0).unwrap_or_else(|| rt.none()));
    }
    let Some(count) = count else {
        return Err(rt.overflow_error("too many digits in integer"));
    };
    if let IntRef::Small(i) = x
        && count < 64
    {
        let w = (i as i128) << count;
        if w >> count == i as i128 {
            return from_wide(rt, w);
        }
    }
    rt.check_int_size(x.bits().saturating_add(count as u64))?;
    rt.new_int_big(big(x).as_ref() << count)
}

fn int_rshift(rt: &Runtime, a: &Value, b: &Value) -> PyResult<Value> {
    let Some((x, n)) = pair(rt, a, b) else {
        return Ok(rt.not_implemented());
    };
    let count = shift_count(rt, n)?;
    let neg = x.is_negative();
    let Some(count) = count.filter(|c| (*c as u64) < x.bits() + 1) else {
        return Ok(Value::small_int(if neg { -1 } else { 0 }).unwrap_or_else(|| rt.none()));
    };
    if let IntRef::Small(i) = x {
        return from_wide(rt, (i as i128) >> count.min(127));
    }
    // Floor semantics for negatives: -((-x - 1) >> n) - 1.
    let b = big(x);
    let r = if neg {
        let t: BigInt = -(b.as_ref() + 1u32);
        -(t >> count) - 1u32
    } else {
        b.as_ref() >> count
    };
    rt.new_int_big(r)
}

macro_rules! bitop {
    ($name:ident, $op:tt) => {
        fn $name(rt: &Runtime, a: &Value, b: &Value) -> PyResult<Value> {
            if let Some((x, y)) = small_pair!(a, b) {
                return from_wide(rt, (x $op y) as i128);
            }
            let Some((x, y)) = pair(rt, a, b) else {
                return Ok(rt.not_implemented());
            };
            rt.new_int_big(big(x).as_ref() $op big(y).as_ref())
        }
    };
}
bitop!(int_and, &);
bitop!(int_or, |);
bitop!(int_xor, ^);

fn int_neg(rt: &Runtime, a: &Value) -> PyResult<Value> {
    match rt.int_ref(a) {
        Some(IntRef::Small(i)) => from_wide(rt, -(i as i128)),
        Some(IntRef::Big(b)) => rt.new_int_big(-b),
        None => Ok(rt.not_implemented()),
    }
}

fn int_abs(rt: &Runtime, a: &Value) -> PyResult<Value> {
    match rt.int_ref(a) {
        Some(IntRef::Small(i)) => from_wide(rt, (i as i128).abs()),
        Some(IntRef::Big(b)) => rt.new_int_big(b.abs()),
        None => Ok(rt.not_implemented()),
    }
}

fn int_invert(rt: &Runtime, a: &Value) -> PyResult<Value> {
    match rt.int_ref(a) {
        Some(IntRef::Small(i)) => from_wide(rt, !(i as i128)),
        Some(IntRef::Big(b)) => rt.new_int_big(!b),
        None => Ok(rt.not_implemented()),
    }
}

/// `+x`, `int(x)`, `x.__index__()`: the value as an exact int.
fn int_exact(rt: &Runtime, a: &Value) -> PyResult<Value> {
    rt.exact_int(a)
}

fn int_float(rt: &Runtime, a: &Value) -> PyResult<Value> {
    match rt.int_ref(a) {
        Some(x) => rt.new_float(int_as_f64(rt, x)?),
        None => Ok(rt.not_implemented()),
    }
}

/// Three-way comparison of two ints.
pub fn cmp_ints(x: IntRef<'_>, y: IntRef<'_>) -> Ordering {
    match (x, y) {
        (IntRef::Small(a), IntRef::Small(b)) => a.cmp(&b),
        _ => big(x).as_ref().cmp(big(y).as_ref()),
    }
}

fn int_richcompare(rt: &Runtime, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    match pair(rt, a, b) {
        Some((x, y)) => Ok(rt.bool_value(op.test(cmp_ints(x, y)))),
        None => Ok(rt.not_implemented()),
    }
}

/// The sign of a big int as -1, 0, 1.
pub fn sign_of(b: &BigInt) -> i32 {
    match b.sign() {
        Sign::Minus => -1,
        Sign::NoSign => 0,
        Sign::Plus => 1,
    }
}
