//! Finalizers (PEP 442): `__del__` runs at most once per object, whether the object dies by
//! reference count or as cyclic garbage; it may resurrect the object. Errors raised by
//! finalizers and weakref callbacks cannot propagate anywhere: they are reported through
//! `hooks.write_stderr` as "Exception ignored in: <repr>" and the error line.

use alloc::format;
use alloc::string::String;
use core::ptr::NonNull;

use super::{FINALIZED, is_container, link_of};
use crate::object::args::Args;
use crate::object::error::PyErr;
use crate::object::exceptions::BaseExceptionData;
use crate::object::header::ObjHeader;
use crate::object::value::Value;
use crate::runtime::Runtime;

/// Calls `type(obj).__del__(obj)`, reporting any error.
pub(crate) fn call_del(rt: &Runtime, obj: &Value) {
    let ty = rt.type_of(obj);
    let t = rt.types();
    // Generators and coroutines cannot be subclassed or given a `__del__`: no lookup.
    if ty == t.generator || ty == t.coroutine || ty == t.async_generator {
        finalize_generator(rt, obj);
        return;
    }
    let Some(del) = rt.lookup_in_type(ty, "__del__") else {
        finalize_generator(rt, obj);
        return;
    };
    if let Err(e) = rt.call(&del, Args::positional(core::slice::from_ref(obj))) {
        write_unraisable(rt, &del, e);
    }
}

/// A generator, coroutine or async generator dropped while suspended is closed: GeneratorExit
/// is raised inside so its `finally` blocks run (CPython's `_PyGen_Finalize`). An async
/// generator first used while a `sys.set_asyncgen_hooks` finalizer was set is passed to that
/// finalizer instead (an event loop then runs `aclose()`).
fn finalize_generator(rt: &Runtime, obj: &Value) {
    let Ok(gd) = crate::object::generator::gen_data(rt, obj) else {
        return;
    };
    // An async generator with a finalizer hook (an event loop's) hands itself to it.
    let hook = unsafe { (*gd.finalizer.get()).clone() };
    if let Some(h) = hook.filter(|_| !gd.closed.get()) {
        if let Err(e) = rt.call(&h, Args::positional(core::slice::from_ref(obj))) {
            write_unraisable(rt, &h, e);
        }
        return;
    }
    let suspended = gd.live() && gd.started.get();
    if !suspended {
        return;
    }
    if let Some(close) = rt.hooks.get().gen_close
        && let Err(e) = close(rt, obj)
    {
        write_unraisable(rt, obj, e);
    }
}

/// A generator, coroutine or async generator with nothing to finalize (finished or never
/// started, no async-generator finalizer hook): it dies without the finalizer call.
#[inline(always)]
fn generator_at_rest(rt: &Runtime, h: &ObjHeader) -> bool {
    let ty = h.type_ptr();
    let t = rt.types();
    if ty != t.generator.0 && ty != t.coroutine.0 && ty != t.async_generator.0 {
        return false;
    }
    // SAFETY: all three types use the `GenData` layout.
    let gd = unsafe { h.payload::<crate::object::generator::GenData>() };
    let no_hook = gd.closed.get() || unsafe { (*gd.finalizer.get()).is_none() };
    no_hook && !(gd.live() && gd.started.get())
}

/// Calls a weakref callback with its (now dead) weak reference, reporting any error.
pub(crate) fn call_weakref_callback(rt: &Runtime, cb: &Value, wr: &Value) {
    if let Err(e) = rt.call(cb, Args::positional(core::slice::from_ref(wr))) {
        write_unraisable(rt, cb, e);
    }
}

/// Reports an exception nobody can catch, as CPython's default unraisable hook does (without
/// the traceback): "Exception ignored in: <repr of obj>" then "Type: message".
/// A program's `sys.unraisablehook` gets it instead when it set one.
pub fn write_unraisable(rt: &Runtime, obj: &Value, err: PyErr) {
    if crate::modules::sys_hooks::call_unraisable_hook(rt, obj, &err) {
        return;
    }
    write_report(rt, None, obj, &err.0);
}

/// The default unraisable report: "<msg>: <repr of obj>" (msg defaults to "Exception ignored
/// in"), then "Type: message".
pub fn write_report(rt: &Runtime, msg: Option<&str>, obj: &Value, exc: &Value) {
    let Some(write) = rt.hooks.get().write_stderr else {
        return;
    };
    let what = rt
        .repr_string(obj)
        .unwrap_or_else(|_| String::from("<object repr() failed>"));
    let head = match msg {
        Some(m) if rt.is_none(obj) => format!("{m}\n"),
        Some(m) => format!("{m}: {what}\n"),
        None => format!("Exception ignored in: {what}\n"),
    };
    let ety = rt.type_of(exc);
    let tname = match rt.type_module_name(ety).as_deref() {
        Some("builtins") | None => String::from(ety.data().qualname()),
        Some(m) => format!("{m}.{}", ety.data().qualname()),
    };
    let line = match exception_message(rt, exc) {
        Ok(m) if m.is_empty() => tname,
        Ok(m) => format!("{tname}: {m}"),
        Err(_) => format!("{tname}: <exception str() failed>"),
    };
    write(rt, &format!("{head}{line}\n"));
}

/// `__del__` for an object whose count reached zero. Returns false when it was resurrected.
pub(super) fn finalize_on_dealloc(rt: &Runtime, obj: NonNull<ObjHeader>) -> bool {
    let h = unsafe { obj.as_ref() };
    if generator_at_rest(rt, h) {
        return true;
    }
    let container = is_container(h);
    if container {
        let l = link_of(obj);
        let refs = unsafe { (*l).refs.get() };
        if refs & FINALIZED != 0 {
            return true;
        }
        unsafe { (*l).refs.set(refs | FINALIZED) };
    }
    // Revive it for the call: the finalizer sees a normal object with one reference (ours).
    h.set_refcount(1);
    let v = unsafe { Value::from_owned_header(obj) };
    call_del(rt, &v);
    core::mem::forget(v);
    let n = h.refcount();
    if n <= 1 {
        h.set_refcount(0);
        return true;
    }
    // Resurrected: give back our reference; it lives on (and is collectable again).
    h.set_refcount(n - 1);
    if container && !rt.gc().is_tracked_ptr(obj) {
        rt.gc().track(obj);
    }
    false
}

/// `str(exc)`; until exceptions have their own `__str__`, CPython's `BaseException.__str__`
/// rule on the args (none: "", one: str of it, more: str of the tuple).
fn exception_message(rt: &Runtime, exc: &Value) -> crate::object::error::PyResult<String> {
    let slot = |t: crate::object::typeobj::TypeRef| t.data().slots().str.map(|f| f as usize);
    if slot(rt.type_of(exc)) != slot(rt.types().object) {
        return rt.str_string(exc);
    }
    let data = unsafe { exc.heap().map(|h| h.payload::<BaseExceptionData>()) };
    let args = data.and_then(|d| unsafe { (*d.args.get()).clone() });
    match args.as_ref().and_then(|a| rt.tuple_items(a)) {
        None | Some([]) => Ok(String::new()),
        Some([one]) => rt.str_string(one),
        Some(_) => rt.str_string(args.as_ref().unwrap_or(exc)),
    }
}
