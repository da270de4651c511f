//! `_time`: the clocks of `time` (Rust, over the platform's clock hook). The calendar parts
//! (`struct_time`, `gmtime`, `strftime`) are glue and live in frozen Python (`py/time.py`).

use super::host::{Clock, clock};
use super::native_module;
use crate::Runtime;
use crate::object::args::Args;
use crate::object::{PyResult, Value};
use num_bigint::BigInt;

fn ns_value(rt: &Runtime, ns: u128) -> PyResult<Value> {
    match i64::try_from(ns) {
        Ok(i) => rt.new_int(i),
        Err(_) => rt.new_int_big(BigInt::from(ns)),
    }
}

fn seconds(rt: &Runtime, ns: u128) -> PyResult<Value> {
    rt.new_float(ns as f64 / 1e9)
}

macro_rules! clock_fns {
    ($($name:ident, $ns_name:ident => $kind:expr;)*) => {
        $(
            fn $name(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
                a.check_count(rt, concat!("time.", stringify!($name)), 0, 0)?;
                seconds(rt, clock(rt, $kind)?)
            }
            fn $ns_name(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
                a.check_count(rt, concat!("time.", stringify!($ns_name)), 0, 0)?;
                ns_value(rt, clock(rt, $kind)?)
            }
        )*
    };
}

clock_fns! {
    time, time_ns => Clock::Realtime;
    monotonic, monotonic_ns => Clock::Monotonic;
    perf_counter, perf_counter_ns => Clock::Monotonic;
    process_time, process_time_ns => Clock::Process;
    // The runtime runs on one thread, whose CPU time is the process's as far as the
    // platform's clock hook can tell.
    thread_time, thread_time_ns => Clock::Process;
}

/// Linux's clock ids (CPython exposes the platform's; these are what programs test for).
const CLOCKS: &[(&str, i64, Clock)] = &[
    ("CLOCK_REALTIME", 0, Clock::Realtime),
    ("CLOCK_MONOTONIC", 1, Clock::Monotonic),
    ("CLOCK_PROCESS_CPUTIME_ID", 2, Clock::Process),
    ("CLOCK_THREAD_CPUTIME_ID", 3, Clock::Process),
    ("CLOCK_MONOTONIC_RAW", 4, Clock::Monotonic),
    ("CLOCK_BOOTTIME", 7, Clock::Monotonic),
    ("CLOCK_TAI", 11, Clock::Realtime),
];

/// The clock `clk_id` names, or OSError EINVAL as `clock_gettime(2)` reports.
fn clock_by_id(rt: &Runtime, a: &Args<'_>, fname: &str) -> PyResult<Clock> {
    a.no_kwargs(rt, fname)?;
    let v = a.pos();
    if v.len() != 1 {
        return Err(rt.type_error(alloc::format!(
            "{fname}() takes exactly 1 argument ({} given)",
            v.len()
        )));
    }
    let id = rt.index(&v[0])?;
    let id = rt.int_ref(&id).and_then(|i| i.to_i64());
    match CLOCKS.iter().find(|c| Some(c.1) == id) {
        Some(c) => Ok(c.2),
        None => {
            let args = [rt.new_int(22)?, rt.new_str("Invalid argument")?];
            let e = rt.call(&rt.exc().os_error.value(), Args::positional(&args))?;
            Err(crate::object::PyErr(e))
        }
    }
}

fn clock_gettime(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let c = clock_by_id(rt, &a, "clock_gettime")?;
    seconds(rt, clock(rt, c)?)
}

fn clock_gettime_ns(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let c = clock_by_id(rt, &a, "clock_gettime_ns")?;
    ns_value(rt, clock(rt, c)?)
}

fn sleep(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "time.sleep", 1, 1)?;
    let secs = match rt.float_of(&v[0]) {
        Some(f) => f,
        None => {
            let i = rt.index(&v[0])?;
            crate::object::float_ops::to_f64(rt, &i)?.unwrap_or(0.0)
        }
    };
    if secs.is_nan() {
        return Err(rt.value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(rt.value_error("sleep length must be non-negative"));
    }
    if secs > 9.2e9 {
        return Err(rt.overflow_error("sleep length is too large"));
    }
    if let Some(f) = rt.hooks.get().sleep {
        f(rt, libm::ceil(secs * 1e9) as u64);
    }
    rt.check_interrupt()?;
    Ok(rt.none())
}

pub fn make(rt: &Runtime) -> PyResult<Value> {
    let m = native_module(
        rt,
        "_time",
        &[
            ("time", time),
            ("time_ns", time_ns),
            ("monotonic", monotonic),
            ("monotonic_ns", monotonic_ns),
            ("perf_counter", perf_counter),
            ("perf_counter_ns", perf_counter_ns),
            ("process_time", process_time),
            ("thread_time", thread_time),
            ("thread_time_ns", thread_time_ns),
            ("clock_gettime", clock_gettime),
            ("clock_gettime_ns", clock_gettime_ns),
            ("process_time_ns", process_time_ns),
            ("sleep", sleep),
        ],
    )?;
    for (name, id, _) in CLOCKS {
        super::set_attr(rt, &m, name, rt.new_int(*id)?)?;
    }
    Ok(m)
}
