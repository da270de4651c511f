//! `math` (Rust: numeric hot loops call it). The float functions run on the host's libm
//! (`mathlib.rs`) with CPython's error rules: a NaN from a non-NaN argument is "math domain
//! error" (ValueError), an infinity from finite arguments is "math range error"
//! (OverflowError) where the function can overflow, else a domain error. The integer functions are in `math_int.rs`, the
//! accurate sums and norms in `math_sum.rs`.

use alloc::vec::Vec;

use super::math_gamma;
use super::math_int;
use super::math_sum;
use super::mathlib;
use super::{native_module, set_attr};
use crate::Runtime;
use crate::object::args::{Args, Signature};
use crate::object::int::IntRef;
use crate::object::{PyResult, Value};

fn real_error(rt: &Runtime, v: &Value) -> crate::object::PyErr {
    rt.type_error(alloc::format!(
        "must be real number, not {}",
        rt.type_name(v)
    ))
}

/// A float argument as CPython's `PyFloat_AsDouble`: float, int, `__float__`, `__index__`.
pub(super) fn arg_f64(rt: &Runtime, v: &Value) -> PyResult<f64> {
    if let Some(f) = crate::object::float_ops::to_f64(rt, v)? {
        return Ok(f);
    }
    let ty = rt.type_of(v);
    if let Some(m) = rt.lookup_in_type(ty, "__float__") {
        let r = rt.call(&m, Args::positional(core::slice::from_ref(v)))?;
        return match rt.float_of(&r) {
            Some(f) => Ok(f),
            None => Err(rt.type_error(alloc::format!(
                "{}.__float__ returned non-float (type {})",
                rt.type_name(v),
                rt.type_name(&r)
            ))),
        };
    }
    if rt.lookup_in_type(ty, "__index__").is_some() {
        let i = rt.index(v)?;
        if let Some(f) = crate::object::float_ops::to_f64(rt, &i)? {
            return Ok(f);
        }
    }
    Err(real_error(rt, v))
}

fn domain(rt: &Runtime) -> crate::object::PyErr {
    rt.value_error("math domain error")
}

fn range(rt: &Runtime) -> crate::object::PyErr {
    rt.overflow_error("math range error")
}

/// Applies CPython's rules to `r = f(x)`.
#[inline(always)]
fn checked1(rt: &Runtime, x: f64, r: f64, can_overflow: bool) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain(rt));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range(rt) } else { domain(rt) });
    }
    rt.new_float(r)
}

fn one_arg(rt: &Runtime, a: &Args<'_>, name: &str) -> PyResult<Value> {
    a.no_kwargs_in(rt, "math", name)?;
    let v = a.pos();
    if v.len() != 1 {
        return Err(rt.type_error(alloc::format!(
            "math.{name}() takes exactly one argument ({} given)",
            v.len()
        )));
    }
    Ok(v[0].clone())
}

/// The one argument of `math.name(x)` as a float: an exact float read directly (the common
/// case, inline), anything else by `arg_f64`'s rules.
#[inline(always)]
fn one_f64(rt: &Runtime, a: &Args<'_>, name: &str) -> PyResult<f64> {
    if let [v] = a.all
        && a.kwnames.is_empty()
        && v.heap().is_some_and(|h| h.type_ptr() == rt.types().float.0)
    {
        return Ok(crate::object::float::exact_float_value(v));
    }
    one_f64_general(rt, a, name)
}

fn one_f64_general(rt: &Runtime, a: &Args<'_>, name: &str) -> PyResult<f64> {
    arg_f64(rt, &one_arg(rt, a, name)?)
}

fn two_args(rt: &Runtime, a: &Args<'_>, name: &str) -> PyResult<(Value, Value)> {
    let v = a.check_count_in(rt, "math", name, 2, 2)?;
    Ok((v[0].clone(), v[1].clone()))
}

/// Functions of the host's libm (`mathlib.rs`), by field name.
macro_rules! unary_fns {
    ($($name:ident, $overflow:expr;)*) => {
        $(fn $name(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
            let x = one_f64(rt, &a, stringify!($name))?;
            checked1(rt, x, (mathlib::get(rt).$name)(x), $overflow)
        })*
    };
}

unary_fns! {
    exp, true;
    exp2, true;
    expm1, true;
    cbrt, false;
    sin, false;
    cos, false;
    tan, false;
    asin, false;
    acos, false;
    atan, false;
    sinh, true;
    cosh, true;
    tanh, false;
    asinh, false;
    acosh, false;
    atanh, false;
    erf, false;
    erfc, false;
    log1p, false;
}

/// Exact everywhere: the core's own.
macro_rules! exact_fns {
    ($($name:ident => $f:expr;)*) => {
        $(fn $name(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
            let x = one_f64(rt, &a, stringify!($name))?;
            checked1(rt, x, $f(x), false)
        })*
    };
}

exact_fns! {
    sqrt => libm::sqrt;
    fabs => libm::fabs;
}

fn gamma_result(rt: &Runtime, r: Result<f64, math_gamma::GammaError>) -> PyResult<Value> {
    match r {
        Ok(v) => rt.new_float(v),
        Err(math_gamma::GammaError::Domain) => Err(domain(rt)),
        Err(math_gamma::GammaError::Range) => Err(range(rt)),
    }
}

fn gamma(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let x = one_f64(rt, &a, "gamma")?;
    gamma_result(rt, math_gamma::gamma(mathlib::get(rt), x))
}

fn lgamma(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let x = one_f64(rt, &a, "lgamma")?;
    gamma_result(rt, math_gamma::lgamma(mathlib::get(rt), x))
}

/// `log(x)` of an int too large for a float: `x = m * 2**e` with `m` in [0.5, 1).
fn big_log(v: IntRef<'_>, f: fn(f64) -> f64, ln_two: f64) -> f64 {
    let b = v.to_bigint();
    let bits = b.bits();
    let shift = bits.saturating_sub(60);
    let top: num_bigint::BigInt = &b >> shift;
    let m = num_traits::ToPrimitive::to_f64(&top).unwrap_or(0.0) / libm::ldexp(1.0, 60);
    let e = shift as f64 + 60.0;
    f(m) + e * ln_two
}

/// `log`, `log2`, `log10` of any real, ints of any size included.
fn log_helper(rt: &Runtime, v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    let ln_two = f(2.0);
    if rt.float_of(v).is_none()
        && let Some(i) = rt.int_ref(v)
    {
        if i.is_negative() || i.is_zero() {
            return Err(domain(rt));
        }
        // As CPython: through float when it fits, else by the int's binary exponent.
        return match crate::object::int_ops::int_as_f64(rt, i) {
            Ok(x) => Ok(f(x)),
            Err(_) => Ok(big_log(i, f, ln_two)),
        };
    }
    let x = arg_f64(rt, v)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() || r.is_infinite() && x.is_finite() {
        return Err(domain(rt));
    }
    Ok(r)
}

fn log(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs(rt, "log")?;
    let v = a.all;
    if v.is_empty() || v.len() > 2 {
        return Err(rt.type_error("math.log requires 1 to 2 arguments"));
    }
    let ln = mathlib::get(rt).log;
    let num = log_helper(rt, &v[0], ln)?;
    match v.get(1) {
        Some(b) => {
            let den = log_helper(rt, b, ln)?;
            if den == 0.0 {
                return Err(rt.zero_division_error("float division by zero"));
            }
            rt.new_float(num / den)
        }
        None => rt.new_float(num),
    }
}

fn log2(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = one_arg(rt, &a, "log2")?;
    rt.new_float(log_helper(rt, &v, mathlib::get(rt).log2)?)
}

fn log10(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = one_arg(rt, &a, "log10")?;
    rt.new_float(log_helper(rt, &v, mathlib::get(rt).log10)?)
}

pub(super) fn float_to_int(rt: &Runtime, x: f64) -> PyResult<Value> {
    if x.is_nan() {
        return Err(rt.value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(rt.overflow_error("cannot convert float infinity to integer"));
    }
    match crate::object::int_ops::f64_to_bigint(x) {
        Some(b) => rt.new_int_big(b),
        None => Err(rt.overflow_error("cannot convert float infinity to integer")),
    }
}

/// `floor`/`ceil`/`trunc`: floats directly, else the type's `__floor__` etc., else (for
/// floor/ceil) through float.
fn rounding(
    rt: &Runtime,
    a: Args<'_>,
    name: &str,
    dunder: &str,
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    let v = one_arg(rt, &a, name)?;
    if let Some(x) = rt.float_of(&v)
        && rt.type_of(&v) == rt.types().float
    {
        return float_to_int(rt, f(x));
    }
    if let Some(m) = rt.lookup_in_type(rt.type_of(&v), dunder) {
        return rt.call(&m, Args::positional(core::slice::from_ref(&v)));
    }
    if name == "trunc" {
        return Err(rt.type_error(alloc::format!(
            "type {} doesn't define __trunc__ method",
            rt.type_name(&v)
        )));
    }
    float_to_int(rt, f(arg_f64(rt, &v)?))
}

fn floor(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    rounding(rt, a, "floor", "__floor__", libm::floor)
}

fn ceil(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    rounding(rt, a, "ceil", "__ceil__", libm::ceil)
}

fn trunc(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    rounding(rt, a, "trunc", "__trunc__", libm::trunc)
}

fn two_f64(rt: &Runtime, a: &Args<'_>, name: &str) -> PyResult<(f64, f64)> {
    let (x, y) = two_args(rt, a, name)?;
    Ok((arg_f64(rt, &x)?, arg_f64(rt, &y)?))
}

fn atan2(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let (y, x) = two_f64(rt, &a, "atan2")?;
    rt.new_float((mathlib::get(rt).atan2)(y, x))
}

fn copysign(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let (x, y) = two_f64(rt, &a, "copysign")?;
    rt.new_float(libm::copysign(x, y))
}

fn fmod(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let (x, y) = two_f64(rt, &a, "fmod")?;
    if y.is_infinite() && x.is_finite() {
        return rt.new_float(x);
    }
    let r = libm::fmod(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain(rt));
    }
    rt.new_float(r)
}

fn remainder(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let (x, y) = two_f64(rt, &a, "remainder")?;
    if x.is_nan() || y.is_nan() {
        return rt.new_float(f64::NAN);
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain(rt));
    }
    if y.is_infinite() {
        return rt.new_float(x);
    }
    rt.new_float(libm::remainder(x, y))
}

fn pow(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let (x, y) = two_f64(rt, &a, "pow")?;
    let r = (mathlib::get(rt).pow)(x, y);
    if x.is_finite() && y.is_finite() {
        if r.is_nan() {
            return Err(domain(rt));
        }
        if r.is_infinite() {
            return Err(if x == 0.0 { domain(rt) } else { range(rt) });
        }
    }
    rt.new_float(r)
}

fn nextafter(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let (x, y) = two_f64(rt, &a, "nextafter")?;
    rt.new_float(libm::nextafter(x, y))
}

fn ulp(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let x = one_f64(rt, &a, "ulp")?;
    if x.is_nan() {
        return rt.new_float(x);
    }
    let x = x.abs();
    if x.is_infinite() {
        return rt.new_float(x);
    }
    let up = libm::nextafter(x, f64::INFINITY);
    if up.is_infinite() {
        let down = libm::nextafter(x, 0.0);
        return rt.new_float(x - down);
    }
    rt.new_float(up - x)
}

fn degrees(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let x = one_f64(rt, &a, "degrees")?;
    rt.new_float(x * (180.0 / core::f64::consts::PI))
}

fn radians(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let x = one_f64(rt, &a, "radians")?;
    rt.new_float(x * (core::f64::consts::PI / 180.0))
}

fn frexp(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let x = one_f64(rt, &a, "frexp")?;
    let (m, e) = if x.is_finite() && x != 0.0 {
        libm::frexp(x)
    } else {
        (x, 0)
    };
    rt.new_tuple(alloc::vec![rt.new_float(m)?, rt.new_int(e as i64)?])
}

fn ldexp(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let (xv, iv) = two_args(rt, &a, "ldexp")?;
    let x = arg_f64(rt, &xv)?;
    let Some(i) = rt.int_ref(&iv) else {
        return Err(rt.type_error("Expected an int as second argument to ldexp."));
    };
    let e = match i.to_i64() {
        Some(e) => e.clamp(-100_000, 100_000) as i32,
        None if i.is_negative() => -100_000,
        None => 100_000,
    };
    if x == 0.0 || !x.is_finite() {
        return rt.new_float(x);
    }
    let r = libm::ldexp(x, e);
    if r.is_infinite() {
        return Err(range(rt));
    }
    rt.new_float(r)
}

fn modf(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let x = one_f64(rt, &a, "modf")?;
    let (frac, int) = if x.is_infinite() {
        (libm::copysign(0.0, x), x)
    } else {
        libm::modf(x)
    };
    rt.new_tuple(alloc::vec![rt.new_float(frac)?, rt.new_float(int)?])
}

fn test_fn(rt: &Runtime, a: Args<'_>, name: &str, f: fn(f64) -> bool) -> PyResult<Value> {
    let x = one_f64(rt, &a, name)?;
    Ok(rt.bool_value(f(x)))
}

fn isnan(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    test_fn(rt, a, "isnan", f64::is_nan)
}

fn isinf(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    test_fn(rt, a, "isinf", f64::is_infinite)
}

fn isfinite(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    test_fn(rt, a, "isfinite", f64::is_finite)
}

/// The core of `isclose`, shared with `cmath`.
pub(super) fn close(a: f64, b: f64, rel: f64, abs: f64) -> bool {
    if a == b {
        return true;
    }
    if a.is_infinite() || b.is_infinite() {
        return false;
    }
    let diff = (b - a).abs();
    (diff <= (rel * b).abs() || diff <= (rel * a).abs()) || diff <= abs
}

fn isclose(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    if a.pos().len() > 2 {
        return Err(rt.type_error(alloc::format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            a.pos().len()
        )));
    }
    let [x, y, rel, abs] = a.bind(
        rt,
        &Signature {
            fname: "isclose",
            names: ["a", "b", "rel_tol", "abs_tol"],
            posonly: 0,
            required: 2,
            kwonly: 2,
        },
    )?;
    let x = arg_f64(rt, x.as_ref().ok_or_else(|| rt.memory_error())?)?;
    let y = arg_f64(rt, y.as_ref().ok_or_else(|| rt.memory_error())?)?;
    let rel = match rel {
        Some(v) => arg_f64(rt, &v)?,
        None => 1e-9,
    };
    let abs = match abs {
        Some(v) => arg_f64(rt, &v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(rt.value_error("tolerances must be non-negative"));
    }
    Ok(rt.bool_value(close(x, y, rel, abs)))
}

fn floats_of(rt: &Runtime, items: &[Value]) -> PyResult<Vec<f64>> {
    items.iter().map(|v| arg_f64(rt, v)).collect()
}

fn hypot(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs(rt, "math.hypot")?;
    let xs = floats_of(rt, a.pos())?;
    rt.new_float(math_sum::vector_norm(&xs))
}

fn dist(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let (p, q) = two_args(rt, &a, "dist")?;
    let seq = |v: &Value, n: &str| -> PyResult<Vec<Value>> {
        if let Some(t) = rt.tuple_items(v) {
            return Ok(t.to_vec());
        }
        if let Some(l) = rt.list_data(v) {
            return Ok(l.items().to_vec());
        }
        let _ = n;
        rt.collect(v)
    };
    let (p, q) = (seq(&p, "1")?, seq(&q, "2")?);
    if p.len() != q.len() {
        return Err(rt.value_error("both points must have the same number of dimensions"));
    }
    let (p, q) = (floats_of(rt, &p)?, floats_of(rt, &q)?);
    let diffs: Vec<f64> = p.iter().zip(&q).map(|(x, y)| (x - y).abs()).collect();
    rt.new_float(math_sum::vector_norm(&diffs))
}

pub fn make(rt: &Runtime) -> PyResult<Value> {
    let m = native_module(
        rt,
        "math",
        &[
            ("acos", acos),
            ("acosh", acosh),
            ("asin", asin),
            ("asinh", asinh),
            ("atan", atan),
            ("atan2", atan2),
            ("atanh", atanh),
            ("cbrt", cbrt),
            ("ceil", ceil),
            ("comb", math_int::comb),
            ("copysign", copysign),
            ("cos", cos),
            ("cosh", cosh),
            ("degrees", degrees),
            ("dist", dist),
            ("erf", erf),
            ("erfc", erfc),
            ("exp", exp),
            ("exp2", exp2),
            ("expm1", expm1),
            ("fabs", fabs),
            ("factorial", math_int::factorial),
            ("floor", floor),
            ("fmod", fmod),
            ("frexp", frexp),
            ("fsum", math_sum::fsum),
            ("gamma", gamma),
            ("gcd", math_int::gcd),
            ("hypot", hypot),
            ("isclose", isclose),
            ("isfinite", isfinite),
            ("isinf", isinf),
            ("isnan", isnan),
            ("isqrt", math_int::isqrt),
            ("lcm", math_int::lcm),
            ("ldexp", ldexp),
            ("lgamma", lgamma),
            ("log", log),
            ("log10", log10),
            ("log1p", log1p),
            ("log2", log2),
            ("modf", modf),
            ("nextafter", nextafter),
            ("perm", math_int::perm),
            ("pow", pow),
            ("prod", math_int::prod),
            ("radians", radians),
            ("remainder", remainder),
            ("sin", sin),
            ("sinh", sinh),
            ("sqrt", sqrt),
            ("tan", tan),
            ("tanh", tanh),
            ("trunc", trunc),
            ("ulp", ulp),
        ],
    )?;
    set_attr(rt, &m, "pi", rt.new_float(core::f64::consts::PI)?)?;
    set_attr(rt, &m, "e", rt.new_float(core::f64::consts::E)?)?;
    set_attr(rt, &m, "tau", rt.new_float(core::f64::consts::TAU)?)?;
    set_attr(rt, &m, "inf", rt.new_float(f64::INFINITY)?)?;
    set_attr(rt, &m, "nan", rt.new_float(f64::NAN)?)?;
    Ok(m)
}
