//! Generators and coroutines: RETURN_GENERATOR moves the running frame's slots into a heap
//! frame owned by the generator; resuming pushes a `Frame` over those slots and runs the loop
//! until YIELD_VALUE or a return.

use alloc::boxed::Box;
use alloc::vec::Vec;
use core::cell::UnsafeCell;

use super::eval::{self, Exit};
use super::frame::Frame;
use crate::object::args::Args;
use crate::object::code::co_flags;
use crate::object::error::{PyErr, PyResult};
use crate::object::generator::{GenData, GenKind, gen_data};
use crate::object::header::{Payload, alloc_object};
use crate::object::value::Value;
use crate::runtime::Runtime;

/// Slots a generator's frame keeps in the frame object itself (most generators and coroutines
/// need no more), so making one allocates no separate slot array.
pub const INLINE_SLOTS: usize = 12;

/// A frame's state outside the frame stack: the payload of `frame` objects, and the suspended
/// frame a generator keeps inside itself.
pub struct HeapFrame {
    /// The frame's localsplus and value stack, unless they are `inline`.
    pub slots: UnsafeCell<Box<[Option<Value>]>>,
    /// A small generator frame's slots (the first `inline_len`; 0: they are in `slots`).
    /// Dropped by hand (`Drop`): a finished generator's are already gone, nothing to check.
    pub inline: UnsafeCell<core::mem::ManuallyDrop<[Option<Value>; INLINE_SLOTS]>>,
    pub inline_len: core::cell::Cell<usize>,
    pub code: Value,
    pub func: Option<Value>,
    pub globals: Value,
    pub builtins: Value,
    /// `globals` and `builtins` are borrowed from `func` (which never replaces them and lives
    /// as long as this state): no references of their own to take and give back.
    pub ns_borrowed: bool,
    pub nlocalsplus: usize,
    pub sp: core::cell::Cell<usize>,
    pub ip: core::cell::Cell<usize>,
    pub lasti: core::cell::Cell<usize>,
    /// 1 + the index in the frame stack of the running frame this describes (0: not running).
    pub live: core::cell::Cell<usize>,
    /// The locals mapping of a finished module or class body.
    pub locals: UnsafeCell<Option<Value>>,
    /// The caller of a finished frame.
    pub back: UnsafeCell<Option<Value>>,
    /// Names written through `f_locals` that are not the function's variables (PEP 667).
    pub extra: UnsafeCell<Option<Value>>,
    /// The dict `locals()` returns in a function frame: one per frame, refreshed from the
    /// fast locals on every call (CPython 3.11), so `exec` writes into it stay visible.
    pub snapshot: UnsafeCell<Option<Value>>,
    /// `f_trace` and `f_trace_lines` (see `trace.rs`).
    pub trace: super::trace::FrameTrace,
    /// A generator's frame object: the generator whose `hf` it shows (null otherwise, and
    /// once the generator died: `detach_view` then gave this object its own copy).
    pub owner: core::cell::Cell<*const GenData>,
}

impl HeapFrame {
    /// The slots (localsplus, then the value stack): where they start, and how many.
    #[inline(always)]
    pub fn slot_parts(&self) -> (*mut Option<Value>, usize) {
        let n = self.inline_len.get();
        if n != 0 {
            (self.inline.get() as *mut Option<Value>, n)
        } else {
            let s = unsafe { &mut *self.slots.get() };
            (s.as_mut_ptr(), s.len())
        }
    }

    /// The slots as a slice (not to be held across anything that runs Python code).
    #[allow(clippy::mut_from_ref)]
    pub fn slot_slice(&self) -> &mut [Option<Value>] {
        let (p, n) = self.slot_parts();
        // SAFETY: `p` points at `n` initialized slots owned by this frame object.
        unsafe { core::slice::from_raw_parts_mut(p, n) }
    }
}

impl Drop for HeapFrame {
    fn drop(&mut self) {
        if self.ns_borrowed {
            // SAFETY: 1 is the small int 0 (nothing to drop); the borrowed words are forgotten.
            unsafe {
                core::mem::forget(core::mem::replace(&mut self.globals, Value::from_raw(1)));
                core::mem::forget(core::mem::replace(&mut self.builtins, Value::from_raw(1)));
            }
        }
        let n = self.inline_len.get();
        for s in self.inline.get_mut().iter_mut().take(n) {
            drop(s.take());
        }
    }
}

impl Payload for HeapFrame {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        for v in self.slot_slice().iter().flatten() {
            visit(v);
        }
        visit(&self.code);
        if let Some(f) = &self.func {
            visit(f);
        }
        if !self.ns_borrowed {
            visit(&self.globals);
            visit(&self.builtins);
        }
        for v in unsafe {
            [
                &*self.locals.get(),
                &*self.back.get(),
                &*self.extra.get(),
                &*self.snapshot.get(),
            ]
        }
        .into_iter()
        .flatten()
        {
            visit(v);
        }
        if let Some(t) = unsafe { &*self.trace.func.get() } {
            visit(t);
        }
    }
    fn clear(&self) {
        self.trace.set(None);
        let old: Vec<Option<Value>> = self.slot_slice().iter_mut().map(|s| s.take()).collect();
        let more = unsafe {
            (
                (*self.locals.get()).take(),
                (*self.back.get()).take(),
                (*self.extra.get()).take(),
                (*self.snapshot.get()).take(),
            )
        };
        drop((old, more));
    }
}

/// The state a `frame` object shows: its own, or its generator's while that lives.
pub fn heap_frame<'a>(rt: &Runtime, v: &'a Value) -> Option<&'a HeapFrame> {
    if rt.type_of(v) != rt.types().frame {
        return None;
    }
    let hf = unsafe { v.heap()?.payload::<HeapFrame>() };
    let g = hf.owner.get();
    if g.is_null() {
        return Some(hf);
    }
    // SAFETY: the generator is alive (it detaches its view when it dies: `detach_view`).
    Some(unsafe { &(*g).hf })
}

impl HeapFrame {
    /// An empty state for code `code` (no slots, not running).
    pub fn new(
        code: Value,
        func: Option<Value>,
        globals: Value,
        builtins: Value,
        nlocalsplus: usize,
    ) -> HeapFrame {
        HeapFrame {
            slots: UnsafeCell::new(Box::new([])),
            inline: UnsafeCell::new(core::mem::ManuallyDrop::new(Default::default())),
            inline_len: core::cell::Cell::new(0),
            code,
            func,
            globals,
            builtins,
            ns_borrowed: false,
            nlocalsplus,
            sp: core::cell::Cell::new(0),
            ip: core::cell::Cell::new(0),
            lasti: core::cell::Cell::new(0),
            live: core::cell::Cell::new(0),
            locals: UnsafeCell::new(None),
            back: UnsafeCell::new(None),
            extra: UnsafeCell::new(None),
            snapshot: UnsafeCell::new(None),
            trace: super::trace::FrameTrace::new(),
            owner: core::cell::Cell::new(core::ptr::null()),
        }
    }
}

/// The frame object of generator `g` (alive, a generator of any kind): made on first use and
/// kept by the generator, as `gi_frame` is the same object every time.
pub fn view_of(rt: &Runtime, g: &Value) -> PyResult<Value> {
    let gd = gen_data(rt, g)?;
    if let Some(o) = unsafe { (*gd.fobj.get()).clone() } {
        return Ok(o);
    }
    let s = &gd.hf;
    let hf = HeapFrame::new(
        s.code.clone(),
        s.func.clone(),
        s.globals.clone(),
        s.builtins.clone(),
        s.nlocalsplus,
    );
    hf.owner.set(gd as *const GenData);
    let o = unsafe { alloc_object(rt, rt.types().frame.0, hf) }.ok_or_else(|| rt.memory_error())?;
    unsafe { *gd.fobj.get() = Some(o.clone()) };
    Ok(o)
}

/// Generator state `from` is going away (finished, collected or freed): view `v` keeps what it
/// showed of it (the position, tracer and locals dicts). When someone besides the generator
/// holds the view (`shared`), it also takes the variables, as CPython's frame object takes
/// ownership of the frame's data.
pub fn detach_view(v: &HeapFrame, from: &HeapFrame, shared: bool) {
    if v.owner.get().is_null() {
        return;
    }
    v.owner.set(core::ptr::null());
    if shared {
        let src = from.slot_slice();
        let n = from.nlocalsplus.min(src.len());
        let mut vars: Vec<Option<Value>> = Vec::new();
        if n > 0 && vars.try_reserve_exact(n).is_ok() {
            vars.extend(src.iter_mut().take(n).map(|s| s.take()));
            let old = unsafe { core::mem::replace(&mut *v.slots.get(), vars.into_boxed_slice()) };
            drop(old);
        }
    }
    v.ip.set(from.ip.get());
    v.lasti.set(from.lasti.get());
    v.trace.lines.set(from.trace.lines.get());
    let old = unsafe {
        (
            core::mem::replace(&mut *v.trace.func.get(), (*from.trace.func.get()).take()),
            core::mem::replace(&mut *v.extra.get(), (*from.extra.get()).take()),
            core::mem::replace(&mut *v.snapshot.get(), (*from.snapshot.get()).take()),
        )
    };
    drop(old);
}

#[allow(clippy::mut_from_ref)]
fn frames(rt: &Runtime) -> &mut super::frame_stack::FrameStack {
    unsafe { &mut *rt.interp.frames.get() }
}

/// RETURN_GENERATOR: the top frame becomes a generator, which is returned. Its slots and
/// references move into the generator (one allocation); the function frame is popped.
pub fn make_generator(rt: &Runtime) -> PyResult<Value> {
    let fs = frames(rt);
    let f = fs.last().ok_or_else(|| rt.runtime_error("no frame"))?;
    let cd = rt
        .code_data(&f.code)
        .ok_or_else(|| rt.runtime_error("no code"))?;
    let kind = if cd.flags & co_flags::COROUTINE != 0 {
        GenKind::Coroutine
    } else if cd.flags & co_flags::ASYNC_GENERATOR != 0 {
        GenKind::AsyncGenerator
    } else {
        GenKind::Generator
    };
    let n = f.nlocalsplus + cd.stacksize as usize + 2;
    let used = (f.nlocalsplus + f.sp).min(n);
    let (name, qualname) = match f.func.as_ref().and_then(|x| rt.function_data(x)) {
        Some(fd) => unsafe { ((*fd.name.get()).clone(), (*fd.qualname.get()).clone()) },
        None => (cd.name.clone(), cd.qualname.clone()),
    };
    // Namespaces the frame borrowed from its function stay borrowed: the generator holds it.
    let borrow = f.ns_borrowed
        && f.func
            .as_ref()
            .and_then(|x| rt.function_data(x))
            .is_some_and(|fd| fd.globals.is(&f.globals) && fd.builtins.is(&f.builtins));
    let (globals, builtins) = if borrow {
        // SAFETY: see `HeapFrame::ns_borrowed`.
        unsafe { (Frame::borrow_ns(&f.globals), Frame::borrow_ns(&f.builtins)) }
    } else {
        (f.globals.clone(), f.builtins.clone())
    };
    let mut hf = HeapFrame::new(
        f.code.clone(),
        f.func.clone(),
        globals,
        builtins,
        f.nlocalsplus,
    );
    hf.ns_borrowed = borrow;
    hf.sp.set(f.sp);
    hf.ip.set(f.ip);
    hf.lasti.set(f.lasti);
    // Every slot in use moves (the generator has room for all of them).
    let lp = f.lp;
    if n <= INLINE_SLOTS {
        let inline = hf.inline.get_mut();
        for (i, s) in inline.iter_mut().enumerate().take(used) {
            *s = unsafe { (*lp.add(i)).take() };
        }
        hf.inline_len.set(n);
    } else {
        let mut slots: Vec<Option<Value>> = Vec::new();
        slots.try_reserve_exact(n).map_err(|_| rt.memory_error())?;
        for i in 0..used {
            slots.push(unsafe { (*lp.add(i)).take() });
        }
        slots.resize_with(n, || None);
        *hf.slots.get_mut() = slots.into_boxed_slice();
    }
    let g = rt.new_generator(kind, hf, name, qualname);
    // The function frame is done.
    if let Some(p) = fs.pop_raw() {
        // SAFETY: just popped; finished before anything can push a frame into its place.
        unsafe { finish_function_frame(rt, p.as_ptr(), used) };
    }
    g
}

/// Calls `func`, a generator (or coroutine) function, with exactly its positional parameters
/// `args`, making the generator without running the evaluation loop: what pushing its frame
/// and running RETURN_GENERATOR (its first instruction) would make. None when the call needs
/// the general path (other parameters, cells, tracing, the recursion limit).
pub fn call_generator_function(
    rt: &Runtime,
    func: &Value,
    args: &[Value],
) -> Option<PyResult<Value>> {
    let fd = rt.function_data(func)?;
    let code = unsafe { (*fd.code.get()).clone() };
    let cd = rt.code_data(&code)?;
    let kind = if cd.flags & co_flags::COROUTINE != 0 {
        GenKind::Coroutine
    } else if cd.flags & co_flags::ASYNC_GENERATOR != 0 {
        GenKind::AsyncGenerator
    } else if cd.flags & co_flags::GENERATOR != 0 {
        GenKind::Generator
    } else {
        return None;
    };
    let first = unsafe { &*cd.code.get() }.first().copied()?;
    let simple = args.len() == cd.argcount as usize
        && cd.kwonlyargcount == 0
        && cd.flags & (co_flags::VARARGS | co_flags::VARKEYWORDS) == 0
        && crate::specialize::deopt_byte(first)
            == crate::bytecode::opcode::Opcode::RETURN_GENERATOR as u8
        && !rt.interp.trace.on.get()
        && rt.recursion_depth.get() < rt.recursion_limit.get();
    if !simple {
        return None;
    }
    let nlocalsplus = cd.nlocalsplus as usize;
    let n = nlocalsplus + cd.stacksize as usize + 2;
    // The function's namespaces are borrowed: the generator holds the function.
    let borrow = !rt.is_none(&fd.builtins);
    let (globals, builtins) = if borrow {
        // SAFETY: see `HeapFrame::ns_borrowed`.
        unsafe {
            (
                Frame::borrow_ns(&fd.globals),
                Frame::borrow_ns(&fd.builtins),
            )
        }
    } else {
        let b = rt.interp.builtins_dict().unwrap_or_else(|| rt.none());
        (fd.globals.clone(), b)
    };
    let mut hf = HeapFrame::new(code, Some(func.clone()), globals, builtins, nlocalsplus);
    hf.ns_borrowed = borrow;
    // Stopped just past RETURN_GENERATOR, as `make_generator` leaves it.
    hf.ip.set(1);
    if n <= INLINE_SLOTS {
        let inline = hf.inline.get_mut();
        for (s, a) in inline.iter_mut().zip(args) {
            *s = Some(a.clone());
        }
        hf.inline_len.set(n);
    } else {
        let mut slots: Vec<Option<Value>> = Vec::new();
        if slots.try_reserve_exact(n).is_err() {
            return Some(Err(rt.memory_error()));
        }
        slots.extend(args.iter().map(|a| Some(a.clone())));
        slots.resize_with(n, || None);
        *hf.slots.get_mut() = slots.into_boxed_slice();
    }
    let (name, qualname) = unsafe { ((*fd.name.get()).clone(), (*fd.qualname.get()).clone()) };
    Some(rt.new_generator(kind, hf, name, qualname))
}

/// Drops the function frame `p` (just popped) that RETURN_GENERATOR turned into a generator,
/// whose first `used` slots moved out.
#[inline(always)]
unsafe fn finish_function_frame(rt: &Runtime, p: *mut Frame, used: usize) {
    rt.recursion_depth
        .set(rt.recursion_depth.get().saturating_sub(1));
    unsafe {
        if (*p).obj.is_some() || used < (*p).nlocalsplus + (*p).sp {
            let mut done = p.read();
            if done.obj.is_some() {
                super::frameobj::detach(rt, &mut done);
            }
            done.clear_slots();
            if let Some(m) = done.mark {
                rt.interp.data.release(m);
            }
            return;
        }
        // The common case, field by field (no whole-frame copy and drop).
        if !(*p).code_borrowed {
            drop(core::ptr::read(&(*p).code));
        }
        if !(*p).ns_borrowed {
            drop(core::ptr::read(&(*p).globals));
            drop(core::ptr::read(&(*p).builtins));
        }
        let mark = (*p).mark;
        let owned = (core::ptr::read(&(*p).func), core::ptr::read(&(*p).locals));
        if let Some(m) = mark {
            rt.interp.data.release(m);
        }
        drop(owned);
    }
}

/// Resumes generator `g` with `send` pushed (or `throw` raised): Ok(Ok(yielded)) or
/// Ok(Err(returned)).
fn resume(
    rt: &Runtime,
    g: &Value,
    send: Option<Value>,
    throw: Option<PyErr>,
) -> PyResult<Result<Value, Value>> {
    let gd = gen_data(rt, g)?;
    if !gd.live() {
        return match throw {
            Some(e) => Err(e),
            None => Ok(Err(rt.none())),
        };
    }
    if gd.running.get() {
        let what = match gd.kind {
            GenKind::Generator => "generator already executing",
            GenKind::Coroutine => "coroutine already executing",
            GenKind::AsyncGenerator => "async generator already executing",
        };
        return Err(rt.value_error(what));
    }
    let hf = &gd.hf;
    // Room for the sent value (a generator made without a frame, by the Rust API, has none).
    if hf.slot_parts().1 <= hf.nlocalsplus + hf.sp.get() {
        return Err(rt.runtime_error("bad generator frame"));
    }
    let depth = rt.recursion_depth.get();
    if depth >= rt.recursion_limit.get() || rt.native_stack_exhausted(depth) {
        return Err(rt.recursion_error("maximum recursion depth exceeded"));
    }
    rt.recursion_depth.set(depth + 1);
    let lp = hf.slot_parts().0;
    let mut sp = hf.sp.get();
    // The sent value is pushed even when throwing (as CPython does): the handler around a
    // `yield from`'s YIELD_VALUE (CLEANUP_THROW) expects the receiver and a value below the
    // exception.
    let v = send.unwrap_or_else(|| rt.none());
    unsafe { *lp.add(hf.nlocalsplus + sp) = Some(v) };
    sp += 1;
    gd.running.set(true);
    gd.started.set(true);
    push_frame(rt, gd, g, sp, true);
    // The generator's own handled exception (if it yielded inside an `except`) is current
    // while it runs; the caller's comes back when it stops.
    let caller_exc = rt.interp.current_exc();
    if let Some(saved) = unsafe { (*gd.exc_state.get()).take() } {
        drop(rt.interp.swap_exc(Some(saved)));
    }
    let r = eval::run(rt, throw);
    gd.running.set(false);
    hand_back_exc(rt, gd, caller_exc, matches!(r, Ok(Exit::Yield(_))));
    match r {
        Ok(Exit::Yield(v)) => {
            if let Some(mut f) = frames(rt).pop() {
                super::frameobj::detach(rt, &mut f);
                hf.sp.set(f.sp);
                hf.ip.set(f.ip);
                hf.lasti.set(f.lasti);
                rt.recursion_depth
                    .set(rt.recursion_depth.get().saturating_sub(1));
            }
            Ok(Ok(v))
        }
        Ok(Exit::Return(v)) => {
            finish(gd);
            Ok(Err(v))
        }
        Err(e) => {
            finish(gd);
            Err(e)
        }
    }
}

/// The generator is finished: its variables and stack go (the code and namespaces stay for
/// its frame object).
fn finish(gd: &GenData) {
    gd.done.set(true);
    let hf = &gd.hf;
    hf.live.set(0);
    // A frame object held elsewhere keeps the variables (`f_locals` still shows them).
    gd.detach_shared_view();
    let (p, n) = hf.slot_parts();
    hf.sp.set(0);
    for i in 0..n {
        // SAFETY: `p` holds `n` slots; each value is taken out before it is dropped (a
        // `__del__` it runs sees the generator finished).
        drop(unsafe { (*p.add(i)).take() });
    }
    // All empty now: neither the frame view nor the generator's drop looks at them again.
    hf.inline_len.set(0);
}

/// StopIteration carrying a return value (made by calling the class, so `.value` is set).
fn stop(rt: &Runtime, v: Value) -> PyErr {
    if rt.is_none(&v) {
        return rt.stop_iteration(None);
    }
    match rt.call(&rt.exc().stop_iteration.value(), Args::positional(&[v])) {
        Ok(e) => PyErr(e),
        Err(e) => e,
    }
}

/// One `send` step with CPython's checks (`gen_send_ex`): Ok(Ok(yielded)), Ok(Err(returned)).
pub fn send_raw(rt: &Runtime, g: &Value, v: Value) -> PyResult<Result<Value, Value>> {
    let gd = gen_data(rt, g)?;
    let done = !gd.live();
    if !gd.started.get() && !rt.is_none(&v) && !done {
        return Err(rt.type_error(match gd.kind {
            GenKind::Generator => "can't send non-None value to a just-started generator",
            GenKind::Coroutine => "can't send non-None value to a just-started coroutine",
            GenKind::AsyncGenerator => {
                "can't send non-None value to a just-started async generator"
            }
        }));
    }
    if done && gd.kind == GenKind::Coroutine {
        return Err(rt.runtime_error("cannot reuse already awaited coroutine"));
    }
    resume(rt, g, Some(v), None)
}

/// The exception a generator's return raises out of `send`/`throw`.
pub fn returned(rt: &Runtime, g: &Value, ret: Value) -> PyErr {
    match gen_data(rt, g) {
        Ok(gd) if gd.kind == GenKind::AsyncGenerator => {
            rt.new_exception(rt.exc().stop_async_iteration, Vec::new())
        }
        _ => stop(rt, ret),
    }
}

pub fn gen_send(rt: &Runtime, g: &Value, v: &Value) -> PyResult<Value> {
    match send_raw(rt, g, v.clone())? {
        Ok(y) => Ok(y),
        Err(ret) => Err(returned(rt, g, ret)),
    }
}

/// The iterator a generator suspended in `yield from`/`await` delegates to: the frame stopped
/// just before a RESUME after-yield-from/await, with the receiver on top of its stack.
fn delegate_of(rt: &Runtime, hf: &HeapFrame) -> Option<Value> {
    let cd = rt.code_data(&hf.code)?;
    let code = unsafe { &*cd.code.get() };
    let ip = hf.ip.get();
    let (op, arg) = (*code.get(2 * ip)?, *code.get(2 * ip + 1)?);
    if crate::specialize::deopt_byte(op) != crate::bytecode::opcode::Opcode::RESUME as u8
        || u32::from(arg) < crate::bytecode::opcode::RESUME_AFTER_YIELD_FROM
    {
        return None;
    }
    let sp = hf.sp.get();
    let i = (hf.nlocalsplus + sp).checked_sub(1)?;
    hf.slot_slice().get(i).cloned().flatten()
}

fn is_native_gen(rt: &Runtime, v: &Value) -> bool {
    let ty = rt.type_of(v);
    ty == rt.types().generator || ty == rt.types().coroutine
}

/// What a suspended generator delegates to (`gi_yieldfrom`, `cr_await`): read from its frame
/// when asked, as CPython does, not saved at every yield.
pub fn yield_from(rt: &Runtime, gd: &GenData) -> Option<Value> {
    if gd.running.get() || !gd.started.get() {
        return None;
    }
    delegate_of(rt, frame_of(gd)?)
}

/// Closes what a generator delegates to (`gen_close_iter`).
fn close_iter(rt: &Runtime, yf: &Value) -> PyResult<()> {
    if is_native_gen(rt, yf) {
        return gen_close(rt, yf).map(drop);
    }
    match rt.getattr_opt(yf, "close")? {
        Some(m) => rt.call(&m, Args::positional(&[])).map(drop),
        None => Ok(()),
    }
}

/// Raises `e` inside `g`, first passing it on to the iterator `g` delegates to (`_gen_throw`).
pub fn throw_into(
    rt: &Runtime,
    g: &Value,
    e: PyErr,
    close_on_exit: bool,
) -> PyResult<Result<Value, Value>> {
    let gd = gen_data(rt, g)?;
    let yf = yield_from(rt, gd);
    let live = gd.live();
    if let (Some(yf), true, false) = (yf, live, gd.running.get()) {
        if close_on_exit && rt.err_matches(&e, rt.exc().generator_exit) {
            gd.running.set(true);
            let r = close_iter(rt, &yf);
            gd.running.set(false);
            return match r {
                Err(err) => resume(rt, g, None, Some(err)),
                Ok(()) => resume(rt, g, None, Some(e)),
            };
        }
        gd.running.set(true);
        let r = if is_native_gen(rt, &yf) {
            match throw_into(rt, &yf, PyErr(e.0.clone()), close_on_exit) {
                Ok(Ok(y)) => Ok(Some(y)),
                Ok(Err(ret)) => Err(stop(rt, ret)),
                Err(err) => Err(err),
            }
        } else {
            match rt.getattr_opt(&yf, "throw") {
                Ok(Some(m)) => rt
                    .call(&m, Args::positional(core::slice::from_ref(&e.0)))
                    .map(Some),
                Ok(None) => Ok(None),
                Err(err) => Err(err),
            }
        };
        gd.running.set(false);
        return match r {
            Ok(Some(y)) => Ok(Ok(y)),
            // No `throw` method: raise it here.
            Ok(None) => resume(rt, g, None, Some(e)),
            // CLEANUP_THROW turns a StopIteration into the value of the `yield from`.
            Err(err) => resume(rt, g, None, Some(err)),
        };
    }
    if !live && gd.kind == GenKind::Coroutine && !close_on_exit {
        return Err(rt.runtime_error("cannot reuse already awaited coroutine"));
    }
    resume(rt, g, None, Some(e))
}

pub fn exception_from(rt: &Runtime, args: Args<'_>) -> PyResult<PyErr> {
    let typ = args.all.first().cloned().unwrap_or_else(|| rt.none());
    let val = args.all.get(1).cloned();
    if let Some(t) = rt.type_ref_of_type_value(&typ)
        && rt.is_subtype(t, rt.exc().base_exception)
    {
        let e = match val {
            Some(v) if crate::object::exceptions::exc_data(rt, &v).is_ok() => v,
            Some(v) if rt.is_none(&v) => rt.call(&typ, Args::positional(&[]))?,
            Some(v) => match rt.tuple_items(&v) {
                Some(items) => rt.call(&typ, Args::positional(items))?,
                None => rt.call(&typ, Args::positional(&[v]))?,
            },
            None => rt.call(&typ, Args::positional(&[]))?,
        };
        return Ok(PyErr(e));
    }
    if crate::object::exceptions::exc_data(rt, &typ).is_ok() {
        if val.as_ref().is_some_and(|v| !rt.is_none(v)) {
            return Err(rt.type_error("instance exception may not have a separate value"));
        }
        return Ok(PyErr(typ));
    }
    Err(rt.type_error(alloc::format!(
        "exceptions must be classes or instances deriving from BaseException, not {}",
        rt.type_name(&typ)
    )))
}

pub fn gen_throw(rt: &Runtime, g: &Value, args: Args<'_>) -> PyResult<Value> {
    let e = exception_from(rt, args)?;
    match throw_into(rt, g, e, true)? {
        Ok(y) => Ok(y),
        Err(ret) => Err(returned(rt, g, ret)),
    }
}

pub fn gen_close(rt: &Runtime, g: &Value) -> PyResult<Value> {
    let gd = gen_data(rt, g)?;
    if !gd.live() {
        return Ok(rt.none());
    }
    if !gd.started.get() {
        finish(gd);
        return Ok(rt.none());
    }
    let ge = rt.call(&rt.exc().generator_exit.value(), Args::positional(&[]))?;
    match throw_into(rt, g, PyErr(ge), true) {
        Ok(Ok(_)) => Err(rt.runtime_error(match gd.kind {
            GenKind::Generator => "generator ignored GeneratorExit",
            GenKind::Coroutine => "coroutine ignored GeneratorExit",
            GenKind::AsyncGenerator => "async generator ignored GeneratorExit",
        })),
        Ok(Err(_)) => Ok(rt.none()),
        Err(e)
            if rt.err_matches(&e, rt.exc().generator_exit)
                || rt.err_matches(&e, rt.exc().stop_iteration)
                || (gd.kind == GenKind::AsyncGenerator
                    && rt.err_matches(&e, rt.exc().stop_async_iteration)) =>
        {
            Ok(rt.none())
        }
        Err(e) => Err(e),
    }
}

/// SEND: one step of `yield from` / `await` on `recv`: Ok(yielded) or Err(return value).
pub fn send_to(rt: &Runtime, recv: &Value, v: Value) -> PyResult<Result<Value, Value>> {
    let t = rt.types();
    let ty = rt.type_of(recv);
    if ty == t.generator || ty == t.coroutine {
        return send_raw(rt, recv, v);
    }
    let r = if rt.is_none(&v) {
        match rt.type_of(recv).data().slots().next {
            Some(f) => match f(rt, recv) {
                Ok(Some(y)) => return Ok(Ok(y)),
                Ok(None) => return Ok(Err(rt.none())),
                Err(e) => Err(e),
            },
            None => rt.call_method(recv, "__next__", &[]),
        }
    } else {
        rt.call_method(recv, "send", &[v])
    };
    match r {
        Ok(y) => Ok(Ok(y)),
        Err(e) if rt.err_matches(&e, rt.exc().stop_iteration) => {
            let val = rt.getattr_str(e.value(), "value")?;
            Ok(Err(val))
        }
        Err(e) => Err(e),
    }
}

// ---- Resuming in the caller's evaluation loop (FOR_ITER_GEN / SEND_GEN) ----
//
// As CPython 3.11+ does, the specialized FOR_ITER and SEND push a generator's frame onto the
// frame stack as a call pushes its callee's and the loop continues in it: no nested `run`.
// Such a frame is not an entry frame: YIELD_VALUE pops it back into the caller
// (`yield_inline`), a return pops it and jumps the caller past its loop (`return_inline`), and
// an exception unwinds into the caller as from a call (`end_inline` via `pop_frame_slow`).
// Everything unusual (a running, finished or unstarted-with-a-value generator, the recursion
// limit) takes the nested path, which raises exactly as before.

/// The generator's suspended frame, unless it finished.
#[inline(always)]
fn frame_of(gd: &GenData) -> Option<&HeapFrame> {
    gd.live().then_some(&gd.hf)
}

/// Whether `g` (exactly a generator or coroutine) can be resumed in the caller's loop with a
/// value that is None or not.
#[inline(always)]
pub fn can_resume_inline(rt: &Runtime, g: &Value, sending_none: bool) -> bool {
    // SAFETY: the callers' guards checked the type (generator or coroutine: `GenData`).
    let gd = unsafe { g.heap().unwrap_unchecked().payload::<GenData>() };
    gd.live()
        && !gd.running.get()
        && gd.hf.slot_parts().1 > gd.hf.nlocalsplus + gd.hf.sp.get()
        && (sending_none || gd.started.get())
        && rt.recursion_depth.get() < rt.recursion_limit.get()
}

/// Pushes `g`'s frame with `v` sent (checked by `can_resume_inline`) over the running caller,
/// whose registers the caller saved (`Regs::save_to_frame`); the loop continues in the
/// generator. `jump` is where the caller goes on the generator's return (past the
/// instruction's target).
#[inline(never)]
pub fn push_inline(rt: &Runtime, g: &Value, v: Value, jump: u32) {
    // SAFETY: as in `can_resume_inline`; the frame is present (checked there).
    let gd = unsafe { g.heap().unwrap_unchecked().payload::<GenData>() };
    let hf = &gd.hf;
    rt.recursion_depth.set(rt.recursion_depth.get() + 1);
    let lp = hf.slot_parts().0;
    let sp = hf.sp.get();
    unsafe { *lp.add(hf.nlocalsplus + sp) = Some(v) };
    gd.running.set(true);
    gd.started.set(true);
    gd.resume_jump.set(jump);
    // The generator's own handled exception (a yield inside `except`) is current while it
    // runs; the resumer's comes back when it stops.
    let resumer = match unsafe { (*gd.exc_state.get()).take() } {
        Some(saved) => rt.interp.swap_exc(Some(saved)),
        None => rt.interp.current_exc(),
    };
    unsafe { *gd.resumer_exc.get() = resumer };
    push_frame(rt, gd, g, sp + 1, false);
}

/// Pushes generator `g`'s frame (whose state is `gd.hf`) with `sp` values on its stack: an
/// entry frame of a nested run, or one the caller's loop runs.
#[inline(always)]
fn push_frame(rt: &Runtime, gd: &GenData, g: &Value, sp: usize, entry: bool) {
    let hf = &gd.hf;
    hf.live.set(frames(rt).len() + 1);
    // The code and namespaces are borrowed from the generator, which the frame holds.
    // SAFETY: `g` owns them and never replaces them; it lives in `generator` until the frame
    // ends.
    let (code, globals, builtins) = unsafe {
        (
            Frame::borrow_ns(&hf.code),
            Frame::borrow_ns(&hf.globals),
            Frame::borrow_ns(&hf.builtins),
        )
    };
    frames(rt).push(|| Frame {
        code,
        func: hf.func.clone(),
        globals,
        builtins,
        locals: None,
        lp: hf.slot_parts().0,
        nlocalsplus: hf.nlocalsplus,
        sp,
        ip: hf.ip.get(),
        lasti: hf.lasti.get(),
        mark: None,
        entry,
        ns_borrowed: true,
        code_borrowed: true,
        generator: Some(g.clone()),
        // The frame object, if introspection made one (else made when asked for).
        obj: unsafe { (*gd.fobj.get()).clone() },
    });
}

/// Makes the resumer's handled exception current again; keeps the generator's own when it
/// suspends inside a handler.
#[inline(always)]
fn restore_exc(rt: &Runtime, gd: &GenData, suspended: bool) {
    let resumer = unsafe { (*gd.resumer_exc.get()).take() };
    hand_back_exc(rt, gd, resumer, suspended);
}

/// Makes `resumer`'s handled exception current again; the generator keeps the one that was
/// current if it suspended with a handled exception of its own.
#[inline(always)]
fn hand_back_exc(rt: &Runtime, gd: &GenData, resumer: Option<Value>, suspended: bool) {
    let now = rt.interp.swap_exc(resumer.clone());
    let same = match (&resumer, &now) {
        (Some(a), Some(b)) => a.is(b),
        (None, None) => true,
        _ => false,
    };
    if suspended && !same {
        unsafe { *gd.exc_state.get() = now };
    } else {
        drop(now);
    }
}

/// YIELD_VALUE in a frame resumed by `push_inline` (the top frame; its registers are `ip`,
/// `sp`, `lasti`, the yielded value already popped): saves the generator's state and pops its
/// frame. Returns the caller's frame, where the loop continues with the value pushed.
#[inline(never)]
pub fn yield_inline(rt: &Runtime, ip: usize, sp: usize, lasti: usize) -> Option<*mut Frame> {
    let (owned, g) = pop_inline(rt)?;
    // SAFETY: a frame's generator is a generator or coroutine (`GenData`).
    let gd = unsafe { g.heap().unwrap_unchecked().payload::<GenData>() };
    if let Some(hf) = frame_of(gd) {
        hf.sp.set(sp);
        hf.ip.set(ip);
        hf.lasti.set(lasti);
        hf.live.set(0);
    }
    gd.running.set(false);
    restore_exc(rt, gd, true);
    drop(owned);
    drop(g);
    frames(rt).top_ptr()
}

/// Pops the top frame, one made by `push_inline`: its generator, and the other references it
/// owns (to drop once the generator's state is saved).
#[inline(always)]
fn pop_inline(rt: &Runtime) -> Option<(impl Sized, Value)> {
    let p = frames(rt).pop_raw()?.as_ptr();
    rt.recursion_depth
        .set(rt.recursion_depth.get().saturating_sub(1));
    // SAFETY: just popped: the owned fields are read out before anything can push a frame
    // into its allocation. A frame made by `push_inline` borrows its code and namespaces
    // (nothing to drop); otherwise it is dropped whole.
    unsafe {
        if !((*p).code_borrowed && (*p).ns_borrowed) {
            let f = p.read();
            let g = f.generator.clone()?;
            drop(f);
            return Some(((None, None, None), g));
        }
        let g = core::ptr::read(&(*p).generator);
        let owned = (
            core::ptr::read(&(*p).func),
            core::ptr::read(&(*p).obj),
            core::ptr::read(&(*p).locals),
        );
        Some((owned, g?))
    }
}

/// A return from a frame resumed by `push_inline` (the top frame, at instruction `lasti`):
/// pops it and finishes the generator. Returns the caller's frame and how far past the
/// resuming instruction it continues.
#[inline(never)]
pub fn return_inline(rt: &Runtime, lasti: usize) -> Option<(*mut Frame, u32)> {
    let (owned, g) = pop_inline(rt)?;
    // SAFETY: a frame's generator is a generator or coroutine (`GenData`).
    let gd = unsafe { g.heap().unwrap_unchecked().payload::<GenData>() };
    if let Some(hf) = frame_of(gd) {
        hf.live.set(0);
        hf.lasti.set(lasti);
    }
    let jump = end_inline(rt, &g);
    drop(owned);
    drop(g);
    Some((frames(rt).top_ptr()?, jump))
}

/// A frame resumed by `push_inline` ended (returned or raised): the generator is finished.
/// Returns the caller's jump for a return.
pub fn end_inline(rt: &Runtime, g: &Value) -> u32 {
    // SAFETY: a frame's generator is a generator or coroutine (`GenData`).
    let gd = unsafe { g.heap().unwrap_unchecked().payload::<GenData>() };
    gd.running.set(false);
    restore_exc(rt, gd, false);
    finish(gd);
    gd.resume_jump.get()
}
