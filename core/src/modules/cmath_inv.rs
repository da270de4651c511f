//! `cmath`'s inverse functions (acos, asin, atan, acosh, asinh, atanh): Kahan's forms built
//! on the complex square root, as CPython computes them, so the branch cuts and signed zeros
//! agree; arguments off the finite plane answer from C99 Annex G tables (checked against
//! CPython 3.11), indexed by the class of the real and the imaginary part.

use super::cmath::c_sqrt;
use super::mathlib::MathLib;

type C = (f64, f64);

const N: f64 = f64::NAN;
const I: f64 = f64::INFINITY;
const LARGE: f64 = f64::MAX / 4.0;
const LN2: f64 = core::f64::consts::LN_2;
const PI: f64 = core::f64::consts::PI;
const P2: f64 = core::f64::consts::FRAC_PI_2;
const P4: f64 = core::f64::consts::FRAC_PI_4;
const P34: f64 = 3.0 * core::f64::consts::FRAC_PI_4;

/// -inf, negative, -0, +0, positive, +inf, nan: the rows and columns of the tables.
fn class(x: f64) -> usize {
    if x.is_nan() {
        6
    } else if x.is_infinite() {
        if x < 0.0 { 0 } else { 5 }
    } else if x == 0.0 {
        if x.is_sign_negative() { 2 } else { 3 }
    } else if x < 0.0 {
        1
    } else {
        4
    }
}

fn special(t: &[[C; 7]; 7], z: C) -> Option<C> {
    if z.0.is_finite() && z.1.is_finite() {
        return None;
    }
    Some(t[class(z.0)][class(z.1)])
}

/// log|z| + log 4 for huge z, without overflowing |z|.
fn log_big(m: &MathLib, z: C) -> f64 {
    (m.log)((m.hypot)(z.0 / 2.0, z.1 / 2.0)) + LN2 * 2.0
}

pub fn acos(m: &MathLib, z: C) -> C {
    if let Some(r) = special(&SPECIAL_ACOS, z) {
        return r;
    }
    if z.0.abs() > LARGE || z.1.abs() > LARGE {
        let re = (m.atan2)(z.1.abs(), z.0);
        let im = if z.0 < 0.0 {
            -libm::copysign(log_big(m, z), z.1)
        } else {
            libm::copysign(log_big(m, z), -z.1)
        };
        return (re, im);
    }
    let s1 = c_sqrt(m, (1.0 - z.0, -z.1));
    let s2 = c_sqrt(m, (1.0 + z.0, z.1));
    (
        2.0 * (m.atan2)(s1.0, s2.0),
        (m.asinh)(s2.0 * s1.1 - s2.1 * s1.0),
    )
}

pub fn acosh(m: &MathLib, z: C) -> C {
    if let Some(r) = special(&SPECIAL_ACOSH, z) {
        return r;
    }
    if z.0.abs() > LARGE || z.1.abs() > LARGE {
        return (log_big(m, z), (m.atan2)(z.1, z.0));
    }
    let s1 = c_sqrt(m, (z.0 - 1.0, z.1));
    let s2 = c_sqrt(m, (z.0 + 1.0, z.1));
    (
        (m.asinh)(s1.0 * s2.0 + s1.1 * s2.1),
        2.0 * (m.atan2)(s1.1, s2.0),
    )
}

pub fn asinh(m: &MathLib, z: C) -> C {
    if let Some(r) = special(&SPECIAL_ASINH, z) {
        return r;
    }
    if z.0.abs() > LARGE || z.1.abs() > LARGE {
        let re = if z.1 >= 0.0 {
            libm::copysign(log_big(m, z), z.0)
        } else {
            -libm::copysign(log_big(m, z), -z.0)
        };
        return (re, (m.atan2)(z.1, z.0.abs()));
    }
    let s1 = c_sqrt(m, (1.0 + z.1, -z.0));
    let s2 = c_sqrt(m, (1.0 - z.1, z.0));
    (
        (m.asinh)(s1.0 * s2.1 - s2.0 * s1.1),
        (m.atan2)(z.1, s1.0 * s2.0 - s1.1 * s2.1),
    )
}

/// asin(z) = -i asinh(iz).
pub fn asin(m: &MathLib, z: C) -> C {
    if let Some(r) = special(&SPECIAL_ASIN, z) {
        return r;
    }
    let s = asinh(m, (-z.1, z.0));
    (s.1, -s.0)
}

/// The result, or None for the poles ±1 (a domain error).
pub fn atanh(m: &MathLib, z: C) -> Option<C> {
    if let Some(r) = special(&SPECIAL_ATANH, z) {
        return Some(r);
    }
    if z.0 < 0.0 {
        let r = atanh(m, (-z.0, -z.1))?;
        return Some((-r.0, -r.1));
    }
    let ay = z.1.abs();
    let sqrt_large = libm::sqrt(LARGE);
    if z.0 > sqrt_large || ay > sqrt_large {
        let h = (m.hypot)(z.0 / 2.0, z.1 / 2.0);
        return Some((z.0 / 4.0 / h / h, -libm::copysign(PI / 2.0, -z.1)));
    }
    if z.0 == 1.0 && ay < libm::sqrt(f64::MIN_POSITIVE) {
        if ay == 0.0 {
            return None;
        }
        let re = -(m.log)(libm::sqrt(ay) / libm::sqrt((m.hypot)(ay, 2.0)));
        return Some((re, libm::copysign((m.atan2)(2.0, -ay) / 2.0, z.1)));
    }
    let one_m = 1.0 - z.0;
    Some((
        (m.log1p)(4.0 * z.0 / (one_m * one_m + ay * ay)) / 4.0,
        -(m.atan2)(-2.0 * z.1, one_m * (1.0 + z.0) - ay * ay) / 2.0,
    ))
}

/// atan(z) = -i atanh(iz).
pub fn atan(m: &MathLib, z: C) -> Option<C> {
    if let Some(r) = special(&SPECIAL_ATAN, z) {
        return Some(r);
    }
    let s = atanh(m, (-z.1, z.0))?;
    Some((s.1, -s.0))
}

const SPECIAL_ACOS: [[C; 7]; 7] = [
    [
        (P34, I),
        (PI, I),
        (PI, I),
        (PI, -I),
        (PI, -I),
        (P34, -I),
        (N, I),
    ],
    [(P2, I), (N, N), (N, N), (N, N), (N, N), (P2, -I), (N, N)],
    [(P2, I), (N, N), (N, N), (N, N), (N, N), (P2, -I), (P2, N)],
    [(P2, I), (N, N), (N, N), (N, N), (N, N), (P2, -I), (P2, N)],
    [(P2, I), (N, N), (N, N), (N, N), (N, N), (P2, -I), (N, N)],
    [
        (P4, I),
        (0.0, I),
        (0.0, I),
        (0.0, -I),
        (0.0, -I),
        (P4, -I),
        (N, I),
    ],
    [(N, I), (N, N), (N, N), (N, N), (N, N), (N, -I), (N, N)],
];

const SPECIAL_ASIN: [[C; 7]; 7] = [
    [
        (-P4, -I),
        (-P2, -I),
        (-P2, -I),
        (-P2, I),
        (-P2, I),
        (-P4, I),
        (N, -I),
    ],
    [
        (-0.0, -I),
        (N, N),
        (N, N),
        (N, N),
        (N, N),
        (-0.0, I),
        (N, N),
    ],
    [
        (-0.0, -I),
        (N, N),
        (N, N),
        (N, N),
        (N, N),
        (-0.0, I),
        (-0.0, N),
    ],
    [
        (0.0, -I),
        (N, N),
        (N, N),
        (N, N),
        (N, N),
        (0.0, I),
        (0.0, N),
    ],
    [(0.0, -I), (N, N), (N, N), (N, N), (N, N), (0.0, I), (N, N)],
    [
        (P4, -I),
        (P2, -I),
        (P2, -I),
        (P2, I),
        (P2, I),
        (P4, I),
        (N, -I),
    ],
    [(N, -I), (N, N), (N, N), (N, N), (N, N), (N, I), (N, N)],
];

const SPECIAL_ATAN: [[C; 7]; 7] = [
    [
        (-P2, -0.0),
        (-P2, -0.0),
        (-P2, -0.0),
        (-P2, 0.0),
        (-P2, 0.0),
        (-P2, 0.0),
        (-P2, -0.0),
    ],
    [
        (-P2, -0.0),
        (N, N),
        (N, N),
        (N, N),
        (N, N),
        (-P2, 0.0),
        (N, N),
    ],
    [
        (-P2, -0.0),
        (N, N),
        (N, N),
        (N, N),
        (N, N),
        (-P2, 0.0),
        (N, N),
    ],
    [
        (P2, -0.0),
        (N, N),
        (N, N),
        (N, N),
        (N, N),
        (P2, 0.0),
        (N, N),
    ],
    [
        (P2, -0.0),
        (N, N),
        (N, N),
        (N, N),
        (N, N),
        (P2, 0.0),
        (N, N),
    ],
    [
        (P2, -0.0),
        (P2, -0.0),
        (P2, -0.0),
        (P2, 0.0),
        (P2, 0.0),
        (P2, 0.0),
        (P2, -0.0),
    ],
    [
        (N, -0.0),
        (N, N),
        (N, -0.0),
        (N, 0.0),
        (N, N),
        (N, 0.0),
        (N, N),
    ],
];

const SPECIAL_ACOSH: [[C; 7]; 7] = [
    [
        (I, -P34),
        (I, -PI),
        (I, -PI),
        (I, PI),
        (I, PI),
        (I, P34),
        (I, N),
    ],
    [(I, -P2), (N, N), (N, N), (N, N), (N, N), (I, P2), (N, N)],
    [(I, -P2), (N, N), (N, N), (N, N), (N, N), (I, P2), (N, N)],
    [(I, -P2), (N, N), (N, N), (N, N), (N, N), (I, P2), (N, N)],
    [(I, -P2), (N, N), (N, N), (N, N), (N, N), (I, P2), (N, N)],
    [
        (I, -P4),
        (I, -0.0),
        (I, -0.0),
        (I, 0.0),
        (I, 0.0),
        (I, P4),
        (I, N),
    ],
    [(I, N), (N, N), (N, N), (N, N), (N, N), (I, N), (N, N)],
];

const SPECIAL_ASINH: [[C; 7]; 7] = [
    [
        (-I, -P4),
        (-I, -0.0),
        (-I, -0.0),
        (-I, 0.0),
        (-I, 0.0),
        (-I, P4),
        (-I, N),
    ],
    [(-I, -P2), (N, N), (N, N), (N, N), (N, N), (-I, P2), (N, N)],
    [(-I, -P2), (N, N), (N, N), (N, N), (N, N), (-I, P2), (N, N)],
    [(I, -P2), (N, N), (N, N), (N, N), (N, N), (I, P2), (N, N)],
    [(I, -P2), (N, N), (N, N), (N, N), (N, N), (I, P2), (N, N)],
    [
        (I, -P4),
        (I, -0.0),
        (I, -0.0),
        (I, 0.0),
        (I, 0.0),
        (I, P4),
        (I, N),
    ],
    [(I, N), (N, N), (N, -0.0), (N, 0.0), (N, N), (I, N), (N, N)],
];

const SPECIAL_ATANH: [[C; 7]; 7] = [
    [
        (-0.0, -P2),
        (-0.0, -P2),
        (-0.0, -P2),
        (-0.0, P2),
        (-0.0, P2),
        (-0.0, P2),
        (-0.0, N),
    ],
    [
        (-0.0, -P2),
        (N, N),
        (N, N),
        (N, N),
        (N, N),
        (-0.0, P2),
        (N, N),
    ],
    [
        (-0.0, -P2),
        (N, N),
        (N, N),
        (N, N),
        (N, N),
        (-0.0, P2),
        (-0.0, N),
    ],
    [
        (0.0, -P2),
        (N, N),
        (N, N),
        (N, N),
        (N, N),
        (0.0, P2),
        (0.0, N),
    ],
    [
        (0.0, -P2),
        (N, N),
        (N, N),
        (N, N),
        (N, N),
        (0.0, P2),
        (N, N),
    ],
    [
        (0.0, -P2),
        (0.0, -P2),
        (0.0, -P2),
        (0.0, P2),
        (0.0, P2),
        (0.0, P2),
        (0.0, N),
    ],
    [
        (0.0, -P2),
        (N, N),
        (N, N),
        (N, N),
        (N, N),
        (0.0, P2),
        (N, N),
    ],
];
