//! The tier-1 evaluation loop.
//!
//! `run` drives a stack of frames: Python-to-Python calls push a frame and keep going in the
//! same loop (no native recursion), returns pop it, and exceptions unwind through the
//! zero-cost exception table. The instructions themselves run in `execute`, one match arm per
//! opcode, with the hot registers (code, ip, stack pointer) in `Regs`.

use alloc::format;

use super::frame::Frame;
use super::ops as x;
use super::traceback;
use crate::bytecode::opcode::{self as opc, Opcode};
use crate::object::args::Args;
use crate::object::code::co_flags;
use crate::object::error::{PyErr, PyResult};
use crate::object::typeobj::{BinOp, CmpOp};
use crate::object::value::Value;
use crate::runtime::Runtime;
use crate::specialize as spec;

/// How a run of the loop ended.
pub enum Exit {
    Return(Value),
    Yield(Value),
}

/// Why `execute` stopped.
enum Flow {
    /// An exception; `fresh` is false for RERAISE (no traceback entry, no new context).
    Error(PyErr, bool),
    Return(Value),
    Yield(Value),
    /// Call a Python function in a new frame: callable at stack index `base`, arguments after
    /// it (`self_or_null` slot included when set), `kwnames` tuple or None.
    Call {
        base: usize,
        nargs: usize,
        kwnames: Option<Value>,
    },
    /// RETURN_GENERATOR: move the frame into a generator.
    MakeGenerator,
    /// Tracing was turned on by a call: continue in the tracing instance of `execute`.
    Retrace,
    /// A specialized CALL pushed the callee's frame: continue in it.
    Pushed,
}

/// In C order so `ip` and `lasti` are not neighbours: when they were, loading them from a
/// frame just pushed (stored as zeros, 16 bytes at a time at other offsets) became one 16-byte
/// load across two stores, which cannot be forwarded and stalled every Python call.
#[derive(Clone, Copy)]
#[repr(C)]
pub struct Regs {
    /// The frame being run (its `lasti` is kept current for introspection).
    pub frame: *mut Frame,
    pub ip: usize,
    pub code: *const u8,
    pub lasti: usize,
    /// Code units in `code`: fetching past it is an error, never a wild read.
    pub ncode: usize,
    pub lp: *mut Option<Value>,
    pub st: *mut Option<Value>,
    pub sp: usize,
    pub consts: *const Value,
    pub names: *const Value,
}

impl Regs {
    /// A copy made field by field, for a call out of line: the loop's registers must never
    /// have their address taken (the compiler would keep them in memory, not in machine
    /// registers), and a plain struct copy passed by reference can be optimized back into the
    /// original's address.
    #[inline(always)]
    pub fn detached(&self) -> Regs {
        Regs {
            frame: self.frame,
            code: self.code,
            ncode: self.ncode,
            ip: self.ip,
            lasti: self.lasti,
            lp: self.lp,
            st: self.st,
            sp: self.sp,
            consts: self.consts,
            names: self.names,
        }
    }
    /// Writes the registers the frame keeps (ip, sp, lasti) back into the running frame.
    /// Callers leaving the loop's frame for another one use this rather than passing a
    /// `detached` copy: that copy reloads `frame` and `ip` (just stored as 8 bytes) as one
    /// 16-byte word, which stalls store forwarding on every generator resume.
    #[inline(always)]
    pub fn save_to_frame(&self) {
        // SAFETY: `frame` is the running frame (see `load_regs`).
        save_regs(unsafe { &mut *self.frame }, self);
    }
    #[inline(always)]
    fn unit(&self, i: usize) -> (u8, u32) {
        unsafe { (*self.code.add(2 * i), u32::from(*self.code.add(2 * i + 1))) }
    }
    #[inline(always)]
    fn push(&mut self, v: Value) {
        self.push_opt(Some(v));
    }
    /// Slots above the stack top are always empty (pops take their value), so a push writes
    /// without dropping what was there.
    #[inline(always)]
    fn push_opt(&mut self, v: Option<Value>) {
        unsafe {
            let slot = self.st.add(self.sp);
            debug_assert!((*slot).is_none(), "push onto a full slot");
            core::ptr::write(slot, v);
        }
        self.sp += 1;
    }
    #[inline(always)]
    fn pop_opt(&mut self) -> Option<Value> {
        self.sp -= 1;
        unsafe { (*self.st.add(self.sp)).take() }
    }
    #[inline(always)]
    fn pop(&mut self) -> Value {
        // The compiler never pops a NULL where a value is expected; None stands in if it did.
        match self.pop_opt() {
            Some(v) => v,
            None => Value::small_int(0).unwrap_or_else(|| unreachable!()),
        }
    }
    #[inline(always)]
    fn peek(&self, n: usize) -> &Option<Value> {
        unsafe { &*self.st.add(self.sp - n) }
    }
    #[inline(always)]
    fn top(&self) -> &Value {
        match self.peek(1) {
            Some(v) => v,
            None => unreachable!(),
        }
    }
    // The slots live in the data stack, not in `Regs`: handing out `&mut` from `&self` is how
    // the loop writes them; no two such borrows are held at once.
    #[allow(clippy::mut_from_ref)]
    #[inline(always)]
    fn slot(&self, i: usize) -> &mut Option<Value> {
        unsafe { &mut *self.st.add(i) }
    }
    #[allow(clippy::mut_from_ref)]
    #[inline(always)]
    fn local(&self, i: usize) -> &mut Option<Value> {
        unsafe { &mut *self.lp.add(i) }
    }
    #[inline(always)]
    fn konst(&self, i: usize) -> Value {
        unsafe { (*self.consts.add(i)).clone() }
    }
    #[inline(always)]
    fn name(&self, i: usize) -> &Value {
        unsafe { &*self.names.add(i) }
    }
    /// Stack slots `[from, from + n)` as values (all set).
    fn values(&self, from: usize, n: usize) -> &[Value] {
        // SAFETY: Option<Value> has Value's layout (NonZero niche) and these slots are Some.
        unsafe { core::slice::from_raw_parts(self.st.add(from) as *const Value, n) }
    }
    /// Pops and drops values until the stack is `depth` deep.
    pub(crate) fn drop_to(&mut self, depth: usize) {
        while self.sp > depth {
            drop(self.pop_opt());
        }
    }
}

/// Drops a value the loop overwrote or popped, inline; a float that dies goes straight to the
/// free list (loops over floats kill one per assignment).
#[inline(always)]
fn release(rt: &Runtime, v: Option<Value>) {
    if let Some(v) = v {
        rt.release_value(v);
    }
}

/// The frame stack (runtime state behind a cell; callers never keep two borrows alive).
#[allow(clippy::mut_from_ref)]
fn frames(rt: &Runtime) -> &mut super::frame_stack::FrameStack {
    unsafe { &mut *rt.interp.frames.get() }
}

/// Registers for the frame at `fp` (the top of the frame stack): a few loads, no checks.
#[inline(always)]
pub(crate) fn load_regs(rt: &Runtime, fp: *mut Frame) -> Regs {
    // SAFETY: `fp` is the top frame, live for as long as these registers run it.
    let f = unsafe { &*fp };
    // SAFETY: a frame's code is always a code object (checked wherever frames are made: from a
    // function's `__code__`, by `run_code`, or the runtime's own shims).
    let v = unsafe { rt.code_data_unchecked(&f.code) }.loop_view();
    Regs {
        frame: fp,
        code: v.code,
        ncode: v.ncode,
        ip: f.ip,
        lasti: f.lasti,
        lp: f.lp,
        st: unsafe { f.lp.add(f.nlocalsplus) },
        sp: f.sp,
        consts: v.consts,
        names: v.names,
    }
}

/// Registers for a frame just pushed over `lp` to run `cd` from its start: what `load_regs`
/// would read back from the frame, taken from the values the frame was made of (the call
/// path's loads of fields it had just stored).
#[inline(always)]
pub(crate) fn regs_for_new_frame(
    fp: *mut Frame,
    cd: &crate::object::code::CodeData,
    lp: *mut Option<Value>,
) -> Regs {
    let v = cd.loop_view();
    Regs {
        frame: fp,
        code: v.code,
        ncode: v.ncode,
        ip: 0,
        lasti: 0,
        lp,
        st: unsafe { lp.add(cd.nlocalsplus as usize) },
        sp: 0,
        consts: v.consts,
        names: v.names,
    }
}

#[inline(always)]
fn save_regs(f: &mut Frame, r: &Regs) {
    f.ip = r.ip;
    f.sp = r.sp;
    f.lasti = r.lasti;
}

/// Pops the top frame, clearing (or handing back) its slots and releasing its stack slice;
/// returns whether it was an entry frame.
#[inline(always)]
fn pop_frame(rt: &Runtime) -> Option<bool> {
    let p = frames(rt).pop_raw()?.as_ptr();
    // SAFETY: `p` was the top frame and is off the stack now.
    Some(unsafe { finish_frame(rt, p, (*p).sp) })
}

/// Finishes frame `p`, just popped, whose value stack holds `sp` values; returns whether it
/// was an entry frame.
///
/// # Safety
/// `p` must be a frame just taken off the frame stack (its allocation is free for reuse).
#[inline(always)]
unsafe fn finish_frame(rt: &Runtime, p: *mut Frame, sp: usize) -> bool {
    // SAFETY: the frame's fields are read out (moved) before anything runs that could push a
    // frame into the freed allocation (a `__del__`).
    unsafe {
        if (*p).obj.is_some() || (*p).generator.is_some() {
            (*p).sp = sp;
            return pop_frame_slow(rt, p.read());
        }
        // The common frame: nobody looked at it, and it owns its slice of the data stack.
        let code = (!(*p).code_borrowed).then(|| core::ptr::read(&(*p).code));
        let func = core::ptr::read(&(*p).func);
        // Borrowed namespaces are just not dropped.
        let ns = (!(*p).ns_borrowed).then(|| {
            (
                core::ptr::read(&(*p).globals),
                core::ptr::read(&(*p).builtins),
            )
        });
        let locals = core::ptr::read(&(*p).locals);
        let entry = (*p).entry;
        release_slots(rt, p, sp);
        // Each drop inline (`release`): the drop glue of these options was left out of line,
        // four calls per return.
        release(rt, code);
        release(rt, func);
        if let Some((g, b)) = ns {
            rt.release_value(g);
            rt.release_value(b);
        }
        release(rt, locals);
        entry
    }
}

/// Releases a finished frame's slots (its locals and `sp` stack values), its slice of the data
/// stack, and its level of recursion depth: what `finish_frame` and `finish_call_frame` share.
///
/// Takes the fields by value: a `__del__` run by a release may push a frame into the
/// just-freed allocation.
///
/// # Safety
/// `p` must be a frame just taken off the frame stack, its owned fields already read out.
#[inline(always)]
unsafe fn release_slots(rt: &Runtime, p: *mut Frame, sp: usize) {
    // SAFETY: read before any release can run Python code.
    let (lp, n, mark) = unsafe { ((*p).lp, (*p).nlocalsplus + sp, (*p).mark) };
    for i in 0..n {
        // SAFETY: the frame's slots `[0, nlocalsplus + sp)` are live in its data-stack slice.
        release(rt, unsafe { (*lp.add(i)).take() });
    }
    if let Some(m) = mark {
        rt.interp.data.release(m);
    }
    rt.recursion_depth
        .set(rt.recursion_depth.get().saturating_sub(1));
}

/// `finish_frame` for the frame `return_here` pops (not a generator's, not an entry frame).
/// The frame of a Python call borrows its code and namespaces and has no locals mapping nor
/// frame object: only its slots and its function are released, with no spills of the
/// fields a general frame may own.
///
/// # Safety
/// As `finish_frame`.
#[inline(always)]
unsafe fn finish_call_frame(rt: &Runtime, p: *mut Frame, sp: usize) {
    // SAFETY: as in `finish_frame`: everything is read out before the slots are released.
    unsafe {
        let f = &*p;
        if !(f.code_borrowed & f.ns_borrowed) || f.locals.is_some() || f.obj.is_some() {
            finish_frame_outlined(rt, p, sp);
            return;
        }
        let func = core::ptr::read(&f.func);
        release_slots(rt, p, sp);
        release(rt, func);
    }
}

/// `finish_frame` out of line: the frames of `__init__` shims, of the generic call of a
/// function without builtins, and frames looked at by `sys._getframe`.
#[inline(never)]
unsafe fn finish_frame_outlined(rt: &Runtime, p: *mut Frame, sp: usize) {
    // SAFETY: the caller's contract.
    unsafe { finish_frame(rt, p, sp) };
}

/// `pop_frame` for a frame with a `frame` object or of a generator.
#[cold]
#[inline(never)]
fn pop_frame_slow(rt: &Runtime, mut f: Frame) -> bool {
    if f.obj.is_some() {
        super::frameobj::detach(rt, &mut f);
    }
    if f.generator.is_none() {
        f.clear_slots();
    }
    if let Some(m) = f.mark {
        rt.interp.data.release(m);
    }
    rt.recursion_depth
        .set(rt.recursion_depth.get().saturating_sub(1));
    // A generator resumed in its caller's loop raised out of its frame: it is finished.
    if !f.entry
        && let Some(g) = f.generator.take()
    {
        super::generator::end_inline(rt, &g);
    }
    f.entry
}

/// Runs the frame on top of the frame stack (pushed by the caller with `entry` set) until it
/// returns or yields. `throw` starts it by raising that exception at its current instruction.
pub fn run(rt: &Runtime, throw: Option<PyErr>) -> PyResult<Exit> {
    let Some(f) = frames(rt).top_ptr() else {
        return Err(rt.runtime_error("no frame to run"));
    };
    let mut r = load_regs(rt, f);
    let mut pending = throw.map(|e| (e, true));
    if pending.is_some()
        && rt.interp.trace.on.get()
        && let Err(e) = super::trace::throw_entry(rt)
    {
        pending = Some((e, true));
    }
    // The exception came up from a callee: the frame gets an 'exception' trace event.
    let mut propagated = false;
    loop {
        let flow = match pending.take() {
            Some((e, fresh)) => Flow::Error(e, fresh),
            // Two instances of the loop: the plain one has no tracing or `-X stats` check at
            // all; the instrumented one checks both.
            None if rt.interp.trace.on.get() || rt.tiers.stats => execute::<true>(rt, &mut r),
            None => execute::<false>(rt, &mut r),
        };
        match flow {
            Flow::Return(v) => {
                let Some(entry) = pop_frame(rt) else {
                    return Ok(Exit::Return(v));
                };
                if entry {
                    return Ok(Exit::Return(v));
                }
                let Some(caller) = frames(rt).top_ptr() else {
                    return Ok(Exit::Return(v));
                };
                r = load_regs(rt, caller);
                r.push(v);
            }
            Flow::Yield(v) => {
                if let Some(f) = frames(rt).last_mut() {
                    save_regs(f, &r);
                }
                return Ok(Exit::Yield(v));
            }
            Flow::Call {
                base,
                nargs,
                kwnames,
            } => {
                if let Some(f) = frames(rt).last_mut() {
                    save_regs(f, &r);
                }
                match push_call(rt, &mut r, base, nargs, kwnames) {
                    Ok(()) => {
                        if let Some(f) = frames(rt).top_ptr() {
                            r = load_regs(rt, f);
                        }
                    }
                    Err(e) => pending = Some((e, true)),
                }
            }
            Flow::Retrace => {}
            Flow::Pushed => {
                if let Some(f) = frames(rt).top_ptr() {
                    r = load_regs(rt, f);
                }
            }
            Flow::MakeGenerator => {
                if let Some(f) = frames(rt).last_mut() {
                    save_regs(f, &r);
                }
                let entry = frames(rt).last().is_some_and(|f| f.entry);
                match super::generator::make_generator(rt) {
                    Ok(g) => {
                        if entry {
                            return Ok(Exit::Return(g));
                        }
                        let Some(caller) = frames(rt).top_ptr() else {
                            return Ok(Exit::Return(g));
                        };
                        r = load_regs(rt, caller);
                        r.push(g);
                    }
                    Err(e) => pending = Some((e, true)),
                }
            }
            Flow::Error(e, fresh) => {
                // Unwind: find a handler in this frame, else leave the frame and retry in the caller.
                let Some(f) = frames(rt).last_mut() else {
                    return Err(e);
                };
                save_regs(f, &r);
                let exc = e.0.clone();
                if fresh {
                    x::chain_context(rt, &exc);
                }
                if fresh || f.entry {
                    // RERAISE keeps the traceback as it is.
                }
                if fresh {
                    traceback::add_entry(rt, &exc, &f.code, f.lasti as u32);
                }
                let mut e = e;
                let mut exc = exc;
                if (fresh || core::mem::take(&mut propagated))
                    && rt.interp.trace.on.get()
                    && let Err(te) = super::trace::exception(rt, &exc)
                {
                    // The tracer raised: its exception replaces this one.
                    e = te;
                    exc = e.0.clone();
                    if let Some(f) = frames(rt).last() {
                        traceback::add_entry(rt, &exc, &f.code, f.lasti as u32);
                    }
                }
                // RERAISE n carries the offset where the exception arose (CPython's f_lasti).
                let origin = if fresh {
                    None
                } else {
                    super::trace::reraise_origin(rt, &r)
                };
                let Some(f) = frames(rt).last_mut() else {
                    return Err(e);
                };
                if let Some(h) = find_handler(rt, f) {
                    r.drop_to(h.depth as usize);
                    if h.lasti {
                        let li = rt.new_int(origin.unwrap_or(r.lasti) as i64);
                        match li {
                            Ok(li) => r.push(li),
                            Err(e) => return Err(e),
                        }
                    }
                    r.push(e.0);
                    r.ip = h.target as usize;
                    continue;
                }
                if let Some(o) = origin {
                    f.lasti = o;
                }
                if rt.interp.trace.on.get() {
                    super::trace::unwind_return(rt);
                }
                let Some(entry) = pop_frame(rt) else {
                    return Err(e);
                };
                if entry {
                    return Err(e);
                }
                let Some(caller) = frames(rt).top_ptr() else {
                    return Err(e);
                };
                r = load_regs(rt, caller);
                // The caller's CALL raised: it gets its own traceback entry, context kept.
                if let Some(f) = frames(rt).last() {
                    traceback::add_entry(rt, &exc, &f.code, f.lasti as u32);
                }
                pending = Some((e, false));
                propagated = true;
            }
        }
    }
}

fn find_handler(rt: &Runtime, f: &Frame) -> Option<crate::bytecode::ExceptionEntry> {
    let cd = rt.code_data(&f.code)?;
    let table = crate::bytecode::tables::decode_exception_table(&cd.exceptiontable)?;
    let at = f.lasti as u32;
    table.into_iter().find(|e| e.start <= at && at < e.end)
}

/// Sets up the frame for a CALL of a Python function (or raises).
fn push_call(
    rt: &Runtime,
    r: &mut Regs,
    base: usize,
    nargs: usize,
    kwnames: Option<Value>,
) -> PyResult<()> {
    let func = r
        .slot(base)
        .clone()
        .ok_or_else(|| rt.type_error("NULL callable"))?;
    let kw: &[Value] = match &kwnames {
        Some(t) => rt.tuple_items(t).unwrap_or(&[]),
        None => &[],
    };
    let args = r.values(base + 1, nargs);
    let res = super::push_function_frame(rt, &func, args, kw, false);
    // The arguments were copied into the new frame: clear the caller's slots (the caller is
    // below the new frame when it was pushed).
    r.drop_to(base);
    if let Some(caller) = frames(rt).iter_mut().rev().nth(usize::from(res.is_ok())) {
        caller.sp = r.sp;
    }
    res
}

/// A Python-to-Python return inside the loop: pops the frame and continues in the caller with
/// `v` pushed. An entry frame's value goes back to whoever entered the loop (`Err(v)`).
#[inline(always)]
pub(crate) fn return_here(rt: &Runtime, r: &mut Regs, v: Value) -> Result<(), Value> {
    // SAFETY: `r.frame` is the running frame, the top of the frame stack.
    if unsafe { (*r.frame).entry } {
        return Err(v);
    }
    if unsafe { (*r.frame).generator.is_some() } {
        // Resumed in the caller's loop (FOR_ITER_GEN / SEND_GEN): the caller continues past
        // the instruction's target with the value pushed.
        let Some((caller, jump)) = super::generator::return_inline(rt, r.lasti) else {
            return Err(v);
        };
        *r = load_regs(rt, caller);
        r.ip += jump as usize;
        r.push(v);
        return Ok(());
    }
    // The caller's address is found with the pop: it stays put while the frame finishes,
    // even when a `__del__` pushes and pops frames.
    let Some((p, caller)) = frames(rt).pop_with_caller() else {
        return Err(v);
    };
    // SAFETY: just popped. The live stack depth is the registers' (the frame's copy is from
    // its last call).
    unsafe { finish_call_frame(rt, p.as_ptr(), r.sp) };
    let Some(caller) = caller else {
        return Err(v);
    };
    *r = load_regs(rt, caller);
    r.push(v);
    Ok(())
}

macro_rules! tri {
    ($e:expr) => {
        match $e {
            Ok(v) => v,
            Err(e) => return Flow::Error(e, true),
        }
    };
}

/// Runs a generic instruction's one micro-op (specialize/uops_tier2.rs: shared with tier 2).
macro_rules! uop {
    ($rt:expr, $r:expr, $arg:expr, $name:ident) => {{
        let mut c = spec::uops::Ctx::tier1($rt, &mut *$r, $arg);
        if let spec::uops::U::Error(e) = spec::uops::$name(&mut c) {
            return Flow::Error(e, true);
        }
    }};
}

#[cold]
fn past_end(rt: &Runtime) -> PyErr {
    rt.new_error(rt.exc().system_error, "code object ran past its end")
}

/// Runs instructions of the current frame until something needs the driver.
///
/// The registers are copied into a local for the run so the compiler can keep them in machine
/// registers: nothing out of line ever gets their address (cold paths get a copy).
fn execute<const TRACE: bool>(rt: &Runtime, regs: &mut Regs) -> Flow {
    let mut local = *regs;
    let flow = execute_in::<TRACE>(rt, &mut local);
    *regs = local;
    flow
}

/// The tier-1 loop's `match`: the generic arms written in `execute_in`, plus one arm per
/// specialized instruction generated from the table (`spec::table::for_each_spec_op!`). A
/// specialized arm steps over the caches and runs its micro-ops; when a guard fails it counts
/// the miss and runs the generic arm (`continue` re-dispatches with `redo` set).
macro_rules! tier1_match {
    ($rt:ident, $r:ident, $arg:ident, $opb:ident, $redo:ident, $trace:ident,
     match $m:ident { $($arms:tt)* } ;
     $( $name:ident = $num:literal, $family:ident, [$($uop:ident),+] ; )*) => {
        match $m {
            $( $num => {
                const S: spec::SpecOp = spec::SpecOp::$name;
                const CACHES: usize = Opcode::$family.caches() as usize;
                $r.ip += CACHES;
                let res = spec::table::execute(&mut spec::uops::Ctx::tier1($rt, &mut *$r, $arg), S);
                if $trace && $rt.tiers.stats {
                    spec::count(
                        $rt,
                        S,
                        matches!(res, spec::uops::U::Deopt),
                    );
                }
                match res {
                    spec::uops::U::Continue => {
                        // A native call (`sys.settrace`) may have just turned tracing on.
                        if !$trace
                            && matches!(Opcode::$family, Opcode::CALL | Opcode::CALL_KW)
                            && $rt.interp.trace.on.get()
                        {
                            return Flow::Retrace;
                        }
                    }
                    // Continue in the callee, in this loop: `_PUSH_FRAME` switched the
                    // registers to it; a generator resumed in place (FOR_ITER_GEN,
                    // SEND_GEN) did not.
                    spec::uops::U::PushFrame => {
                        if matches!(Opcode::$family, Opcode::FOR_ITER | Opcode::SEND) {
                            match frames($rt).top_ptr() {
                                Some(f) => *$r = load_regs($rt, f),
                                None => return Flow::Pushed,
                            }
                        }
                    }
                    spec::uops::U::Error(e) => return Flow::Error(e, true),
                    spec::uops::U::Deopt => {
                        // Forms without caches have no counter to count misses with.
                        if CACHES != 0 {
                            spec::miss($rt, &$r.detached(), S);
                        }
                        $r.ip -= CACHES;
                        $opb = Opcode::$family as u8;
                        $redo = true;
                        continue;
                    }
                }
            } )*
            $($arms)*
        }
    };
}

#[inline(always)]
fn execute_in<const TRACE: bool>(rt: &Runtime, r: &mut Regs) -> Flow {
    use crate::bytecode::opcode::byte as B;
    use Opcode as O;
    // Set while `opb` runs again at the same instruction (`continue` skips the fetch at the
    // end of the loop): the generic form after a specialized form's guard failed, which then
    // does not count towards a specialization, or the form just specialized.
    let mut redo = false;
    // The instruction byte and oparg being run.
    let (mut opb, mut arg): (u8, u32);
    // Fetches the next instruction into `opb`/`arg`. The tracing instance steps over
    // EXTENDED_ARG here (the tracer sees the whole oparg); the plain one has an arm for it, so
    // the common fetch has no test.
    macro_rules! fetch {
        () => {
            // No bounds check: code never runs past its end (see `opcode::falls_off_end`).
            (opb, arg) = r.unit(r.ip);
            r.ip += 1;
            if TRACE {
                while opb == B::EXTENDED_ARG {
                    let (o, a) = r.unit(r.ip);
                    r.ip += 1;
                    opb = o;
                    arg = arg << 8 | a;
                }
            }
            r.lasti = r.ip - 1;
            // Keep the frame's lasti current: any instruction may run Python code (a call, a
            // `__del__`) that looks at this frame (`f_lineno`, tracebacks).
            // SAFETY: `r.frame` is the running frame (see `load_regs`).
            let prev = unsafe { core::mem::replace(&mut (*r.frame).lasti, r.lasti) };
            // sys.settrace / setprofile (only in the tracing instance of the loop).
            if TRACE {
                let op = super::decode::DECODE[opb as usize].op;
                if rt.interp.trace.on.get()
                    && let Err(e) = super::trace::instruction(rt, &r.detached(), op, arg, prev)
                {
                    return Flow::Error(e, true);
                }
                // While tracing, calls run generically (setprofile's c_call/c_return).
                if (op == O::CALL || op == O::CALL_KW) && rt.interp.trace.on.get() {
                    opb = op as u8;
                    redo = true;
                }
            }
        };
    }
    fetch!();
    loop {
        // Whether sys.settrace/setprofile is on (the instrumented instance also runs for
        // `-X stats` with tracing off).
        macro_rules! tracing {
            () => {
                TRACE && rt.interp.trace.on.get()
            };
        }
        // The start of a generic instruction with inline caches: steps over them and counts
        // down to the next specialization attempt, which on success runs the new form.
        macro_rules! cached {
            ($fam:ident) => {
                const CACHES: usize = O::$fam.caches() as usize;
                r.ip += CACHES;
                if spec::specializer::is_adaptive(O::$fam)
                    && !redo
                    && rt.tiers.specialize
                    && let Some(s) = spec::adapt(rt, r, O::$fam, arg)
                {
                    opb = s as u8;
                    r.ip -= CACHES;
                    redo = true;
                    continue;
                }
            };
        }
        // One `match` on the instruction byte, generic and specialized forms alike (one
        // indirect jump per instruction). The specialized arms come from the table
        // (`tier1_match!`); a failed guard runs the generic arm through `continue`.
        spec::table::for_each_spec_op!(tier1_match!(
            rt,
            r,
            arg,
            opb,
            redo,
            TRACE,
            match opb {
                B::NOP | B::RESUME | B::CACHE => {}
                // The plain instance's EXTENDED_ARG (the tracing one consumed it in `fetch!`):
                // widen the oparg and run the next unit's instruction.
                B::EXTENDED_ARG => {
                    let (o, a) = r.unit(r.ip);
                    r.ip += 1;
                    opb = o;
                    arg = arg << 8 | a;
                    r.lasti = r.ip - 1;
                    // SAFETY: as in `fetch!`.
                    unsafe { (*r.frame).lasti = r.lasti };
                    continue;
                }
                B::RESERVED => return Flow::Error(past_end(rt), true),
                // A hot loop's back edge, replaced by its trace (tier2/).
                // (On a copy of the registers, written back: their address must never leave
                // this function, or the compiler keeps them in memory instead of registers.)
                B::ENTER_EXECUTOR => {
                    let mut copy = r.detached();
                    let o = crate::tier2::enter(rt, &mut copy, arg, tracing!());
                    *r = copy;
                    match o {
                        spec::Outcome::PushFrame => match frames(rt).top_ptr() {
                            Some(f) => *r = load_regs(rt, f),
                            None => return Flow::Pushed,
                        },
                        spec::Outcome::Error(e) => return Flow::Error(e, true),
                        // The trace may have called `sys.settrace`: continue in the tracing loop.
                        _ if !TRACE && rt.interp.trace.on.get() => return Flow::Retrace,
                        spec::Outcome::Done | spec::Outcome::Generic => {}
                    }
                }
                B::LOAD_FAST | B::LOAD_FAST_CHECK => match r.local(arg as usize).clone() {
                    Some(v) => r.push(v),
                    None =>
                        return Flow::Error(x::unbound_local(rt, &r.detached(), arg as usize), true),
                },
                B::LOAD_FAST_AND_CLEAR => {
                    let v = r.local(arg as usize).take();
                    r.push_opt(v);
                }
                B::LOAD_FAST_LOAD_FAST => {
                    for i in [arg >> 4, arg & 15] {
                        match r.local(i as usize).clone() {
                            Some(v) => r.push(v),
                            None => {
                                return Flow::Error(
                                    x::unbound_local(rt, &r.detached(), i as usize),
                                    true,
                                );
                            }
                        }
                    }
                }
                B::STORE_FAST => {
                    let v = r.pop_opt();
                    let old = core::mem::replace(r.local(arg as usize), v);
                    release(rt, old);
                }
                B::STORE_FAST_LOAD_FAST => {
                    let v = r.pop_opt();
                    let old = core::mem::replace(r.local((arg >> 4) as usize), v);
                    release(rt, old);
                    match r.local((arg & 15) as usize).clone() {
                        Some(v) => r.push(v),
                        None => {
                            return Flow::Error(
                                x::unbound_local(rt, &r.detached(), (arg & 15) as usize),
                                true,
                            );
                        }
                    }
                }
                B::STORE_FAST_STORE_FAST => {
                    let v1 = r.pop_opt();
                    let v2 = r.pop_opt();
                    let o1 = core::mem::replace(r.local((arg >> 4) as usize), v1);
                    let o2 = core::mem::replace(r.local((arg & 15) as usize), v2);
                    release(rt, o1);
                    release(rt, o2);
                }
                B::DELETE_FAST => {
                    let old = r.local(arg as usize).take();
                    if old.is_none() {
                        return Flow::Error(
                            x::unbound_local(rt, &r.detached(), arg as usize),
                            true,
                        );
                    }
                    drop(old);
                }
                B::LOAD_CONST => {
                    let v = r.konst(arg as usize);
                    r.push(v);
                }
                B::RETURN_CONST | B::RETURN_VALUE => {
                    let v = if opb == B::RETURN_CONST {
                        r.konst(arg as usize)
                    } else {
                        r.pop()
                    };
                    if let Err(v) = return_here(rt, r, v) {
                        return Flow::Return(v);
                    }
                }
                B::POP_TOP | B::END_FOR => release(rt, r.pop_opt()),
                B::PUSH_NULL => uop!(rt, r, arg, _PUSH_NULL),
                B::COPY => {
                    let v = r.peek(arg as usize).clone();
                    r.push_opt(v);
                }
                B::SWAP => {
                    let n = arg as usize;
                    let (a, b) = (r.sp - 1, r.sp - n);
                    unsafe { core::ptr::swap(r.st.add(a), r.st.add(b)) };
                }
                B::BINARY_OP => {
                    cached!(BINARY_OP);
                    uop!(rt, r, arg, _BINARY_OP);
                }
                B::COMPARE_OP => {
                    cached!(COMPARE_OP);
                    let b = r.pop();
                    let a = r.pop();
                    let idx = (arg >> 5) as usize;
                    let v = if let (Some(p), Some(q)) = (a.as_small_int(), b.as_small_int()) {
                        let t = match idx {
                            0 => p < q,
                            1 => p <= q,
                            2 => p == q,
                            3 => p != q,
                            4 => p > q,
                            _ => p >= q,
                        };
                        rt.bool_value(t)
                    } else {
                        let op = CmpOp::ALL[idx.min(5)];
                        let v = tri!(rt.rich_compare(&a, &b, op));
                        if arg & opc::COMPARE_BOOL != 0 {
                            rt.bool_value(tri!(rt.truthy(&v)))
                        } else {
                            v
                        }
                    };
                    drop((a, b));
                    r.push(v);
                }
                B::IS_OP => uop!(rt, r, arg, _IS_OP),
                B::CONTAINS_OP => {
                    cached!(CONTAINS_OP);
                    let b = r.pop();
                    let a = r.pop();
                    let c = tri!(rt.contains(&b, &a));
                    r.push(rt.bool_value(c != (arg == 1)));
                }
                B::TO_BOOL => {
                    cached!(TO_BOOL);
                    let v = r.pop();
                    let b = tri!(rt.truthy(&v));
                    r.push(rt.bool_value(b));
                }
                B::UNARY_NOT => {
                    let v = r.pop();
                    let b = tri!(rt.truthy(&v));
                    r.push(rt.bool_value(!b));
                }
                B::UNARY_NEGATIVE => {
                    let v = r.pop();
                    let res = tri!(rt.neg(&v));
                    r.push(res);
                }
                B::UNARY_INVERT => {
                    let v = r.pop();
                    let res = tri!(rt.invert(&v));
                    r.push(res);
                }
                B::POP_JUMP_IF_FALSE | B::POP_JUMP_IF_TRUE => {
                    cached!(POP_JUMP_IF_FALSE);
                    let v = r.pop();
                    let s = rt.singletons();
                    // True and False are immortal: forgotten, not dropped.
                    let t = if v.is(&s.true_) {
                        core::mem::forget(v);
                        true
                    } else if v.is(&s.false_) {
                        core::mem::forget(v);
                        false
                    } else {
                        let t = tri!(rt.truthy(&v));
                        release(rt, Some(v));
                        t
                    };
                    let jump = t == (opb == B::POP_JUMP_IF_TRUE);
                    // Branch history is only read by tier 2's projection.
                    if rt.tiers.tier2 {
                        crate::tier2::record_branch(r, jump);
                    }
                    if jump {
                        r.ip += arg as usize;
                    }
                }
                B::POP_JUMP_IF_NONE | B::POP_JUMP_IF_NOT_NONE => {
                    cached!(POP_JUMP_IF_NONE);
                    let v = r.pop();
                    let jump = rt.is_none(&v) == (opb == B::POP_JUMP_IF_NONE);
                    release(rt, Some(v));
                    if rt.tiers.tier2 {
                        crate::tier2::record_branch(r, jump);
                    }
                    if jump {
                        r.ip += arg as usize;
                    }
                }
                B::JUMP_FORWARD => r.ip += arg as usize,
                B::JUMP_BACKWARD => {
                    cached!(JUMP_BACKWARD);
                    r.ip -= arg as usize;
                    // A loop back edge is a safe point: cyclic garbage made by a long loop is
                    // collected here (the check is a counter comparison when nothing is due).
                    uop!(rt, r, arg, _CHECK_PERIODIC);
                    // Without specialization (JUMP_BACKWARD_JIT counts otherwise), tier 2 counts here.
                    if !tracing!() && !rt.tiers.specialize && rt.tiers.tier2 {
                        crate::tier2::backedge(rt, &r.detached());
                    }
                }
                B::JUMP_BACKWARD_NO_INTERRUPT => r.ip -= arg as usize,
                B::GET_ITER => {
                    let v = r.pop();
                    let it = tri!(rt.iter(&v));
                    r.push(it);
                }
                B::FOR_ITER => {
                    cached!(FOR_ITER);
                    let next = {
                        let it = r.top();
                        tri!(x::for_iter_next(rt, it))
                    };
                    match next {
                        Some(v) => r.push(v),
                        None => {
                            // END_FOR pops this placeholder, the following POP_TOP the iterator.
                            r.push(rt.none());
                            r.ip += arg as usize;
                        }
                    }
                }
                B::LOAD_GLOBAL => {
                    cached!(LOAD_GLOBAL);
                    let v = tri!(x::load_global(rt, r.name((arg >> 1) as usize)));
                    r.push(v);
                    if arg & 1 != 0 {
                        r.push_opt(None);
                    }
                }
                B::LOAD_NAME => {
                    let v = tri!(x::load_name(rt, r.name(arg as usize)));
                    r.push(v);
                }
                B::STORE_NAME => {
                    let v = r.pop();
                    tri!(x::store_name(rt, r.name(arg as usize), Some(v)));
                }
                B::DELETE_NAME => tri!(x::store_name(rt, r.name(arg as usize), None)),
                B::STORE_GLOBAL => {
                    let v = r.pop();
                    tri!(x::store_global(rt, r.name(arg as usize), Some(v)));
                }
                B::DELETE_GLOBAL => tri!(x::store_global(rt, r.name(arg as usize), None)),
                B::LOAD_ATTR => {
                    cached!(LOAD_ATTR);
                    let owner = r.pop();
                    let name = r.name((arg >> 1) as usize).clone();
                    if arg & 1 != 0 {
                        let (m, s) = tri!(
                            x::load_method(rt, &owner, &name)
                                .map_err(|e| super::suggest::attr_context(rt, e, &owner, &name))
                        );
                        r.push(m);
                        r.push_opt(s);
                    } else {
                        let v = tri!(
                            rt.getattr(&owner, &name)
                                .map_err(|e| super::suggest::attr_context(rt, e, &owner, &name))
                        );
                        r.push(v);
                    }
                }
                B::STORE_ATTR => {
                    cached!(STORE_ATTR);
                    let owner = r.pop();
                    let v = r.pop();
                    tri!(rt.setattr(&owner, r.name(arg as usize), Some(&v)));
                }
                B::DELETE_ATTR => {
                    let owner = r.pop();
                    tri!(rt.setattr(&owner, r.name(arg as usize), None));
                }
                B::LOAD_SUPER_ATTR => {
                    cached!(LOAD_SUPER_ATTR);
                    let self_ = r.pop();
                    let class = r.pop();
                    let sup = r.pop();
                    let name = r.name((arg >> 2) as usize).clone();
                    let (v, s) = tri!(x::load_super_attr(rt, &sup, &class, &self_, &name, arg));
                    r.push(v);
                    if arg & 1 != 0 {
                        r.push_opt(s);
                    }
                }
                B::BINARY_SUBSCR => {
                    cached!(BINARY_SUBSCR);
                    let k = r.pop();
                    let c = r.pop();
                    let v = tri!(rt.getitem(&c, &k));
                    r.push(v);
                }
                B::STORE_SUBSCR => {
                    cached!(STORE_SUBSCR);
                    let k = r.pop();
                    let c = r.pop();
                    let v = r.pop();
                    tri!(rt.setitem(&c, &k, &v));
                }
                B::DELETE_SUBSCR => {
                    let k = r.pop();
                    let c = r.pop();
                    tri!(rt.delitem(&c, &k));
                }
                B::BINARY_SLICE => {
                    let stop = r.pop();
                    let start = r.pop();
                    let c = r.pop();
                    let s = tri!(rt.new_slice(start, stop, rt.none()));
                    let v = tri!(rt.getitem(&c, &s));
                    r.push(v);
                }
                B::STORE_SLICE => {
                    let stop = r.pop();
                    let start = r.pop();
                    let c = r.pop();
                    let v = r.pop();
                    let s = tri!(rt.new_slice(start, stop, rt.none()));
                    tri!(rt.setitem(&c, &s, &v));
                }
                B::BUILD_SLICE => {
                    let step = if arg == 3 { r.pop() } else { rt.none() };
                    let stop = r.pop();
                    let start = r.pop();
                    let s = tri!(rt.new_slice(start, stop, step));
                    r.push(s);
                }
                B::BUILD_TUPLE | B::BUILD_LIST | B::BUILD_SET => {
                    let n = arg as usize;
                    let items = r.values(r.sp - n, n).to_vec();
                    r.drop_to(r.sp - n);
                    let v = tri!(match opb {
                        B::BUILD_TUPLE => rt.new_tuple(items),
                        B::BUILD_LIST => rt.new_list(items),
                        _ => rt.new_set(items),
                    });
                    r.push(v);
                }
                B::BUILD_STRING => {
                    let n = arg as usize;
                    let v = tri!(x::build_string(rt, r.values(r.sp - n, n)));
                    r.drop_to(r.sp - n);
                    r.push(v);
                }
                B::BUILD_MAP => {
                    let n = arg as usize;
                    let d = tri!(rt.new_dict());
                    {
                        let items = r.values(r.sp - 2 * n, 2 * n);
                        let dd = tri!(x::dict_of(rt, &d));
                        for kv in items.chunks(2) {
                            tri!(dd.set(rt, kv[0].clone(), kv[1].clone()));
                        }
                    }
                    r.drop_to(r.sp - 2 * n);
                    r.push(d);
                }
                B::BUILD_CONST_KEY_MAP => {
                    let n = arg as usize;
                    let keys = r.pop();
                    let d = tri!(rt.new_dict());
                    {
                        let vals = r.values(r.sp - n, n);
                        let dd = tri!(x::dict_of(rt, &d));
                        let ks = rt.tuple_items(&keys).unwrap_or(&[]);
                        for (k, v) in ks.iter().zip(vals) {
                            tri!(dd.set(rt, k.clone(), v.clone()));
                        }
                    }
                    r.drop_to(r.sp - n);
                    r.push(d);
                }
                B::LIST_APPEND => {
                    let v = r.pop();
                    let l = r.peek(arg as usize).clone();
                    if let Some(ld) = l.as_ref().and_then(|l| rt.list_data(l)) {
                        ld.push(v);
                    }
                }
                B::SET_ADD => {
                    let v = r.pop();
                    if let Some(s) = r.peek(arg as usize).clone() {
                        tri!(crate::object::set::set_add(rt, &s, v));
                    }
                }
                B::MAP_ADD => {
                    let v = r.pop();
                    let k = r.pop();
                    if let Some(d) = r.peek(arg as usize).clone() {
                        tri!(tri!(x::dict_of(rt, &d)).set(rt, k, v));
                    }
                }
                B::LIST_EXTEND | B::SET_UPDATE | B::DICT_UPDATE | B::DICT_MERGE => {
                    let v = r.pop();
                    if let Some(target) = r.peek(arg as usize).clone() {
                        let func = if opb == B::DICT_MERGE {
                            // The stack is [func, self-or-NULL, args, kwargs dict]: the target
                            // dict is `arg` deep, the function three below it.
                            r.peek(arg as usize + 3).clone()
                        } else {
                            None
                        };
                        tri!(x::extend(rt, generic_op(opb), &target, &v, func.as_ref()));
                    }
                }
                B::UNPACK_SEQUENCE => {
                    cached!(UNPACK_SEQUENCE);
                    let v = r.pop();
                    let items = tri!(x::unpack(rt, &v, arg as usize, None));
                    for it in items.into_iter().rev() {
                        r.push(it);
                    }
                }
                B::UNPACK_EX => {
                    let v = r.pop();
                    let before = (arg & 0xff) as usize;
                    let after = (arg >> 8) as usize;
                    let items = tri!(x::unpack(rt, &v, before, Some(after)));
                    for it in items.into_iter().rev() {
                        r.push(it);
                    }
                }
                B::CALL | B::CALL_KW => {
                    if opb == B::CALL {
                        cached!(CALL);
                    } else {
                        cached!(CALL_KW);
                    }
                    // Calls are the other place a Ctrl-C is noticed (recursion without loops).
                    tri!(rt.check_interrupt());
                    let kwnames = if opb == B::CALL_KW {
                        Some(r.pop())
                    } else {
                        None
                    };
                    let mut nargs = arg as usize;
                    let base = r.sp - nargs - 2;
                    let callable = r.slot(base).clone();
                    let has_self = r.slot(base + 1).is_some();
                    if has_self {
                        nargs += 1;
                    } else if let Some(c) = &callable
                        && let Some((f, s)) = rt.method_parts(c)
                    {
                        *r.slot(base) = Some(f);
                        *r.slot(base + 1) = Some(s);
                        nargs += 1;
                    }
                    let first = base + 2 - usize::from(nargs > arg as usize);
                    let callable = r.slot(base).clone();
                    let Some(callable) = callable else {
                        return Flow::Error(
                            rt.type_error("'NoneType' object is not callable"),
                            true,
                        );
                    };
                    if rt.function_data(&callable).is_some() {
                        // A Python function: its frame is pushed here, as the specialized
                        // forms push theirs (the arguments moved into it); the driver's
                        // path is left for keywords and the recursion limit.
                        let pushed = kwnames.is_none() && {
                            drop(callable);
                            let mut c = spec::uops::Ctx::tier1(rt, &mut *r, arg);
                            match spec::uops::call_py_generic(&mut c) {
                                spec::uops::U::Error(e) => return Flow::Error(e, true),
                                // Not pushed: the stack is as it was.
                                spec::uops::U::Deopt => false,
                                _ => true,
                            }
                        };
                        if !pushed {
                            // New frame made by the driver. Shift args to follow the callable.
                            if first == base + 2 {
                                let null = r.slot(base + 1).take();
                                drop(null);
                                for i in 0..nargs {
                                    let v = r.slot(base + 2 + i).take();
                                    *r.slot(base + 1 + i) = v;
                                }
                                r.sp -= 1;
                            }
                            return Flow::Call {
                                base,
                                nargs,
                                kwnames,
                            };
                        }
                    } else {
                        let res = {
                            let args = r.values(first, nargs);
                            let kw = match &kwnames {
                                Some(t) => rt.tuple_items(t).unwrap_or(&[]),
                                None => &[],
                            };
                            // setprofile's c_call / c_return events (tracing instance only).
                            let prof = if tracing!() {
                                super::trace::c_call(rt, &callable, args.first())
                            } else {
                                None
                            };
                            let res = rt.call(&callable, Args::new(args, kw));
                            if let Some(p) = prof {
                                super::trace::c_return(rt, p, res.is_ok());
                            }
                            res
                        };
                        r.drop_to(base);
                        r.push(tri!(res));
                        // `sys.settrace` (or anything calling it) may have just turned tracing on.
                        if !TRACE && rt.interp.trace.on.get() {
                            return Flow::Retrace;
                        }
                    }
                }
                B::CALL_FUNCTION_EX => {
                    let kwargs = if arg & 1 != 0 { Some(r.pop()) } else { None };
                    let callargs = r.pop();
                    drop(r.pop_opt());
                    let func = r.pop();
                    let v = tri!(x::call_ex(rt, &func, &callargs, kwargs.as_ref()));
                    r.push(v);
                }
                B::CALL_INTRINSIC_1 => {
                    let v = r.pop();
                    let res = tri!(x::intrinsic1(rt, arg, v));
                    r.push(res);
                }
                B::CALL_INTRINSIC_2 => {
                    let b = r.pop();
                    let a = r.pop();
                    if arg == opc::INTRINSIC_PREP_RERAISE_STAR {
                        let v = tri!(crate::object::exception_group::prep_reraise_star(
                            rt, &a, &b
                        ));
                        r.push(v);
                    } else {
                        drop(b);
                        r.push(a);
                    }
                }
                B::MAKE_FUNCTION => {
                    let code = r.pop();
                    let globals = match frames(rt).last() {
                        Some(f) => f.globals.clone(),
                        None => return Flow::Error(rt.runtime_error("no frame"), true),
                    };
                    let f = tri!(rt.new_function(code, globals));
                    x::set_docstring(rt, &f);
                    r.push(f);
                }
                B::SET_FUNCTION_ATTRIBUTE => {
                    let func = r.pop();
                    let attr = r.pop();
                    if let Some(fd) = rt.function_data(&func) {
                        match arg {
                            opc::FN_DEFAULTS => fd.set_defaults(attr),
                            opc::FN_KWDEFAULTS => fd.set_kwdefaults(attr),
                            opc::FN_CLOSURE => fd.set_closure(attr),
                            opc::FN_ANNOTATIONS => {
                                let a = tri!(x::annotations_dict(rt, attr));
                                fd.set_annotations(a);
                            }
                            _ => {}
                        }
                    }
                    r.push(func);
                }
                B::MAKE_CELL => {
                    let v = r.local(arg as usize).take();
                    let c = tri!(rt.new_cell(v));
                    *r.local(arg as usize) = Some(c);
                }
                B::COPY_FREE_VARS => {
                    let func = frames(rt).last().and_then(|f| f.func.clone());
                    if let Some(fd) = func.as_ref().and_then(|f| rt.function_data(f)) {
                        let closure = fd.closure();
                        let cells = rt.tuple_items(&closure).unwrap_or(&[]);
                        let n = arg as usize;
                        let nlp = unsafe { r.st.offset_from(r.lp) } as usize;
                        for (i, c) in cells.iter().take(n).enumerate() {
                            *r.local(nlp - n + i) = Some(c.clone());
                        }
                    }
                }
                B::LOAD_DEREF => {
                    let cell = r.local(arg as usize).clone();
                    match cell.as_ref().and_then(|c| rt.cell_get(c)) {
                        Some(v) => r.push(v),
                        None => {
                            return Flow::Error(
                                x::unbound_deref(rt, &r.detached(), arg as usize),
                                true,
                            );
                        }
                    }
                }
                B::STORE_DEREF => {
                    let v = r.pop();
                    if let Some(c) = r.local(arg as usize).clone() {
                        tri!(rt.cell_set(&c, Some(v)));
                    }
                }
                B::DELETE_DEREF => {
                    if let Some(c) = r.local(arg as usize).clone() {
                        if rt.cell_get(&c).is_none() {
                            return Flow::Error(
                                x::unbound_deref(rt, &r.detached(), arg as usize),
                                true,
                            );
                        }
                        tri!(rt.cell_set(&c, None));
                    }
                }
                B::LOAD_FROM_DICT_OR_DEREF => {
                    let mapping = r.pop();
                    let name = tri!(x::localsplus_name_value(rt, arg as usize));
                    let v = match tri!(x::mapping_get(rt, &mapping, &name)) {
                        Some(v) => v,
                        None => {
                            let cell = r.local(arg as usize).clone();
                            match cell.as_ref().and_then(|c| rt.cell_get(c)) {
                                Some(v) => v,
                                None => {
                                    return Flow::Error(
                                        x::unbound_deref(rt, &r.detached(), arg as usize),
                                        true,
                                    );
                                }
                            }
                        }
                    };
                    r.push(v);
                }
                B::LOAD_FROM_DICT_OR_GLOBALS => {
                    let mapping = r.pop();
                    let name = r.name(arg as usize).clone();
                    let v = match tri!(x::mapping_get(rt, &mapping, &name)) {
                        Some(v) => v,
                        None => tri!(x::load_global(rt, &name)),
                    };
                    r.push(v);
                }
                B::LOAD_LOCALS => {
                    let l = frames(rt).last().and_then(|f| f.locals.clone());
                    match l {
                        Some(l) => r.push(l),
                        None => {
                            return Flow::Error(
                                rt.new_error(rt.exc().system_error, "no locals found"),
                                true,
                            );
                        }
                    }
                }
                B::LOAD_BUILD_CLASS => {
                    let v = tri!(x::load_builtin(rt, "__build_class__"));
                    r.push(v);
                }
                B::LOAD_ASSERTION_ERROR => r.push(rt.exc().assertion_error.value()),
                B::SETUP_ANNOTATIONS => tri!(x::setup_annotations(rt)),
                B::RAISE_VARARGS => {
                    let cause = if arg >= 2 { Some(r.pop()) } else { None };
                    let exc = if arg >= 1 { Some(r.pop()) } else { None };
                    let e = x::do_raise(rt, exc, cause);
                    let fresh = arg != 0;
                    return Flow::Error(e, fresh);
                }
                B::RERAISE => {
                    // The handler lookup uses this instruction's offset; the saved lasti below the
                    // exception (oparg != 0) only matters for line numbers, which the traceback
                    // already has.
                    let v = r.pop();
                    return Flow::Error(PyErr(v), false);
                }
                B::PUSH_EXC_INFO => {
                    let v = r.pop();
                    let prev = rt.interp.swap_exc(Some(v.clone()));
                    r.push(prev.unwrap_or_else(|| rt.none()));
                    r.push(v);
                }
                B::POP_EXCEPT => {
                    let v = r.pop();
                    let v = if rt.is_none(&v) { None } else { Some(v) };
                    drop(rt.interp.swap_exc(v));
                }
                B::CHECK_EXC_MATCH => {
                    let ty = r.pop();
                    let ok = tri!(x::exc_match(rt, r.top(), &ty));
                    r.push(rt.bool_value(ok));
                }
                B::CHECK_EG_MATCH => {
                    let ty = r.pop();
                    let exc = r.pop();
                    let (rest, m) = tri!(crate::object::exception_group::eg_match(rt, &exc, &ty));
                    if !rt.is_none(&m) {
                        drop(rt.interp.swap_exc(Some(m.clone())));
                    }
                    r.push(rest);
                    r.push(m);
                }
                B::WITH_EXCEPT_START => {
                    let val = r.peek(1).clone();
                    let exit = r.peek(4).clone();
                    let (Some(val), Some(exit)) = (val, exit) else {
                        return Flow::Error(rt.runtime_error("bad with stack"), true);
                    };
                    let ty = rt.type_of(&val).value();
                    let tb = rt.exception_traceback(&val).unwrap_or_else(|| rt.none());
                    let res = tri!(rt.call(&exit, Args::positional(&[ty, val, tb])));
                    r.push(res);
                }
                B::BEFORE_WITH => {
                    let mgr = r.pop();
                    let (exit, res) = tri!(x::before_with(rt, &mgr));
                    r.push(exit);
                    r.push(res);
                }
                B::FORMAT_SIMPLE => {
                    let v = r.pop();
                    let s = if rt.str_of(&v).is_some() && rt.type_of(&v) == rt.types().str {
                        v
                    } else {
                        tri!(x::format(rt, &v, None))
                    };
                    r.push(s);
                }
                B::FORMAT_WITH_SPEC => {
                    let spec = r.pop();
                    let v = r.pop();
                    let s = tri!(x::format(rt, &v, Some(&spec)));
                    r.push(s);
                }
                B::CONVERT_VALUE => {
                    let v = r.pop();
                    let s = tri!(match arg {
                        1 => rt.str(&v),
                        2 => rt.repr(&v),
                        _ => x::ascii(rt, &v),
                    });
                    r.push(s);
                }
                B::GET_LEN => {
                    let n = tri!(rt.len(r.top()));
                    let v = tri!(rt.new_int(n as i64));
                    r.push(v);
                }
                B::IMPORT_NAME => {
                    let fromlist = r.pop();
                    let level = r.pop();
                    let m = tri!(x::import_name(rt, r.name(arg as usize), &fromlist, &level));
                    r.push(m);
                }
                B::IMPORT_FROM => {
                    let v = tri!(x::import_from(rt, r.top(), r.name(arg as usize)));
                    r.push(v);
                }
                B::RETURN_GENERATOR => return Flow::MakeGenerator,
                B::YIELD_VALUE => {
                    let v = r.pop();
                    // SAFETY: `r.frame` is the running frame.
                    if unsafe { (*r.frame).entry } {
                        return Flow::Yield(v);
                    }
                    // Resumed in this loop (FOR_ITER_GEN / SEND_GEN): back to the caller.
                    match super::generator::yield_inline(rt, r.ip, r.sp, r.lasti) {
                        Some(caller) => {
                            *r = load_regs(rt, caller);
                            r.push(v);
                        }
                        None => return Flow::Yield(v),
                    }
                }
                B::GET_YIELD_FROM_ITER => {
                    let v = r.pop();
                    let it = tri!(x::yield_from_iter(rt, v));
                    r.push(it);
                }
                B::SEND => {
                    cached!(SEND);
                    let v = r.pop();
                    let recv = r.top().clone();
                    match tri!(super::generator::send_to(rt, &recv, v)) {
                        Ok(y) => r.push(y),
                        Err(ret) => {
                            r.push(ret);
                            r.ip += arg as usize;
                        }
                    }
                }
                B::END_SEND => {
                    let v = r.pop();
                    drop(r.pop_opt());
                    r.push(v);
                }
                B::CLEANUP_THROW => {
                    // (sub_iter, last_sent_val, exc) -> (None, value) when exc is StopIteration.
                    let exc = r.pop();
                    let e = PyErr(exc);
                    if rt.err_matches(&e, rt.exc().stop_iteration) {
                        drop(r.pop_opt());
                        drop(r.pop_opt());
                        let v = tri!(rt.getattr_str(e.value(), "value"));
                        r.push(rt.none());
                        r.push(v);
                    } else {
                        return Flow::Error(e, false);
                    }
                }
                B::EXIT_INIT_CHECK => {
                    let v = r.pop();
                    if !rt.is_none(&v) {
                        return Flow::Error(
                            rt.type_error(format!(
                                "__init__() should return None, not '{}'",
                                rt.type_name(&v)
                            )),
                            true,
                        );
                    }
                }
                B::INTERPRETER_EXIT => return Flow::Return(r.pop()),
                B::MATCH_MAPPING | B::MATCH_SEQUENCE => {
                    let ok = tri!(x::match_kind(rt, r.top(), opb == B::MATCH_SEQUENCE));
                    r.push(rt.bool_value(ok));
                }
                B::MATCH_KEYS => {
                    let keys = r.top().clone();
                    let subject = r.peek(2).clone();
                    let v = tri!(x::match_keys(rt, subject.as_ref(), &keys));
                    r.push(v);
                }
                B::MATCH_CLASS => {
                    let names = r.pop();
                    let cls = r.pop();
                    let subject = r.pop();
                    let v = tri!(x::match_class(rt, &subject, &cls, arg as usize, &names));
                    r.push(v);
                }
                B::GET_AWAITABLE => {
                    let v = r.pop();
                    let a = tri!(super::awaitable::get_awaitable(rt, v, arg));
                    r.push(a);
                }
                B::GET_AITER => {
                    let v = r.pop();
                    let it = tri!(super::awaitable::get_aiter(rt, v));
                    r.push(it);
                }
                B::GET_ANEXT => {
                    let a = tri!(super::awaitable::get_anext(rt, r.top()));
                    r.push(a);
                }
                B::END_ASYNC_FOR => {
                    // [aiter, exc]: StopAsyncIteration ends the loop; anything else propagates.
                    let exc = PyErr(r.pop());
                    if !rt.err_matches(&exc, rt.exc().stop_async_iteration) {
                        return Flow::Error(exc, false);
                    }
                    drop(r.pop_opt());
                }
                B::BEFORE_ASYNC_WITH => {
                    let mgr = r.pop();
                    let (exit, res) = tri!(super::awaitable::before_async_with(rt, &mgr));
                    r.push(exit);
                    r.push(res);
                }
                // Every byte that is no instruction, listed one by one: the match then covers all
                // 256 values and the dispatch jump needs no range check.
                0x77 | 0x78 | 0x79 | 0x7a | 0x7b | 0x7c | 0x7d | 0x7e | 0x7f | 0x80 | 0x81
                | 0x82 | 0x83 | 0x84 | 0x85 | 0x86 | 0x87 | 0x88 | 0x89 | 0x8a | 0x8b | 0x8c
                | 0x8d | 0x8e | 0x8f | 0x90 | 0x91 | 0x92 | 0x93 | 0x94 | 0xa7 | 0xad | 0xe8
                | 0xe9 | 0xea | 0xeb | 0xec | 0xed | 0xee | 0xef | 0xf0 | 0xf1 | 0xf2 | 0xf3
                | 0xf4 | 0xf5 | 0xf6 | 0xf7 | 0xf8 | 0xf9 | 0xfa | 0xfb | 0xfc | 0xfd | 0xfe
                | 0xff => {
                    return Flow::Error(
                        rt.new_error(rt.exc().system_error, "unknown opcode"),
                        true,
                    );
                }
            }
        ));
        redo = false;
        fetch!();
    }
}

/// The generic instruction a byte stands for (RESERVED for bytes that are none).
#[inline]
fn generic_op(b: u8) -> Opcode {
    super::decode::DECODE[b as usize].op
}

/// Whether the code object runs as a generator-like object.
pub fn is_generator_code(flags: u32) -> bool {
    flags & (co_flags::GENERATOR | co_flags::COROUTINE | co_flags::ASYNC_GENERATOR) != 0
}

#[allow(dead_code)]
fn _binop(op: u32) -> BinOp {
    BinOp::ALL[(op as usize) % 13]
}
