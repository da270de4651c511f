//! Generator, coroutine and async generator objects: their state only. The frame and resuming
//! it belong to the interpreter, reached through `rt.hooks` (`gen_send`, `gen_throw`,
//! `gen_close`).

use alloc::format;
use core::cell::{Cell, UnsafeCell};

use super::args::Args;
use super::descr::MethodDef;
use super::error::PyResult;
use super::getset::GetSetDef;
use super::header::{Payload, alloc_object};
use super::typeobj::TypeRef;
use super::value::Value;
use crate::interp::generator::HeapFrame;
use crate::runtime::Runtime;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

pub struct GenData {
    pub kind: GenKind,
    /// The suspended frame's state, kept in the generator itself (one allocation per
    /// generator, as CPython 3.11 does); its slots are emptied when the generator finishes.
    pub hf: HeapFrame,
    /// The generator finished (returned, raised or was closed): it has no frame any more.
    pub done: Cell<bool>,
    /// The `frame` object made for `gi_frame`/`sys._getframe` (made on first use): a view
    /// that reads `hf` through a pointer, detached when the generator dies.
    pub fobj: UnsafeCell<Option<Value>>,
    pub name: UnsafeCell<Value>,
    pub qualname: UnsafeCell<Value>,
    /// True while the frame executes (re-entering raises "already executing").
    pub running: Cell<bool>,
    /// True once the frame ran past its first instruction.
    pub started: Cell<bool>,
    /// Async generators: an `asend`/`athrow` awaitable is in progress (`ag_running`).
    pub running_async: Cell<bool>,
    /// Async generators: finished or closed by `aclose()`.
    pub closed: Cell<bool>,
    /// The exception being handled inside the generator while it is suspended (a yield in
    /// an `except` block); swapped in while it runs.
    pub exc_state: UnsafeCell<Option<Value>>,
    /// Async generators: the `sys.set_asyncgen_hooks` hooks were consulted (first use).
    pub hooks_inited: Cell<bool>,
    /// Async generators: the finalizer hook in force at first use.
    pub finalizer: UnsafeCell<Option<Value>>,
    /// While resumed in its caller's evaluation loop (FOR_ITER_GEN / SEND_GEN): the exception
    /// the resumer was handling, current again when the generator stops.
    pub resumer_exc: UnsafeCell<Option<Value>>,
    /// While resumed that way: how far past the resuming instruction the caller continues
    /// when the generator returns (the loop's exit, or past the `yield from`'s SEND loop).
    pub resume_jump: Cell<u32>,
}

impl Payload for GenData {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        unsafe {
            if let Some(f) = &*self.fobj.get() {
                visit(f);
            }
            if let Some(x) = &*self.exc_state.get() {
                visit(x);
            }
            if let Some(x) = &*self.finalizer.get() {
                visit(x);
            }
            if let Some(x) = &*self.resumer_exc.get() {
                visit(x);
            }
            visit(&*self.name.get());
            visit(&*self.qualname.get());
        }
        self.hf.traverse(visit);
    }
    fn clear(&self) {
        self.done.set(true);
        let f = self.detach_view();
        let x = unsafe { (*self.exc_state.get()).take() };
        let fin = unsafe { (*self.finalizer.get()).take() };
        let rx = unsafe { (*self.resumer_exc.get()).take() };
        drop((f, x, fin, rx));
        self.hf.clear();
    }
}

impl GenData {
    /// Whether the generator still has a frame to run (not finished).
    #[inline(always)]
    pub fn live(&self) -> bool {
        !self.done.get()
    }

    /// Hands the frame view (if any) its own copy of the state it shows and cuts its link to
    /// this generator (which is going away); returns the generator's reference to drop.
    fn detach_view(&self) -> Option<Value> {
        self.detach_shared_view();
        unsafe { (*self.fobj.get()).take() }
    }

    /// The frame view (if any) gets its own copy of what it shows, the variables too when
    /// someone besides this generator holds it; the generator keeps its reference.
    pub fn detach_shared_view(&self) {
        let Some(h) = (unsafe { (*self.fobj.get()).as_ref() }).and_then(|f| f.heap()) else {
            return;
        };
        // SAFETY: `fobj` is always a `frame` object (see `interp::generator::view_of`).
        let v = unsafe { h.payload::<HeapFrame>() };
        crate::interp::generator::detach_view(v, &self.hf, h.refcount() > 1);
    }
}

impl Drop for GenData {
    fn drop(&mut self) {
        drop(self.detach_view());
    }
}

fn type_for(rt: &Runtime, kind: GenKind) -> TypeRef {
    match kind {
        GenKind::Generator => rt.types().generator,
        GenKind::Coroutine => rt.types().coroutine,
        GenKind::AsyncGenerator => rt.types().async_generator,
    }
}

/// The generator payload of any of the three kinds.
pub fn gen_data<'a>(rt: &Runtime, v: &'a Value) -> PyResult<&'a GenData> {
    let t = rt.types();
    let ty = rt.type_of(v);
    if ty == t.generator || ty == t.coroutine || ty == t.async_generator {
        // SAFETY: all three types use the `GenData` layout.
        return Ok(unsafe { v.heap().unwrap_unchecked().payload::<GenData>() });
    }
    Err(rt.type_error(format!(
        "descriptor requires a generator object, not '{}'",
        rt.type_name(v)
    )))
}

impl Runtime {
    /// A new generator-like object of `kind` for a frame the interpreter made. Inlined so
    /// the payload is built once, not copied between the callers' frames.
    #[inline(always)]
    pub fn new_generator(
        &self,
        kind: GenKind,
        hf: HeapFrame,
        name: Value,
        qualname: Value,
    ) -> PyResult<Value> {
        let d = GenData {
            kind,
            hf,
            done: Cell::new(false),
            fobj: UnsafeCell::new(None),
            name: UnsafeCell::new(name),
            qualname: UnsafeCell::new(qualname),
            running: Cell::new(false),
            started: Cell::new(false),
            running_async: Cell::new(false),
            closed: Cell::new(false),
            exc_state: UnsafeCell::new(None),
            hooks_inited: Cell::new(false),
            finalizer: UnsafeCell::new(None),
            resumer_exc: UnsafeCell::new(None),
            resume_jump: Cell::new(0),
        };
        unsafe { alloc_object(self, type_for(self, kind).0, d) }.ok_or_else(|| self.memory_error())
    }
}

fn no_interp(rt: &Runtime) -> super::error::PyErr {
    rt.type_error("the interpreter is not available")
}

fn send(rt: &Runtime, g: &Value, v: Value) -> PyResult<Value> {
    gen_data(rt, g)?;
    match rt.hooks.get().gen_send {
        Some(f) => f(rt, g, &v),
        None => Err(no_interp(rt)),
    }
}

fn gen_next(rt: &Runtime, g: &Value) -> PyResult<Option<Value>> {
    match send(rt, g, rt.none()) {
        Ok(v) => Ok(Some(v)),
        Err(e) if rt.err_matches(&e, rt.exc().stop_iteration) => Ok(None),
        Err(e) => Err(e),
    }
}

fn m_send(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let a = args.check_count(rt, "send", 2, 2)?;
    send(rt, &a[0], a[1].clone())
}

fn m_throw(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let Some(g) = args.all.first() else {
        return Err(rt.type_error("throw expected at least 1 argument, got 0"));
    };
    gen_data(rt, g)?;
    args.no_kwargs(rt, "throw")?;
    let rest = args.skip_self();
    if rest.all.is_empty() || rest.all.len() > 3 {
        return Err(rt.type_error(super::args::count_message("throw", 1, 3, rest.all.len())));
    }
    match rt.hooks.get().gen_throw {
        Some(f) => f(rt, g, rest),
        None => Err(no_interp(rt)),
    }
}

fn m_close(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let a = args.check_count(rt, "close", 1, 1)?;
    let d = gen_data(rt, &a[0])?;
    if !d.live() {
        return Ok(rt.none());
    }
    match rt.hooks.get().gen_close {
        Some(f) => f(rt, &a[0]),
        None => Err(no_interp(rt)),
    }
}

fn gen_repr(rt: &Runtime, g: &Value) -> PyResult<Value> {
    let d = gen_data(rt, g)?;
    let q = unsafe { (*d.qualname.get()).clone() };
    let what = match d.kind {
        GenKind::Generator => "generator",
        GenKind::Coroutine => "coroutine",
        GenKind::AsyncGenerator => "async_generator",
    };
    rt.new_str(&format!(
        "<{what} object {} at {:#x}>",
        rt.str_of(&q).unwrap_or("?"),
        g.bits()
    ))
}

fn name_getsets(rt: &Runtime, ty: TypeRef, p: &'static str) {
    let running: super::getset::Getter = |rt, g| {
        let d = gen_data(rt, g)?;
        Ok(rt.bool_value(if d.kind == GenKind::AsyncGenerator {
            d.running_async.get()
        } else {
            d.running.get()
        }))
    };
    let frame: super::getset::Getter = |rt, g| {
        if !gen_data(rt, g)?.live() {
            return Ok(rt.none());
        }
        crate::interp::generator::view_of(rt, g)
    };
    let code: super::getset::Getter = |rt, g| Ok(gen_data(rt, g)?.hf.code.clone());
    let yf: super::getset::Getter = |rt, g| {
        let d = gen_data(rt, g)?;
        Ok(crate::interp::generator::yield_from(rt, d).unwrap_or_else(|| rt.none()))
    };
    let suspended: super::getset::Getter = |rt, g| {
        let d = gen_data(rt, g)?;
        Ok(rt.bool_value(d.live() && d.started.get() && !d.running.get()))
    };
    let (n_running, n_frame, n_code, n_yf, n_susp) = match p {
        "gi" => (
            "gi_running",
            "gi_frame",
            "gi_code",
            "gi_yieldfrom",
            "gi_suspended",
        ),
        "cr" => (
            "cr_running",
            "cr_frame",
            "cr_code",
            "cr_await",
            "cr_suspended",
        ),
        _ => (
            "ag_running",
            "ag_frame",
            "ag_code",
            "ag_await",
            "ag_suspended",
        ),
    };
    if p == "cr" {
        rt.add_getsets(
            ty,
            &[GetSetDef {
                name: "cr_origin",
                get: |rt, _| Ok(rt.none()),
                set: None,
            }],
        );
    }
    if p != "ag" {
        rt.add_getsets(
            ty,
            &[GetSetDef {
                name: n_susp,
                get: suspended,
                set: None,
            }],
        );
    }
    rt.add_getsets(
        ty,
        &[
            GetSetDef {
                name: n_running,
                get: running,
                set: None,
            },
            GetSetDef {
                name: n_frame,
                get: frame,
                set: None,
            },
            GetSetDef {
                name: n_code,
                get: code,
                set: None,
            },
            GetSetDef {
                name: n_yf,
                get: yf,
                set: None,
            },
            GetSetDef {
                name: "__name__",
                get: |rt, g| Ok(unsafe { (*gen_data(rt, g)?.name.get()).clone() }),
                set: Some(|rt, g, v| {
                    let d = gen_data(rt, g)?;
                    match v {
                        Some(v) if rt.str_of(v).is_some() => {
                            let old = unsafe { core::mem::replace(&mut *d.name.get(), v.clone()) };
                            drop(old);
                            Ok(())
                        }
                        _ => Err(rt.type_error("__name__ must be set to a string object")),
                    }
                }),
            },
            GetSetDef {
                name: "__qualname__",
                get: |rt, g| Ok(unsafe { (*gen_data(rt, g)?.qualname.get()).clone() }),
                set: Some(|rt, g, v| {
                    let d = gen_data(rt, g)?;
                    match v {
                        Some(v) if rt.str_of(v).is_some() => {
                            let old =
                                unsafe { core::mem::replace(&mut *d.qualname.get(), v.clone()) };
                            drop(old);
                            Ok(())
                        }
                        _ => Err(rt.type_error("__qualname__ must be set to a string object")),
                    }
                }),
            },
        ],
    );
}

/// Suspended generators are closed when they die (see `gc::finalize`).
fn with_finalizer(mut s: super::typespec::TypeSpec) -> super::typespec::TypeSpec {
    s.flags |= super::typeobj::flags::HAS_FINALIZER;
    s
}

pub fn generator_spec() -> super::typespec::TypeSpec {
    with_finalizer(super::typespec::TypeSpec::new::<GenData>(
        "generator",
        |rt, ty| {
            let s = unsafe { ty.data().slots_mut() };
            s.repr = Some(gen_repr);
            s.iter = Some(|_, g| Ok(g.clone()));
            s.next = Some(gen_next);
            rt.add_methods(
                ty,
                &[
                    MethodDef::method("send", m_send),
                    MethodDef::method("throw", m_throw),
                    MethodDef::method("close", m_close),
                ],
            );
            name_getsets(rt, ty, "gi");
        },
    ))
}

pub fn coroutine_spec() -> super::typespec::TypeSpec {
    with_finalizer(super::typespec::TypeSpec::new::<GenData>(
        "coroutine",
        |rt, ty| {
            let s = unsafe { ty.data().slots_mut() };
            s.repr = Some(gen_repr);
            rt.add_methods(
                ty,
                &[
                    MethodDef::method("send", m_send),
                    MethodDef::method("throw", m_throw),
                    MethodDef::method("close", m_close),
                    MethodDef::method("__await__", crate::interp::awaitable::coro_await),
                ],
            );
            name_getsets(rt, ty, "cr");
        },
    ))
}

pub fn async_generator_spec() -> super::typespec::TypeSpec {
    with_finalizer(super::typespec::TypeSpec::new::<GenData>(
        "async_generator",
        |rt, ty| {
            let s = unsafe { ty.data().slots_mut() };
            s.repr = Some(gen_repr);
            crate::interp::asyncgen::add_async_gen_methods(rt, ty);
            name_getsets(rt, ty, "ag");
        },
    ))
}
