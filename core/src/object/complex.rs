//! `complex`: a pair of doubles, with CPython's repr, arithmetic (Smith's division, the
//! integer-power fast path), hashing, `complex(x)`/`complex(text)` and errors.

use alloc::format;
use alloc::string::String;
use alloc::vec;

use super::args::{Args, Signature};
use super::descr::MethodDef;
use super::error::PyResult;
use super::float_ops::{hash_f64, to_f64};
use super::getset::GetSetDef;
use super::header::{ObjHeader, Payload, alloc_object};
use super::instance::{Instance, InstanceExt};
use super::typeobj::{BinOp, CmpOp, TypeRef};
use super::value::Value;
use crate::runtime::Runtime;

#[derive(Default)]
pub struct ComplexData {
    pub re: f64,
    pub im: f64,
}

impl Payload for ComplexData {}

type C = (f64, f64);

impl Runtime {
    pub fn new_complex(&self, re: f64, im: f64) -> PyResult<Value> {
        unsafe { alloc_object(self, self.types().complex.0, ComplexData { re, im }) }
            .ok_or_else(|| self.memory_error())
    }

    /// A complex of type `ty` (complex or a subclass made by a class statement).
    pub fn new_complex_of_type(
        &self,
        ty: core::ptr::NonNull<ObjHeader>,
        re: f64,
        im: f64,
    ) -> PyResult<Value> {
        let obj = if TypeRef(ty).data().layout.payload
            == core::any::TypeId::of::<Instance<ComplexData>>()
        {
            let data = Instance {
                base: ComplexData { re, im },
                ext: InstanceExt::default(),
            };
            unsafe { alloc_object(self, ty, data) }
        } else {
            unsafe { alloc_object(self, ty, ComplexData { re, im }) }
        };
        obj.ok_or_else(|| self.memory_error())
    }

    /// The value of a complex (or complex subclass).
    pub fn complex_of(&self, v: &Value) -> Option<C> {
        let h = v.heap()?;
        let ty = self.types().complex;
        if h.type_ptr() == ty.0 || self.is_subtype(TypeRef(h.type_ptr()), ty) {
            let d = unsafe { h.payload::<ComplexData>() };
            Some((d.re, d.im))
        } else {
            None
        }
    }
}

pub fn spec() -> super::typespec::TypeSpec {
    super::typespec::TypeSpec::base::<ComplexData>("complex", init)
}

fn init(rt: &Runtime, ty: TypeRef) {
    let s = unsafe { ty.data().slots_mut() };
    s.repr = Some(|rt, v| {
        let c = rt.complex_of(v).unwrap_or((0.0, 0.0));
        rt.new_str(&complex_repr(c))
    });
    s.hash = Some(complex_hash);
    s.richcompare = Some(complex_richcompare);
    s.binary[BinOp::Add as usize] = Some(|rt, a, b| arith(rt, a, b, |x, y| Ok(c_add(x, y))));
    s.binary[BinOp::Sub as usize] = Some(|rt, a, b| arith(rt, a, b, |x, y| Ok(c_sub(x, y))));
    s.binary[BinOp::Mul as usize] = Some(|rt, a, b| arith(rt, a, b, |x, y| Ok(c_mul(x, y))));
    s.binary[BinOp::TrueDiv as usize] = Some(|rt, a, b| {
        arith(rt, a, b, |x, y| {
            c_div(x, y).ok_or_else(|| rt.zero_division_error("complex division by zero"))
        })
    });
    s.binary[BinOp::Pow as usize] = Some(|rt, a, b| arith(rt, a, b, |x, y| c_pow(rt, x, y)));
    s.ternary_pow = Some(|rt, a, b, m| {
        if !rt.is_none(m) {
            return Err(rt.value_error("complex modulo"));
        }
        arith(rt, a, b, |x, y| c_pow(rt, x, y))
    });
    s.neg = Some(|rt, v| unary(rt, v, |(a, b)| (-a, -b)));
    s.pos = Some(|rt, v| unary(rt, v, |c| c));
    s.abs = Some(complex_abs);
    s.bool = Some(|rt, v| Ok(rt.complex_of(v).is_some_and(|(a, b)| a != 0.0 || b != 0.0)));
    s.new = Some(complex_new);
    rt.add_methods(
        ty,
        &[
            MethodDef::method("conjugate", complex_conjugate),
            MethodDef::method("__format__", complex_format),
            MethodDef::method("__getnewargs__", complex_getnewargs),
        ],
    );
    rt.add_getsets(
        ty,
        &[
            GetSetDef {
                name: "real",
                get: |rt, v| rt.new_float(rt.complex_of(v).map_or(0.0, |c| c.0)),
                set: None,
            },
            GetSetDef {
                name: "imag",
                get: |rt, v| rt.new_float(rt.complex_of(v).map_or(0.0, |c| c.1)),
                set: None,
            },
        ],
    );
}

/// `repr(z)`: `(a+bj)`, or just `bj` when the real part is +0.
pub fn complex_repr((re, im): C) -> String {
    let part = |x: f64| super::float_repr::format_abs(x, Some('r'), None, false);
    let im_s = part(im);
    let im_neg = im.is_sign_negative() && !im.is_nan();
    if re == 0.0 && re.is_sign_positive() {
        return format!("{}{im_s}j", if im_neg { "-" } else { "" });
    }
    let re_neg = re.is_sign_negative() && !re.is_nan();
    format!(
        "({}{}{}{im_s}j)",
        if re_neg { "-" } else { "" },
        part(re),
        if im_neg { "-" } else { "+" }
    )
}

/// An operand as a complex: complex, float or int; `None` for other types.
fn to_complex(rt: &Runtime, v: &Value) -> PyResult<Option<C>> {
    if let Some(c) = rt.complex_of(v) {
        return Ok(Some(c));
    }
    Ok(to_f64(rt, v)?.map(|f| (f, 0.0)))
}

fn arith(
    rt: &Runtime,
    a: &Value,
    b: &Value,
    f: impl FnOnce(C, C) -> PyResult<C>,
) -> PyResult<Value> {
    match (to_complex(rt, a)?, to_complex(rt, b)?) {
        (Some(x), Some(y)) => {
            let (re, im) = f(x, y)?;
            rt.new_complex(re, im)
        }
        _ => Ok(rt.not_implemented()),
    }
}

fn unary(rt: &Runtime, v: &Value, f: fn(C) -> C) -> PyResult<Value> {
    match rt.complex_of(v) {
        Some(c) => {
            let (re, im) = f(c);
            rt.new_complex(re, im)
        }
        None => Ok(rt.not_implemented()),
    }
}

pub fn c_add(a: C, b: C) -> C {
    (a.0 + b.0, a.1 + b.1)
}
pub fn c_sub(a: C, b: C) -> C {
    (a.0 - b.0, a.1 - b.1)
}
pub fn c_mul(a: C, b: C) -> C {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// Smith's algorithm (scales by the larger part of the divisor); `None` on division by zero.
pub fn c_div(a: C, b: C) -> Option<C> {
    let (abr, abi) = (b.0.abs(), b.1.abs());
    if abr >= abi {
        if abr == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abi >= abr {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        // A NaN in the divisor.
        Some((f64::NAN, f64::NAN))
    }
}

/// `x ** n` by repeated squaring (n >= 0).
fn c_powu(x: C, n: u64) -> C {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask = 1u64;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = c_mul(r, p);
        }
        mask <<= 1;
        p = c_mul(p, p);
    }
    r
}

fn zero_pow_error(rt: &Runtime) -> super::error::PyErr {
    rt.zero_division_error("0.0 to a negative or complex power")
}

/// `a ** b` as CPython computes it: small integral exponents by multiplication, others through
/// polar form.
pub fn c_pow(rt: &Runtime, a: C, b: C) -> PyResult<C> {
    let r = if b.1 == 0.0 && libm::floor(b.0) == b.0 && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        if n >= 0 {
            c_powu(a, n as u64)
        } else {
            c_div((1.0, 0.0), c_powu(a, n.unsigned_abs())).ok_or_else(|| zero_pow_error(rt))?
        }
    } else if b == (0.0, 0.0) {
        (1.0, 0.0)
    } else if a == (0.0, 0.0) {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(zero_pow_error(rt));
        }
        (0.0, 0.0)
    } else {
        let m = crate::modules::mathlib::get(rt);
        let vabs = (m.hypot)(a.0, a.1);
        let mut len = (m.pow)(vabs, b.0);
        let at = (m.atan2)(a.1, a.0);
        let mut phase = at * b.0;
        if b.1 != 0.0 {
            len /= (m.exp)(at * b.1);
            phase += b.1 * (m.log)(vabs);
        }
        (len * (m.cos)(phase), len * (m.sin)(phase))
    };
    if r.0.is_infinite() || r.1.is_infinite() {
        return Err(rt.overflow_error("complex exponentiation"));
    }
    Ok(r)
}

fn complex_abs(rt: &Runtime, v: &Value) -> PyResult<Value> {
    let Some((re, im)) = rt.complex_of(v) else {
        return Ok(rt.not_implemented());
    };
    let r = if re.is_infinite() || im.is_infinite() {
        f64::INFINITY
    } else if re.is_nan() || im.is_nan() {
        f64::NAN
    } else {
        let h = (crate::modules::mathlib::get(rt).hypot)(re, im);
        if h.is_infinite() {
            return Err(rt.overflow_error("absolute value too large"));
        }
        h
    };
    rt.new_float(r)
}

fn complex_hash(rt: &Runtime, v: &Value) -> PyResult<i64> {
    let (re, im) = rt.complex_of(v).unwrap_or((0.0, 0.0));
    let part = |x: f64| -> PyResult<i64> {
        match hash_f64(x) {
            Some(h) => Ok(h),
            None => super::object_type::object_hash(rt, v),
        }
    };
    let h = (part(re)? as u64).wrapping_add(1_000_003u64.wrapping_mul(part(im)? as u64)) as i64;
    Ok(if h == -1 { -2 } else { h })
}

fn complex_richcompare(rt: &Runtime, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    if op != CmpOp::Eq && op != CmpOp::Ne {
        return Ok(rt.not_implemented());
    }
    let (this, other) = if rt.complex_of(a).is_some() {
        (a, b)
    } else {
        (b, a)
    };
    let Some((re, im)) = rt.complex_of(this) else {
        return Ok(rt.not_implemented());
    };
    let equal = if let Some(i) = rt.int_ref(other) {
        // Exact: compare the real part with the int without rounding the int.
        im == 0.0 && super::int_ops::cmp_int_float(i, re) == Some(core::cmp::Ordering::Equal)
    } else if let Some(f) = rt.float_of(other) {
        re == f && im == 0.0
    } else if let Some((ore, oim)) = rt.complex_of(other) {
        re == ore && im == oim
    } else {
        return Ok(rt.not_implemented());
    };
    Ok(rt.bool_value(equal == (op == CmpOp::Eq)))
}

fn complex_conjugate(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    args.skip_self().check_count(rt, "conjugate", 0, 0)?;
    let (re, im) = self_complex(rt, &args, "conjugate")?;
    rt.new_complex(re, -im)
}

fn complex_getnewargs(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    args.skip_self().check_count(rt, "__getnewargs__", 0, 0)?;
    let (re, im) = self_complex(rt, &args, "__getnewargs__")?;
    rt.new_tuple(vec![rt.new_float(re)?, rt.new_float(im)?])
}

fn self_complex(rt: &Runtime, args: &Args<'_>, name: &str) -> PyResult<C> {
    args.all
        .first()
        .and_then(|v| rt.complex_of(v))
        .ok_or_else(|| rt.type_error(format!("descriptor '{name}' requires a 'complex' object")))
}

fn complex_format(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let a = args.skip_self().check_count(rt, "__format__", 1, 1)?;
    let c = self_complex(rt, &args, "__format__")?;
    let Some(spec) = rt.str_of(&a[0]) else {
        return Err(rt.type_error(format!(
            "__format__() argument must be str, not {}",
            rt.type_name(&a[0])
        )));
    };
    super::format_spec::format_complex(rt, &args.all[0], c, spec)
}

/// Parses `complex(text)`: `a`, `bj`, `a+bj`, optionally in parentheses, with whitespace only
/// around the whole.
pub fn parse_complex(text: &str) -> Option<C> {
    let mut s = text.trim();
    if let Some(inner) = s.strip_prefix('(') {
        s = inner.strip_suffix(')')?.trim();
    }
    if s.is_empty() || s.chars().any(char::is_whitespace) {
        return None;
    }
    let part = |t: &str| -> Option<f64> {
        match t {
            "" | "+" => Some(1.0),
            "-" => Some(-1.0),
            _ => super::float_parse::parse_float(t),
        }
    };
    // Where the imaginary part starts: a sign not at the start and not in an exponent.
    let bytes = s.as_bytes();
    let split = (1..bytes.len())
        .rev()
        .find(|&i| (bytes[i] == b'+' || bytes[i] == b'-') && !matches!(bytes[i - 1], b'e' | b'E'));
    match s.strip_suffix(['j', 'J']) {
        Some(body) => match split {
            Some(k) if k < body.len() => {
                let re = super::float_parse::parse_float(&body[..k])?;
                Some((re, part(&body[k..])?))
            }
            _ => Some((0.0, part(body)?)),
        },
        None => {
            if split.is_some() {
                return None;
            }
            Some((super::float_parse::parse_float(s)?, 0.0))
        }
    }
}

/// One argument of `complex(real, imag)`: its value and whether it was a complex.
fn complex_arg(rt: &Runtime, v: &Value, first: bool) -> PyResult<(C, bool)> {
    if let Some(c) = rt.complex_of(v) {
        return Ok((c, true));
    }
    if let Some(f) = rt.lookup_in_type(rt.type_of(v), "__complex__") {
        let r = rt.call(&f, Args::positional(core::slice::from_ref(v)))?;
        return match rt.complex_of(&r) {
            Some(c) => Ok((c, true)),
            None => Err(rt.type_error(format!(
                "__complex__ returned non-complex (type {})",
                rt.type_name(&r)
            ))),
        };
    }
    let slots = rt.type_of(v).data().slots();
    let numeric = rt.float_of(v).is_some()
        || rt.int_ref(v).is_some()
        || slots.float.is_some()
        || slots.index.is_some();
    if !numeric {
        return Err(rt.type_error(if first {
            format!(
                "complex() first argument must be a string or a number, not '{}'",
                rt.type_name(v)
            )
        } else {
            format!(
                "complex() second argument must be a number, not '{}'",
                rt.type_name(v)
            )
        }));
    }
    Ok(((super::float::number_to_float(rt, v)?, 0.0), false))
}

fn complex_new(rt: &Runtime, cls: &Value, args: Args<'_>) -> PyResult<Value> {
    let [real, imag] = args.bind(
        rt,
        &Signature {
            fname: "complex",
            names: ["real", "imag"],
            posonly: 0,
            required: 0,
            kwonly: 2,
        },
    )?;
    let ty = rt
        .type_ref_of_type_value(cls)
        .ok_or_else(|| rt.type_error("complex.__new__(X): X is not a type object"))?;
    let make = |re: f64, im: f64| {
        if ty == rt.types().complex {
            rt.new_complex(re, im)
        } else {
            rt.new_complex_of_type(ty.0, re, im)
        }
    };
    if let Some(r) = &real
        && let Some(s) = rt.str_of(r)
    {
        if imag.is_some() {
            return Err(rt.type_error("complex() can't take second arg if first is a string"));
        }
        let (re, im) = parse_complex(s)
            .ok_or_else(|| rt.value_error("complex() arg is a malformed string"))?;
        return make(re, im);
    }
    if let Some(i) = &imag
        && rt.str_of(i).is_some()
    {
        return Err(rt.type_error("complex() second arg can't be a string"));
    }
    if let Some(r) = &real
        && imag.is_none()
        && ty == rt.types().complex
        && rt.type_of(r) == ty
    {
        return Ok(r.clone());
    }
    let (cr, cr_complex) = match &real {
        Some(r) => complex_arg(rt, r, true)?,
        None => ((0.0, 0.0), false),
    };
    let (re, im) = match &imag {
        None => cr,
        Some(i) => {
            let (ci, ci_complex) = complex_arg(rt, i, false)?;
            let re = if ci_complex { cr.0 - ci.1 } else { cr.0 };
            let im = if cr_complex { ci.0 + cr.1 } else { ci.0 };
            (re, im)
        }
    };
    make(re, im)
}
