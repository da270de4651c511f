//! The end of a program as CPython 3.11 ends it: the loaded modules go and full collections
//! finalize what they held, in the order CPython's collector finds it.

use crate::object::value::Value;
use crate::runtime::Runtime;

/// Runs the end of a program whose `__main__` globals are `main`, in CPython's order: a full
/// collection while everything is alive (it leaves the survivors in the collector's list in
/// CPython's order, which decides the order finalizers run in later), then the modules are
/// released and collected, so module globals (`__main__`'s included: garbage once
/// `sys.modules` lets go, since its functions and classes refer back to the dict) are finalized
/// while `sys` and the builtins still work.
pub fn finalize(rt: &Runtime, main: Option<Value>) {
    if rt.interp.modules_released() {
        return;
    }
    rt.gc_collect(crate::gc::GENERATIONS - 1);
    rt.interp.release_modules();
    drop(main);
    rt.gc_collect(crate::gc::GENERATIONS - 1);
}
