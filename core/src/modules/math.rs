//! A first `math` module: the float functions (over `libm`) and constants.

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
        ],
    )?;
    set_attr(rt, &m, "pi", rt.new_float(core::f64::consts::PI)?)?;
    set_attr(rt, &m, "e", rt.new_float(core::f64::consts::E)?)?;
    set_attr(rt, &m, "tau", rt.new_float(core::f64::consts::TAU)?)?;
    set_attr(rt, &m, "inf", rt.new_float(f64::INFINITY)?)?;
    set_attr(rt, &m, "nan", rt.new_float(f64::NAN)?)?;
    Ok(m)
}
