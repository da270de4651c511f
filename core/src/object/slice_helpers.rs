//! Reading a slice object's bounds for sequence indexing, with CPython's rules.
//!
//! The `slice` type itself lives in `slice.rs` (another module); this helper only needs the
//! `start`, `stop` and `step` attributes, so it works with whatever slice object exists.

use super::error::PyResult;
use super::int::IntRef;
use super::value::Value;
use crate::runtime::Runtime;

/// Whether `v` is a slice object (so `x[v]` slices rather than indexes).
pub fn is_slice(rt: &Runtime, v: &Value) -> bool {
    !v.is_small_int() && rt.type_of(v) == rt.types().slice
}

/// A slice bound: None, or an int (through `__index__`) clamped to the isize range, as CPython's
/// `_PyEval_SliceIndex` does.
pub fn slice_bound(rt: &Runtime, v: &Value) -> PyResult<Option<isize>> {
    if rt.is_none(v) {
        return Ok(None);
    }
    if let Some(i) = v.as_small_int() {
        return Ok(Some(i));
    }
    let has_index = rt.int_ref(v).is_some() || rt.type_of(v).data().slots().index.is_some();
    if !has_index {
        return Err(
            rt.type_error("slice indices must be integers or None or have an __index__ method")
        );
    }
    let i = rt.index(v)?;
    Ok(Some(clamp_int(rt.int_ref(&i))))
}

/// An int clamped to the isize range (huge values saturate, as slice bounds do in CPython).
pub fn clamp_int(i: Option<IntRef<'_>>) -> isize {
    match i {
        Some(IntRef::Small(i)) => i,
        Some(IntRef::Big(b)) => {
            num_traits::ToPrimitive::to_isize(b).unwrap_or(if b.sign() == num_bigint::Sign::Minus {
                isize::MIN
            } else {
                isize::MAX
            })
        }
        None => 0,
    }
}

/// `slice.indices(len)` for a slice value: (start, stop, step, slicelength).
pub fn slice_indices(
    rt: &Runtime,
    slice: &Value,
    len: usize,
) -> PyResult<(isize, isize, isize, usize)> {
    let start = slice_bound(rt, &rt.getattr_str(slice, "start")?)?;
    let stop = slice_bound(rt, &rt.getattr_str(slice, "stop")?)?;
    let step = slice_bound(rt, &rt.getattr_str(slice, "step")?)?;
    adjust_slice(start, stop, step, len).ok_or_else(|| rt.value_error("slice step cannot be zero"))
}

/// The pure part of `slice_indices`; `None` when the step is zero.
pub fn adjust_slice(
    start: Option<isize>,
    stop: Option<isize>,
    step: Option<isize>,
    len: usize,
) -> Option<(isize, isize, isize, usize)> {
    let step = step.unwrap_or(1);
    if step == 0 {
        return None;
    }
    // CPython keeps -step representable.
    let step = step.max(-isize::MAX);
    let len = len as isize;
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let fix = |v: Option<isize>, default: isize| -> isize {
        match v {
            None => default,
            Some(v) if v < 0 => (v.saturating_add(len)).max(lower),
            Some(v) => v.min(upper),
        }
    };
    let start = fix(start, if step < 0 { upper } else { lower });
    let stop = fix(stop, if step < 0 { lower } else { upper });
    let count = if step > 0 {
        if stop > start {
            ((stop - start - 1) / step + 1) as usize
        } else {
            0
        }
    } else if start > stop {
        ((start - stop - 1) / (-step) + 1) as usize
    } else {
        0
    };
    Some((start, stop, step, count))
}

/// The positions a slice selects, in order.
pub fn slice_positions(start: isize, step: isize, count: usize) -> impl Iterator<Item = usize> {
    (0..count).map(move |k| (start + k as isize * step) as usize)
}

#[cfg(test)]
mod tests {
    use super::adjust_slice;

    #[test]
    fn matches_cpython_indices() {
        // Expected values from python3: slice(a, b, c).indices(n).
        assert_eq!(adjust_slice(None, None, None, 5), Some((0, 5, 1, 5)));
        assert_eq!(adjust_slice(None, None, Some(-1), 5), Some((4, -1, -1, 5)));
        assert_eq!(adjust_slice(Some(-2), None, None, 5), Some((3, 5, 1, 2)));
        assert_eq!(
            adjust_slice(Some(10), Some(-10), Some(-2), 5),
            Some((4, -1, -2, 3))
        );
        assert_eq!(
            adjust_slice(Some(1), Some(4), Some(2), 5),
            Some((1, 4, 2, 2))
        );
        assert_eq!(
            adjust_slice(Some(-100), Some(100), None, 0),
            Some((0, 0, 1, 0))
        );
        assert_eq!(adjust_slice(None, None, Some(0), 3), None);
        assert_eq!(
            adjust_slice(Some(isize::MIN), Some(isize::MAX), Some(isize::MIN), 3),
            Some((-1, 2, -isize::MAX, 0))
        );
    }
}
