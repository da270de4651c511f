//! `gamma` and `lgamma` as CPython computes them (not the C library's): the Lanczos
//! approximation with N = 13 and g = 6.024680040776729583740234375 (the rational form with
//! the rising-factorial denominator), a reflection formula for negative arguments, exact
//! factorials for small integers, and a careful `sin(pi*x)`. Following the same steps gives
//! the same results.

// The constants are written in full, as published, though a double keeps only 53 bits.
#![allow(clippy::excessive_precision)]

use super::mathlib::MathLib;

const G: f64 = 6.024680040776729583740234375;
const G_MINUS_HALF: f64 = 5.524680040776729583740234375;

const NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];

/// The coefficients of x(x+1)...(x+11), lowest first.
const DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];

/// The Lanczos sum for x > 0, evaluated so it neither overflows nor loses accuracy.
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + NUM[i];
            den = den * x + DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + NUM[i];
            den = den / x + DEN[i];
        }
    }
    num / den
}

/// sin(pi * x), exact at the integers and half-integers.
fn sinpi(m: &MathLib, x: f64) -> f64 {
    let pi = core::f64::consts::PI;
    let y = libm::fmod(x.abs(), 2.0);
    let n = libm::round(2.0 * y) as i32;
    let r = match n {
        0 => (m.sin)(pi * y),
        1 => (m.cos)(pi * (y - 0.5)),
        2 => (m.sin)(pi * (1.0 - y)),
        3 => -(m.cos)(pi * (y - 1.5)),
        _ => (m.sin)(pi * (y - 2.0)),
    };
    libm::copysign(1.0, x) * r
}

/// How a gamma computation failed.
pub enum GammaError {
    Domain,
    Range,
}

pub fn gamma(m: &MathLib, x: f64) -> Result<f64, GammaError> {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return Ok(x);
        }
        return Err(GammaError::Domain);
    }
    if x == 0.0 {
        return Err(GammaError::Domain);
    }
    if x == libm::floor(x) {
        if x < 0.0 {
            return Err(GammaError::Domain);
        }
        if x <= 23.0 {
            let mut f = 1.0f64;
            for k in 2..(x as u32) {
                f *= k as f64;
            }
            return Ok(f);
        }
    }
    let ax = x.abs();
    if ax < 1e-20 {
        let r = 1.0 / x;
        return if r.is_infinite() {
            Err(GammaError::Range)
        } else {
            Ok(r)
        };
    }
    if ax > 200.0 {
        return if x < 0.0 {
            Ok(0.0 / sinpi(m, x))
        } else {
            Err(GammaError::Range)
        };
    }
    let y = ax + G_MINUS_HALF;
    let z = if ax > G_MINUS_HALF {
        let q = y - ax;
        q - G_MINUS_HALF
    } else {
        let q = y - G_MINUS_HALF;
        q - ax
    };
    let z = z * G / y;
    let pi = core::f64::consts::PI;
    let mut r;
    if x < 0.0 {
        r = -pi / sinpi(m, ax) / ax * (m.exp)(y) / lanczos_sum(ax);
        r -= z * r;
        if ax < 140.0 {
            r /= (m.pow)(y, ax - 0.5);
        } else {
            let sp = (m.pow)(y, ax / 2.0 - 0.25);
            r /= sp;
            r /= sp;
        }
    } else {
        r = lanczos_sum(ax) / (m.exp)(y);
        r += z * r;
        if ax < 140.0 {
            r *= (m.pow)(y, ax - 0.5);
        } else {
            let sp = (m.pow)(y, ax / 2.0 - 0.25);
            r *= sp;
            r *= sp;
        }
    }
    if r.is_infinite() {
        return Err(GammaError::Range);
    }
    Ok(r)
}

pub fn lgamma(m: &MathLib, x: f64) -> Result<f64, GammaError> {
    if !x.is_finite() {
        return Ok(if x.is_nan() { x } else { f64::INFINITY });
    }
    if x == libm::floor(x) && x <= 2.0 {
        return if x <= 0.0 {
            Err(GammaError::Domain)
        } else {
            Ok(0.0)
        };
    }
    let ax = x.abs();
    if ax < 1e-20 {
        return Ok(-(m.log)(ax));
    }
    let mut r = (m.log)(lanczos_sum(ax)) - G;
    r += (ax - 0.5) * ((m.log)(ax + G - 0.5) - 1.0);
    if x < 0.0 {
        let pi = core::f64::consts::PI;
        r = (m.log)(pi) - (m.log)(sinpi(m, ax).abs()) - (m.log)(ax) - r;
    }
    if r.is_infinite() {
        return Err(GammaError::Range);
    }
    Ok(r)
}
