//! The C library's math functions for the core's `Hooks::math` (see the core's
//! `modules/mathlib.rs`): CPython calls the platform libm, so calling the same one gives the
//! same bits. glibc and musl (`-lm`, linked by std; statically with crt-static), Apple's
//! libSystem and the Windows CRTs (UCRT, mingw) all export these C99 names; MSVC's `hypot` is
//! `_hypot`, as Rust's std links it.

use copperhead_core::modules::mathlib::MathLib;

mod c {
    unsafe extern "C" {
        pub fn sin(x: f64) -> f64;
        pub fn cos(x: f64) -> f64;
        pub fn tan(x: f64) -> f64;
        pub fn asin(x: f64) -> f64;
        pub fn acos(x: f64) -> f64;
        pub fn atan(x: f64) -> f64;
        pub fn atan2(y: f64, x: f64) -> f64;
        pub fn sinh(x: f64) -> f64;
        pub fn cosh(x: f64) -> f64;
        pub fn tanh(x: f64) -> f64;
        pub fn asinh(x: f64) -> f64;
        pub fn acosh(x: f64) -> f64;
        pub fn atanh(x: f64) -> f64;
        pub fn exp(x: f64) -> f64;
        pub fn exp2(x: f64) -> f64;
        pub fn expm1(x: f64) -> f64;
        pub fn log(x: f64) -> f64;
        pub fn log2(x: f64) -> f64;
        pub fn log10(x: f64) -> f64;
        pub fn log1p(x: f64) -> f64;
        pub fn pow(x: f64, y: f64) -> f64;
        #[cfg_attr(target_env = "msvc", link_name = "_hypot")]
        pub fn hypot(x: f64, y: f64) -> f64;
        pub fn cbrt(x: f64) -> f64;
        pub fn erf(x: f64) -> f64;
        pub fn erfc(x: f64) -> f64;
    }
}

/// Rust-ABI wrappers (a `fn` pointer cannot point at an `extern "C"` function).
macro_rules! wrap {
    ($($name:ident($($a:ident),+);)*) => {
        $(fn $name($($a: f64),+) -> f64 {
            // SAFETY: pure C functions of doubles, defined for every input.
            unsafe { c::$name($($a),+) }
        })*
        pub static C_LIBM: MathLib = MathLib { $($name),* };
    };
}

wrap! {
    sin(x);
    cos(x);
    tan(x);
    asin(x);
    acos(x);
    atan(x);
    atan2(y, x);
    sinh(x);
    cosh(x);
    tanh(x);
    asinh(x);
    acosh(x);
    atanh(x);
    exp(x);
    exp2(x);
    expm1(x);
    log(x);
    log2(x);
    log10(x);
    log1p(x);
    pow(x, y);
    hypot(x, y);
    cbrt(x);
    erf(x);
    erfc(x);
}
