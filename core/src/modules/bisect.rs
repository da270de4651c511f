//! `_bisect`: binary search over sorted sequences in Rust (hot in benchmark loops); `bisect`
//! (frozen Python) re-exports it.

use super::native_module;
use crate::Runtime;
use crate::object::args::{Args, Signature};
use crate::object::typeobj::CmpOp;
use crate::object::{PyResult, Value};

struct Search {
    a: Value,
    x: Value,
    lo: usize,
    hi: usize,
    key: Option<Value>,
}

fn parse(rt: &Runtime, args: Args<'_>, fname: &'static str) -> PyResult<Search> {
    let [a, x, lo, hi, key] = super::itertools::bind_kw(
        rt,
        args,
        &Signature {
            fname,
            names: ["a", "x", "lo", "hi", "key"],
            posonly: 0,
            required: 2,
            kwonly: 4,
        },
    )?;
    let (Some(a), Some(x)) = (a, x) else {
        return Err(rt.memory_error());
    };
    let lo = match lo {
        Some(lo) => super::itertools::ssize_arg(rt, &lo)?,
        None => 0,
    };
    if lo < 0 {
        return Err(rt.value_error("lo must be non-negative"));
    }
    let hi = match hi {
        Some(h) if !rt.is_none(&h) => {
            if rt.type_of(&h).data().slots().index.is_none() {
                return Err(rt.type_error(alloc::format!(
                    "argument should be integer or None, not '{}'",
                    rt.type_name(&h)
                )));
            }
            super::itertools::ssize_arg(rt, &h)?
        }
        _ => rt.len(&a)? as isize,
    };
    Ok(Search {
        a,
        x,
        lo: lo as usize,
        hi: hi.max(0) as usize,
        key: key.filter(|k| !rt.is_none(k)),
    })
}

fn item(rt: &Runtime, s: &Search, i: usize) -> PyResult<Value> {
    let v = match rt.list_data(&s.a) {
        Some(l) if rt.type_of(&s.a) == rt.types().list => match l.get(i) {
            Some(v) => v,
            None => return Err(rt.index_error("list index out of range")),
        },
        _ => rt.getitem(&s.a, &rt.new_int(i as i64)?)?,
    };
    match &s.key {
        Some(k) => rt.call(k, Args::positional(core::slice::from_ref(&v))),
        None => Ok(v),
    }
}

fn lt(rt: &Runtime, a: &Value, b: &Value) -> PyResult<bool> {
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        return Ok(x < y);
    }
    rt.rich_compare_bool(a, b, CmpOp::Lt)
}

/// The insertion point for `x` (already key-transformed); `right` puts it after equal items.
fn search(rt: &Runtime, s: &Search, x: &Value, right: bool) -> PyResult<usize> {
    let (mut lo, mut hi) = (s.lo, s.hi);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let v = item(rt, s, mid)?;
        let go_left = if right {
            lt(rt, x, &v)?
        } else {
            !lt(rt, &v, x)?
        };
        if go_left {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

fn bisect_right(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let s = parse(rt, a, "bisect_right")?;
    rt.new_int(search(rt, &s, &s.x, true)? as i64)
}

fn bisect_left(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let s = parse(rt, a, "bisect_left")?;
    rt.new_int(search(rt, &s, &s.x, false)? as i64)
}

fn insort(rt: &Runtime, a: Args<'_>, fname: &'static str, right: bool) -> PyResult<Value> {
    let s = parse(rt, a, fname)?;
    let k = match &s.key {
        Some(k) => rt.call(k, Args::positional(core::slice::from_ref(&s.x)))?,
        None => s.x.clone(),
    };
    let i = search(rt, &s, &k, right)?;
    let idx = rt.new_int(i as i64)?;
    rt.call_method(&s.a, "insert", &[idx, s.x.clone()])?;
    Ok(rt.none())
}

fn insort_right(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    insort(rt, a, "insort_right", true)
}

fn insort_left(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    insort(rt, a, "insort_left", false)
}

pub fn make(rt: &Runtime) -> PyResult<Value> {
    native_module(
        rt,
        "_bisect",
        &[
            ("bisect_right", bisect_right),
            ("bisect_left", bisect_left),
            ("insort_right", insort_right),
            ("insort_left", insort_left),
        ],
    )
}
