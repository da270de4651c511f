//! Async generators: the awaitables they hand out (`asend`/`__anext__` and `athrow`/`aclose`
//! objects) and `sys.set_asyncgen_hooks`. Values an async generator yields are wrapped
//! (INTRINSIC_ASYNC_GEN_WRAP) so the awaitable can tell them from values an inner `await`
//! passes up to the event loop; a wrapped value ends the awaitable with StopIteration(value).

use alloc::format;
use alloc::vec::Vec;
use core::cell::{Cell, UnsafeCell};

use super::generator::{exception_from, returned, send_raw, throw_into};
use crate::object::args::Args;
use crate::object::descr::MethodDef;
use crate::object::error::{PyErr, PyResult};
use crate::object::generator::{GenData, GenKind, gen_data};
use crate::object::header::{Payload, alloc_object};
use crate::object::typeobj::TypeRef;
use crate::object::typespec::TypeSpec;
use crate::object::value::Value;
use crate::runtime::Runtime;

// ---- values yielded by an async generator ----

pub struct Wrapped {
    val: Value,
}

impl Payload for Wrapped {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.val);
    }
    fn clear(&self) {}
}

pub fn wrapped_spec() -> TypeSpec {
    TypeSpec::new::<Wrapped>("async_generator_wrapped_value", |_, _| {})
}

/// INTRINSIC_ASYNC_GEN_WRAP.
pub fn wrap(rt: &Runtime, v: Value) -> PyResult<Value> {
    unsafe {
        alloc_object(
            rt,
            rt.types().async_generator_wrapped_value.0,
            Wrapped { val: v },
        )
    }
    .ok_or_else(|| rt.memory_error())
}

fn unwrapped(rt: &Runtime, v: &Value) -> Option<Value> {
    if rt.type_of(v) != rt.types().async_generator_wrapped_value {
        return None;
    }
    v.heap()
        .map(|h| unsafe { h.payload::<Wrapped>() }.val.clone())
}

pub(crate) fn stop_iteration(rt: &Runtime, v: Value) -> PyErr {
    if rt.is_none(&v) {
        return rt.stop_iteration(None);
    }
    match rt.call(&rt.exc().stop_iteration.value(), Args::positional(&[v])) {
        Ok(e) => PyErr(e),
        Err(e) => e,
    }
}

/// `async_gen_unwrap_value`: a wrapped yield finishes the awaitable; a return or an error
/// ends the generator's current step.
fn unwrap_step(
    rt: &Runtime,
    g: &Value,
    gd: &GenData,
    r: PyResult<Result<Value, Value>>,
) -> PyResult<Value> {
    let r = match r {
        Ok(Ok(y)) => match unwrapped(rt, &y) {
            Some(v) => {
                gd.running_async.set(false);
                return Err(stop_iteration(rt, v));
            }
            None => return Ok(y),
        },
        Ok(Err(ret)) => returned(rt, g, ret),
        Err(e) => e,
    };
    if rt.err_matches(&r, rt.exc().stop_async_iteration)
        || rt.err_matches(&r, rt.exc().generator_exit)
    {
        gd.closed.set(true);
    }
    gd.running_async.set(false);
    Err(r)
}

// ---- asend / athrow awaitables ----

const INIT: u8 = 0;
const ITER: u8 = 1;
const CLOSED: u8 = 2;

pub struct AsyncOp {
    agen_v: Value,
    /// asend: the value to send. athrow: the `throw` arguments; None for `aclose()`.
    args: UnsafeCell<Option<Vec<Value>>>,
    state: Cell<u8>,
}

impl Payload for AsyncOp {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.agen_v);
        if let Some(a) = unsafe { &*self.args.get() } {
            a.iter().for_each(&mut *visit);
        }
    }
    fn clear(&self) {
        let a = unsafe { (*self.args.get()).take() };
        drop(a);
    }
}

fn op_of<'a>(rt: &Runtime, v: &'a Value, ty: TypeRef) -> PyResult<&'a AsyncOp> {
    if rt.type_of(v) != ty {
        return Err(rt.type_error(format!(
            "descriptor requires a '{}' object but received a '{}'",
            ty.data().name(),
            rt.type_name(v)
        )));
    }
    v.heap()
        .map(|h| unsafe { h.payload::<AsyncOp>() })
        .ok_or_else(|| rt.type_error("bad object"))
}

fn new_op(rt: &Runtime, ty: TypeRef, agen_v: Value, args: Option<Vec<Value>>) -> PyResult<Value> {
    let d = AsyncOp {
        agen_v,
        args: UnsafeCell::new(args),
        state: Cell::new(INIT),
    };
    unsafe { alloc_object(rt, ty.0, d) }.ok_or_else(|| rt.memory_error())
}

pub(crate) fn new_asend(rt: &Runtime, agen_v: Value, v: Value) -> PyResult<Value> {
    new_op(
        rt,
        rt.types().async_generator_asend,
        agen_v,
        Some(alloc::vec![v]),
    )
}

fn asend_send(rt: &Runtime, o: &Value, arg: Value) -> PyResult<Value> {
    let op = op_of(rt, o, rt.types().async_generator_asend)?;
    if op.state.get() == CLOSED {
        return Err(rt.runtime_error("cannot reuse already awaited __anext__()/asend()"));
    }
    let gd = gen_data(rt, &op.agen_v)?;
    let mut arg = arg;
    if op.state.get() == INIT {
        if gd.running_async.get() {
            return Err(rt.runtime_error("anext(): asynchronous generator is already running"));
        }
        if rt.is_none(&arg)
            && let Some(v) = unsafe { (*op.args.get()).as_ref().and_then(|a| a.first().cloned()) }
        {
            arg = v;
        }
        op.state.set(ITER);
    }
    gd.running_async.set(true);
    let r = send_raw(rt, &op.agen_v, arg);
    let r = unwrap_step(rt, &op.agen_v, gd, r);
    if r.is_err() {
        op.state.set(CLOSED);
    }
    r
}

fn asend_throw(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let o = args.all.first().cloned().unwrap_or_else(|| rt.none());
    let op = op_of(rt, &o, rt.types().async_generator_asend)?;
    if op.state.get() == CLOSED {
        return Err(rt.runtime_error("cannot reuse already awaited __anext__()/asend()"));
    }
    let e = exception_from(rt, throw_args(rt, args)?)?;
    let gd = gen_data(rt, &op.agen_v)?;
    let r = throw_into(rt, &op.agen_v, e, true);
    let r = unwrap_step(rt, &op.agen_v, gd, r);
    if r.is_err() {
        op.state.set(CLOSED);
    }
    r
}

pub(crate) fn throw_args<'a>(rt: &Runtime, args: Args<'a>) -> PyResult<Args<'a>> {
    args.no_kwargs(rt, "throw")?;
    let rest = args.skip_self();
    if rest.all.is_empty() || rest.all.len() > 3 {
        return Err(rt.type_error(crate::object::args::count_message(
            "throw",
            1,
            3,
            rest.all.len(),
        )));
    }
    Ok(rest)
}

fn is_aclose(op: &AsyncOp) -> bool {
    unsafe { (*op.args.get()).is_none() }
}

fn ignored_exit(rt: &Runtime, op: &AsyncOp, gd: &GenData) -> PyErr {
    gd.running_async.set(false);
    op.state.set(CLOSED);
    rt.runtime_error("async generator ignored GeneratorExit")
}

/// The end of an athrow/aclose step that raised.
fn athrow_error(rt: &Runtime, op: &AsyncOp, gd: &GenData, e: PyErr) -> PyErr {
    gd.running_async.set(false);
    op.state.set(CLOSED);
    if is_aclose(op)
        && (rt.err_matches(&e, rt.exc().stop_async_iteration)
            || rt.err_matches(&e, rt.exc().generator_exit))
    {
        return rt.stop_iteration(None);
    }
    e
}

fn athrow_send(rt: &Runtime, o: &Value, arg: Value) -> PyResult<Value> {
    let op = op_of(rt, o, rt.types().async_generator_athrow)?;
    if op.state.get() == CLOSED {
        return Err(rt.runtime_error("cannot reuse already awaited aclose()/athrow()"));
    }
    let g = op.agen_v.clone();
    let gd = gen_data(rt, &g)?;
    if !gd.live() {
        op.state.set(CLOSED);
        return Err(rt.stop_iteration(None));
    }
    let r = if op.state.get() == INIT {
        if gd.running_async.get() {
            op.state.set(CLOSED);
            return Err(rt.runtime_error(if is_aclose(op) {
                "aclose(): asynchronous generator is already running"
            } else {
                "athrow(): asynchronous generator is already running"
            }));
        }
        if gd.closed.get() {
            op.state.set(CLOSED);
            return Err(rt.new_exception(rt.exc().stop_async_iteration, Vec::new()));
        }
        if !rt.is_none(&arg) {
            return Err(rt.runtime_error("can't send non-None value to a just-started coroutine"));
        }
        op.state.set(ITER);
        gd.running_async.set(true);
        match unsafe { (*op.args.get()).clone() } {
            None => {
                gd.closed.set(true);
                let ge = rt.new_exception(rt.exc().generator_exit, Vec::new());
                throw_into(rt, &g, ge, false)
            }
            Some(a) => {
                let checked = if a.is_empty() || a.len() > 3 {
                    Err(rt.type_error(crate::object::args::count_message("athrow", 1, 3, a.len())))
                } else {
                    exception_from(rt, Args::positional(&a))
                };
                let e = match checked {
                    Ok(e) => e,
                    Err(e) => return Err(athrow_error(rt, op, gd, e)),
                };
                let r = throw_into(rt, &g, e, false);
                return unwrap_step(rt, &g, gd, r).map_err(|e| athrow_error(rt, op, gd, e));
            }
        }
    } else {
        let r = send_raw(rt, &g, arg);
        if !is_aclose(op) {
            return unwrap_step(rt, &g, gd, r).map_err(|e| athrow_error(rt, op, gd, e));
        }
        r
    };
    // aclose(): a value yielded by the generator itself means it ignored GeneratorExit.
    match r {
        Ok(Ok(y)) if unwrapped(rt, &y).is_some() => Err(ignored_exit(rt, op, gd)),
        Ok(Ok(y)) => Ok(y),
        Ok(Err(ret)) => Err(athrow_error(rt, op, gd, returned(rt, &g, ret))),
        Err(e) => Err(athrow_error(rt, op, gd, e)),
    }
}

fn athrow_throw(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let o = args.all.first().cloned().unwrap_or_else(|| rt.none());
    let op = op_of(rt, &o, rt.types().async_generator_athrow)?;
    if op.state.get() == CLOSED {
        return Err(rt.runtime_error("cannot reuse already awaited aclose()/athrow()"));
    }
    let e = exception_from(rt, throw_args(rt, args)?)?;
    let g = op.agen_v.clone();
    let gd = gen_data(rt, &g)?;
    let r = throw_into(rt, &g, e, true);
    if !is_aclose(op) {
        return unwrap_step(rt, &g, gd, r);
    }
    match r {
        Ok(Ok(y)) if unwrapped(rt, &y).is_some() => Err(ignored_exit(rt, op, gd)),
        Ok(Ok(y)) => Ok(y),
        Ok(Err(ret)) => Err(athrow_error(rt, op, gd, returned(rt, &g, ret))),
        Err(e) => Err(athrow_error(rt, op, gd, e)),
    }
}

fn op_close(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let a = args.check_count(rt, "close", 1, 1)?;
    if let Some(h) = a[0].heap() {
        let t = rt.type_of(&a[0]);
        if t == rt.types().async_generator_asend || t == rt.types().async_generator_athrow {
            unsafe { h.payload::<AsyncOp>() }.state.set(CLOSED);
        }
    }
    Ok(rt.none())
}

pub(crate) fn self_method(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    Ok(a.check_count(rt, "__await__", 1, 1)?[0].clone())
}

pub fn asend_spec() -> TypeSpec {
    TypeSpec::new::<AsyncOp>("async_generator_asend", |rt, ty| {
        let s = unsafe { ty.data().slots_mut() };
        s.iter = Some(|_, o| Ok(o.clone()));
        s.next = Some(|rt, o| asend_send(rt, o, rt.none()).map(Some));
        rt.add_methods(
            ty,
            &[
                MethodDef::method("__await__", self_method),
                MethodDef::method("send", |rt, a| {
                    let a = a.check_count(rt, "send", 2, 2)?;
                    asend_send(rt, &a[0], a[1].clone())
                }),
                MethodDef::method("throw", asend_throw),
                MethodDef::method("close", op_close),
            ],
        );
    })
}

pub fn athrow_spec() -> TypeSpec {
    TypeSpec::new::<AsyncOp>("async_generator_athrow", |rt, ty| {
        let s = unsafe { ty.data().slots_mut() };
        s.iter = Some(|_, o| Ok(o.clone()));
        s.next = Some(|rt, o| athrow_send(rt, o, rt.none()).map(Some));
        rt.add_methods(
            ty,
            &[
                MethodDef::method("__await__", self_method),
                MethodDef::method("send", |rt, a| {
                    let a = a.check_count(rt, "send", 2, 2)?;
                    athrow_send(rt, &a[0], a[1].clone())
                }),
                MethodDef::method("throw", athrow_throw),
                MethodDef::method("close", op_close),
            ],
        );
    })
}

/// The async generator's own methods (called from its type's init).
pub fn add_async_gen_methods(rt: &Runtime, ty: TypeRef) {
    fn agen(rt: &Runtime, a: &Args<'_>) -> PyResult<Value> {
        let g = a.all.first().cloned().unwrap_or_else(|| rt.none());
        match gen_data(rt, &g) {
            Ok(d) if d.kind == GenKind::AsyncGenerator => Ok(g),
            _ => Err(rt.type_error(format!(
                "descriptor requires a 'async_generator' object but received a '{}'",
                rt.type_name(&g)
            ))),
        }
    }
    rt.add_methods(
        ty,
        &[
            MethodDef::method("__aiter__", |rt, a| {
                Ok(a.check_count(rt, "__aiter__", 1, 1)?[0].clone())
            }),
            MethodDef::method("__anext__", |rt, a| {
                a.check_count(rt, "__anext__", 1, 1)?;
                let g = agen(rt, &a)?;
                init_hooks(rt, &g)?;
                new_asend(rt, g, rt.none())
            }),
            MethodDef::method("asend", |rt, a| {
                let v = a.check_count(rt, "asend", 2, 2)?[1].clone();
                let g = agen(rt, &a)?;
                init_hooks(rt, &g)?;
                new_asend(rt, g, v)
            }),
            MethodDef::method("athrow", |rt, a| {
                let g = agen(rt, &a)?;
                init_hooks(rt, &g)?;
                // The arguments are checked when the awaitable runs, as in CPython.
                a.no_kwargs(rt, "athrow")?;
                let rest = a.skip_self();
                new_op(
                    rt,
                    rt.types().async_generator_athrow,
                    g,
                    Some(rest.all.to_vec()),
                )
            }),
            MethodDef::method("aclose", |rt, a| {
                a.check_count(rt, "aclose", 1, 1)?;
                let g = agen(rt, &a)?;
                init_hooks(rt, &g)?;
                new_op(rt, rt.types().async_generator_athrow, g, None)
            }),
        ],
    );
}

// ---- sys.set_asyncgen_hooks / sys.get_asyncgen_hooks ----

/// On an async generator's first use: remember the finalizer hook, call the firstiter hook.
pub(crate) fn init_hooks(rt: &Runtime, g: &Value) -> PyResult<()> {
    let gd = gen_data(rt, g)?;
    if gd.hooks_inited.get() {
        return Ok(());
    }
    gd.hooks_inited.set(true);
    let (first, fin) = unsafe { (*rt.interp.asyncgen_hooks.get()).clone() };
    if let Some(f) = fin {
        let old = unsafe { (*gd.finalizer.get()).replace(f) };
        drop(old);
    }
    if let Some(f) = first {
        rt.call(&f, Args::positional(core::slice::from_ref(g)))?;
    }
    Ok(())
}

/// `sys.set_asyncgen_hooks(firstiter=..., finalizer=...)`: an omitted hook is left as it is,
/// None removes it.
pub fn set_asyncgen_hooks(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let pos = a.pos();
    if pos.len() > 2 {
        return Err(rt.type_error(format!(
            "function takes at most 2 arguments ({} given)",
            pos.len()
        )));
    }
    let mut given: [Option<Value>; 2] = [pos.first().cloned(), pos.get(1).cloned()];
    for (k, v) in a.kwargs() {
        let i = match rt.str_of(k) {
            Some("firstiter") => 0,
            Some("finalizer") => 1,
            _ => {
                return Err(rt.type_error(format!(
                    "'{}' is an invalid keyword argument for this function",
                    rt.str_of(k).unwrap_or("?")
                )));
            }
        };
        given[i] = Some(v.clone());
    }
    for (i, name) in ["firstiter", "finalizer"].iter().enumerate() {
        if let Some(v) = &given[i]
            && !rt.is_none(v)
            && rt.type_of(v).data().slots().call.is_none()
        {
            return Err(rt.type_error(format!("callable {name} expected, got {}", rt.type_name(v))));
        }
    }
    let hooks = unsafe { &mut *rt.interp.asyncgen_hooks.get() };
    let mut old = Vec::new();
    for (i, g) in given.into_iter().enumerate() {
        if let Some(v) = g {
            let v = if rt.is_none(&v) { None } else { Some(v) };
            let slot = if i == 0 { &mut hooks.0 } else { &mut hooks.1 };
            old.push(core::mem::replace(slot, v));
        }
    }
    drop(old);
    Ok(rt.none())
}

pub struct Hooks {
    firstiter: Value,
    finalizer: Value,
}

impl Payload for Hooks {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.firstiter);
        visit(&self.finalizer);
    }
    fn clear(&self) {}
}

fn hooks_of<'a>(rt: &Runtime, v: &'a Value) -> PyResult<&'a Hooks> {
    if rt.type_of(v) != rt.types().asyncgen_hooks {
        return Err(rt.type_error("expected asyncgen_hooks"));
    }
    v.heap()
        .map(|h| unsafe { h.payload::<Hooks>() })
        .ok_or_else(|| rt.type_error("expected asyncgen_hooks"))
}

fn hooks_tuple(rt: &Runtime, v: &Value) -> PyResult<Value> {
    let h = hooks_of(rt, v)?;
    rt.new_tuple(alloc::vec![h.firstiter.clone(), h.finalizer.clone()])
}

/// `sys.get_asyncgen_hooks()`: `asyncgen_hooks(firstiter=..., finalizer=...)`.
pub fn get_asyncgen_hooks(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    a.check_count(rt, "get_asyncgen_hooks", 0, 0)?;
    let (f, z) = unsafe { (*rt.interp.asyncgen_hooks.get()).clone() };
    let d = Hooks {
        firstiter: f.unwrap_or_else(|| rt.none()),
        finalizer: z.unwrap_or_else(|| rt.none()),
    };
    unsafe { alloc_object(rt, rt.types().asyncgen_hooks.0, d) }.ok_or_else(|| rt.memory_error())
}

/// The struct sequence `sys.get_asyncgen_hooks()` returns (a 2-tuple with names).
pub fn hooks_spec() -> TypeSpec {
    TypeSpec::new::<Hooks>("asyncgen_hooks", |rt, ty| {
        let s = unsafe { ty.data().slots_mut() };
        s.repr = Some(|rt, v| {
            let h = hooks_of(rt, v)?;
            let text = format!(
                "asyncgen_hooks(firstiter={}, finalizer={})",
                rt.repr_string(&h.firstiter)?,
                rt.repr_string(&h.finalizer)?
            );
            rt.new_str(&text)
        });
        s.len = Some(|rt, v| hooks_of(rt, v).map(|_| 2));
        s.iter = Some(|rt, v| {
            let t = hooks_tuple(rt, v)?;
            rt.iter(&t)
        });
        s.getitem = Some(|rt, v, k| {
            let t = hooks_tuple(rt, v)?;
            rt.getitem(&t, k)
        });
        rt.add_getsets(
            ty,
            &[
                crate::object::getset::GetSetDef {
                    name: "firstiter",
                    get: |rt, v| Ok(hooks_of(rt, v)?.firstiter.clone()),
                    set: None,
                },
                crate::object::getset::GetSetDef {
                    name: "finalizer",
                    get: |rt, v| Ok(hooks_of(rt, v)?.finalizer.clone()),
                    set: None,
                },
            ],
        );
    })
}
