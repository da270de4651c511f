//! `_heapq`: the heap primitives in Rust (priority queues sit in benchmark inner loops);
//! `heapq` (frozen Python) re-exports them and adds `merge`, `nlargest`, `nsmallest`.
//! Comparisons can run Python code that mutates the heap, so every access re-checks the
//! length, as CPython does.

use alloc::format;

use super::native_module;
use crate::Runtime;
use crate::object::args::Args;
use crate::object::list::ListData;
use crate::object::typeobj::CmpOp;
use crate::object::{PyResult, Value};

fn list_arg<'a>(rt: &Runtime, v: &'a Value, what: &str) -> PyResult<&'a ListData> {
    if !rt.isinstance_type(v, rt.types().list) {
        return Err(rt.type_error(format!("{what} must be list, not {}", rt.type_name(v))));
    }
    rt.list_data(v).ok_or_else(|| rt.memory_error())
}

fn changed(rt: &Runtime) -> crate::object::PyErr {
    rt.runtime_error("list changed size during iteration")
}

fn get(rt: &Runtime, l: &ListData, i: usize) -> PyResult<Value> {
    l.get(i).ok_or_else(|| changed(rt))
}

fn swap(rt: &Runtime, l: &ListData, i: usize, j: usize) -> PyResult<()> {
    // SAFETY: no Python code runs while the borrow is live.
    let items = unsafe { l.items_mut() };
    if i >= items.len() || j >= items.len() {
        return Err(changed(rt));
    }
    items.swap(i, j);
    Ok(())
}

/// `a < b` for a min-heap, `b < a` for a max-heap.
fn less(rt: &Runtime, a: &Value, b: &Value, max: bool) -> PyResult<bool> {
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        return Ok(if max { y < x } else { x < y });
    }
    if max {
        rt.rich_compare_bool(b, a, CmpOp::Lt)
    } else {
        rt.rich_compare_bool(a, b, CmpOp::Lt)
    }
}

/// Moves the item at `pos` up towards `start` while it is smaller than its parent.
fn sift_down(rt: &Runtime, l: &ListData, start: usize, mut pos: usize, max: bool) -> PyResult<()> {
    let size = l.len();
    if pos >= size {
        return Err(rt.index_error("list index out of range"));
    }
    while pos > start {
        let parent = (pos - 1) >> 1;
        let item = get(rt, l, pos)?;
        let p = get(rt, l, parent)?;
        let lt = less(rt, &item, &p, max)?;
        if l.len() != size {
            return Err(changed(rt));
        }
        if !lt {
            break;
        }
        swap(rt, l, pos, parent)?;
        pos = parent;
    }
    Ok(())
}

/// Moves the smaller child up until a leaf, then sifts the displaced item back down.
fn sift_up(rt: &Runtime, l: &ListData, mut pos: usize, max: bool) -> PyResult<()> {
    let end = l.len();
    let start = pos;
    if pos >= end {
        return Err(rt.index_error("list index out of range"));
    }
    let limit = end >> 1;
    while pos < limit {
        let mut child = 2 * pos + 1;
        if child + 1 < end {
            let a = get(rt, l, child)?;
            let b = get(rt, l, child + 1)?;
            let lt = less(rt, &a, &b, max)?;
            if l.len() != end {
                return Err(changed(rt));
            }
            if !lt {
                child += 1;
            }
        }
        swap(rt, l, pos, child)?;
        pos = child;
    }
    sift_down(rt, l, start, pos, max)
}

fn push_item(rt: &Runtime, l: &ListData, item: Value) -> PyResult<()> {
    l.reserve(rt, 1)?;
    l.push(item);
    sift_down(rt, l, 0, l.len() - 1, false)
}

fn heappush(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs(rt, "_heapq.heappush")?;
    let v = a.check_count(rt, "heappush", 2, 2)?;
    let l = list_arg(rt, &v[0], "heappush() argument 1")?;
    push_item(rt, l, v[1].clone())?;
    Ok(rt.none())
}

fn one_arg<'a>(rt: &Runtime, a: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    a.no_kwargs(rt, &format!("_heapq.{name}"))?;
    match a.all {
        [x] => Ok(x),
        _ => Err(rt.type_error(format!(
            "_heapq.{name}() takes exactly one argument ({} given)",
            a.all.len()
        ))),
    }
}

fn pop(rt: &Runtime, h: &Value, name: &str, max: bool) -> PyResult<Value> {
    let l = list_arg(rt, h, &format!("{name}() argument"))?;
    // SAFETY: no Python code runs while the borrow is live.
    let Some(last) = (unsafe { l.items_mut() }).pop() else {
        return Err(rt.index_error("index out of range"));
    };
    l.sync_heap(rt);
    if l.is_empty() {
        return Ok(last);
    }
    let top = core::mem::replace(&mut unsafe { l.items_mut() }[0], last);
    sift_up(rt, l, 0, max)?;
    Ok(top)
}

fn heappop(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let h = one_arg(rt, &a, "heappop")?;
    pop(rt, h, "heappop", false)
}

fn heappop_max(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let h = one_arg(rt, &a, "_heappop_max")?;
    pop(rt, h, "_heappop_max", true)
}

fn replace(rt: &Runtime, a: Args<'_>, name: &str, max: bool) -> PyResult<Value> {
    a.no_kwargs(rt, &format!("_heapq.{name}"))?;
    let v = a.check_count(rt, name, 2, 2)?;
    let l = list_arg(rt, &v[0], &format!("{name}() argument 1"))?;
    if l.is_empty() {
        return Err(rt.index_error("index out of range"));
    }
    let top = core::mem::replace(&mut unsafe { l.items_mut() }[0], v[1].clone());
    sift_up(rt, l, 0, max)?;
    Ok(top)
}

fn heapreplace(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    replace(rt, a, "heapreplace", false)
}

fn heapreplace_max(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    replace(rt, a, "_heapreplace_max", true)
}

fn heappushpop(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs(rt, "_heapq.heappushpop")?;
    let v = a.check_count(rt, "heappushpop", 2, 2)?;
    let l = list_arg(rt, &v[0], "heappushpop() argument 1")?;
    let item = v[1].clone();
    let Some(top) = l.get(0) else {
        return Ok(item);
    };
    if !less(rt, &top, &item, false)? {
        return Ok(item);
    }
    if l.is_empty() {
        return Err(rt.index_error("index out of range"));
    }
    let top = core::mem::replace(&mut unsafe { l.items_mut() }[0], item);
    sift_up(rt, l, 0, false)?;
    Ok(top)
}

fn heapify_with(rt: &Runtime, h: &Value, name: &str, max: bool) -> PyResult<Value> {
    let l = list_arg(rt, h, &format!("{name}() argument"))?;
    let n = l.len();
    for i in (0..n / 2).rev() {
        sift_up(rt, l, i, max)?;
    }
    Ok(rt.none())
}

fn heapify(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let h = one_arg(rt, &a, "heapify")?;
    heapify_with(rt, h, "heapify", false)
}

fn heapify_max(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let h = one_arg(rt, &a, "_heapify_max")?;
    heapify_with(rt, h, "_heapify_max", true)
}

pub fn make(rt: &Runtime) -> PyResult<Value> {
    native_module(
        rt,
        "_heapq",
        &[
            ("heappush", heappush),
            ("heappop", heappop),
            ("heapify", heapify),
            ("heapreplace", heapreplace),
            ("heappushpop", heappushpop),
            ("_heapify_max", heapify_max),
            ("_heappop_max", heappop_max),
            ("_heapreplace_max", heapreplace_max),
        ],
    )
}
