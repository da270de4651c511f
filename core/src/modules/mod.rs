//! Built-in modules written in Rust: `sys` and `math` (the parts programs use most).

pub mod math;
pub mod sys;

use crate::Runtime;
use crate::object::typeobj::NativeFn;
use crate::object::{PyResult, Value};

/// A module named `name` holding the given functions.
pub(crate) fn native_module(
    rt: &Runtime,
    name: &str,
    fns: &[(&'static str, NativeFn)],
) -> PyResult<Value> {
    let m = rt.new_module(name)?;
    let d = rt.module_dict(&m).ok_or_else(|| rt.memory_error())?;
    let dd = rt.dict_data(&d).ok_or_else(|| rt.memory_error())?;
    for (n, f) in fns {
        dd.set(rt, rt.intern(n), rt.new_builtin_function(n, *f)?)?;
    }
    Ok(m)
}

pub(crate) fn set_attr(rt: &Runtime, m: &Value, name: &str, v: Value) -> PyResult<()> {
    rt.setattr(m, &rt.intern(name), Some(&v))
}

/// Registers the built-in modules in the modules dict.
pub fn install(rt: &Runtime, modules: &Value) -> PyResult<()> {
    let md = rt.dict_data(modules).ok_or_else(|| rt.memory_error())?;
    md.set(rt, rt.intern("sys"), sys::make(rt, modules)?)?;
    md.set(rt, rt.intern("math"), math::make(rt)?)?;
    Ok(())
}
