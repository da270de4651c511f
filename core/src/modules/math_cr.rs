//! Correctly rounded (in all but astronomically rare near-tie cases) exp, log, sin, cos, tan,
//! asin, acos, atan, atan2, exp2, log2 and pow. CPython uses the C library, and glibc's
//! versions of these return the correctly rounded result; the `libm` crate's are within an
//! ulp but often off by one, which shows in printed results (`math.exp(1)`). Each function
//! takes `libm`'s answer as a first guess and recomputes it in double-double arithmetic
//! (about 106 bits), by series or by one Newton step, then rounds once.

/// An unevaluated sum `hi + lo` with `|lo| <= ulp(hi) / 2`.
#[derive(Clone, Copy, Debug)]
pub struct Dd {
    hi: f64,
    lo: f64,
}

const LN2: Dd = Dd {
    hi: core::f64::consts::LN_2,
    lo: 2.3190468138462996e-17,
};
const PI_2: [f64; 3] = [
    core::f64::consts::FRAC_PI_2,
    6.123233995736766e-17,
    -1.4973849048591698e-33,
];

fn two_sum(a: f64, b: f64) -> Dd {
    let s = a + b;
    let bb = s - a;
    Dd {
        hi: s,
        lo: (a - (s - bb)) + (b - bb),
    }
}

fn quick(a: f64, b: f64) -> Dd {
    let s = a + b;
    Dd {
        hi: s,
        lo: b - (s - a),
    }
}

fn two_prod(a: f64, b: f64) -> Dd {
    let p = a * b;
    Dd {
        hi: p,
        lo: libm::fma(a, b, -p),
    }
}

impl Dd {
    fn from(x: f64) -> Dd {
        Dd { hi: x, lo: 0.0 }
    }
    fn add(self, o: Dd) -> Dd {
        let s = two_sum(self.hi, o.hi);
        let t = two_sum(self.lo, o.lo);
        let s = quick(s.hi, s.lo + t.hi);
        quick(s.hi, s.lo + t.lo)
    }
    fn neg(self) -> Dd {
        Dd {
            hi: -self.hi,
            lo: -self.lo,
        }
    }
    fn sub(self, o: Dd) -> Dd {
        self.add(o.neg())
    }
    fn mul(self, o: Dd) -> Dd {
        let p = two_prod(self.hi, o.hi);
        quick(p.hi, p.lo + (self.hi * o.lo + self.lo * o.hi))
    }
    fn mul_f(self, b: f64) -> Dd {
        let p = two_prod(self.hi, b);
        quick(p.hi, p.lo + self.lo * b)
    }
    fn div(self, o: Dd) -> Dd {
        let q1 = self.hi / o.hi;
        let r = self.sub(o.mul_f(q1));
        let q2 = r.hi / o.hi;
        let r = r.sub(o.mul_f(q2));
        let q3 = r.hi / o.hi;
        quick(q1, q2).add(Dd::from(q3))
    }
}

/// exp of a small double-double (|x| <= 0.35): Taylor series of exp(x / 256), then squared
/// eight times.
fn exp_small(x: Dd) -> Dd {
    let r = Dd {
        hi: x.hi / 256.0,
        lo: x.lo / 256.0,
    };
    // sum r^k / k! for k >= 1
    let mut term = r;
    let mut sum = r;
    for k in 2..=12 {
        term = term.mul(r).div(Dd::from(k as f64));
        sum = sum.add(term);
    }
    // e^r - 1 = sum; square (1 + s)^2 - 1 = 2s + s^2 keeps the small part exact.
    let mut s = sum;
    for _ in 0..8 {
        s = s.mul_f(2.0).add(s.mul(s));
    }
    Dd::from(1.0).add(s)
}

/// e^x for a double-double argument; None outside the normal double range.
fn exp_dd(x: Dd) -> Option<Dd> {
    if !(x.hi > -708.0 && x.hi < 709.0) {
        return None;
    }
    let k = libm::round(x.hi / LN2.hi);
    let r = x.sub(LN2.mul_f(k));
    let e = exp_small(r);
    let scale = libm::ldexp(1.0, k as i32);
    Some(Dd {
        hi: e.hi * scale,
        lo: e.lo * scale,
    })
}

pub fn exp(x: f64) -> f64 {
    let guess = libm::exp(x);
    if !x.is_finite() || !guess.is_normal() {
        return guess;
    }
    exp_dd(Dd::from(x)).map_or(guess, |d| d.hi)
}

pub fn exp2(x: f64) -> f64 {
    let guess = libm::exp2(x);
    if !x.is_finite() || !guess.is_normal() || x == libm::trunc(x) {
        return guess;
    }
    exp_dd(LN2.mul_f(x)).map_or(guess, |d| d.hi)
}

/// ln(x) as a double-double, for positive normal x: one Newton step from libm's log.
fn log_dd(x: f64) -> Dd {
    let y0 = libm::log(x);
    // y = y0 + (x - e^y0) / e^y0 = y0 + x * e^-y0 - 1
    match exp_dd(Dd::from(-y0)) {
        Some(e) => {
            let t = e.mul_f(x).sub(Dd::from(1.0));
            Dd::from(y0).add(t)
        }
        None => Dd::from(y0),
    }
}

fn log_ok(x: f64) -> bool {
    x.is_normal() && x > 0.0
}

pub fn log(x: f64) -> f64 {
    if !log_ok(x) || x == 1.0 {
        return libm::log(x);
    }
    log_dd(x).hi
}

pub fn log2(x: f64) -> f64 {
    if !log_ok(x) {
        return libm::log2(x);
    }
    let (m, e) = libm::frexp(x);
    if m == 0.5 {
        return (e - 1) as f64;
    }
    log_dd(x).div(LN2).hi
}

/// log10 in the fdlibm form glibc keeps: split off the binary exponent k, then
/// k*log10(2) (in two parts) plus log(m)/ln(10). Not correctly rounded, but glibc's answers.
pub fn log10(x: f64) -> f64 {
    if x.is_nan() || x <= 0.0 || x.is_infinite() {
        return libm::log10(x);
    }
    const TWO54: f64 = 1.8014398509481984e16;
    const IVLN10: f64 = core::f64::consts::LOG10_E;
    const LOG10_2HI: f64 = 0.30102999566361177;
    const LOG10_2LO: f64 = 3.694239077158931e-13;
    let mut x = x;
    let mut k: i32 = 0;
    let mut hx = (x.to_bits() >> 32) as i32;
    if hx < 0x0010_0000 {
        k -= 54;
        x *= TWO54;
        hx = (x.to_bits() >> 32) as i32;
    }
    k += (hx >> 20) - 1023;
    let i = ((k as u32) & 0x8000_0000) >> 31;
    let hx = (hx as u32 & 0x000f_ffff) | ((0x3ff - i) << 20);
    let y = (k + i as i32) as f64;
    let x = f64::from_bits((x.to_bits() & 0xffff_ffff) | ((hx as u64) << 32));
    let z = y * LOG10_2LO + IVLN10 * log(x);
    z + y * LOG10_2HI
}

/// x - k * pi/2 as a double-double, and k mod 4; None for arguments too large to reduce
/// accurately this way.
fn reduce(x: f64) -> Option<(Dd, i64)> {
    if x.abs() > 1e5 {
        return None;
    }
    let k = libm::round(x / PI_2[0]);
    let a = two_prod(k, PI_2[0]);
    let b = two_prod(k, PI_2[1]);
    let r = Dd::from(x).sub(a).sub(b).sub(Dd::from(k * PI_2[2]));
    Some((r, (k as i64).rem_euclid(4)))
}

/// sin and cos of |r| <= pi/4 by Taylor series.
fn sin_cos_small(r: Dd) -> (Dd, Dd) {
    let r2 = r.mul(r);
    let mut term = r;
    let mut s = r;
    let mut k = 1.0;
    for _ in 0..14 {
        term = term.mul(r2).div(Dd::from((k + 1.0) * (k + 2.0))).neg();
        s = s.add(term);
        k += 2.0;
    }
    let mut term = Dd::from(1.0);
    let mut c = Dd::from(1.0);
    let mut k = 0.0;
    for _ in 0..14 {
        term = term.mul(r2).div(Dd::from((k + 1.0) * (k + 2.0))).neg();
        c = c.add(term);
        k += 2.0;
    }
    (s, c)
}

fn sin_cos_dd(x: f64) -> Option<(Dd, Dd)> {
    let (r, q) = reduce(x)?;
    let (s, c) = sin_cos_small(r);
    Some(match q {
        0 => (s, c),
        1 => (c, s.neg()),
        2 => (s.neg(), c.neg()),
        _ => (c.neg(), s),
    })
}

fn tiny(x: f64) -> bool {
    x.abs() < 1e-8
}

pub fn sin(x: f64) -> f64 {
    if !x.is_finite() || tiny(x) {
        return libm::sin(x);
    }
    sin_cos_dd(x).map_or_else(|| libm::sin(x), |(s, _)| s.hi)
}

pub fn cos(x: f64) -> f64 {
    if !x.is_finite() || tiny(x) {
        return libm::cos(x);
    }
    sin_cos_dd(x).map_or_else(|| libm::cos(x), |(_, c)| c.hi)
}

pub fn tan(x: f64) -> f64 {
    if !x.is_finite() || tiny(x) {
        return libm::tan(x);
    }
    sin_cos_dd(x).map_or_else(|| libm::tan(x), |(s, c)| s.div(c).hi)
}

/// One Newton step on an angle: `f` and `df` give f(y) and f'(y) from (sin y, cos y).
fn newton_angle(y0: f64, f: impl Fn(Dd, Dd) -> (Dd, Dd)) -> f64 {
    let Some((s, c)) = sin_cos_dd(y0) else {
        return y0;
    };
    let (fv, dv) = f(s, c);
    if dv.hi == 0.0 {
        return y0;
    }
    Dd::from(y0).sub(fv.div(dv)).hi
}

pub fn atan(x: f64) -> f64 {
    let y0 = libm::atan(x);
    if !x.is_finite() || tiny(x) || x.abs() > 1e15 {
        return y0;
    }
    newton_angle(y0, |s, c| (s.sub(c.mul_f(x)), c.add(s.mul_f(x))))
}

pub fn atan2(y: f64, x: f64) -> f64 {
    let t0 = libm::atan2(y, x);
    if !x.is_finite() || !y.is_finite() || x == 0.0 || y == 0.0 || t0 == 0.0 {
        return t0;
    }
    // Only well-scaled arguments: the ratio must not underflow or overflow.
    let ratio = (y / x).abs();
    if !(1e-300..=1e300).contains(&ratio) || tiny(t0) {
        return t0;
    }
    let (xs, ys) = {
        let m = x.abs().max(y.abs());
        let (_, e) = libm::frexp(m);
        (libm::ldexp(x, -e), libm::ldexp(y, -e))
    };
    newton_angle(t0, |s, c| {
        (s.mul_f(xs).sub(c.mul_f(ys)), c.mul_f(xs).add(s.mul_f(ys)))
    })
}

pub fn asin(x: f64) -> f64 {
    let y0 = libm::asin(x);
    if x.is_nan() || x.abs() >= 0.999 || tiny(x) {
        return y0;
    }
    newton_angle(y0, |s, c| (s.sub(Dd::from(x)), c))
}

pub fn acos(x: f64) -> f64 {
    let y0 = libm::acos(x);
    if x.is_nan() || x.abs() >= 0.999 {
        return y0;
    }
    newton_angle(y0, |s, c| (c.sub(Dd::from(x)), s.neg()))
}

pub fn pow(x: f64, y: f64) -> f64 {
    let guess = libm::pow(x, y);
    if !guess.is_normal() || !x.is_finite() || !y.is_finite() || x == 0.0 || y == 0.0 {
        return guess;
    }
    if y == 1.0 || y == 2.0 || y == 0.5 || y == -1.0 {
        return guess;
    }
    let neg = x < 0.0;
    if neg && y != libm::trunc(y) {
        return guess;
    }
    let ax = x.abs();
    if !ax.is_normal() {
        return guess;
    }
    // Exact small integer powers are already right (and common).
    if y == libm::trunc(y) && y.abs() <= 64.0 && guess.abs() < 9.0e15 && guess == libm::trunc(guess)
    {
        return guess;
    }
    let l = log_dd(ax).mul_f(y);
    let Some(e) = exp_dd(l) else {
        return guess;
    };
    let odd = neg && libm::fmod(y, 2.0).abs() == 1.0;
    if odd { -e.hi } else { e.hi }
}

/// sqrt(x*x + y*y) correctly rounded: the sum of squares in double-double (after scaling by
/// a power of two), then a corrected square root.
pub fn hypot(x: f64, y: f64) -> f64 {
    let guess = libm::hypot(x, y);
    if !guess.is_normal() || x == 0.0 || y == 0.0 {
        return guess;
    }
    let (ax, ay) = (x.abs(), y.abs());
    let (_, e) = libm::frexp(ax.max(ay));
    let (sx, sy) = (libm::ldexp(ax, -e), libm::ldexp(ay, -e));
    if sx.min(sy) < 1e-150 {
        return guess;
    }
    let s = two_prod(sx, sx).add(two_prod(sy, sy));
    let r = libm::sqrt(s.hi);
    // r + (s - r^2) / (2r)
    let corr = s.sub(two_prod(r, r));
    let root = Dd::from(r).add(Dd::from(corr.hi / (2.0 * r)));
    libm::ldexp(root.hi, e)
}

// sinh, cosh and tanh in the classic fdlibm forms that glibc keeps (over expm1, which `libm`
// shares with glibc, and exp), so results agree with CPython's bit for bit.

pub fn sinh(x: f64) -> f64 {
    if !x.is_finite() {
        return x;
    }
    let h = if x < 0.0 { -0.5 } else { 0.5 };
    let ax = x.abs();
    if ax < 22.0 {
        if ax < libm::ldexp(1.0, -28) {
            return x;
        }
        let t = libm::expm1(ax);
        if ax < 1.0 {
            return h * (2.0 * t - t * t / (t + 1.0));
        }
        return h * (t + t / (t + 1.0));
    }
    if ax < 709.782712893384 {
        return h * exp(ax);
    }
    let w = exp(0.5 * ax);
    let t = h * w;
    t * w
}

pub fn cosh(x: f64) -> f64 {
    if !x.is_finite() {
        return x.abs();
    }
    let ax = x.abs();
    if ax < 0.5 * core::f64::consts::LN_2 {
        let t = libm::expm1(ax);
        let w = 1.0 + t;
        if ax < libm::ldexp(1.0, -55) {
            return w;
        }
        return 1.0 + (t * t) / (w + w);
    }
    if ax < 22.0 {
        let t = exp(ax);
        return 0.5 * t + 0.5 / t;
    }
    if ax < 709.782712893384 {
        return 0.5 * exp(ax);
    }
    let w = exp(0.5 * ax);
    let t = 0.5 * w;
    t * w
}

pub fn tanh(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    let ax = x.abs();
    let z = if ax < 22.0 {
        if ax < libm::ldexp(1.0, -55) {
            return x * (1.0 + x);
        }
        if ax >= 1.0 {
            let t = libm::expm1(2.0 * ax);
            1.0 - 2.0 / (t + 2.0)
        } else {
            let t = libm::expm1(-2.0 * ax);
            -t / (t + 2.0)
        }
    } else {
        1.0
    };
    if x < 0.0 { -z } else { z }
}

/// The cube root as glibc computes it (a polynomial first guess on the mantissa, one rational
/// Halley step, scaled by 2^(e/3)); not correctly rounded, but CPython's answers are glibc's.
pub fn cbrt(x: f64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x + x;
    }
    const CBRT2: f64 = 1.2599210498948732;
    const SQR_CBRT2: f64 = 1.5874010519681996;
    let factor = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];
    let (xm, xe) = libm::frexp(x.abs());
    let u = 0.35489576504391984
        + ((1.508191937815849
            + ((-2.114994941673713
                + ((2.4469312256353444
                    + ((-1.8346927748361308
                        + (0.7849323449766392 - 0.14526389938548637 * xm) * xm)
                        * xm))
                    * xm))
                * xm))
            * xm);
    let t2 = u * u * u;
    let ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * factor[(2 + xe % 3) as usize];
    libm::ldexp(if x > 0.0 { ym } else { -ym }, xe / 3)
}

/// asinh in the fdlibm form glibc keeps (over log and log1p).
pub fn asinh(x: f64) -> f64 {
    if !x.is_finite() {
        return x + x;
    }
    let ax = x.abs();
    if ax < libm::ldexp(1.0, -28) {
        return x;
    }
    let w = if ax > libm::ldexp(1.0, 28) {
        log(ax) + core::f64::consts::LN_2
    } else if ax > 2.0 {
        log(2.0 * ax + 1.0 / (libm::sqrt(x * x + 1.0) + ax))
    } else {
        let t = x * x;
        libm::log1p(ax + t / (1.0 + libm::sqrt(1.0 + t)))
    };
    if x < 0.0 { -w } else { w }
}

/// acosh in the fdlibm form glibc keeps; NaN below 1.
pub fn acosh(x: f64) -> f64 {
    if x.is_nan() || x < 1.0 {
        return f64::NAN;
    }
    if x >= libm::ldexp(1.0, 28) {
        if x.is_infinite() {
            return x + x;
        }
        return log(x) + core::f64::consts::LN_2;
    }
    if x == 1.0 {
        return 0.0;
    }
    if x > 2.0 {
        let t = x * x;
        return log(2.0 * x - 1.0 / (x + libm::sqrt(t - 1.0)));
    }
    let t = x - 1.0;
    libm::log1p(t + libm::sqrt(2.0 * t + t * t))
}
