//! `sys.settrace` / `sys.setprofile` with CPython 3.11's events.
//!
//! The evaluation loop checks one flag (`TraceState::on`) per instruction; only while a tracer
//! or profiler is set (and not already running) does it call `instruction`, which emits:
//! - 'call' at RESUME (frame entry and every generator resume) to the global tracer, whose
//!   result becomes the frame's `f_trace`;
//! - 'line' when the instruction starts a new line or is the target of a backward jump, judged
//!   from the line table as 3.11's `maybe_call_line_trace` does;
//! - 'return' at RETURN_VALUE / RETURN_CONST / YIELD_VALUE (and with None on an exception exit,
//!   see `unwind_return`); 'exception' when an exception is raised in or propagates into a
//!   frame (`exception`).
//!
//! A tracer that raises is removed (`sys.settrace(None)`) and its exception propagates; while a
//! tracer runs, nothing is traced.

use alloc::rc::Rc;
use alloc::vec::Vec;
use core::cell::{Cell, UnsafeCell};

use super::eval::Regs;
use crate::bytecode::opcode::Opcode;
use crate::bytecode::tables::decode_locations;
use crate::object::args::Args;
use crate::object::error::{PyErr, PyResult};
use crate::object::value::Value;
use crate::runtime::Runtime;

/// Per-runtime tracing state.
pub struct TraceState {
    /// A tracer or profiler is set and none is running: the loop calls `instruction`.
    pub on: Cell<bool>,
    func: UnsafeCell<Option<Value>>,
    profile: UnsafeCell<Option<Value>>,
    /// A tracer or profiler is running (nothing is traced meanwhile).
    busy: Cell<bool>,
    /// Line numbers per code unit of recently traced code objects.
    lines: UnsafeCell<Vec<(Value, Rc<[i32]>)>>,
}

/// What a frame object keeps for tracing: `f_trace` and `f_trace_lines`.
pub struct FrameTrace {
    pub func: UnsafeCell<Option<Value>>,
    pub lines: Cell<bool>,
}

impl FrameTrace {
    pub fn new() -> FrameTrace {
        FrameTrace {
            func: UnsafeCell::new(None),
            lines: Cell::new(true),
        }
    }
    pub fn get(&self) -> Option<Value> {
        unsafe { (*self.func.get()).clone() }
    }
    pub fn set(&self, v: Option<Value>) {
        let old = unsafe { core::mem::replace(&mut *self.func.get(), v) };
        drop(old);
    }
}

impl Default for FrameTrace {
    fn default() -> Self {
        Self::new()
    }
}

impl TraceState {
    pub fn new() -> TraceState {
        TraceState {
            on: Cell::new(false),
            func: UnsafeCell::new(None),
            profile: UnsafeCell::new(None),
            busy: Cell::new(false),
            lines: UnsafeCell::new(Vec::new()),
        }
    }

    pub fn tracer(&self) -> Option<Value> {
        unsafe { (*self.func.get()).clone() }
    }

    pub fn profiler(&self) -> Option<Value> {
        unsafe { (*self.profile.get()).clone() }
    }

    fn update(&self) {
        let set = unsafe { (*self.func.get()).is_some() || (*self.profile.get()).is_some() };
        self.on.set(set && !self.busy.get());
    }

    pub fn set_tracer(&self, f: Option<Value>) {
        let old = unsafe { core::mem::replace(&mut *self.func.get(), f) };
        self.update();
        if !self.on.get() && !self.busy.get() {
            self.clear_cache();
        }
        drop(old);
    }

    pub fn set_profiler(&self, f: Option<Value>) {
        let old = unsafe { core::mem::replace(&mut *self.profile.get(), f) };
        self.update();
        drop(old);
    }

    fn clear_cache(&self) {
        let old = unsafe { core::mem::take(&mut *self.lines.get()) };
        drop(old);
    }

    /// Drops the tracer, profiler and caches (runtime teardown).
    pub fn release(&self) {
        let old = unsafe {
            (
                (*self.func.get()).take(),
                (*self.profile.get()).take(),
                core::mem::take(&mut *self.lines.get()),
            )
        };
        self.on.set(false);
        drop(old);
    }
}

impl Default for TraceState {
    fn default() -> Self {
        Self::new()
    }
}

fn frames(rt: &Runtime) -> &super::frame_stack::FrameStack {
    unsafe { &*rt.interp.frames.get() }
}

/// Line number of every code unit of `code` (-1 where there is none), cached.
fn line_table(rt: &Runtime, code: &Value) -> Option<Rc<[i32]>> {
    let ts = &rt.interp.trace;
    let cache = unsafe { &mut *ts.lines.get() };
    if let Some((_, t)) = cache.iter().find(|(c, _)| c.is(code)) {
        return Some(t.clone());
    }
    let cd = rt.code_data(code)?;
    let locs = decode_locations(cd.firstlineno as i32, &cd.linetable)?;
    let t: Rc<[i32]> = locs.iter().map(|l| l.line).collect();
    if cache.len() >= 64 {
        cache.remove(0);
    }
    cache.push((code.clone(), t.clone()));
    Some(t)
}

/// Index of the first RESUME (CPython's `_co_firsttraceable`).
fn first_traceable(rt: &Runtime, code: &Value) -> usize {
    let Some(cd) = rt.code_data(code) else {
        return 0;
    };
    let units = unsafe { &*cd.code.get() };
    units
        .chunks(2)
        .position(|u| crate::specialize::deopt_byte(u[0]) == Opcode::RESUME as u8)
        .unwrap_or(0)
}

/// Calls `func(frame, event, arg)` with tracing suspended.
fn call_hook(
    rt: &Runtime,
    func: &Value,
    frame: &Value,
    event: &str,
    arg: Value,
) -> PyResult<Value> {
    let ts = &rt.interp.trace;
    let was = ts.busy.replace(true);
    ts.update();
    let res = rt.call(
        func,
        Args::positional(&[frame.clone(), rt.intern(event), arg]),
    );
    ts.busy.set(was);
    ts.update();
    res
}

/// Sends `event` to the frame's local tracer (or, for 'call', the global one); the result
/// replaces `f_trace` unless it is None. A raising tracer is removed, as CPython does.
fn trace_event(rt: &Runtime, frame: &Value, event: &str, arg: Value) -> PyResult<()> {
    let Some(hf) = super::generator::heap_frame(rt, frame) else {
        return Ok(());
    };
    let func = if event == "call" {
        rt.interp.trace.tracer()
    } else {
        hf.trace.get()
    };
    let Some(func) = func else {
        return Ok(());
    };
    match call_hook(rt, &func, frame, event, arg) {
        Ok(v) => {
            if !rt.is_none(&v) {
                hf.trace.set(Some(v));
            }
            Ok(())
        }
        Err(e) => {
            rt.interp.trace.set_tracer(None);
            hf.trace.set(None);
            Err(e)
        }
    }
}

/// Sends `event` to the profiler, if one is set (a raising profiler is removed).
fn profile_event(rt: &Runtime, frame: &Value, event: &str, arg: Value) -> PyResult<()> {
    let Some(func) = rt.interp.trace.profiler() else {
        return Ok(());
    };
    match call_hook(rt, &func, frame, event, arg) {
        Ok(_) => Ok(()),
        Err(e) => {
            rt.interp.trace.set_profiler(None);
            Err(e)
        }
    }
}

/// The current frame's object, made when `make` (else only if it exists already).
fn current_frame(rt: &Runtime, make: bool) -> Option<Value> {
    let n = frames(rt).len();
    let f = frames(rt).last()?;
    match &f.obj {
        Some(o) => Some(o.clone()),
        None if make => super::frameobj::frame_object(rt, n - 1).ok(),
        None => None,
    }
}

/// Called by the loop before instruction `op` (oparg `arg`) at `r.lasti` runs, with `prev`
/// the frame's previous instruction, while tracing is on.
pub fn instruction(rt: &Runtime, r: &Regs, op: Opcode, arg: u32, prev: usize) -> PyResult<()> {
    if op == Opcode::RESUME {
        let Some(frame) = current_frame(rt, true) else {
            return Ok(());
        };
        trace_event(rt, &frame, "call", rt.none())?;
        return profile_event(rt, &frame, "call", rt.none());
    }
    let Some(frame) = current_frame(rt, false) else {
        return Ok(());
    };
    let Some(hf) = super::generator::heap_frame(rt, &frame) else {
        return Ok(());
    };
    if rt.interp.trace.tracer().is_some() && hf.trace.get().is_some() && hf.trace.lines.get() {
        let code = hf.code.clone();
        if let Some(lines) = line_table(rt, &code) {
            let at = r.lasti;
            let line = lines.get(at).copied().unwrap_or(-1);
            let last = if prev <= first_traceable(rt, &code) {
                -1
            } else {
                lines.get(prev).copied().unwrap_or(-1)
            };
            if line != -1 && (line != last || (at < prev && op != Opcode::SEND)) {
                trace_event(rt, &frame, "line", rt.none())?;
            }
        }
    }
    let ret = match op {
        Opcode::RETURN_VALUE | Opcode::YIELD_VALUE if r.sp > 0 => unsafe {
            (*r.st.add(r.sp - 1)).clone()
        },
        Opcode::RETURN_CONST => {
            let cd = rt.code_data(&hf.code);
            cd.and_then(|cd| rt.tuple_items(&cd.consts))
                .and_then(|c| c.get(arg as usize).cloned())
        }
        _ => return Ok(()),
    };
    let ret = ret.unwrap_or_else(|| rt.none());
    if hf.trace.get().is_some() && rt.interp.trace.tracer().is_some() {
        trace_event(rt, &frame, "return", ret.clone())?;
    }
    profile_event(rt, &frame, "return", ret)
}

/// An exception was raised in the current frame or propagated into it: the 'exception' event
/// (arg `(type, value, traceback)`). Err: the tracer raised instead.
pub fn exception(rt: &Runtime, exc: &Value) -> Result<(), PyErr> {
    if rt.interp.trace.tracer().is_none() {
        return Ok(());
    }
    let Some(frame) = current_frame(rt, false) else {
        return Ok(());
    };
    let has = super::generator::heap_frame(rt, &frame).is_some_and(|hf| hf.trace.get().is_some());
    if !has {
        return Ok(());
    }
    let tb = rt.exception_traceback(exc).unwrap_or_else(|| rt.none());
    let arg = rt.new_tuple(alloc::vec![rt.type_of(exc).value(), exc.clone(), tb])?;
    trace_event(rt, &frame, "exception", arg)
}

/// The current frame ends with an exception: 'return' with None (errors from the tracer are
/// ignored, as CPython does while unwinding).
pub fn unwind_return(rt: &Runtime) {
    let Some(frame) = current_frame(rt, false) else {
        return;
    };
    let has = super::generator::heap_frame(rt, &frame).is_some_and(|hf| hf.trace.get().is_some());
    if has && rt.interp.trace.tracer().is_some() {
        let _ = trace_event(rt, &frame, "return", rt.none());
    }
    let _ = profile_event(rt, &frame, "return", rt.none());
}

/// The offset a `RERAISE n` (n > 0) at the frame's `lasti` restores: the stack value n deep
/// (below the popped exception), where the exception first arose. CPython makes it the frame's
/// `f_lasti`, so handlers further out and a frame left this way report that instruction's line.
pub fn reraise_origin(rt: &Runtime, r: &Regs) -> Option<usize> {
    let f = frames(rt).last()?;
    let cd = rt.code_data(&f.code)?;
    let units = unsafe { &*cd.code.get() };
    let (&op, &arg) = (units.get(2 * f.lasti)?, units.get(2 * f.lasti + 1)?);
    if op != Opcode::RERAISE as u8 || arg == 0 || (arg as usize) > r.sp {
        return None;
    }
    let v = unsafe { (*r.st.add(r.sp - arg as usize)).clone() }?;
    let i = v.as_small_int()?;
    (i >= 0 && (i as usize) < units.len() / 2).then_some(i as usize)
}

/// `gen.throw()` resumes a frame by raising: it still gets its 'call' event.
pub fn throw_entry(rt: &Runtime) -> PyResult<()> {
    let Some(frame) = current_frame(rt, true) else {
        return Ok(());
    };
    trace_event(rt, &frame, "call", rt.none())?;
    profile_event(rt, &frame, "call", rt.none())
}

/// Before the loop calls a non-Python callable while profiling: the 'c_call' event, for
/// built-in functions and (bound) method descriptors as 3.11 reports them. Returns what to
/// pass to `c_return`.
pub fn c_call(rt: &Runtime, callable: &Value, first: Option<&Value>) -> Option<Value> {
    rt.interp.trace.profiler()?;
    let t = rt.types();
    let ty = rt.type_of(callable);
    let func = if ty == t.builtin_function {
        callable.clone()
    } else if ty == t.method_descriptor {
        let s = first?;
        let get = ty.data().slots().descr_get?;
        get(rt, callable, Some(s), &rt.type_of(s).value()).ok()?
    } else {
        return None;
    };
    let frame = current_frame(rt, true)?;
    let _ = profile_event(rt, &frame, "c_call", func.clone());
    Some(func)
}

/// After that call: 'c_return', or 'c_exception' when it raised.
pub fn c_return(rt: &Runtime, func: Value, ok: bool) {
    if let Some(frame) = current_frame(rt, true) {
        let event = if ok { "c_return" } else { "c_exception" };
        let _ = profile_event(rt, &frame, event, func);
    }
}
