//! The CALL micro-ops (part of the one micro-op table: their rows are in `uops.rs`).
//!
//! Stack at a CALL with oparg n: `[callable, self_or_null, arg0 .. arg(n-1)]`. The cache is
//! `[counter, function version (2 units)]`. Guards only look (or split a bound method into
//! function and self, a state the generic CALL also accepts), so a `Deopt` runs the generic
//! CALL from the same stack. Python calls end in `_PUSH_FRAME`, which pushes the callee's
//! frame and returns `U::PushFrame` to the driver: no native recursion.

#![allow(non_snake_case)]

use super::uops::{Ctx, U};
use crate::interp::call;
use crate::object::args::Args;
use crate::object::code::co_flags;
use crate::object::descr::{BuiltinFunctionData, MethodDescrData, MethodKind};
use crate::object::error::PyResult;
use crate::object::function::FunctionData;
use crate::object::typeobj::NativeFn;
use crate::object::value::Value;
use crate::runtime::Runtime;

use super::uops::guard;

impl Ctx<'_> {
    /// Stack index of the callable.
    #[inline(always)]
    fn base(&self) -> usize {
        self.r.sp - self.oparg as usize - 2
    }
    /// Stack slot `i` (an index from the stack's base).
    #[allow(clippy::mut_from_ref)]
    #[inline(always)]
    pub(super) fn slot(&self, i: usize) -> &mut Option<Value> {
        unsafe { &mut *self.r.st.add(i) }
    }
    #[inline(always)]
    fn has_self(&self) -> bool {
        self.slot(self.base() + 1).is_some()
    }
    /// The arguments including self: `(first stack index, count)`.
    #[inline(always)]
    fn call_args(&self) -> (usize, usize) {
        let s = usize::from(self.has_self());
        (self.base() + 2 - s, self.oparg as usize + s)
    }
    #[inline(always)]
    fn values(&self, from: usize, n: usize) -> &[Value] {
        // SAFETY: Option<Value> has Value's layout and the argument slots are all set.
        unsafe { core::slice::from_raw_parts(self.r.st.add(from) as *const Value, n) }
    }
    /// The callable as a function, when it is one.
    #[inline(always)]
    fn callee(&self) -> Option<&FunctionData> {
        self.slot(self.base())
            .as_ref()
            .and_then(|f| self.rt.function_data(f))
    }
    /// The callable as a function, for the micro-ops after `_CHECK_FUNCTION_VERSION` in the
    /// same instruction: that guard proved it one, and nothing in between replaces it.
    #[inline(always)]
    fn versioned_callee(&self) -> &FunctionData {
        // SAFETY: the version guard passed on this very slot (versions are only ever given
        // to functions), and the micro-ops since then only looked.
        unsafe {
            let f = self.slot(self.base()).as_ref().unwrap_unchecked();
            self.rt.function_data_unchecked(f)
        }
    }
    /// Replaces the callable, self and the arguments with `res`.
    #[inline(always)]
    fn finish_call(&mut self, res: PyResult<Value>) -> U {
        let base = self.base();
        while self.r.sp > base {
            if let Some(v) = self.pop() {
                self.rt.release_value(v);
            }
        }
        match res {
            Ok(v) => {
                self.push(Some(v));
                U::Continue
            }
            Err(e) => U::Error(e),
        }
    }
}

// ---- Python functions ----

/// The callable is a bound method and the self slot is empty.
#[inline(always)]
pub fn _CHECK_CALL_BOUND_METHOD_EXACT_ARGS(c: &mut Ctx) -> U {
    let b = c.base();
    guard!(c.slot(b + 1).is_none());
    guard!(
        c.slot(b)
            .as_ref()
            .is_some_and(|m| c.rt.type_of(m) == c.rt.types().method)
    );
    U::Continue
}

/// Splits the bound method into its function and self (the generic CALL's own first step).
#[inline(always)]
pub fn _INIT_CALL_BOUND_METHOD_EXACT_ARGS(c: &mut Ctx) -> U {
    let b = c.base();
    let Some((f, s)) = c.slot(b).as_ref().and_then(|m| c.rt.method_parts(m)) else {
        return U::Deopt;
    };
    let m = c.slot(b).replace(f);
    *c.slot(b + 1) = Some(s);
    drop(m);
    U::Continue
}

#[inline(always)]
pub fn _EXPAND_METHOD(c: &mut Ctx) -> U {
    _INIT_CALL_BOUND_METHOD_EXACT_ARGS(c)
}

/// The callable is the function specialized for, in the same shape (code, defaults, closure).
#[inline(always)]
pub fn _CHECK_FUNCTION_VERSION(c: &mut Ctx) -> U {
    let want = c.cache32(1);
    guard!(c.callee().is_some_and(|f| f.version.get() == want));
    U::Continue
}

/// The code takes exactly the positional arguments given (the specializer checked the flags).
#[inline(always)]
pub fn _CHECK_FUNCTION_EXACT_ARGS(c: &mut Ctx) -> U {
    let n = c.call_args().1;
    guard!(c.versioned_callee().code_data(c.rt).argcount as usize == n);
    U::Continue
}

/// Room for one more frame: past the recursion limit the generic CALL raises RecursionError.
/// Calls are also where a Ctrl-C is noticed in recursion without loops.
#[inline(always)]
pub fn _CHECK_STACK_SPACE(c: &mut Ctx) -> U {
    guard!(c.rt.recursion_depth.get() < c.rt.recursion_limit.get());
    if let Err(e) = c.rt.check_interrupt() {
        return U::Error(e);
    }
    U::Continue
}

/// Allocates the callee's slice and moves the arguments into its first locals.
#[inline(always)]
pub fn _INIT_CALL_PY_EXACT_ARGS(c: &mut Ctx) -> U {
    let cd = c.versioned_callee().code_data(c.rt);
    let n = cd.frame_size();
    let Some((lp, mark)) = c.rt.interp.data.alloc(n) else {
        return U::Deopt;
    };
    let base = c.base();
    let (first, nargs) = c.call_args();
    for i in 0..nargs {
        // A fresh slice's slots are empty (released slots are cleared): no old value to drop.
        unsafe { core::ptr::write(lp.add(i), c.slot(first + i).take()) };
    }
    // Left: the callable and an empty self slot (`_PUSH_FRAME`'s inputs).
    c.r.sp = base + 2;
    c.new_frame = Some((lp, mark));
    U::Continue
}

/// Binds any arguments the general way (defaults, keywords-only defaults, `*args`, `**kw`);
/// a binding error is raised with the caller's stack intact, as the generic CALL does.
#[inline(always)]
pub fn _PY_FRAME_GENERAL(c: &mut Ctx) -> U {
    let Some(fd) = c.callee() else {
        return U::Deopt;
    };
    let code = fd.code();
    // SAFETY: a function's `__code__` is always a code object (held here across the binding).
    let cd = unsafe { c.rt.code_data_unchecked(&code) };
    let n = cd.frame_size();
    let Some((lp, mark)) = c.rt.interp.data.alloc(n) else {
        return U::Deopt;
    };
    let (first, nargs) = c.call_args();
    if let Err(e) = call::bind(c.rt, fd, cd, c.values(first, nargs), &[], lp) {
        for i in 0..cd.nlocalsplus as usize {
            drop(unsafe { (*lp.add(i)).take() });
        }
        c.rt.interp.data.release(mark);
        return U::Error(e);
    }
    let base = c.base();
    while c.r.sp > base + 2 {
        drop(c.pop());
    }
    drop(c.slot(base + 1).take());
    c.new_frame = Some((lp, mark));
    U::Continue
}

/// Pushes the callee's frame and switches the registers to it; the driver continues there.
#[inline(always)]
pub fn _PUSH_FRAME(c: &mut Ctx) -> U {
    let Some((lp, mark)) = c.new_frame.take() else {
        return U::Deopt;
    };
    // Above the arguments (moved out) are the callable and the self slot, which every
    // micro-op before this one leaves empty.
    let base = c.r.sp - 2;
    if c.slot(base + 1).is_some() {
        drop_cold(c.slot(base + 1).take());
    }
    let func = c.slot(base).take();
    c.r.sp = base;
    let Some(func) = func else { return U::Deopt };
    // The caller resumes after this CALL with the callable and arguments gone.
    // SAFETY: `r.frame` is the running frame, the top of the frame stack.
    let caller = unsafe { &mut *c.r.frame };
    caller.ip = c.r.ip;
    caller.sp = c.r.sp;
    caller.lasti = c.r.lasti;
    match crate::interp::push_function_over(c.rt, func, lp, mark) {
        Ok((fp, cd)) => {
            *c.r = crate::interp::eval::regs_for_new_frame(fp, cd, lp);
            U::PushFrame
        }
        // Not a function (the guards make it impossible).
        Err(func) => U::Error(not_a_function(c.rt, func, lp, mark)),
    }
}

#[cold]
#[inline(never)]
fn drop_cold(v: Option<Value>) {
    drop(v);
}

/// `_PUSH_FRAME` without a function: the slice is given back (its bound arguments dropped).
#[cold]
#[inline(never)]
fn not_a_function(
    rt: &Runtime,
    func: Value,
    lp: *mut Option<Value>,
    mark: crate::interp::frame::Mark,
) -> crate::object::PyErr {
    let n = rt
        .function_data(&func)
        .map_or(0, |fd| fd.code_data(rt).nlocalsplus as usize);
    for i in 0..n {
        drop(unsafe { (*lp.add(i)).take() });
    }
    rt.interp.data.release(mark);
    drop(func);
    rt.new_error(rt.exc().system_error, "frame pushed for a non-function")
}

/// The generic CALL of a Python function (no keywords) when it misses or is not specialized:
/// the frame is pushed in the loop as the specialized forms push it (arguments moved, not
/// copied), rather than through the driver. `Deopt` (at the recursion limit, out of
/// memory, not a function) leaves the stack as it was for the driver's path.
#[inline(always)]
pub fn call_py_generic(c: &mut Ctx) -> U {
    guard!(c.rt.recursion_depth.get() < c.rt.recursion_limit.get());
    let Some(fd) = c.callee() else {
        return U::Deopt;
    };
    let cd = fd.code_data(c.rt);
    let exact = cd.argcount as usize == c.call_args().1 && exact_args_shape(cd);
    let u = if exact {
        _INIT_CALL_PY_EXACT_ARGS(c)
    } else {
        _PY_FRAME_GENERAL(c)
    };
    match u {
        U::Continue => _PUSH_FRAME(c),
        other => other,
    }
}

// ---- Built-in callables: the result replaces callable, self and arguments ----

/// The callable is one of the runtime's well-known builtins (`len`, `isinstance`, `list.append`).
#[inline(always)]
fn is_known(c: &Ctx, which: usize) -> bool {
    let known = c.rt.interp.spec.known(which);
    c.slot(c.base())
        .as_ref()
        .is_some_and(|f| known.is_some_and(|k| f.is(k)))
}

pub const KNOWN_LEN: usize = 0;
pub const KNOWN_ISINSTANCE: usize = 1;
pub const KNOWN_LIST_APPEND: usize = 2;

#[inline(always)]
pub fn _CALL_LEN(c: &mut Ctx) -> U {
    guard!(is_known(c, KNOWN_LEN) && c.call_args().1 == 1);
    let (first, _) = c.call_args();
    let res = match c.slot(first).as_ref() {
        Some(v) => c.rt.len(v).and_then(|n| c.rt.new_int(n as i64)),
        None => return U::Deopt,
    };
    c.finish_call(res)
}

#[inline(always)]
pub fn _CALL_ISINSTANCE(c: &mut Ctx) -> U {
    guard!(is_known(c, KNOWN_ISINSTANCE) && c.call_args().1 == 2);
    let (first, _) = c.call_args();
    let res = {
        let a = c.values(first, 2);
        crate::builtins::functions::isinstance_hook(c.rt, &a[0], &a[1]).map(|b| c.rt.bool_value(b))
    };
    c.finish_call(res)
}

/// `lst.append(x)` on an exact list (the method loaded unbound, self in its slot).
#[inline(always)]
pub fn _CALL_LIST_APPEND(c: &mut Ctx) -> U {
    guard!(is_known(c, KNOWN_LIST_APPEND) && c.oparg == 1 && c.has_self());
    let b = c.base();
    // A raw pointer to the payload: the list stays alive in its stack slot until popped below.
    let l: *const crate::object::list::ListData = match c.slot(b + 1).as_ref() {
        // SAFETY: an exact list.
        Some(lv) if c.rt.type_of(lv) == c.rt.types().list => unsafe {
            super::uops::exact_payload(lv)
        },
        _ => return U::Deopt,
    };
    // SAFETY: see above.
    let l = unsafe { &*l };
    if let Err(e) = l.reserve(c.rt, 1) {
        return U::Error(e);
    }
    if let Some(v) = c.pop() {
        unsafe { l.items_mut() }.push(v);
    }
    // The list and `list.append` itself, released inline.
    for _ in 0..2 {
        if let Some(v) = c.pop() {
            c.rt.release_value(v);
        }
    }
    c.push(Some(c.rt.none()));
    U::Continue
}

/// The callable is exactly `ty` (a built-in class) with one argument.
#[inline(always)]
fn is_class_1(c: &Ctx, ty: crate::object::typeobj::TypeRef) -> bool {
    c.oparg == 1 && !c.has_self() && c.slot(c.base()).as_ref().is_some_and(|f| ty.is(f))
}

#[inline(always)]
pub fn _CALL_TYPE_1(c: &mut Ctx) -> U {
    guard!(is_class_1(c, c.rt.types().type_));
    let t = match c.peek(1) {
        Some(v) => c.rt.type_of(v).value(),
        None => return U::Deopt,
    };
    c.finish_call(Ok(t))
}

/// `str(s)` of an exact str is `s`; anything else goes through the class call.
#[inline(always)]
pub fn _CALL_STR_1(c: &mut Ctx) -> U {
    guard!(is_class_1(c, c.rt.types().str));
    same_or_call(c, c.rt.types().str)
}

#[inline(always)]
pub fn _CALL_TUPLE_1(c: &mut Ctx) -> U {
    guard!(is_class_1(c, c.rt.types().tuple));
    same_or_call(c, c.rt.types().tuple)
}

#[inline(always)]
fn same_or_call(c: &mut Ctx, ty: crate::object::typeobj::TypeRef) -> U {
    let res = match c.peek(1) {
        Some(v) if c.rt.type_of(v) == ty => Ok(v.clone()),
        Some(_) => call_callable(c),
        None => return U::Deopt,
    };
    c.finish_call(res)
}

/// Calls the callable on the arguments through its type's call slot, as `Runtime::call`.
#[inline(always)]
fn call_callable(c: &Ctx) -> PyResult<Value> {
    let (first, n) = c.call_args();
    match c.slot(c.base()).as_ref() {
        Some(f) => c.rt.call(f, Args::new(c.values(first, n), &[])),
        None => Err(c.rt.type_error("NULL callable")),
    }
}

/// Runs a native function on the call's arguments, as the type's call slot would: a safe
/// point first; one level of the recursion count (and the native stack check) when `guard`,
/// which CPython does for METH_O and METH_NOARGS callees but not on its vectorcall paths.
/// A bound builtin's self goes in the empty self slot, just below the arguments, so the
/// arguments are never copied.
#[inline(always)]
fn native(c: &Ctx, f: NativeFn, self_: Option<&Value>, guard: bool) -> PyResult<Value> {
    let rt = c.rt;
    rt.gc_safe_point();
    let (mut first, mut n) = c.call_args();
    if let Some(s) = self_ {
        let b = c.base();
        if c.has_self() {
            // Rare (a builtin stored as a class attribute and called as a method): copied.
            let mut all = alloc::vec::Vec::with_capacity(n + 1);
            all.push(s.clone());
            all.extend_from_slice(c.values(first, n));
            return run_native(rt, f, &all, guard);
        }
        // `finish_call` drops this reference with the rest.
        *c.slot(b + 1) = Some(s.clone());
        first = b + 1;
        n += 1;
    }
    run_native(rt, f, c.values(first, n), guard)
}

#[inline(always)]
fn run_native(rt: &Runtime, f: NativeFn, args: &[Value], guard: bool) -> PyResult<Value> {
    if !guard {
        return f(rt, Args::positional(args));
    }
    let d = rt.recursion_depth.get();
    if d >= rt.recursion_limit.get() || rt.native_stack_exhausted(d) {
        return Err(recursion_error(rt));
    }
    rt.recursion_depth.set(d + 1);
    let r = f(rt, Args::positional(args));
    rt.recursion_depth.set(d);
    r
}

#[cold]
#[inline(never)]
fn recursion_error(rt: &Runtime) -> crate::object::PyErr {
    rt.recursion_error("maximum recursion depth exceeded while calling a Python object")
}

/// The callable as a builtin function: its code and bound self (borrowed from the callable,
/// which stays on the stack through the call).
#[inline(always)]
fn builtin<'a>(c: &'a Ctx) -> Option<(NativeFn, Option<&'a Value>)> {
    let f = c.slot(c.base()).as_ref()?;
    if c.rt.type_of(f) != c.rt.types().builtin_function {
        return None;
    }
    let d = unsafe { f.heap()?.payload::<BuiltinFunctionData>() };
    Some((d.func, d.self_.as_ref()))
}

#[inline(always)]
fn call_builtin(c: &mut Ctx, guard: bool) -> U {
    let Some((f, self_)) = builtin(c) else {
        return U::Deopt;
    };
    let res = native(c, f, self_, guard);
    c.finish_call(res)
}

/// A builtin function with one argument (CPython's METH_O; ours all take vectorcall args).
#[inline(always)]
pub fn _CALL_BUILTIN_O(c: &mut Ctx) -> U {
    guard!(c.call_args().1 == 1);
    call_builtin(c, true)
}

#[inline(always)]
pub fn _CALL_BUILTIN_FAST(c: &mut Ctx) -> U {
    call_builtin(c, false)
}

/// A method descriptor of a built-in type called with an instance of exactly that type.
#[inline(always)]
fn method_descr(c: &Ctx) -> Option<NativeFn> {
    let f = c.slot(c.base()).as_ref()?;
    if c.rt.type_of(f) != c.rt.types().method_descriptor {
        return None;
    }
    let d = unsafe { f.heap()?.payload::<MethodDescrData>() };
    let (first, n) = c.call_args();
    let ok = d.kind == MethodKind::Instance
        && n >= 1
        && c.slot(first)
            .as_ref()
            .is_some_and(|s| c.rt.type_of(s) == d.owner);
    ok.then_some(d.func)
}

#[inline(always)]
fn call_method_descr(c: &mut Ctx, nargs: Option<usize>) -> U {
    let Some(f) = method_descr(c) else {
        return U::Deopt;
    };
    guard!(nargs.is_none_or(|n| c.call_args().1 == n));
    let res = native(c, f, None, nargs.is_some());
    c.finish_call(res)
}

#[inline(always)]
pub fn _CALL_METHOD_DESCRIPTOR_NOARGS(c: &mut Ctx) -> U {
    call_method_descr(c, Some(1))
}
#[inline(always)]
pub fn _CALL_METHOD_DESCRIPTOR_O(c: &mut Ctx) -> U {
    call_method_descr(c, Some(2))
}
#[inline(always)]
pub fn _CALL_METHOD_DESCRIPTOR_FAST(c: &mut Ctx) -> U {
    call_method_descr(c, None)
}

/// A built-in class (not a Python class: those run `__init__` frames).
#[inline(always)]
pub fn _CALL_BUILTIN_CLASS(c: &mut Ctx) -> U {
    let rt = c.rt;
    guard!(c.slot(c.base()).as_ref().is_some_and(|f| {
        rt.type_ref_of_type_value(f)
            .is_some_and(|t| !t.data().has_flag(crate::object::typeobj::flags::HEAPTYPE))
    }));
    let res = call_callable(c);
    c.finish_call(res)
}

/// Anything else that is not a Python function (nor a bound method of one).
#[inline(always)]
pub fn _CHECK_IS_NOT_PY_CALLABLE(c: &mut Ctx) -> U {
    let rt = c.rt;
    guard!(c.slot(c.base()).as_ref().is_some_and(|f| {
        let t = rt.type_of(f);
        t != rt.types().function && t != rt.types().method
    }));
    U::Continue
}

/// A builtin function runs as `Runtime::call` would run it (recursion-guarded: CPython's
/// vectorcall of a builtin enters a recursive call too), without copying the arguments.
#[inline(always)]
pub fn _CALL_NON_PY_GENERAL(c: &mut Ctx) -> U {
    if let Some((f, self_)) = builtin(c) {
        let res = native(c, f, self_, true);
        return c.finish_call(res);
    }
    let res = call_callable(c);
    c.finish_call(res)
}

/// Whether a code object can take a call as `_INIT_CALL_PY_EXACT_ARGS` binds it.
pub fn exact_args_shape(cd: &crate::object::code::CodeData) -> bool {
    cd.kwonlyargcount == 0 && cd.flags & (co_flags::VARARGS | co_flags::VARKEYWORDS) == 0
}

/// The runtime's well-known callables for the identity guards, found when first needed.
pub fn find_known(rt: &Runtime, which: usize) -> Option<Value> {
    match which {
        KNOWN_LEN | KNOWN_ISINSTANCE => {
            // The builtins dict may hold a replacement: only our own function is taken.
            let b = rt.interp.builtins_dict()?;
            let name = if which == KNOWN_LEN {
                "len"
            } else {
                "isinstance"
            };
            let f = rt.dict_data(&b)?.get_str(rt, name)?;
            if rt.type_of(&f) != rt.types().builtin_function {
                return None;
            }
            let d = unsafe { f.heap()?.payload::<BuiltinFunctionData>() };
            (d.name == name && d.self_.is_none() && d.owner.is_none()).then_some(f)
        }
        _ => rt.lookup_in_type(rt.types().list, "append"),
    }
}
