//! Reading a slice object's bounds for sequence indexing, with CPython's rules.
//!
//! The `slice` type and the resolution of a slice against a length live in `slice.rs`; this file
//! keeps the bound reading that text methods share (`str.find(sub, start, end)` bounds).

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

// Resolving a slice object against a length is the slice type's job: one implementation.
pub use super::slice::{slice_indices, slice_positions};
