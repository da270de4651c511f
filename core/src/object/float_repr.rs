//! Float to text: CPython's `repr` (shortest round-trip digits) and the `e`, `f`, `g`, `%` and
//! repr-like presentations used by `format()` and `%`-formatting. Digits come from `core::fmt`,
//! whose float printing is exact (shortest round-trip for `{:e}`, correctly rounded for
//! `{:.N}`/`{:.Ne}`); this file only lays them out the way CPython does.

use alloc::format;
use alloc::string::String;

/// Decimal digits of `x` (finite, not negative) and the exponent of the first digit:
/// `x ~= 0.d1d2d3... * 10**(exp+1)`. `sig`: that many significant digits, else the shortest
/// digits that round-trip.
fn digits_exp(x: f64, sig: Option<usize>) -> (String, i32) {
    let s = match sig {
        Some(n) => format!("{:.*e}", n.saturating_sub(1), x),
        None => format!("{x:e}"),
    };
    let (digits, exp) = digits_exp_of(&s);
    if sig.is_none() && digits.len() >= 16 {
        // When two shortest candidates are equally close to `x` (a 17-digit tie), core::fmt
        // rounds half up but CPython's dtoa rounds half to even: take the correctly rounded
        // digits of the same length when they also read back as `x`.
        let even = format!("{:.*e}", digits.len() - 1, x);
        if even != s && even.parse::<f64>() == Ok(x) {
            return digits_exp_of(&even);
        }
    }
    (digits, exp)
}

/// Digits and exponent of core::fmt's `{:e}` text (`d.ddde-N`).
fn digits_exp_of(s: &str) -> (String, i32) {
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let digits: String = mant.chars().filter(|c| *c != '.').collect();
    (digits, exp.parse().unwrap_or(0))
}

/// `d.ddde+XX` from digits and exponent (at least two exponent digits, as C's printf).
fn exp_form(digits: &str, exp: i32, force_point: bool, upper: bool) -> String {
    let mut out = String::with_capacity(digits.len() + 6);
    out.push_str(&digits[..1]);
    if digits.len() > 1 || force_point {
        out.push('.');
        out.push_str(&digits[1..]);
    }
    out.push(if upper { 'E' } else { 'e' });
    out.push(if exp < 0 { '-' } else { '+' });
    let a = exp.unsigned_abs();
    if a < 10 {
        out.push('0');
    }
    out.push_str(&format!("{a}"));
    out
}

/// Fixed notation from significant digits and exponent; `frac_min` zeros pad the fraction.
fn fixed_form(digits: &str, exp: i32, frac_min: usize, force_point: bool) -> String {
    let (int_part, frac) = if exp >= 0 {
        let e = exp as usize + 1;
        if digits.len() <= e {
            let mut i = String::from(digits);
            for _ in digits.len()..e {
                i.push('0');
            }
            (i, String::new())
        } else {
            (String::from(&digits[..e]), String::from(&digits[e..]))
        }
    } else {
        let mut f = String::new();
        for _ in 0..(-exp - 1) {
            f.push('0');
        }
        f.push_str(digits);
        (String::from("0"), f)
    };
    let mut frac = frac;
    while frac.len() < frac_min {
        frac.push('0');
    }
    if frac.is_empty() && !force_point {
        int_part
    } else {
        format!("{int_part}.{frac}")
    }
}

fn strip_zeros(digits: &str) -> &str {
    let t = digits.trim_end_matches('0');
    if t.is_empty() { "0" } else { t }
}

fn non_finite(x: f64, upper: bool) -> Option<String> {
    let s = if x.is_nan() {
        "nan"
    } else if x.is_infinite() {
        "inf"
    } else {
        return None;
    };
    Some(if upper {
        s.to_ascii_uppercase()
    } else {
        String::from(s)
    })
}

/// `repr(x)` / `str(x)` of a float.
pub fn float_repr(x: f64) -> String {
    let mut s = String::new();
    if x.is_sign_negative() && !x.is_nan() {
        s.push('-');
    }
    s.push_str(&format_abs(x.abs(), None, None, false));
    s
}

/// The text of `|x|` in a presentation type (`e E f F g G n %`, or `None` for the repr-like
/// default of `format()`), with an optional precision and `#` (alternate form).
/// The sign is the caller's business.
pub fn format_abs(x: f64, ty: Option<char>, prec: Option<usize>, alt: bool) -> String {
    let x = x.abs();
    let upper = matches!(ty, Some('E' | 'F' | 'G'));
    if let Some(s) = non_finite(x, upper) {
        return if ty == Some('%') { format!("{s}%") } else { s };
    }
    match ty {
        Some('e' | 'E') => {
            let p = prec.unwrap_or(6);
            let (d, e) = digits_exp(x, Some(p + 1));
            exp_form(&d, e, alt, upper)
        }
        Some('f' | 'F') => fixed(x, prec.unwrap_or(6), alt),
        Some('%') => {
            let mut s = fixed(x * 100.0, prec.unwrap_or(6), alt);
            s.push('%');
            s
        }
        Some('g' | 'G' | 'n') => {
            let p = prec.unwrap_or(6).max(1);
            let (d, e) = digits_exp(x, Some(p));
            let d = if alt { d.as_str() } else { strip_zeros(&d) };
            if e < -4 || e >= p as i32 {
                exp_form(d, e, alt, upper)
            } else {
                let frac_min = if alt {
                    (p as i32 - 1 - e).max(0) as usize
                } else {
                    0
                };
                fixed_form(d, e, frac_min, alt)
            }
        }
        // repr without the forced ".0" (the parts of a complex repr).
        Some('r') => {
            let (d, e) = digits_exp(x, None);
            if !(-4..16).contains(&e) {
                exp_form(&d, e, alt, false)
            } else {
                fixed_form(&d, e, 0, alt)
            }
        }
        _ => match prec {
            // The repr-like default: shortest digits, exponent from 1e16 on.
            None => {
                let (d, e) = digits_exp(x, None);
                if !(-4..16).contains(&e) {
                    exp_form(&d, e, alt, false)
                } else {
                    fixed_form(&d, e, 1, true)
                }
            }
            // Like 'g', but fixed notation keeps a digit after the point.
            Some(p) => {
                let p = p.max(1);
                let (d, e) = digits_exp(x, Some(p));
                let d = if alt { d.as_str() } else { strip_zeros(&d) };
                if e < -4 || e >= p as i32 - 1 {
                    exp_form(d, e, alt, false)
                } else {
                    fixed_form(d, e, 1, true)
                }
            }
        },
    }
}

fn fixed(x: f64, prec: usize, alt: bool) -> String {
    let mut s = format!("{:.*}", prec, x);
    if alt && prec == 0 {
        s.push('.');
    }
    s
}

/// `float.hex()`: `[-]0x1.<13 hex digits>p<exp>`, CPython's layout (subnormals as `0x0.`).
pub fn float_hex(x: f64) -> String {
    if let Some(s) = non_finite(x, false) {
        return if x.is_sign_negative() && x.is_infinite() {
            format!("-{s}")
        } else {
            s
        };
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let raw_exp = ((bits >> 52) & 0x7ff) as i32;
    let mant = bits & ((1u64 << 52) - 1);
    let (lead, exp) = if raw_exp == 0 {
        (0, -1022)
    } else {
        (1, raw_exp - 1023)
    };
    let hex = format!("{mant:013x}");
    let esign = if exp < 0 { '-' } else { '+' };
    format!("{sign}0x{lead}.{hex}p{esign}{}", exp.unsigned_abs())
}
