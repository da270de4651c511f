//! `float`: an IEEE-754 double. Arithmetic lives in `float_ops.rs`, text conversions in
//! `float_repr.rs` and `float_parse.rs`; this file has the object, `float(x)` and the methods.

use alloc::format;
use alloc::vec;

use num_bigint::BigInt;
use num_integer::Integer;

use super::args::Args;
use super::descr::MethodDef;
use super::error::PyResult;
use super::getset::GetSetDef;
use super::header::{ObjHeader, Payload, alloc_object};
use super::instance::{Instance, InstanceExt};
use super::int_ops::{div_to_f64, int_to_f64};
use super::typeobj::TypeRef;
use super::value::Value;
use crate::runtime::Runtime;

#[derive(Default)]
pub struct FloatData {
    pub v: f64,
}

impl Payload for FloatData {}

impl Runtime {
    /// A new exact float: a kept dead one revived inline when there is one, else allocated.
    #[cfg_attr(copperhead_stencil, allow(unreachable_code))]
    #[inline(always)]
    pub fn new_float(&self, v: f64) -> PyResult<Value> {
        // Stencils allocate through the runtime-helper table (jit/helpers.rs).
        #[cfg(copperhead_stencil)]
        return crate::jit::helpers::route::new_float(self, v);
        let size = super::header::object_layout::<FloatData>().0.size();
        if let Some(p) = self.float_freelist().pop() {
            if self.heap().reserve(size) {
                // SAFETY: a dead exact float from the free list: revive it with one reference.
                unsafe {
                    (*p.as_ptr()).header.reset_count();
                    (*p.as_ptr()).data.v = v;
                    return Ok(Value::from_owned_header(p.cast()));
                }
            }
            self.float_freelist().push(p.cast());
        }
        self.new_float_alloc(v)
    }

    #[cold]
    #[inline(never)]
    fn new_float_alloc(&self, v: f64) -> PyResult<Value> {
        unsafe { alloc_object(self, self.types().float.0, FloatData { v }) }
            .ok_or_else(|| self.memory_error())
    }

    /// Drops a reference to an exact float (the caller knows its type): a float that dies
    /// goes straight to the free list, without the general deallocation's dispatch.
    #[inline(always)]
    pub(crate) fn release_float(&self, v: Value) {
        self.release_inline(v, true)
    }

    /// Drops a reference with the decrement inline (not through the drop glue); an exact
    /// float that dies goes straight to the free list.
    #[inline(always)]
    pub(crate) fn release_value(&self, v: Value) {
        self.release_inline(v, false)
    }

    #[inline(always)]
    fn release_inline(&self, v: Value, known_float: bool) {
        #[cfg(not(copperhead_stencil))]
        {
            let v = core::mem::ManuallyDrop::new(v);
            if let Some(h) = v.heap()
                && h.decref_is_zero()
            {
                let p = core::ptr::NonNull::from(h);
                let float = known_float || h.type_ptr() == self.types().float.0;
                if !(float && self.keep_dead_float(p)) {
                    // SAFETY: the count reached zero: nobody else refers to the object.
                    unsafe { super::header::dealloc_object(p) };
                }
            }
        }
        // Stencils free through the runtime-helper table, as any drop.
        #[cfg(copperhead_stencil)]
        {
            let _ = known_float;
            drop(v);
        }
    }

    /// A float of type `ty` (float or a subclass made by a class statement).
    pub fn new_float_of_type(&self, ty: core::ptr::NonNull<ObjHeader>, v: f64) -> PyResult<Value> {
        let obj = if TypeRef(ty).data().layout.payload
            == core::any::TypeId::of::<Instance<FloatData>>()
        {
            let data = Instance {
                base: FloatData { v },
                ext: InstanceExt::default(),
            };
            unsafe { alloc_object(self, ty, data) }
        } else {
            unsafe { alloc_object(self, ty, FloatData { v }) }
        };
        obj.ok_or_else(|| self.memory_error())
    }

    /// The value of a float (or float subclass).
    #[inline]
    pub fn float_of(&self, v: &Value) -> Option<f64> {
        let h = v.heap()?;
        let ty = self.types().float;
        if h.type_ptr() == ty.0 || self.is_subtype(TypeRef(h.type_ptr()), ty) {
            Some(unsafe { h.payload::<FloatData>() }.v)
        } else {
            None
        }
    }
}

/// The value of an object known to be an exact float (a guard checked its type).
#[inline(always)]
pub(crate) fn exact_float_value(v: &Value) -> f64 {
    // SAFETY: the caller proved `v` is a float, whose layout starts as PyObj<FloatData>.
    unsafe {
        (*(v.bits() as *const super::header::PyObj<FloatData>))
            .data
            .v
    }
}

/// Overwrites the value of a float only the caller refers to (count one, exact type):
/// the in-place result of arithmetic on an operand about to die.
#[inline(always)]
pub(crate) fn set_unique_float(v: &Value, x: f64) {
    // SAFETY: as `exact_float_value`; with one reference nobody can see the change.
    unsafe { (*(v.bits() as *mut super::header::PyObj<FloatData>)).data.v = x };
}

/// Whether the value is an exact float with no other reference (so it may be reused).
#[inline(always)]
pub(crate) fn is_unique_float(v: &Value) -> bool {
    v.heap()
        .is_some_and(|h| h.refcount() == 1 && !h.is_immortal())
}

pub fn spec() -> super::typespec::TypeSpec {
    super::typespec::TypeSpec::base::<FloatData>("float", init)
}

fn init(rt: &Runtime, ty: TypeRef) {
    let s = unsafe { ty.data().slots_mut() };
    s.repr = Some(|rt, v| {
        let x = rt.float_of(v).unwrap_or(f64::NAN);
        rt.new_str(&super::float_repr::float_repr(x))
    });
    s.new = Some(float_new);
    super::float_ops::fill_slots(s);
    rt.add_methods(
        ty,
        &[
            MethodDef::method("is_integer", float_is_integer),
            MethodDef::method("as_integer_ratio", float_as_integer_ratio),
            MethodDef::method("hex", float_hex),
            MethodDef::class("fromhex", float_fromhex),
            MethodDef::method("conjugate", float_conjugate),
            MethodDef::method("__trunc__", |rt, a| {
                rounding(rt, a, "__trunc__", libm::trunc)
            }),
            MethodDef::method("__floor__", |rt, a| {
                rounding(rt, a, "__floor__", libm::floor)
            }),
            MethodDef::method("__ceil__", |rt, a| rounding(rt, a, "__ceil__", libm::ceil)),
            MethodDef::method("__round__", float_round),
            MethodDef::method("__format__", float_format),
            MethodDef::method("__getnewargs__", float_getnewargs),
            MethodDef::class("__getformat__", float_getformat),
        ],
    );
    rt.add_getsets(
        ty,
        &[
            GetSetDef {
                name: "real",
                get: |rt, v| rt.new_float(rt.float_of(v).unwrap_or(0.0)),
                set: None,
            },
            GetSetDef {
                name: "imag",
                get: |rt, _| rt.new_float(0.0),
                set: None,
            },
        ],
    );
}

/// CPython's `PyNumber_Float`: `float(x)` for one argument.
pub fn number_to_float(rt: &Runtime, x: &Value) -> PyResult<f64> {
    if let Some(f) = rt.float_of(x) {
        return Ok(f);
    }
    if let Some(i) = rt.int_ref(x) {
        return super::int_ops::int_as_f64(rt, i);
    }
    if let Some(s) = rt.str_of(x) {
        return super::float_parse::parse_float(s).ok_or_else(|| {
            let shown = match rt.str_data(x).filter(|d| d.has_surrogates()) {
                Some(d) => super::text_repr::repr_wtf8(d.wtf8()),
                None => super::str_format::quote_repr(s),
            };
            rt.value_error(format!("could not convert string to float: {shown}"))
        });
    }
    if let Some(data) = super::bytes::buffer_of(rt, x) {
        let text = core::str::from_utf8(&data).ok().filter(|t| t.is_ascii());
        return text
            .and_then(super::float_parse::parse_float)
            .ok_or_else(|| match rt.repr_string(x) {
                Ok(r) => rt.value_error(format!("could not convert string to float: {r}")),
                Err(e) => e,
            });
    }
    let slots = rt.type_of(x).data().slots();
    if let Some(f) = slots.float {
        let r = f(rt, x)?;
        return rt.float_of(&r).ok_or_else(|| {
            rt.type_error(format!(
                "{}.__float__ returned non-float (type {})",
                rt.type_name(x),
                rt.type_name(&r)
            ))
        });
    }
    if slots.index.is_some() {
        let i = rt.index(x)?;
        if let Some(i) = rt.int_ref(&i) {
            return super::int_ops::int_as_f64(rt, i);
        }
    }
    Err(rt.type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        rt.type_name(x)
    )))
}

fn float_new(rt: &Runtime, cls: &Value, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs(rt, "float")?;
    let a = args.check_count(rt, "float", 0, 1)?;
    let x = match a.first() {
        Some(x) => number_to_float(rt, x)?,
        None => 0.0,
    };
    let ty = rt
        .type_ref_of_type_value(cls)
        .ok_or_else(|| rt.type_error("float.__new__(X): X is not a type object"))?;
    if ty == rt.types().float {
        if let Some(v) = a.first()
            && rt.type_of(v) == ty
        {
            return Ok(v.clone());
        }
        return rt.new_float(x);
    }
    rt.new_float_of_type(ty.0, x)
}

fn this(rt: &Runtime, args: &Args<'_>, name: &str, nargs: usize) -> PyResult<f64> {
    let x = args
        .all
        .first()
        .and_then(|v| rt.float_of(v))
        .ok_or_else(|| rt.type_error(format!("descriptor '{name}' requires a 'float' object")))?;
    args.skip_self().check_count(rt, name, nargs, nargs)?;
    Ok(x)
}

fn float_is_integer(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let x = this(rt, &args, "is_integer", 0)?;
    Ok(rt.bool_value(x.is_finite() && libm::trunc(x) == x))
}

/// The exact value of a finite float as a reduced fraction (numerator, positive denominator).
pub fn float_ratio(x: f64) -> (BigInt, BigInt) {
    if x == 0.0 {
        return (BigInt::from(0), BigInt::from(1));
    }
    let bits = x.abs().to_bits();
    let raw_exp = ((bits >> 52) & 0x7ff) as i64;
    let mut mant = bits & ((1u64 << 52) - 1);
    let mut e = if raw_exp == 0 {
        -1074
    } else {
        mant |= 1 << 52;
        raw_exp - 1075
    };
    while mant != 0 && mant & 1 == 0 && e < 0 {
        mant >>= 1;
        e += 1;
    }
    let n = BigInt::from(mant);
    let n = if x < 0.0 { -n } else { n };
    if e >= 0 {
        (n << (e as usize), BigInt::from(1))
    } else {
        (n, BigInt::from(1) << ((-e) as usize))
    }
}

fn float_as_integer_ratio(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let x = this(rt, &args, "as_integer_ratio", 0)?;
    if x.is_nan() {
        return Err(rt.value_error("cannot convert NaN to integer ratio"));
    }
    if x.is_infinite() {
        return Err(rt.overflow_error("cannot convert Infinity to integer ratio"));
    }
    let (n, d) = float_ratio(x);
    rt.new_tuple(vec![rt.new_int_big(n)?, rt.new_int_big(d)?])
}

fn float_hex(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let x = this(rt, &args, "hex", 0)?;
    rt.new_str(&super::float_repr::float_hex(x))
}

fn float_fromhex(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let a = args.skip_self().check_count(rt, "fromhex", 1, 1)?;
    let Some(s) = rt.str_of(&a[0]) else {
        return Err(rt.type_error(format!(
            "fromhex() argument must be str, not {}",
            rt.type_name(&a[0])
        )));
    };
    use super::float_parse::HexError;
    let x = super::float_parse::parse_hex_float(s).map_err(|e| match e {
        HexError::Invalid => rt.value_error("invalid hexadecimal floating-point string"),
        HexError::Overflow => {
            rt.overflow_error("hexadecimal value too large to represent as a float")
        }
    })?;
    let v = rt.new_float(x)?;
    let cls = &args.all[0];
    if rt.types().float.is(cls) {
        Ok(v)
    } else {
        rt.call(cls, Args::positional(&[v]))
    }
}

fn float_conjugate(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let x = this(rt, &args, "conjugate", 0)?;
    rt.new_float(x)
}

fn rounding(rt: &Runtime, args: Args<'_>, name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    let x = this(rt, &args, name, 0)?;
    super::float_ops::float_to_int(rt, f(x))
}

/// `round(x, ndigits)`: the exact value rounded half-to-even at 10**-ndigits, then converted
/// back to the nearest float (as CPython's correctly rounded implementation).
pub fn round_f64(rt: &Runtime, x: f64, nd: i64) -> PyResult<f64> {
    if !x.is_finite() || x == 0.0 || nd > 323 {
        return Ok(x);
    }
    if nd < -308 {
        return Ok(libm::copysign(0.0, x));
    }
    let (n, d) = float_ratio(x);
    let p: BigInt = num_traits::Pow::pow(BigInt::from(10u32), nd.unsigned_abs() as u32);
    let (num, den) = if nd >= 0 { (n * &p, d) } else { (n, d * &p) };
    let (mut q, r) = num.div_mod_floor(&den);
    let twice: BigInt = r * 2u32;
    if twice > den || (twice == den && q.is_odd()) {
        q += 1u32;
    }
    let y = if nd >= 0 {
        div_to_f64(&q, &p)
    } else {
        int_to_f64(super::int::IntRef::Big(&(q * p)))
    };
    let y = y.ok_or_else(|| rt.overflow_error("rounded value too large to represent"))?;
    Ok(if y == 0.0 { libm::copysign(0.0, x) } else { y })
}

fn float_round(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let x = args
        .all
        .first()
        .and_then(|v| rt.float_of(v))
        .ok_or_else(|| rt.type_error("descriptor '__round__' requires a 'float' object"))?;
    let a = args.skip_self().check_count(rt, "__round__", 0, 1)?;
    match a.first() {
        Some(nd) if !rt.is_none(nd) => {
            let nd = rt.index(nd)?;
            let nd = match rt.int_ref(&nd) {
                Some(i) => i
                    .to_i64()
                    .unwrap_or(if i.is_negative() { i64::MIN } else { i64::MAX }),
                None => 0,
            };
            rt.new_float(round_f64(rt, x, nd)?)
        }
        // rint rounds half to even (the default rounding mode).
        _ => super::float_ops::float_to_int(rt, libm::rint(x)),
    }
}

fn float_format(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let a = args.skip_self().check_count(rt, "__format__", 1, 1)?;
    let Some(spec) = rt.str_of(&a[0]) else {
        return Err(rt.type_error(format!(
            "__format__() argument must be str, not {}",
            rt.type_name(&a[0])
        )));
    };
    let x = args
        .all
        .first()
        .and_then(|v| rt.float_of(v))
        .ok_or_else(|| rt.type_error("descriptor '__format__' requires a 'float' object"))?;
    super::format_spec::format_float(rt, &args.all[0], x, spec)
}

fn float_getnewargs(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let x = this(rt, &args, "__getnewargs__", 0)?;
    rt.new_tuple(vec![rt.new_float(x)?])
}

fn float_getformat(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let a = args.skip_self().check_count(rt, "__getformat__", 1, 1)?;
    match rt.str_of(&a[0]) {
        Some("double") | Some("float") => rt.new_str("IEEE, little-endian"),
        Some(_) => Err(rt.value_error("__getformat__() argument 1 must be 'double' or 'float'")),
        None => Err(rt.type_error(format!(
            "__getformat__() argument must be str, not {}",
            rt.type_name(&a[0])
        ))),
    }
}
