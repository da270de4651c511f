//! The integer functions of `math` over `num-bigint`: isqrt, gcd, lcm, factorial, perm, comb,
//! prod.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, Zero};

use crate::Runtime;
use crate::object::args::Args;
use crate::object::{PyResult, Value};

fn big_arg(rt: &Runtime, v: &Value) -> PyResult<BigInt> {
    let i = rt.index(v)?;
    Ok(rt.int_ref(&i).map(|r| r.to_bigint()).unwrap_or_default())
}

pub fn isqrt(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "math.isqrt", 1, 1)?;
    let n = big_arg(rt, &v[0])?;
    if n.is_negative() {
        return Err(rt.value_error("isqrt() argument must be nonnegative"));
    }
    rt.new_int_big(num_integer::Roots::sqrt(&n))
}

pub fn gcd(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs(rt, "math.gcd")?;
    let mut g = BigInt::zero();
    for x in a.pos() {
        g = g.gcd(&big_arg(rt, x)?);
    }
    rt.new_int_big(g)
}

pub fn lcm(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs(rt, "math.lcm")?;
    let mut l = BigInt::one();
    for x in a.pos() {
        let x = big_arg(rt, x)?;
        l = if l.is_zero() || x.is_zero() {
            BigInt::zero()
        } else {
            l.lcm(&x)
        };
    }
    rt.new_int_big(l.abs())
}

/// The product of the integers in `lo..=hi` (1 when empty), by halves so the big
/// multiplications stay balanced.
fn range_product(lo: &BigInt, hi: &BigInt) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    let n = hi - lo;
    if n < BigInt::from(16) {
        let mut acc = lo.clone();
        let mut i = lo + 1u8;
        while &i <= hi {
            acc *= &i;
            i += 1u8;
        }
        return acc;
    }
    let mid: BigInt = lo + (n >> 1u8);
    range_product(lo, &mid) * range_product(&(mid + 1u8), hi)
}

fn int_only(rt: &Runtime, v: &Value) -> PyResult<BigInt> {
    if rt.float_of(v).is_some() {
        return Err(rt.type_error("'float' object cannot be interpreted as an integer"));
    }
    big_arg(rt, v)
}

fn nonneg(rt: &Runtime, v: &Value, what: &str) -> PyResult<BigInt> {
    let n = int_only(rt, v)?;
    if n.is_negative() {
        return Err(rt.value_error(alloc::format!("{what} must be a non-negative integer")));
    }
    Ok(n)
}

fn too_big(rt: &Runtime, n: &BigInt, what: &str) -> PyResult<()> {
    if n.bits() > 63 {
        return Err(rt.overflow_error(alloc::format!("{what} must not exceed {}", i64::MAX)));
    }
    Ok(())
}

pub fn factorial(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "math.factorial", 1, 1)?;
    let n = int_only(rt, &v[0])?;
    if n.is_negative() {
        return Err(rt.value_error("factorial() not defined for negative values"));
    }
    if n.bits() > 63 {
        return Err(rt.overflow_error(alloc::format!(
            "factorial() argument should not exceed {}",
            i64::MAX
        )));
    }
    rt.check_int_size(
        n.bits()
            .saturating_mul(num_traits::ToPrimitive::to_u64(&n).unwrap_or(0)),
    )?;
    rt.new_int_big(range_product(&BigInt::from(2), &n))
}

pub fn perm(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "perm", 1, 2)?;
    if v.len() == 1 || rt.is_none(&v[1]) {
        return factorial(rt, Args::positional(&v[..1]));
    }
    let n = nonneg(rt, &v[0], "n")?;
    let k = match v.get(1).filter(|k| !rt.is_none(k)) {
        Some(k) => nonneg(rt, k, "k")?,
        None => n.clone(),
    };
    if k > n {
        return rt.new_int(0);
    }
    too_big(rt, &k, "k")?;
    rt.new_int_big(range_product(&(&n - &k + 1u8), &n))
}

pub fn comb(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "comb", 2, 2)?;
    let n = nonneg(rt, &v[0], "n")?;
    let mut k = nonneg(rt, &v[1], "k")?;
    if k > n {
        return rt.new_int(0);
    }
    if &n - &k < k {
        k = &n - &k;
    }
    too_big(rt, &k, "min(n - k, k)")?;
    let num = range_product(&(&n - &k + 1u8), &n);
    rt.new_int_big(num / range_product(&BigInt::from(2), &k))
}

/// `prod(iterable, /, *, start=1)`.
pub fn prod(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let pos = a.pos();
    if pos.len() != 1 {
        return Err(rt.type_error(alloc::format!(
            "prod() takes exactly 1 positional argument ({} given)",
            pos.len()
        )));
    }
    let mut acc = rt.new_int(1)?;
    for (k, v) in a.kwargs() {
        match rt.str_of(k) {
            Some("start") => acc = v.clone(),
            other => {
                return Err(rt.type_error(alloc::format!(
                    "prod() got an unexpected keyword argument '{}'",
                    other.unwrap_or("")
                )));
            }
        }
    }
    let it = rt.iter(&pos[0])?;
    while let Some(x) = rt.next(&it)? {
        acc = rt.binary_op(&acc, &x, crate::object::typeobj::BinOp::Mul)?;
    }
    Ok(acc)
}
