//! Awaiting: the iterator `await x` drives (GET_AWAITABLE and its error messages), `async for`
//! and `async with` (GET_AITER, GET_ANEXT, END_ASYNC_FOR's partner ops, BEFORE_ASYNC_WITH),
//! `coroutine.__await__()` (coroutine_wrapper) and the builtins `aiter`/`anext` (with the
//! `anext_awaitable` used for a default).

use alloc::format;
use core::cell::UnsafeCell;

use super::asyncgen::{init_hooks, new_asend, self_method, stop_iteration, throw_args};
use super::generator::gen_send;
use crate::object::args::Args;
use crate::object::code::co_flags;
use crate::object::descr::MethodDef;
use crate::object::error::PyResult;
use crate::object::generator::gen_data;
use crate::object::header::{Payload, alloc_object};
use crate::object::slot_names::SlotName;
use crate::object::typeobj::TypeRef;
use crate::object::typespec::TypeSpec;
use crate::object::value::Value;
use crate::runtime::Runtime;

// ---- awaitables ----

fn is_coroutine_like(rt: &Runtime, v: &Value) -> bool {
    let ty = rt.type_of(v);
    if ty == rt.types().coroutine {
        return true;
    }
    // A generator made awaitable by `types.coroutine` (CO_ITERABLE_COROUTINE).
    ty == rt.types().generator
        && gen_data(rt, v)
            .ok()
            .and_then(|d| rt.code_data(&d.hf.code))
            .is_some_and(|c| c.flags & co_flags::ITERABLE_COROUTINE != 0)
}

fn is_iterator(rt: &Runtime, v: &Value) -> bool {
    rt.type_of(v).data().slots().next.is_some()
        || rt.lookup_in_type(rt.type_of(v), "__next__").is_some()
}

/// `type(obj).name` bound to `obj`, or None when the type lacks it.
fn special(rt: &Runtime, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    let ty = rt.type_of(obj);
    let Some(d) = rt.lookup_in_type(ty, name) else {
        return Ok(None);
    };
    match rt.type_of(&d).data().slots().descr_get {
        Some(g) => g(rt, &d, Some(obj), &ty.value()).map(Some),
        None => Ok(Some(d)),
    }
}

/// `_PyCoro_GetAwaitableIter`: the iterator `await v` drives. `oparg` picks the message for
/// the awaitables `async with` makes (1: `__aenter__`, 2: `__aexit__`).
pub fn awaitable_iter(rt: &Runtime, v: Value, oparg: u32) -> PyResult<Value> {
    if is_coroutine_like(rt, &v) {
        return Ok(v);
    }
    // A Python-level `__await__` (the common custom awaitable) is called with the object, no
    // bound method made.
    let ty = rt.type_of(&v);
    // By the interned name, so the type attribute cache answers (no hashing of the text).
    let found = match rt.slot_names.get(rt, SlotName::AWAIT) {
        Some(n) => rt.lookup_name_in_type(ty, &n),
        None => rt.lookup_in_type(ty, "__await__"),
    };
    if let Some(d) = found
        && rt.function_data(&d).is_some()
    {
        // The usual `__await__` is a generator function: its generator is made directly.
        let args = core::slice::from_ref(&v);
        let res = match super::generator::call_generator_function(rt, &d, args) {
            Some(r) => r?,
            None => rt.call(&d, Args::positional(args))?,
        };
        return check_await_result(rt, res);
    }
    let Some(m) = special(rt, &v, "__await__")? else {
        let tn = rt.type_name(&v);
        return Err(rt.type_error(match oparg {
            1 => format!(
                "'async with' received an object from __aenter__ that does not implement __await__: {tn}"
            ),
            2 => format!(
                "'async with' received an object from __aexit__ that does not implement __await__: {tn}"
            ),
            _ => format!("object {tn} can't be used in 'await' expression"),
        }));
    };
    let res = rt.call(&m, Args::positional(&[]))?;
    check_await_result(rt, res)
}

/// What `__await__` returned must be an iterator, and not a coroutine.
fn check_await_result(rt: &Runtime, res: Value) -> PyResult<Value> {
    if is_coroutine_like(rt, &res) {
        return Err(rt.type_error("__await__() returned a coroutine"));
    }
    if !is_iterator(rt, &res) {
        return Err(rt.type_error(format!(
            "__await__() returned non-iterator of type '{}'",
            rt.type_name(&res)
        )));
    }
    Ok(res)
}

/// GET_AWAITABLE.
pub fn get_awaitable(rt: &Runtime, v: Value, oparg: u32) -> PyResult<Value> {
    let it = awaitable_iter(rt, v, oparg)?;
    if rt.type_of(&it) == rt.types().coroutine
        && let Ok(d) = gen_data(rt, &it)
        && super::generator::yield_from(rt, d).is_some()
    {
        return Err(rt.runtime_error("coroutine is being awaited already"));
    }
    Ok(it)
}

// ---- async for / async with ----

/// GET_AITER.
pub fn get_aiter(rt: &Runtime, obj: Value) -> PyResult<Value> {
    let Some(m) = special(rt, &obj, "__aiter__")? else {
        return Err(rt.type_error(format!(
            "'async for' requires an object with __aiter__ method, got {}",
            rt.type_name(&obj)
        )));
    };
    let it = rt.call(&m, Args::positional(&[]))?;
    if rt.lookup_in_type(rt.type_of(&it), "__anext__").is_none() {
        return Err(rt.type_error(format!(
            "'async for' received an object from __aiter__ that does not implement __anext__: {}",
            rt.type_name(&it)
        )));
    }
    Ok(it)
}

/// GET_ANEXT: the awaitable for the next item of `aiter`.
pub fn get_anext(rt: &Runtime, aiter: &Value) -> PyResult<Value> {
    if rt.type_of(aiter) == rt.types().async_generator {
        init_hooks(rt, aiter)?;
        return new_asend(rt, aiter.clone(), rt.none());
    }
    let Some(m) = special(rt, aiter, "__anext__")? else {
        return Err(rt.type_error(format!(
            "'async for' requires an iterator with __anext__ method, got {}",
            rt.type_name(aiter)
        )));
    };
    let next = rt.call(&m, Args::positional(&[]))?;
    match awaitable_iter(rt, next.clone(), 0) {
        Ok(a) => Ok(a),
        Err(e) => {
            let n = rt.type_error(format!(
                "'async for' received an invalid object from __anext__: {}",
                rt.type_name(&next)
            ));
            rt.set_cause(n.value(), e.0.clone())?;
            rt.set_context(n.value(), e.0)?;
            Err(n)
        }
    }
}

/// BEFORE_ASYNC_WITH: (bound `__aexit__`, result of `__aenter__()`).
pub fn before_async_with(rt: &Runtime, mgr: &Value) -> PyResult<(Value, Value)> {
    let tn = rt.type_name(mgr);
    let Some(enter) = special(rt, mgr, "__aenter__")? else {
        return Err(rt.type_error(format!(
            "'{tn}' object does not support the asynchronous context manager protocol"
        )));
    };
    let Some(exit) = special(rt, mgr, "__aexit__")? else {
        return Err(rt.type_error(format!(
            "'{tn}' object does not support the asynchronous context manager protocol (missed __aexit__ method)"
        )));
    };
    let res = rt.call(&enter, Args::positional(&[]))?;
    Ok((exit, res))
}

// ---- coroutine.__await__() ----

pub struct Holder {
    inner: Value,
    /// anext_awaitable: the default value, and the awaitable iterator once made.
    default: Option<Value>,
    iter: UnsafeCell<Option<Value>>,
}

impl Payload for Holder {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.inner);
        if let Some(d) = &self.default {
            visit(d);
        }
        if let Some(i) = unsafe { &*self.iter.get() } {
            visit(i);
        }
    }
    fn clear(&self) {
        let i = unsafe { (*self.iter.get()).take() };
        drop(i);
    }
}

fn holder<'a>(rt: &Runtime, v: &'a Value, ty: TypeRef) -> PyResult<&'a Holder> {
    if rt.type_of(v) != ty {
        return Err(rt.type_error(format!(
            "descriptor requires a '{}' object but received a '{}'",
            ty.data().name(),
            rt.type_name(v)
        )));
    }
    v.heap()
        .map(|h| unsafe { h.payload::<Holder>() })
        .ok_or_else(|| rt.type_error("bad object"))
}

fn new_holder(rt: &Runtime, ty: TypeRef, inner: Value, default: Option<Value>) -> PyResult<Value> {
    let d = Holder {
        inner,
        default,
        iter: UnsafeCell::new(None),
    };
    unsafe { alloc_object(rt, ty.0, d) }.ok_or_else(|| rt.memory_error())
}

/// `coroutine.__await__`.
pub fn coro_await(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let c = a.check_count(rt, "__await__", 1, 1)?[0].clone();
    gen_data(rt, &c)?;
    new_holder(rt, rt.types().coroutine_wrapper, c, None)
}

pub fn coroutine_wrapper_spec() -> TypeSpec {
    TypeSpec::new::<Holder>("coroutine_wrapper", |rt, ty| {
        let s = unsafe { ty.data().slots_mut() };
        s.iter = Some(|_, o| Ok(o.clone()));
        s.next = Some(|rt, o| {
            let h = holder(rt, o, rt.types().coroutine_wrapper)?;
            gen_send(rt, &h.inner, &rt.none()).map(Some)
        });
        rt.add_methods(
            ty,
            &[
                MethodDef::method("send", |rt, a| {
                    let a = a.check_count(rt, "send", 2, 2)?;
                    let h = holder(rt, &a[0], rt.types().coroutine_wrapper)?;
                    gen_send(rt, &h.inner, &a[1])
                }),
                MethodDef::method("throw", |rt, a| {
                    let o = a.all.first().cloned().unwrap_or_else(|| rt.none());
                    let h = holder(rt, &o, rt.types().coroutine_wrapper)?;
                    let rest = throw_args(rt, a)?;
                    super::generator::gen_throw(rt, &h.inner, rest)
                }),
                MethodDef::method("close", |rt, a| {
                    let a = a.check_count(rt, "close", 1, 1)?;
                    let h = holder(rt, &a[0], rt.types().coroutine_wrapper)?;
                    super::generator::gen_close(rt, &h.inner)
                }),
            ],
        );
    })
}

// ---- aiter / anext ----

pub fn builtin_aiter(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs(rt, "aiter")?;
    if a.all.len() != 1 {
        return Err(rt.type_error(format!(
            "aiter() takes exactly one argument ({} given)",
            a.all.len()
        )));
    }
    let o = &a.all[0];
    let Some(m) = special(rt, o, "__aiter__")? else {
        return Err(rt.type_error(format!(
            "'{}' object is not an async iterable",
            rt.type_name(o)
        )));
    };
    let it = rt.call(&m, Args::positional(&[]))?;
    if rt.lookup_in_type(rt.type_of(&it), "__anext__").is_none() {
        return Err(rt.type_error(format!(
            "aiter() returned not an async iterator of type '{}'",
            rt.type_name(&it)
        )));
    }
    Ok(it)
}

pub fn builtin_anext(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs(rt, "anext")?;
    let n = a.all.len();
    if n == 0 {
        return Err(rt.type_error("anext expected at least 1 argument, got 0"));
    }
    if n > 2 {
        return Err(rt.type_error(format!("anext expected at most 2 arguments, got {n}")));
    }
    let o = &a.all[0];
    let Some(m) = special(rt, o, "__anext__")? else {
        return Err(rt.type_error(format!(
            "'{}' object is not an async iterator",
            rt.type_name(o)
        )));
    };
    let aw = rt.call(&m, Args::positional(&[]))?;
    match a.all.get(1) {
        None => Ok(aw),
        Some(d) => new_holder(rt, rt.types().anext_awaitable, aw, Some(d.clone())),
    }
}

/// The iterator an anext_awaitable drives (made on first use).
fn anext_iter(rt: &Runtime, h: &Holder) -> PyResult<Value> {
    if let Some(i) = unsafe { (*h.iter.get()).clone() } {
        return Ok(i);
    }
    let mut it = awaitable_iter(rt, h.inner.clone(), 0)?;
    if rt.type_of(&it).data().slots().next.is_none() {
        // A coroutine: drive its `__await__` iterator.
        it = rt.call_method(&it, "__await__", &[])?;
    }
    unsafe { *h.iter.get() = Some(it.clone()) };
    Ok(it)
}

/// StopAsyncIteration from the wrapped awaitable becomes StopIteration(default).
fn anext_result(rt: &Runtime, h: &Holder, r: PyResult<Value>) -> PyResult<Value> {
    match r {
        Err(e) if rt.err_matches(&e, rt.exc().stop_async_iteration) => Err(stop_iteration(
            rt,
            h.default.clone().unwrap_or_else(|| rt.none()),
        )),
        r => r,
    }
}

fn anext_step(rt: &Runtime, o: &Value, what: &str, args: &[Value]) -> PyResult<Value> {
    let h = holder(rt, o, rt.types().anext_awaitable)?;
    let it = anext_iter(rt, h)?;
    let r = rt.call_method(&it, what, args);
    anext_result(rt, h, r)
}

pub fn anext_awaitable_spec() -> TypeSpec {
    TypeSpec::new::<Holder>("anext_awaitable", |rt, ty| {
        let s = unsafe { ty.data().slots_mut() };
        s.iter = Some(|_, o| Ok(o.clone()));
        s.next = Some(|rt, o| anext_step(rt, o, "__next__", &[]).map(Some));
        rt.add_methods(
            ty,
            &[
                MethodDef::method("__await__", self_method),
                MethodDef::method("send", |rt, a| {
                    let a = a.check_count(rt, "send", 2, 2)?;
                    anext_step(rt, &a[0], "send", &a[1..])
                }),
                MethodDef::method("throw", |rt, a| {
                    let o = a.all.first().cloned().unwrap_or_else(|| rt.none());
                    let rest = throw_args(rt, a)?;
                    anext_step(rt, &o, "throw", rest.all)
                }),
                MethodDef::method("close", |rt, a| {
                    let a = a.check_count(rt, "close", 1, 1)?;
                    anext_step(rt, &a[0], "close", &[])
                }),
            ],
        );
    })
}
