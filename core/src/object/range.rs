//! `range`: an arithmetic progression with arbitrary-size bounds. The bounds are kept as big
//! integers; when everything fits a machine word a small copy is kept too, so indexing,
//! membership and iteration stay cheap in the common case.

use alloc::format;
use alloc::vec::Vec;
use core::cell::{Cell, UnsafeCell};

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::args::{Args, count_message};
use super::descr::MethodDef;
use super::error::PyResult;
use super::getset::GetSetDef;
use super::header::{Payload, alloc_object};
use super::int::IntRef;
use super::list::{has_index, method_args};
use super::typeobj::{CmpOp, TypeRef};
use super::typespec::TypeSpec;
use super::value::Value;
use crate::runtime::Runtime;
use alloc::boxed::Box;

/// A range's bounds: machine words when start, stop, step and the length all fit (no
/// allocation: nearly every range), arbitrary-size ints otherwise.
pub enum RangeData {
    Small {
        start: isize,
        stop: isize,
        step: isize,
        len: usize,
    },
    Big(Box<BigRange>),
}

pub struct BigRange {
    start: BigInt,
    stop: BigInt,
    step: BigInt,
    len: BigInt,
}

impl Payload for RangeData {}

fn range_len(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    if step.is_positive() && start < stop {
        (stop - start - 1u8) / step + 1u8
    } else if step.is_negative() && start > stop {
        (start - stop - 1u8) / (-step) + 1u8
    } else {
        BigInt::zero()
    }
}

/// The length of a range of machine words, when it fits (`step` is not zero).
fn small_len(start: isize, stop: isize, step: isize) -> Option<usize> {
    let (lo, hi, by) = match step > 0 {
        true => (start, stop, step.unsigned_abs()),
        false => (stop, start, step.unsigned_abs()),
    };
    if lo >= hi {
        return Some(0);
    }
    let span = (hi as i128 - lo as i128 - 1) as u128;
    let n = span / by as u128 + 1;
    (n <= isize::MAX as u128).then_some(n as usize)
}

impl RangeData {
    pub fn new(start: BigInt, stop: BigInt, step: BigInt) -> RangeData {
        if let (Some(a), Some(b), Some(c)) = (start.to_isize(), stop.to_isize(), step.to_isize())
            && let Some(r) = RangeData::words(a, b, c)
        {
            return r;
        }
        let len = range_len(&start, &stop, &step);
        RangeData::Big(Box::new(BigRange {
            start,
            stop,
            step,
            len,
        }))
    }

    /// A range of machine words (`step` is not zero); None when its length does not fit.
    fn words(start: isize, stop: isize, step: isize) -> Option<RangeData> {
        let len = small_len(start, stop, step)?;
        Some(RangeData::Small {
            start,
            stop,
            step,
            len,
        })
    }

    pub fn start(&self) -> BigInt {
        match self {
            RangeData::Small { start, .. } => BigInt::from(*start),
            RangeData::Big(b) => b.start.clone(),
        }
    }
    pub fn stop(&self) -> BigInt {
        match self {
            RangeData::Small { stop, .. } => BigInt::from(*stop),
            RangeData::Big(b) => b.stop.clone(),
        }
    }
    pub fn step(&self) -> BigInt {
        match self {
            RangeData::Small { step, .. } => BigInt::from(*step),
            RangeData::Big(b) => b.step.clone(),
        }
    }
    pub fn len(&self) -> BigInt {
        match self {
            RangeData::Small { len, .. } => BigInt::from(*len),
            RangeData::Big(b) => b.len.clone(),
        }
    }
    fn is_empty(&self) -> bool {
        match self {
            RangeData::Small { len, .. } => *len == 0,
            RangeData::Big(b) => b.len.is_zero(),
        }
    }

    /// The item at position `i` (0 <= i < len).
    fn item(&self, i: &BigInt) -> BigInt {
        self.start() + i * self.step()
    }

    /// Whether the int `x` is one of the values (O(1)).
    pub fn contains_int(&self, x: &BigInt) -> bool {
        let (start, stop, step) = (self.start(), self.stop(), self.step());
        let inside = if step.is_positive() {
            &start <= x && x < &stop
        } else {
            &stop < x && x <= &start
        };
        inside && (x - &start).mod_floor(&step).is_zero()
    }
}

impl Runtime {
    /// `range(start, stop, step)` on machine integers (`step` must not be 0).
    pub fn new_range(&self, start: i64, stop: i64, step: i64) -> PyResult<Value> {
        if step == 0 {
            return Err(self.value_error("range() arg 3 must not be zero"));
        }
        self.new_range_big(start.into(), stop.into(), step.into())
    }

    pub fn new_range_big(&self, start: BigInt, stop: BigInt, step: BigInt) -> PyResult<Value> {
        let data = RangeData::new(start, stop, step);
        unsafe { alloc_object(self, self.types().range.0, data) }.ok_or_else(|| self.memory_error())
    }

    pub fn range_data<'a>(&self, v: &'a Value) -> Option<&'a RangeData> {
        let h = v.heap()?;
        if h.type_ptr() == self.types().range.0 {
            Some(unsafe { h.payload::<RangeData>() })
        } else {
            None
        }
    }
}

fn rd(v: &Value) -> &RangeData {
    unsafe { v.heap().unwrap_unchecked().payload::<RangeData>() }
}

fn big_of(rt: &Runtime, v: &Value) -> PyResult<BigInt> {
    let i = rt.index(v)?;
    Ok(rt.int_ref(&i).map(IntRef::to_bigint).unwrap_or_default())
}

/// An exact int or bool value (membership is arithmetic only for these, as in CPython).
fn exact_int(rt: &Runtime, v: &Value) -> Option<BigInt> {
    let t = rt.type_of(v);
    if t == rt.types().int || t == rt.types().bool {
        rt.int_ref(v).map(IntRef::to_bigint)
    } else {
        None
    }
}

pub fn spec() -> TypeSpec {
    TypeSpec::new::<RangeData>("range", init)
}

fn init(rt: &Runtime, ty: TypeRef) {
    let s = unsafe { ty.data().slots_mut() };
    s.new = Some(range_new);
    s.repr = Some(range_repr);
    s.hash = Some(range_hash);
    s.richcompare = Some(range_richcompare);
    s.len = Some(|rt, v| match rd(v) {
        RangeData::Small { len, .. } => Ok(*len),
        RangeData::Big(b) => b
            .len
            .to_isize()
            .map(|n| n as usize)
            .ok_or_else(|| rt.overflow_error("Python int too large to convert to C ssize_t")),
    });
    s.bool = Some(|_, v| Ok(!rd(v).is_empty()));
    s.getitem = Some(range_getitem);
    s.contains = Some(range_contains);
    s.iter = Some(|rt, v| new_range_iter(rt, rd(v), false));
    rt.add_getsets(
        ty,
        &[
            GetSetDef {
                name: "start",
                get: |rt, v| rt.new_int_big(rd(v).start()),
                set: Some(super::getset::readonly_member),
            },
            GetSetDef {
                name: "stop",
                get: |rt, v| rt.new_int_big(rd(v).stop()),
                set: Some(super::getset::readonly_member),
            },
            GetSetDef {
                name: "step",
                get: |rt, v| rt.new_int_big(rd(v).step()),
                set: Some(super::getset::readonly_member),
            },
        ],
    );
    rt.add_methods(
        ty,
        &[
            MethodDef::method("count", range_count),
            MethodDef::method("index", range_index),
            MethodDef::method("__reversed__", |rt, args| {
                method_args(rt, &args, "range.__reversed__", "range.__reversed__", 0, 0)?;
                new_range_iter(rt, rd(&args.all[0]), true)
            }),
            MethodDef::method("__reduce__", |rt, args| {
                let r = rd(&args.all[0]);
                let t = rt.new_tuple(Vec::from([
                    rt.new_int_big(r.start())?,
                    rt.new_int_big(r.stop())?,
                    rt.new_int_big(r.step())?,
                ]))?;
                rt.new_tuple(Vec::from([rt.types().range.value(), t]))
            }),
        ],
    );
}

fn range_new(rt: &Runtime, _cls: &Value, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs(rt, "range")?;
    let a = args.all;
    if a.is_empty() || a.len() > 3 {
        return Err(rt.type_error(count_message("range", 1, 3, a.len())));
    }
    // Small ints (nearly every call): no big-int arithmetic, no allocation but the object.
    let words = match a {
        [stop] => stop.as_small_int().map(|b| (0, b, 1)),
        [start, stop] => start
            .as_small_int()
            .zip(stop.as_small_int())
            .map(|(a, b)| (a, b, 1)),
        [start, stop, step] => match (
            start.as_small_int(),
            stop.as_small_int(),
            step.as_small_int(),
        ) {
            (Some(a), Some(b), Some(c)) if c != 0 => Some((a, b, c)),
            _ => None,
        },
        _ => None,
    };
    if let Some(data) = words.and_then(|(a, b, c)| RangeData::words(a, b, c)) {
        return unsafe { alloc_object(rt, rt.types().range.0, data) }
            .ok_or_else(|| rt.memory_error());
    }
    let (start, stop, step) = match a {
        [stop] => (BigInt::zero(), big_of(rt, stop)?, BigInt::one()),
        [start, stop] => (big_of(rt, start)?, big_of(rt, stop)?, BigInt::one()),
        [start, stop, step] => {
            let (a, b, c) = (big_of(rt, start)?, big_of(rt, stop)?, big_of(rt, step)?);
            if c.is_zero() {
                return Err(rt.value_error("range() arg 3 must not be zero"));
            }
            (a, b, c)
        }
        _ => return Err(rt.type_error("range expected at least 1 argument, got 0")),
    };
    rt.new_range_big(start, stop, step)
}

fn range_repr(rt: &Runtime, v: &Value) -> PyResult<Value> {
    let r = rd(v);
    let s = if r.step().is_one() {
        format!("range({}, {})", r.start(), r.stop())
    } else {
        format!("range({}, {}, {})", r.start(), r.stop(), r.step())
    };
    rt.new_str(&s)
}

fn range_hash(rt: &Runtime, v: &Value) -> PyResult<i64> {
    let r = rd(v);
    let len = rt.new_int_big(r.len())?;
    let t = if r.is_empty() {
        Vec::from([len, rt.none(), rt.none()])
    } else if r.len().is_one() {
        Vec::from([len, rt.new_int_big(r.start())?, rt.none()])
    } else {
        Vec::from([len, rt.new_int_big(r.start())?, rt.new_int_big(r.step())?])
    };
    let t = rt.new_tuple(t)?;
    rt.hash(&t)
}

/// Ranges are equal when they produce the same sequence.
fn range_equal(a: &RangeData, b: &RangeData) -> bool {
    let len = a.len();
    len == b.len()
        && (len.is_zero() || (a.start() == b.start() && (len.is_one() || a.step() == b.step())))
}

fn range_richcompare(rt: &Runtime, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (rt.range_data(a), rt.range_data(b)) else {
        return Ok(rt.not_implemented());
    };
    match op {
        CmpOp::Eq => Ok(rt.bool_value(a.is(b) || range_equal(x, y))),
        CmpOp::Ne => Ok(rt.bool_value(!(a.is(b) || range_equal(x, y)))),
        _ => Ok(rt.not_implemented()),
    }
}

fn range_getitem(rt: &Runtime, v: &Value, key: &Value) -> PyResult<Value> {
    let r = rd(v);
    if let (
        Some(i),
        RangeData::Small {
            start, step, len, ..
        },
    ) = (key.as_small_int(), r)
    {
        let (start, step, n) = (*start, *step, *len);
        let j = if i < 0 { i + n as isize } else { i };
        if j < 0 || j as usize >= n {
            return Err(rt.index_error("range object index out of range"));
        }
        return rt.new_int((start as i64).wrapping_add((j as i64).wrapping_mul(step as i64)));
    }
    if has_index(rt, key) {
        let mut i = big_of(rt, key)?;
        let len = r.len();
        if i.is_negative() {
            i += &len;
        }
        if i.is_negative() || i >= len {
            return Err(rt.index_error("range object index out of range"));
        }
        return rt.new_int_big(r.item(&i));
    }
    if let Some(s) = rt.slice_data(key) {
        let (lo, hi, st) = super::slice::big_indices(rt, s, &r.len())?;
        return rt.new_range_big(r.item(&lo), r.item(&hi), r.step() * st);
    }
    Err(rt.type_error(format!(
        "range indices must be integers or slices, not {}",
        rt.type_name(key)
    )))
}

/// Compares every value of the range with `x` (for non-int `x`); calls `f` with each position
/// where it is equal, stopping when `f` returns true.
fn scan(rt: &Runtime, r: &RangeData, x: &Value, mut f: impl FnMut(usize) -> bool) -> PyResult<()> {
    let it = new_range_iter(rt, r, false)?;
    let mut i = 0usize;
    while let Some(y) = rt.next(&it)? {
        if rt.eq(&y, x)? && f(i) {
            break;
        }
        i += 1;
    }
    Ok(())
}

fn range_contains(rt: &Runtime, v: &Value, x: &Value) -> PyResult<bool> {
    let r = rd(v);
    if let Some(i) = exact_int(rt, x) {
        return Ok(r.contains_int(&i));
    }
    let mut found = false;
    scan(rt, r, x, |_| {
        found = true;
        true
    })?;
    Ok(found)
}

fn range_count(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let a = method_args(rt, &args, "range.count", "range.count", 1, 1)?;
    let r = rd(&args.all[0]);
    if let Some(i) = exact_int(rt, &a[0]) {
        return rt.new_int(r.contains_int(&i) as i64);
    }
    let mut n = 0i64;
    scan(rt, r, &a[0], |_| {
        n += 1;
        false
    })?;
    rt.new_int(n)
}

fn range_index(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let a = method_args(rt, &args, "range.index", "range.index", 1, 1)?;
    let r = rd(&args.all[0]);
    if let Some(i) = exact_int(rt, &a[0]) {
        if r.contains_int(&i) {
            return rt.new_int_big((i - r.start()) / r.step());
        }
        return Err(rt.value_error(format!("{} is not in range", rt.repr_string(&a[0])?)));
    }
    let mut at = None;
    scan(rt, r, &a[0], |i| {
        at = Some(i);
        true
    })?;
    match at {
        Some(i) => rt.new_int(i as i64),
        None => Err(rt.value_error("sequence.index(x): x not in sequence")),
    }
}

/// A range iterator: machine words when the range fits, big integers otherwise.
/// `repr(u64)`: a 64-bit tag puts the fields at the same offsets on i686 Windows (where `i64`
/// is 8-aligned) and i686 Linux (4-aligned), see `Runtime`.
#[repr(u64)]
pub enum RangeIter {
    Small {
        next: Cell<i64>,
        step: i64,
        left: Cell<u64>,
    },
    Big {
        next: UnsafeCell<BigInt>,
        step: BigInt,
        left: UnsafeCell<BigInt>,
    },
}

impl Payload for RangeIter {}

fn new_range_iter(rt: &Runtime, r: &RangeData, reverse: bool) -> PyResult<Value> {
    let data = match *r {
        RangeData::Small {
            start,
            step,
            len: n,
            ..
        } => {
            let (first, step) = if reverse && n > 0 {
                let last = (start as i64).wrapping_add(((n - 1) as i64).wrapping_mul(step as i64));
                (last, (step as i64).wrapping_neg())
            } else {
                (start as i64, step as i64)
            };
            RangeIter::Small {
                next: Cell::new(first),
                step,
                left: Cell::new(n as u64),
            }
        }
        RangeData::Big(ref b) => {
            let (first, step) = if reverse && !b.len.is_zero() {
                (r.item(&(&b.len - 1u8)), -&b.step)
            } else {
                (b.start.clone(), b.step.clone())
            };
            RangeIter::Big {
                next: UnsafeCell::new(first),
                step,
                left: UnsafeCell::new(b.len.clone()),
            }
        }
    };
    unsafe { alloc_object(rt, rt.types().range_iterator.0, data) }.ok_or_else(|| rt.memory_error())
}

/// `next()` on a range iterator. The common step (a small range, a value that is a small int)
/// is inline, so the JIT's `_ITER_NEXT_RANGE` stencil needs no call; the rest is out of line.
#[inline(always)]
pub fn range_iter_next(rt: &Runtime, v: &Value) -> PyResult<Option<Value>> {
    if let RangeIter::Small { next, step, left } =
        unsafe { v.heap().unwrap_unchecked().payload::<RangeIter>() }
    {
        if left.get() == 0 {
            return Ok(None);
        }
        let x = next.get();
        if let Some(r) = isize::try_from(x).ok().and_then(Value::small_int) {
            left.set(left.get() - 1);
            next.set(x.wrapping_add(*step));
            return Ok(Some(r));
        }
    }
    range_iter_next_slow(rt, v)
}

#[cfg_attr(not(copperhead_stencil), cold, inline(never))]
#[cfg_attr(copperhead_stencil, inline(always), allow(unreachable_code))]
fn range_iter_next_slow(rt: &Runtime, v: &Value) -> PyResult<Option<Value>> {
    // Stencils reach the rest through the runtime-helper table (jit/helpers.rs).
    #[cfg(copperhead_stencil)]
    return crate::jit::helpers::route::range_iter_next(rt, v);
    match unsafe { v.heap().unwrap_unchecked().payload::<RangeIter>() } {
        RangeIter::Small { next, step, left } => {
            if left.get() == 0 {
                return Ok(None);
            }
            let x = next.get();
            left.set(left.get() - 1);
            next.set(x.wrapping_add(*step));
            rt.new_int(x).map(Some)
        }
        RangeIter::Big { next, step, left } => {
            let (next, left) = unsafe { (&mut *next.get(), &mut *left.get()) };
            if !left.is_positive() {
                return Ok(None);
            }
            let x = next.clone();
            *left -= 1u8;
            *next += step;
            rt.new_int_big(x).map(Some)
        }
    }
}

pub fn iterator_spec() -> TypeSpec {
    TypeSpec::new::<RangeIter>("range_iterator", |rt, ty| {
        let s = unsafe { ty.data().slots_mut() };
        s.iter = Some(|_, v| Ok(v.clone()));
        s.next = Some(range_iter_next);
        rt.add_methods(
            ty,
            &[MethodDef::method("__length_hint__", |rt, args| {
                match unsafe { args.all[0].heap().unwrap_unchecked().payload::<RangeIter>() } {
                    RangeIter::Small { left, .. } => rt.new_int(left.get() as i64),
                    RangeIter::Big { left, .. } => rt.new_int_big(unsafe { (*left.get()).clone() }),
                }
            })],
        );
    })
}
