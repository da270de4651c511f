//! The C library math functions `math`, `cmath`, `float ** float` and `complex` call. CPython
//! calls the platform's libm, so printed results depend on it in the last bit; to give the same
//! bits the host supplies its libm through `Hooks::math` (the std host: the C library's). Without
//! one (bare metal) the core uses `PORTABLE`: `math_cr`'s correctly rounded versions (which
//! agree with glibc almost always) and the `libm` crate for the rest.

use super::{math_cr, math_erf};
use crate::Runtime;

/// One libm: each field is the C function of that name.
pub struct MathLib {
    pub sin: fn(f64) -> f64,
    pub cos: fn(f64) -> f64,
    pub tan: fn(f64) -> f64,
    pub asin: fn(f64) -> f64,
    pub acos: fn(f64) -> f64,
    pub atan: fn(f64) -> f64,
    pub atan2: fn(f64, f64) -> f64,
    pub sinh: fn(f64) -> f64,
    pub cosh: fn(f64) -> f64,
    pub tanh: fn(f64) -> f64,
    pub asinh: fn(f64) -> f64,
    pub acosh: fn(f64) -> f64,
    pub atanh: fn(f64) -> f64,
    pub exp: fn(f64) -> f64,
    pub exp2: fn(f64) -> f64,
    pub expm1: fn(f64) -> f64,
    pub log: fn(f64) -> f64,
    pub log2: fn(f64) -> f64,
    pub log10: fn(f64) -> f64,
    pub log1p: fn(f64) -> f64,
    pub pow: fn(f64, f64) -> f64,
    pub hypot: fn(f64, f64) -> f64,
    pub cbrt: fn(f64) -> f64,
    pub erf: fn(f64) -> f64,
    pub erfc: fn(f64) -> f64,
}

/// The core's own libm, used when the host supplies none.
pub static PORTABLE: MathLib = MathLib {
    sin: math_cr::sin,
    cos: math_cr::cos,
    tan: math_cr::tan,
    asin: math_cr::asin,
    acos: math_cr::acos,
    atan: math_cr::atan,
    atan2: math_cr::atan2,
    sinh: math_cr::sinh,
    cosh: math_cr::cosh,
    tanh: math_cr::tanh,
    asinh: math_cr::asinh,
    acosh: math_cr::acosh,
    atanh: libm::atanh,
    exp: math_cr::exp,
    exp2: math_cr::exp2,
    expm1: libm::expm1,
    log: math_cr::log,
    log2: math_cr::log2,
    log10: math_cr::log10,
    log1p: libm::log1p,
    pow: math_cr::pow,
    hypot: math_cr::hypot,
    cbrt: math_cr::cbrt,
    erf: math_erf::erf,
    erfc: math_erf::erfc,
};

/// The libm of this runtime: the host's, else `PORTABLE`.
#[inline]
pub fn get(rt: &Runtime) -> &'static MathLib {
    rt.hooks.get().math.unwrap_or(&PORTABLE)
}
