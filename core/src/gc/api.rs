//! What the `gc` module offers beyond collecting: `gc.callbacks` (called around every
//! collection that `gc.collect()` or the allocation thresholds start, not the ones at exit, as
//! CPython), `get_referents` and `get_referrers`.

use alloc::vec::Vec;
use core::ptr::NonNull;

use super::{GENERATIONS, collect, header_of, is_container};
use crate::object::args::Args;
use crate::object::header::ObjHeader;
use crate::object::value::Value;
use crate::object::{PyErr, PyResult};
use crate::runtime::Runtime;

/// A borrowed pointer to one of the gc module's immortal lists, as a value.
fn list_value(p: NonNull<ObjHeader>) -> Value {
    unsafe { Value::from_header(p) }
}

/// Calls each of `gc.callbacks` with (phase, info); errors are reported, not raised.
fn invoke(rt: &Runtime, list: &Value, phase: &str, generation: usize, collected: usize) {
    let info = || -> PyResult<(Value, Value)> {
        let d = rt.new_dict()?;
        let dd = rt.dict_data(&d).ok_or_else(|| rt.memory_error())?;
        dd.set(rt, rt.intern("generation"), rt.new_int(generation as i64)?)?;
        dd.set(rt, rt.intern("collected"), rt.new_int(collected as i64)?)?;
        dd.set(rt, rt.intern("uncollectable"), rt.new_int(0)?)?;
        Ok((rt.new_str(phase)?, d))
    };
    let report = |obj: &Value, e: PyErr| super::finalize::write_unraisable(rt, obj, e);
    let (phase, info) = match info() {
        Ok(x) => x,
        Err(e) => return report(list, e),
    };
    // By index: a callback may change the list.
    let mut i = 0;
    loop {
        let Some(cb) = rt.list_data(list).and_then(|l| l.items().get(i).cloned()) else {
            break;
        };
        if let Err(e) = rt.call(&cb, Args::positional(&[phase.clone(), info.clone()])) {
            report(&cb, e);
        }
        i += 1;
    }
}

impl Runtime {
    /// Collects as `gc.collect()` and automatic collections do: `gc.callbacks` run before
    /// ("start") and after ("stop"); a collection already running makes this return 0.
    pub fn gc_collect_with_callbacks(&self, generation: usize) -> usize {
        let gc = self.gc();
        let generation = generation.min(GENERATIONS - 1);
        if gc.collecting.get() {
            return 0;
        }
        let list = gc
            .callbacks
            .get()
            .map(list_value)
            .filter(|l| self.list_data(l).is_some_and(|d| !d.items().is_empty()));
        let Some(list) = list else {
            return collect::collect(self, generation, true);
        };
        // While the callbacks run, nested `gc.collect()` calls do nothing (as CPython).
        gc.collecting.set(true);
        invoke(self, &list, "start", generation, 0);
        gc.collecting.set(false);
        let n = collect::collect(self, generation, true);
        gc.collecting.set(true);
        invoke(self, &list, "stop", generation, n);
        gc.collecting.set(false);
        n
    }

    /// Registers the gc module's `callbacks` and `garbage` lists (made immortal here).
    pub fn gc_set_lists(&self, callbacks: &Value, garbage: &Value) {
        self.make_immortal(callbacks);
        self.make_immortal(garbage);
        self.gc().callbacks.set(callbacks.header_ptr());
        self.gc().garbage.set(garbage.header_ptr());
    }

    /// The objects a container refers to (`gc.get_referents`); nothing for other objects.
    pub fn gc_referents(&self, v: &Value) -> Vec<Value> {
        let mut out = Vec::new();
        if let Some(h) = v.heap()
            && is_container(h)
        {
            collect::traverse(NonNull::from(h), &mut |r| out.push(r.clone()));
        }
        out
    }

    /// Every tracked container that refers to one of `targets` (`gc.get_referrers`).
    pub fn gc_referrers(&self, targets: &[Value]) -> Vec<Value> {
        let mut objs = Vec::new();
        for g in 0..GENERATIONS {
            let head = self.gc().head(g);
            unsafe {
                let mut l = (*head).next.get();
                while l != head {
                    objs.push(header_of(l));
                    l = (*l).next.get();
                }
            }
        }
        let mut out = Vec::new();
        for p in objs {
            let mut hit = false;
            collect::traverse(p, &mut |r| hit |= targets.iter().any(|t| t.is(r)));
            if hit {
                out.push(unsafe { Value::from_header(p) });
            }
        }
        out
    }
}
