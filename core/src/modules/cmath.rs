//! `cmath` basics (Rust, beside `math`): sqrt, exp, log, log10, phase, polar, rect, the
//! trigonometric and hyperbolic functions, the tests and constants. The formulas follow the
//! numerically careful forms CPython documents (scaled square root, `log1p` near the unit
//! circle, overflow-safe exp/sinh/cosh/tanh); special values outside the finite plane get the
//! C99 Annex G answers for the common cases.

use crate::Runtime;
use crate::object::args::{Args, Signature};
use crate::object::complex::c_div;

type C = (f64, f64);
use crate::object::{PyResult, Value};

use super::cmath_inv;
use super::math::arg_f64;
use super::mathlib::{self, MathLib};
use super::{native_module, set_attr};

const LARGE_DOUBLE: f64 = f64::MAX / 4.0;
const LOG_LARGE_DOUBLE: f64 = 708.3964185322641;

/// A complex argument: complex, `__complex__`, or anything `math` takes as a real.
fn arg_c(rt: &Runtime, v: &Value) -> PyResult<C> {
    if let Some(c) = rt.complex_of(v) {
        return Ok(c);
    }
    if let Some(m) = rt.lookup_in_type(rt.type_of(v), "__complex__") {
        let r = rt.call(&m, Args::positional(core::slice::from_ref(v)))?;
        return rt.complex_of(&r).ok_or_else(|| {
            rt.type_error(alloc::format!(
                "__complex__ returned non-complex (type {})",
                rt.type_name(&r)
            ))
        });
    }
    Ok((arg_f64(rt, v)?, 0.0))
}

fn one(rt: &Runtime, a: &Args<'_>, name: &str) -> PyResult<C> {
    let v = a.check_count_in(rt, "cmath", name, 1, 1)?;
    arg_c(rt, &v[0])
}

fn domain(rt: &Runtime) -> crate::object::PyErr {
    rt.value_error("math domain error")
}

fn range(rt: &Runtime) -> crate::object::PyErr {
    rt.overflow_error("math range error")
}

fn finite(z: C) -> bool {
    z.0.is_finite() && z.1.is_finite()
}

/// Result checks: an infinite result from a finite argument overflowed.
fn done(rt: &Runtime, z: C, r: C) -> PyResult<Value> {
    if finite(z) && !finite(r) {
        if r.0.is_infinite() || r.1.is_infinite() {
            return Err(range(rt));
        }
        return Err(domain(rt));
    }
    rt.new_complex(r.0, r.1)
}

pub(super) fn c_sqrt(m: &MathLib, z: C) -> C {
    let (x, y) = z;
    if y.is_infinite() {
        return (f64::INFINITY, y);
    }
    if x.is_nan() || y.is_nan() {
        if x == f64::NEG_INFINITY {
            return (f64::NAN, f64::INFINITY);
        }
        if x == f64::INFINITY {
            return (x, f64::NAN);
        }
        return (f64::NAN, f64::NAN);
    }
    if x.is_infinite() {
        return if x > 0.0 {
            (x, libm::copysign(0.0, y))
        } else {
            (0.0, libm::copysign(f64::INFINITY, y))
        };
    }
    if x == 0.0 && y == 0.0 {
        return (0.0, y);
    }
    let (ax, ay) = (x.abs(), y.abs());
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        let ax = libm::ldexp(ax, 53);
        libm::ldexp(libm::sqrt(ax + (m.hypot)(ax, libm::ldexp(ay, 53))), -27)
    } else {
        let ax = ax / 8.0;
        2.0 * libm::sqrt(ax + (m.hypot)(ax, ay / 8.0))
    };
    let d = ay / (2.0 * s);
    if x >= 0.0 {
        (s, libm::copysign(d, y))
    } else {
        (d, libm::copysign(s, y))
    }
}

fn c_log(m: &MathLib, z: C) -> Option<C> {
    let (x, y) = z;
    let (ax, ay) = (x.abs(), y.abs());
    if x.is_nan() || y.is_nan() {
        let re = if ax.is_infinite() || ay.is_infinite() {
            f64::INFINITY
        } else {
            f64::NAN
        };
        return Some((re, f64::NAN));
    }
    let re = if ax.is_infinite() || ay.is_infinite() {
        f64::INFINITY
    } else if ax > LARGE_DOUBLE || ay > LARGE_DOUBLE {
        (m.log)((m.hypot)(ax / 2.0, ay / 2.0)) + core::f64::consts::LN_2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            (m.log)((m.hypot)(libm::ldexp(ax, 53), libm::ldexp(ay, 53)))
                - 53.0 * core::f64::consts::LN_2
        } else {
            return None;
        }
    } else {
        let h = (m.hypot)(ax, ay);
        if (0.71..=1.73).contains(&h) {
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            (m.log1p)((am - 1.0) * (am + 1.0) + an * an) / 2.0
        } else {
            (m.log)(h)
        }
    };
    Some((re, (m.atan2)(y, x)))
}

fn c_exp(m: &MathLib, z: C) -> C {
    let (x, y) = z;
    if !finite(z) {
        if x.is_infinite() && y.is_finite() {
            if x > 0.0 {
                return if y == 0.0 {
                    (x, y)
                } else {
                    (
                        libm::copysign(f64::INFINITY, (m.cos)(y)),
                        libm::copysign(f64::INFINITY, (m.sin)(y)),
                    )
                };
            }
            return (
                libm::copysign(0.0, (m.cos)(y)),
                libm::copysign(0.0, (m.sin)(y)),
            );
        }
        if x == f64::NEG_INFINITY {
            return (0.0, 0.0);
        }
        if x == f64::INFINITY && y.is_nan() {
            return (x, f64::NAN);
        }
        if y == 0.0 {
            return (f64::NAN, y);
        }
        return (f64::NAN, f64::NAN);
    }
    if x > LOG_LARGE_DOUBLE {
        let l = (m.exp)(x - 1.0);
        let e = core::f64::consts::E;
        (l * (m.cos)(y) * e, l * (m.sin)(y) * e)
    } else {
        let l = (m.exp)(x);
        (l * (m.cos)(y), l * (m.sin)(y))
    }
}

fn c_sinh(m: &MathLib, z: C) -> C {
    let (x, y) = z;
    if x.abs() > LOG_LARGE_DOUBLE {
        let xm1 = x - libm::copysign(1.0, x);
        let e = core::f64::consts::E;
        (
            (m.cos)(y) * (m.sinh)(xm1) * e,
            (m.sin)(y) * (m.cosh)(xm1) * e,
        )
    } else {
        ((m.cos)(y) * (m.sinh)(x), (m.sin)(y) * (m.cosh)(x))
    }
}

fn c_cosh(m: &MathLib, z: C) -> C {
    let (x, y) = z;
    if x.abs() > LOG_LARGE_DOUBLE {
        let xm1 = x - libm::copysign(1.0, x);
        let e = core::f64::consts::E;
        (
            (m.cos)(y) * (m.cosh)(xm1) * e,
            (m.sin)(y) * (m.sinh)(xm1) * e,
        )
    } else {
        ((m.cos)(y) * (m.cosh)(x), (m.sin)(y) * (m.sinh)(x))
    }
}

fn c_tanh(m: &MathLib, z: C) -> C {
    let (x, y) = z;
    if x.abs() > LOG_LARGE_DOUBLE {
        (
            libm::copysign(1.0, x),
            4.0 * (m.sin)(y) * (m.cos)(y) * (m.exp)(-2.0 * x.abs()),
        )
    } else {
        let tx = (m.tanh)(x);
        let ty = (m.tan)(y);
        let cx = 1.0 / (m.cosh)(x);
        let txty = tx * ty;
        let denom = 1.0 + txty * txty;
        (tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)
    }
}

/// `f(z)` through the hyperbolic twin: sin(z) = -i sinh(iz), tan(z) = -i tanh(iz).
fn via_i(m: &MathLib, z: C, f: fn(&MathLib, C) -> C) -> C {
    let r = f(m, (-z.1, z.0));
    (r.1, -r.0)
}

macro_rules! plain {
    ($($name:ident => $f:expr;)*) => {
        $(fn $name(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
            let z = one(rt, &a, stringify!($name))?;
            let f: fn(&MathLib, C) -> C = $f;
            done(rt, z, f(mathlib::get(rt), z))
        })*
    };
}

plain! {
    sqrt => c_sqrt;
    sinh => c_sinh;
    cosh => c_cosh;
    tanh => c_tanh;
    sin => |m, z| via_i(m, z, c_sinh);
    tan => |m, z| via_i(m, z, c_tanh);
    cos => |m, z: C| c_cosh(m, (-z.1, z.0));
}

/// The inverse functions (`cmath_inv.rs`): never overflow; atan/atanh have poles.
macro_rules! inverse {
    ($($name:ident => $f:expr;)*) => {
        $(fn $name(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
            let z = one(rt, &a, stringify!($name))?;
            let f: fn(&MathLib, C) -> Option<C> = $f;
            let r = f(mathlib::get(rt), z);
            let r = r.ok_or_else(|| domain(rt))?;
            rt.new_complex(r.0, r.1)
        })*
    };
}

inverse! {
    acos => |m, z| Some(cmath_inv::acos(m, z));
    asin => |m, z| Some(cmath_inv::asin(m, z));
    acosh => |m, z| Some(cmath_inv::acosh(m, z));
    asinh => |m, z| Some(cmath_inv::asinh(m, z));
    atan => cmath_inv::atan;
    atanh => cmath_inv::atanh;
}

fn exp(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let m = mathlib::get(rt);
    let z = one(rt, &a, "exp")?;
    // An infinite angle has no direction: C99 Annex G makes it invalid.
    if z.1.is_infinite() && z.0 != f64::NEG_INFINITY && !z.0.is_nan() {
        return Err(domain(rt));
    }
    let r = c_exp(m, z);
    if !finite(z) {
        return rt.new_complex(r.0, r.1);
    }
    done(rt, z, r)
}

fn log(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let m = mathlib::get(rt);
    let v = a.check_count(rt, "log", 1, 2)?;
    let z = arg_c(rt, &v[0])?;
    let mut r = c_log(m, z).ok_or_else(|| domain(rt))?;
    if let Some(b) = v.get(1) {
        let bz = arg_c(rt, b)?;
        let lb = c_log(m, bz).ok_or_else(|| domain(rt))?;
        r = c_div(r, lb).ok_or_else(|| domain(rt))?;
    }
    rt.new_complex(r.0, r.1)
}

fn log10(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let m = mathlib::get(rt);
    let z = one(rt, &a, "log10")?;
    let r = c_log(m, z).ok_or_else(|| domain(rt))?;
    let ln10 = core::f64::consts::LN_10;
    rt.new_complex(r.0 / ln10, r.1 / ln10)
}

fn phase(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let m = mathlib::get(rt);
    let z = one(rt, &a, "phase")?;
    rt.new_float((m.atan2)(z.1, z.0))
}

fn polar(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let m = mathlib::get(rt);
    let z = one(rt, &a, "polar")?;
    let r = (m.hypot)(z.0, z.1);
    if r.is_infinite() && finite(z) {
        return Err(range(rt));
    }
    rt.new_tuple(alloc::vec![
        rt.new_float(r)?,
        rt.new_float((m.atan2)(z.1, z.0))?
    ])
}

fn rect(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let m = mathlib::get(rt);
    let v = a.check_count(rt, "rect", 2, 2)?;
    let (r, phi) = (arg_f64(rt, &v[0])?, arg_f64(rt, &v[1])?);
    if r.is_finite() && phi.is_infinite() {
        return Err(domain(rt));
    }
    if r.is_infinite() && phi.is_finite() && phi != 0.0 {
        let re = if r > 0.0 {
            libm::copysign(f64::INFINITY, (m.cos)(phi))
        } else {
            -libm::copysign(f64::INFINITY, (m.cos)(phi))
        };
        let im = if r > 0.0 {
            libm::copysign(f64::INFINITY, (m.sin)(phi))
        } else {
            -libm::copysign(f64::INFINITY, (m.sin)(phi))
        };
        return rt.new_complex(re, im);
    }
    if phi == 0.0 {
        return rt.new_complex(r, if r.is_finite() { r * phi } else { phi });
    }
    rt.new_complex(r * (m.cos)(phi), r * (m.sin)(phi))
}

fn isfinite(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let z = one(rt, &a, "isfinite")?;
    Ok(rt.bool_value(finite(z)))
}

fn isinf(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let z = one(rt, &a, "isinf")?;
    Ok(rt.bool_value(z.0.is_infinite() || z.1.is_infinite()))
}

fn isnan(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let z = one(rt, &a, "isnan")?;
    Ok(rt.bool_value(z.0.is_nan() || z.1.is_nan()))
}

fn isclose(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let m = mathlib::get(rt);
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
    let x = arg_c(rt, x.as_ref().ok_or_else(|| rt.memory_error())?)?;
    let y = arg_c(rt, y.as_ref().ok_or_else(|| rt.memory_error())?)?;
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
    if x == y {
        return Ok(rt.bool_value(true));
    }
    if !finite(x) || !finite(y) {
        return Ok(rt.bool_value(false));
    }
    let diff = (m.hypot)(x.0 - y.0, x.1 - y.1);
    let ax = (m.hypot)(x.0, x.1);
    let ay = (m.hypot)(y.0, y.1);
    Ok(rt.bool_value(diff <= rel * ay || diff <= rel * ax || diff <= abs))
}

pub fn make(rt: &Runtime) -> PyResult<Value> {
    let m = native_module(
        rt,
        "cmath",
        &[
            ("acos", acos),
            ("acosh", acosh),
            ("asin", asin),
            ("asinh", asinh),
            ("atan", atan),
            ("atanh", atanh),
            ("cos", cos),
            ("cosh", cosh),
            ("exp", exp),
            ("isclose", isclose),
            ("isfinite", isfinite),
            ("isinf", isinf),
            ("isnan", isnan),
            ("log", log),
            ("log10", log10),
            ("phase", phase),
            ("polar", polar),
            ("rect", rect),
            ("sin", sin),
            ("sinh", sinh),
            ("sqrt", sqrt),
            ("tan", tan),
            ("tanh", tanh),
        ],
    )?;
    set_attr(rt, &m, "pi", rt.new_float(core::f64::consts::PI)?)?;
    set_attr(rt, &m, "e", rt.new_float(core::f64::consts::E)?)?;
    set_attr(rt, &m, "tau", rt.new_float(core::f64::consts::TAU)?)?;
    set_attr(rt, &m, "inf", rt.new_float(f64::INFINITY)?)?;
    set_attr(rt, &m, "nan", rt.new_float(f64::NAN)?)?;
    set_attr(rt, &m, "infj", rt.new_complex(0.0, f64::INFINITY)?)?;
    set_attr(rt, &m, "nanj", rt.new_complex(0.0, f64::NAN)?)?;
    Ok(m)
}
