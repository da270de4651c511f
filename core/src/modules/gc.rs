//! `gc`: the Python face of the cycle collector in `core/src/gc/`. Rust, because it only
//! reads and drives the runtime's collector state.

use super::{native_module, set_attr};
use crate::Runtime;
use crate::object::args::{Args, Signature};
use crate::object::{PyResult, Value};

fn collect(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let [g] = a.bind(
        rt,
        &Signature {
            fname: "collect",
            names: ["generation"],
            posonly: 0,
            required: 0,
            kwonly: 1,
        },
    )?;
    let g = match g {
        Some(g) => rt.index_isize(&g)?,
        None => 2,
    };
    if !(0..=2).contains(&g) {
        return Err(rt.value_error("invalid generation"));
    }
    rt.new_int(rt.gc_collect_with_callbacks(g as usize) as i64)
}

fn enable(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    a.check_count(rt, "gc.enable", 0, 0)?;
    rt.gc().enable();
    Ok(rt.none())
}

fn disable(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    a.check_count(rt, "gc.disable", 0, 0)?;
    rt.gc().disable();
    Ok(rt.none())
}

fn isenabled(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    a.check_count(rt, "gc.isenabled", 0, 0)?;
    Ok(rt.bool_value(rt.gc().is_enabled()))
}

fn triple(rt: &Runtime, t: (usize, usize, usize)) -> PyResult<Value> {
    rt.new_tuple(alloc::vec![
        rt.new_int(t.0 as i64)?,
        rt.new_int(t.1 as i64)?,
        rt.new_int(t.2 as i64)?,
    ])
}

fn get_count(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    a.check_count(rt, "gc.get_count", 0, 0)?;
    triple(rt, rt.gc().get_count())
}

fn get_threshold(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    a.check_count(rt, "gc.get_threshold", 0, 0)?;
    triple(rt, rt.gc().get_threshold())
}

fn threshold_arg(rt: &Runtime, v: &Value) -> PyResult<usize> {
    // CPython stores these as C ints; negative values behave as "never due" here.
    Ok(rt.index_isize(v)?.max(0) as usize)
}

fn set_threshold(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs(rt, "set_threshold")?;
    let v = a.all;
    if v.is_empty() || v.len() > 3 {
        // METH_VARARGS wording.
        return Err(rt.type_error(if v.is_empty() {
            alloc::string::String::from("set_threshold() takes at least 1 argument (0 given)")
        } else {
            alloc::format!(
                "set_threshold() takes at most 3 arguments ({} given)",
                v.len()
            )
        }));
    }
    let t0 = threshold_arg(rt, &v[0])?;
    let t1 = v.get(1).map(|x| threshold_arg(rt, x)).transpose()?;
    let t2 = v.get(2).map(|x| threshold_arg(rt, x)).transpose()?;
    rt.gc().set_threshold(t0, t1, t2);
    Ok(rt.none())
}

fn is_tracked(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "gc.is_tracked", 1, 1)?;
    Ok(rt.bool_value(rt.gc_is_tracked(&v[0])))
}

fn is_finalized(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "gc.is_finalized", 1, 1)?;
    let done = !v[0].is_small_int()
        && v[0]
            .header_ptr()
            .is_some_and(|p| rt.gc().is_finalized_ptr(p));
    Ok(rt.bool_value(done))
}

fn get_debug(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    a.check_count(rt, "gc.get_debug", 0, 0)?;
    rt.new_int(rt.gc().debug.get() as i64)
}

fn set_debug(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "gc.set_debug", 1, 1)?;
    let f = rt.index_isize(&v[0])?;
    rt.gc().debug.set(f as u32);
    Ok(rt.none())
}

fn get_referents(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs(rt, "get_referents")?;
    let mut out = alloc::vec::Vec::new();
    for v in a.pos() {
        out.extend(rt.gc_referents(v));
    }
    rt.new_list(out)
}

fn get_referrers(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs(rt, "get_referrers")?;
    rt.new_list(rt.gc_referrers(a.pos()))
}

fn get_objects(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let [g] = a.bind(
        rt,
        &Signature {
            fname: "get_objects",
            names: ["generation"],
            posonly: 0,
            required: 0,
            kwonly: 1,
        },
    )?;
    let g = match g {
        Some(g) if !rt.is_none(&g) => {
            let n = rt.index_isize(&g)?;
            if n >= 3 {
                return Err(rt.value_error(
                    "generation parameter must be less than the number of available generations (3)",
                ));
            }
            // -1 means every generation, as CPython.
            if n < -1 {
                return Err(rt.value_error("generation parameter cannot be negative"));
            }
            usize::try_from(n).ok()
        }
        _ => None,
    };
    rt.new_list(rt.gc_get_objects(g))
}

fn get_stats(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    a.check_count(rt, "gc.get_stats", 0, 0)?;
    let cols = rt.gc().collections();
    let found = rt.gc().collected_by_generation();
    let mut out = alloc::vec::Vec::new();
    for (c, n) in cols.into_iter().zip(found) {
        let d = rt.new_dict()?;
        let dd = rt.dict_data(&d).ok_or_else(|| rt.memory_error())?;
        dd.set(rt, rt.intern("collections"), rt.new_int(c as i64)?)?;
        dd.set(rt, rt.intern("collected"), rt.new_int(n as i64)?)?;
        dd.set(rt, rt.intern("uncollectable"), rt.new_int(0)?)?;
        out.push(d);
    }
    rt.new_list(out)
}

fn freeze(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    a.check_count(rt, "gc.freeze", 0, 0)?;
    rt.gc().freeze();
    Ok(rt.none())
}

fn unfreeze(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    a.check_count(rt, "gc.unfreeze", 0, 0)?;
    rt.gc().unfreeze();
    Ok(rt.none())
}

fn get_freeze_count(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    a.check_count(rt, "gc.get_freeze_count", 0, 0)?;
    rt.new_int(rt.gc().freeze_count() as i64)
}

pub fn make(rt: &Runtime) -> PyResult<Value> {
    let m = native_module(
        rt,
        "gc",
        &[
            ("collect", collect),
            ("enable", enable),
            ("disable", disable),
            ("isenabled", isenabled),
            ("get_count", get_count),
            ("get_threshold", get_threshold),
            ("set_threshold", set_threshold),
            ("is_tracked", is_tracked),
            ("is_finalized", is_finalized),
            ("get_objects", get_objects),
            ("get_stats", get_stats),
            ("freeze", freeze),
            ("unfreeze", unfreeze),
            ("get_debug", get_debug),
            ("set_debug", set_debug),
            ("get_referents", get_referents),
            ("get_referrers", get_referrers),
            ("get_freeze_count", get_freeze_count),
        ],
    )?;
    // One pair of lists per runtime (the collector reads them), kept if gc is imported again.
    let gc = rt.gc();
    let (callbacks, garbage) = match (gc.callbacks.get(), gc.garbage.get()) {
        (Some(c), Some(g)) => unsafe { (Value::from_header(c), Value::from_header(g)) },
        _ => {
            let c = rt.new_list(alloc::vec::Vec::new())?;
            let g = rt.new_list(alloc::vec::Vec::new())?;
            rt.gc_set_lists(&c, &g);
            (c, g)
        }
    };
    set_attr(rt, &m, "garbage", garbage)?;
    set_attr(rt, &m, "callbacks", callbacks)?;
    for (n, v) in [
        ("DEBUG_STATS", 1),
        ("DEBUG_COLLECTABLE", 2),
        ("DEBUG_UNCOLLECTABLE", 4),
        ("DEBUG_SAVEALL", 32),
        ("DEBUG_LEAK", 38),
    ] {
        set_attr(rt, &m, n, rt.new_int(v)?)?;
    }
    Ok(m)
}
