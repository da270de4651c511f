//! The end of a program as CPython 3.11 ends it: the main module's variables are dropped in
//! the order they were made (`__builtins__` stays), so finalizers run in the order CPython
//! runs them; then the loaded modules go and a full collection finalizes what is left in
//! cycles.

use alloc::vec::Vec;

use crate::object::value::Value;
use crate::runtime::Runtime;

/// Every value of the dict becomes None, in insertion order (finalizers still find the names).
pub fn clear_module_dict(rt: &Runtime, globals: &Value) {
    let Some(d) = rt.dict_data(globals) else {
        return;
    };
    let keys: Vec<Value> = d.keys();
    for k in &keys {
        if rt.str_of(k) == Some("__builtins__") {
            continue;
        }
        // The old value is dropped after the store (its finalizer may read the dict).
        let old = d.get(rt, k).ok().flatten();
        if old.as_ref().is_some_and(|v| !rt.is_none(v)) {
            let _ = d.set(rt, k.clone(), rt.none());
        }
        drop(old);
    }
}

/// Runs the end of a program whose `__main__` globals are `main`.
pub fn finalize(rt: &Runtime, main: Option<Value>) {
    if let Some(g) = main {
        clear_module_dict(rt, &g);
    }
    rt.interp.release_modules();
    rt.gc_collect(crate::gc::GENERATIONS - 1);
}
