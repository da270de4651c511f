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
    native_module(
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
            ("process_time_ns", process_time_ns),
            ("sleep", sleep),
        ],
    )
}
