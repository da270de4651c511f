//! `slice`: the (start, stop, step) triple of `a[i:j:k]`, and the index arithmetic every sequence
//! shares (`slice_indices`, CPython's `PySlice_Unpack` + `PySlice_AdjustIndices`).

use alloc::format;
use alloc::vec::Vec;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use super::args::Args;
use super::error::PyResult;
use super::getset::GetSetDef;
use super::header::{Payload, alloc_object};
use super::int::IntRef;
use super::typeobj::{CmpOp, TypeRef, flags};
use super::value::Value;
use crate::runtime::Runtime;

pub struct SliceData {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

impl Payload for SliceData {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.start);
        visit(&self.stop);
        visit(&self.step);
    }
}

impl Runtime {
    /// `slice(start, stop, step)`; pass `rt.none()` for omitted parts.
    pub fn new_slice(&self, start: Value, stop: Value, step: Value) -> PyResult<Value> {
        let data = SliceData { start, stop, step };
        unsafe { alloc_object(self, self.types().slice.0, data) }.ok_or_else(|| self.memory_error())
    }

    pub fn slice_data<'a>(&self, v: &'a Value) -> Option<&'a SliceData> {
        let h = v.heap()?;
        if h.type_ptr() == self.types().slice.0 {
            Some(unsafe { h.payload::<SliceData>() })
        } else {
            None
        }
    }
}

/// A slice bound as a machine index, clamped to the isize range (as `_PyEval_SliceIndex`).
fn clamp_index(rt: &Runtime, v: &Value) -> PyResult<isize> {
    if let Some(i) = v.as_small_int() {
        return Ok(i);
    }
    let has_index = rt.int_ref(v).is_some() || rt.type_of(v).data().slots().index.is_some();
    if !has_index {
        return Err(
            rt.type_error("slice indices must be integers or None or have an __index__ method")
        );
    }
    let i = rt.index(v)?;
    Ok(match rt.int_ref(&i) {
        Some(IntRef::Small(i)) => i,
        Some(IntRef::Big(b)) => b.to_isize().unwrap_or(if b.is_negative() {
            isize::MIN
        } else {
            isize::MAX
        }),
        None => 0,
    })
}

/// Resolves a slice against a sequence of length `len`: (start, stop, step, slicelength), with
/// CPython's clamping. Shared by list, tuple, str, bytes, range.
pub fn slice_indices(
    rt: &Runtime,
    slice: &Value,
    len: usize,
) -> PyResult<(isize, isize, isize, usize)> {
    let s = rt
        .slice_data(slice)
        .ok_or_else(|| rt.type_error("expected a slice"))?;
    let step = if rt.is_none(&s.step) {
        1
    } else {
        let st = clamp_index(rt, &s.step)?;
        if st == 0 {
            return Err(rt.value_error("slice step cannot be zero"));
        }
        // -isize::MAX keeps `-step` representable.
        st.max(-isize::MAX)
    };
    let start = if rt.is_none(&s.start) {
        if step < 0 { isize::MAX } else { 0 }
    } else {
        clamp_index(rt, &s.start)?
    };
    let stop = if rt.is_none(&s.stop) {
        if step < 0 { isize::MIN } else { isize::MAX }
    } else {
        clamp_index(rt, &s.stop)?
    };
    Ok(adjust_indices(len, start, stop, step))
}

/// `PySlice_AdjustIndices`: clamps bounds to `[0, len]` (or `[-1, len-1]` going backwards).
pub fn adjust_indices(
    len: usize,
    start: isize,
    stop: isize,
    step: isize,
) -> (isize, isize, isize, usize) {
    let len = len.min(isize::MAX as usize) as isize;
    let fix = |i: isize| -> isize {
        if i < 0 {
            let j = i.saturating_add(len);
            if j < 0 {
                if step < 0 { -1 } else { 0 }
            } else {
                j
            }
        } else if i >= len {
            if step < 0 { len - 1 } else { len }
        } else {
            i
        }
    };
    let (start, stop) = (fix(start), fix(stop));
    let n = if step < 0 {
        if stop < start {
            ((start - stop - 1) / (-step) + 1) as usize
        } else {
            0
        }
    } else if start < stop {
        ((stop - start - 1) / step + 1) as usize
    } else {
        0
    };
    (start, stop, step, n)
}

/// The positions a resolved slice selects, in order.
pub fn slice_positions(start: isize, step: isize, n: usize) -> impl Iterator<Item = usize> {
    (0..n).map(move |k| (start + (k as isize) * step) as usize)
}

fn big_of(rt: &Runtime, v: &Value) -> PyResult<BigInt> {
    let has_index = rt.int_ref(v).is_some() || rt.type_of(v).data().slots().index.is_some();
    if !has_index {
        return Err(
            rt.type_error("slice indices must be integers or None or have an __index__ method")
        );
    }
    let i = rt.index(v)?;
    Ok(rt.int_ref(&i).map(|r| r.to_bigint()).unwrap_or_default())
}

/// `slice.indices(length)` on arbitrary-size ints: (start, stop, step).
pub fn big_indices(
    rt: &Runtime,
    s: &SliceData,
    len: &BigInt,
) -> PyResult<(BigInt, BigInt, BigInt)> {
    if len.is_negative() {
        return Err(rt.value_error("length should not be negative"));
    }
    let step = if rt.is_none(&s.step) {
        BigInt::from(1)
    } else {
        let st = big_of(rt, &s.step)?;
        if st.is_zero() {
            return Err(rt.value_error("slice step cannot be zero"));
        }
        st
    };
    let back = step.is_negative();
    let (lower, upper) = if back {
        (BigInt::from(-1), len - 1)
    } else {
        (BigInt::zero(), len.clone())
    };
    let fix = |v: &Value, default: &BigInt| -> PyResult<BigInt> {
        if rt.is_none(v) {
            return Ok(default.clone());
        }
        let mut i = big_of(rt, v)?;
        if i.is_negative() {
            i += len;
            if i < lower {
                i = lower.clone();
            }
        } else if i > upper {
            i = upper.clone();
        }
        Ok(i)
    };
    let start = fix(&s.start, if back { &upper } else { &lower })?;
    let stop = fix(&s.stop, if back { &lower } else { &upper })?;
    Ok((start, stop, step))
}

pub fn spec() -> super::typespec::TypeSpec {
    super::typespec::TypeSpec::new::<SliceData>("slice", init).flags(flags::UNHASHABLE)
}

fn data(v: &Value) -> &SliceData {
    unsafe { v.heap().unwrap_unchecked().payload::<SliceData>() }
}

fn init(rt: &Runtime, ty: TypeRef) {
    let s = unsafe { ty.data().slots_mut() };
    s.new = Some(slice_new);
    s.repr = Some(slice_repr);
    s.richcompare = Some(slice_richcompare);
    rt.add_getsets(
        ty,
        &[
            GetSetDef {
                name: "start",
                get: |_, v| Ok(data(v).start.clone()),
                set: Some(super::getset::readonly_member),
            },
            GetSetDef {
                name: "stop",
                get: |_, v| Ok(data(v).stop.clone()),
                set: Some(super::getset::readonly_member),
            },
            GetSetDef {
                name: "step",
                get: |_, v| Ok(data(v).step.clone()),
                set: Some(super::getset::readonly_member),
            },
        ],
    );
    rt.add_methods(
        ty,
        &[
            super::descr::MethodDef::method("indices", slice_indices_method),
            super::descr::MethodDef::method("__reduce__", slice_reduce),
        ],
    );
}

fn slice_new(rt: &Runtime, _cls: &Value, args: Args<'_>) -> PyResult<Value> {
    let a = args.check_count(rt, "slice", 1, 3)?;
    let none = rt.none();
    match a {
        [stop] => rt.new_slice(none.clone(), stop.clone(), none),
        [start, stop] => rt.new_slice(start.clone(), stop.clone(), none),
        [start, stop, step] => rt.new_slice(start.clone(), stop.clone(), step.clone()),
        _ => Err(rt.type_error("slice expected at least 1 argument, got 0")),
    }
}

fn slice_repr(rt: &Runtime, v: &Value) -> PyResult<Value> {
    let d = data(v);
    let s = format!(
        "slice({}, {}, {})",
        rt.repr_string(&d.start)?,
        rt.repr_string(&d.stop)?,
        rt.repr_string(&d.step)?
    );
    rt.new_str(&s)
}

fn slice_richcompare(rt: &Runtime, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (rt.slice_data(a), rt.slice_data(b)) else {
        return Ok(rt.not_implemented());
    };
    let tx = rt.new_tuple(Vec::from([x.start.clone(), x.stop.clone(), x.step.clone()]))?;
    let ty = rt.new_tuple(Vec::from([y.start.clone(), y.stop.clone(), y.step.clone()]))?;
    rt.rich_compare(&tx, &ty, op)
}

fn slice_indices_method(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let a = args.check_count(rt, "indices", 2, 2).map_err(|_| {
        rt.type_error(format!(
            "slice.indices() takes exactly one argument ({} given)",
            args.all.len().saturating_sub(1)
        ))
    })?;
    let d = rt
        .slice_data(&a[0])
        .ok_or_else(|| rt.type_error("descriptor 'indices' requires a 'slice' object"))?;
    let len_v = rt.index(&a[1])?;
    let len = rt
        .int_ref(&len_v)
        .map(|r| r.to_bigint())
        .unwrap_or_default();
    let (start, stop, step) = big_indices(rt, d, &len)?;
    let items = Vec::from([
        rt.new_int_big(start)?,
        rt.new_int_big(stop)?,
        rt.new_int_big(step)?,
    ]);
    rt.new_tuple(items)
}

fn slice_reduce(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let d = data(&args.all[0]);
    let t = rt.new_tuple(Vec::from([d.start.clone(), d.stop.clone(), d.step.clone()]))?;
    rt.new_tuple(Vec::from([rt.types().slice.value(), t]))
}
