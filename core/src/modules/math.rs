//! A first `math` module: the float functions (over `libm`), the integer ones (over
//! `num-bigint`) and constants.

use super::{native_module, set_attr};
use crate::Runtime;
use crate::object::args::Args;
use crate::object::{PyResult, Value};
use num_bigint::BigInt;
use num_traits::FromPrimitive;

fn arg_f64(rt: &Runtime, v: &Value) -> PyResult<f64> {
    match crate::object::float_ops::to_f64(rt, v)? {
        Some(f) => Ok(f),
        None => Err(rt.type_error(alloc::format!(
            "must be real number, not {}",
            rt.type_name(v)
        ))),
    }
}

fn unary(
    rt: &Runtime,
    a: Args<'_>,
    name: &str,
    f: fn(f64) -> f64,
    domain: fn(f64) -> bool,
) -> PyResult<Value> {
    let v = a.check_count(rt, name, 1, 1)?;
    let x = arg_f64(rt, &v[0])?;
    if !domain(x) {
        return Err(rt.value_error("math domain error"));
    }
    rt.new_float(f(x))
}

fn any(_: f64) -> bool {
    true
}

fn to_int(rt: &Runtime, x: f64) -> PyResult<Value> {
    if x.is_nan() {
        return Err(rt.value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(rt.overflow_error("cannot convert float infinity to integer"));
    }
    if x.abs() < 9.0e15 {
        return rt.new_int(x as i64);
    }
    rt.new_int_big(BigInt::from_f64(x).unwrap_or_default())
}

fn rounding(rt: &Runtime, a: Args<'_>, name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    let v = a.check_count(rt, name, 1, 1)?;
    if rt.int_ref(&v[0]).is_some() {
        return rt.index(&v[0]);
    }
    let x = arg_f64(rt, &v[0])?;
    to_int(rt, f(x))
}

macro_rules! unary_fns {
    ($($name:ident => $f:expr, $dom:expr;)*) => {
        $(fn $name(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
            unary(rt, a, stringify!($name), $f, $dom)
        })*
    };
}

unary_fns! {
    sqrt => libm::sqrt, |x| x >= 0.0 || x.is_nan();
    exp => libm::exp, any;
    log2 => libm::log2, |x| x > 0.0;
    log10 => libm::log10, |x| x > 0.0;
    sin => libm::sin, |x| x.is_finite() || x.is_nan();
    cos => libm::cos, |x| x.is_finite() || x.is_nan();
    tan => libm::tan, |x| x.is_finite() || x.is_nan();
    asin => libm::asin, |x| (-1.0..=1.0).contains(&x);
    acos => libm::acos, |x| (-1.0..=1.0).contains(&x);
    atan => libm::atan, any;
    fabs => libm::fabs, any;
}

fn log(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "log", 1, 2)?;
    let x = arg_f64(rt, &v[0])?;
    if x <= 0.0 {
        return Err(rt.value_error("math domain error"));
    }
    let r = libm::log(x);
    match v.get(1) {
        Some(b) => rt.new_float(r / libm::log(arg_f64(rt, b)?)),
        None => rt.new_float(r),
    }
}

fn floor(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    rounding(rt, a, "floor", libm::floor)
}

fn ceil(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    rounding(rt, a, "ceil", libm::ceil)
}

fn trunc(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    rounding(rt, a, "trunc", libm::trunc)
}

fn two(rt: &Runtime, a: Args<'_>, name: &str) -> PyResult<(f64, f64)> {
    let v = a.check_count(rt, name, 2, 2)?;
    Ok((arg_f64(rt, &v[0])?, arg_f64(rt, &v[1])?))
}

fn atan2(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let (y, x) = two(rt, a, "atan2")?;
    rt.new_float(libm::atan2(y, x))
}

fn hypot(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let (x, y) = two(rt, a, "hypot")?;
    rt.new_float(libm::hypot(x, y))
}

fn pow(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let (x, y) = two(rt, a, "pow")?;
    rt.new_float(libm::pow(x, y))
}

fn isnan(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "isnan", 1, 1)?;
    Ok(rt.bool_value(arg_f64(rt, &v[0])?.is_nan()))
}

fn isinf(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "isinf", 1, 1)?;
    Ok(rt.bool_value(arg_f64(rt, &v[0])?.is_infinite()))
}

fn isfinite(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "isfinite", 1, 1)?;
    Ok(rt.bool_value(arg_f64(rt, &v[0])?.is_finite()))
}

fn copysign(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let (x, y) = two(rt, a, "copysign")?;
    rt.new_float(libm::copysign(x, y))
}

/// `fsum`: exactly rounded sum, keeping the running total as non-overlapping partials
/// (Shewchuk's algorithm).
fn fsum(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "fsum", 1, 1)?;
    let mut partials: alloc::vec::Vec<f64> = alloc::vec::Vec::new();
    let mut special = 0.0f64;
    let it = rt.iter(&v[0])?;
    while let Some(item) = rt.next(&it)? {
        let mut x = arg_f64(rt, &item)?;
        if !x.is_finite() {
            special += x;
            continue;
        }
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                core::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        if !x.is_finite() {
            return Err(rt.overflow_error("intermediate overflow in fsum"));
        }
        partials.truncate(i);
        partials.push(x);
    }
    if special != 0.0 || special.is_nan() {
        return rt.new_float(special);
    }
    // Add the partials from the top, correcting the last rounding (half-even) step.
    let mut hi = 0.0;
    let mut n = partials.len();
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            if y == x - hi {
                hi = x;
            }
        }
    }
    // An all-zero sum is +0.0, as in CPython.
    rt.new_float(if hi == 0.0 { 0.0 } else { hi })
}

fn big_arg(rt: &Runtime, v: &Value) -> PyResult<BigInt> {
    let i = rt.index(v)?;
    Ok(rt.int_ref(&i).map(|r| r.to_bigint()).unwrap_or_default())
}

fn isqrt(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "isqrt", 1, 1)?;
    let n = big_arg(rt, &v[0])?;
    if n.sign() == num_bigint::Sign::Minus {
        return Err(rt.value_error("isqrt() argument must be nonnegative"));
    }
    rt.new_int_big(num_integer::Roots::sqrt(&n))
}

fn gcd(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "gcd", 0, usize::MAX)?;
    let mut g = BigInt::from(0);
    for x in v {
        g = num_integer::Integer::gcd(&g, &big_arg(rt, x)?);
    }
    rt.new_int_big(g)
}

/// The product of the integers in `lo..=hi` (1 when empty).
fn range_product(lo: &BigInt, hi: &BigInt) -> BigInt {
    let mut acc = BigInt::from(1);
    let mut i = lo.clone();
    while &i <= hi {
        acc *= &i;
        i += 1;
    }
    acc
}

fn nonneg(rt: &Runtime, v: &Value, what: &str) -> PyResult<BigInt> {
    let n = big_arg(rt, v)?;
    if n.sign() == num_bigint::Sign::Minus {
        return Err(rt.value_error(alloc::format!("{what} must be a non-negative integer")));
    }
    Ok(n)
}

fn factorial(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "factorial", 1, 1)?;
    if rt.float_of(&v[0]).is_some() {
        return Err(rt.type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = big_arg(rt, &v[0])?;
    if n.sign() == num_bigint::Sign::Minus {
        return Err(rt.value_error("factorial() not defined for negative values"));
    }
    rt.new_int_big(range_product(&BigInt::from(2), &n))
}

fn perm(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "perm", 1, 2)?;
    let n = nonneg(rt, &v[0], "n")?;
    let k = match v.get(1).filter(|k| !rt.is_none(k)) {
        Some(k) => nonneg(rt, k, "k")?,
        None => n.clone(),
    };
    if k > n {
        return rt.new_int(0);
    }
    rt.new_int_big(range_product(&(&n - &k + 1), &n))
}

fn comb(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "comb", 2, 2)?;
    let n = nonneg(rt, &v[0], "n")?;
    let mut k = nonneg(rt, &v[1], "k")?;
    if k > n {
        return rt.new_int(0);
    }
    if &n - &k < k {
        k = &n - &k;
    }
    let num = range_product(&(&n - &k + 1), &n);
    rt.new_int_big(num / range_product(&BigInt::from(2), &k))
}

/// `prod(iterable, *, start=1)`.
fn prod(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
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

pub fn make(rt: &Runtime) -> PyResult<Value> {
    let m = native_module(
        rt,
        "math",
        &[
            ("sqrt", sqrt),
            ("exp", exp),
            ("log", log),
            ("log2", log2),
            ("log10", log10),
            ("sin", sin),
            ("cos", cos),
            ("tan", tan),
            ("asin", asin),
            ("acos", acos),
            ("atan", atan),
            ("atan2", atan2),
            ("fabs", fabs),
            ("floor", floor),
            ("ceil", ceil),
            ("trunc", trunc),
            ("hypot", hypot),
            ("pow", pow),
            ("isnan", isnan),
            ("isinf", isinf),
            ("isfinite", isfinite),
            ("copysign", copysign),
            ("fsum", fsum),
            ("isqrt", isqrt),
            ("gcd", gcd),
            ("factorial", factorial),
            ("perm", perm),
            ("comb", comb),
            ("prod", prod),
        ],
    )?;
    set_attr(rt, &m, "pi", rt.new_float(core::f64::consts::PI)?)?;
    set_attr(rt, &m, "e", rt.new_float(core::f64::consts::E)?)?;
    set_attr(rt, &m, "tau", rt.new_float(core::f64::consts::TAU)?)?;
    set_attr(rt, &m, "inf", rt.new_float(f64::INFINITY)?)?;
    set_attr(rt, &m, "nan", rt.new_float(f64::NAN)?)?;
    Ok(m)
}
