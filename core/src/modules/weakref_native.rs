//! `_weakref`: the weak reference types and functions implemented in
//! `core/src/object/weakref.rs`. Rust because it exposes runtime machinery; the containers
//! (`WeakValueDictionary`, `WeakSet`, `finalize`...) are Python in `py/weakref.py`.

use super::{native_module, set_attr};
use crate::Runtime;
use crate::object::weakref as w;
use crate::object::{PyResult, Value};

pub fn make(rt: &Runtime) -> PyResult<Value> {
    let m = native_module(
        rt,
        "_weakref",
        &[
            ("getweakrefcount", w::weakref_getweakrefcount),
            ("getweakrefs", w::weakref_getweakrefs),
            ("proxy", w::weakref_proxy),
        ],
    )?;
    let t = rt.types();
    set_attr(rt, &m, "ref", t.weakref.value())?;
    set_attr(rt, &m, "ReferenceType", t.weakref.value())?;
    set_attr(rt, &m, "ProxyType", t.weakproxy.value())?;
    set_attr(rt, &m, "CallableProxyType", t.weakcallableproxy.value())?;
    Ok(m)
}
