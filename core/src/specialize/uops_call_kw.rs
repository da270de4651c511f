//! The CALL_KW micro-ops (CPython 3.14's CALL_KW_{PY,BOUND_METHOD,NON_PY}; part of the one
//! micro-op table: the rows are in `uops.rs`).
//!
//! Stack at a CALL_KW with oparg n: `[callable, self_or_null, arg0 .. arg(n-1), kwnames]`, the
//! last `len(kwnames)` arguments being the keyword values. Cache: `[counter, function version
//! (2 units)]`, as CALL. Guards only look (or split a bound method, a state the generic
//! CALL_KW also accepts). The Python forms bind the arguments into the callee's slice and end
//! in `_PUSH_FRAME`.

#![allow(non_snake_case)]

use super::uops::{Ctx, U};
use crate::interp::call;
use crate::object::args::Args;
use crate::object::function::FunctionData;
use crate::object::value::Value;

use super::uops::guard;

impl Ctx<'_> {
    /// Stack index of the callable.
    #[inline(always)]
    fn kw_base(&self) -> usize {
        self.r.sp - self.oparg as usize - 3
    }
    #[inline(always)]
    fn kw_callee(&self) -> Option<&FunctionData> {
        self.slot(self.kw_base())
            .as_ref()
            .and_then(|f| self.rt.function_data(f))
    }
    /// The arguments including self: `(first stack index, count)`.
    #[inline(always)]
    fn kw_args(&self) -> (usize, usize) {
        let b = self.kw_base();
        let s = usize::from(self.slot(b + 1).is_some());
        (b + 2 - s, self.oparg as usize + s)
    }
    #[inline(always)]
    fn kw_values(&self, from: usize, n: usize) -> &[Value] {
        // SAFETY: Option<Value> has Value's layout and the argument slots are all set.
        unsafe { core::slice::from_raw_parts(self.r.st.add(from) as *const Value, n) }
    }
    /// Pops everything from the callable up (kwnames included).
    #[inline(always)]
    fn kw_clear(&mut self) {
        let base = self.kw_base();
        while self.r.sp > base {
            drop(self.pop());
        }
    }
}

/// The callable is the Python function specialized for.
#[inline(always)]
pub fn _CHECK_FUNCTION_VERSION_KW(c: &mut Ctx) -> U {
    let want = c.cache32(1);
    guard!(c.kw_callee().is_some_and(|f| f.version.get() == want));
    U::Continue
}

/// The callable is a bound method of the Python function specialized for (self slot empty).
#[inline(always)]
pub fn _CHECK_METHOD_VERSION_KW(c: &mut Ctx) -> U {
    let b = c.kw_base();
    guard!(c.slot(b + 1).is_none());
    let want = c.cache32(1);
    let ok = c.slot(b).as_ref().is_some_and(|m| {
        c.rt.type_of(m) == c.rt.types().method
            && c.rt.method_parts(m).is_some_and(|(f, _)| {
                c.rt.function_data(&f)
                    .is_some_and(|fd| fd.version.get() == want)
            })
    });
    guard!(ok);
    U::Continue
}

/// Splits the bound method into its function and self.
#[inline(always)]
pub fn _EXPAND_METHOD_KW(c: &mut Ctx) -> U {
    let b = c.kw_base();
    let Some((f, s)) = c.slot(b).as_ref().and_then(|m| c.rt.method_parts(m)) else {
        return U::Deopt;
    };
    let m = c.slot(b).replace(f);
    *c.slot(b + 1) = Some(s);
    drop(m);
    U::Continue
}

/// Binds positional and keyword arguments into the callee's new slice (a binding error is
/// raised with the caller's stack intact, as the generic CALL_KW does), leaving the callable
/// and an empty self slot for `_PUSH_FRAME`.
#[inline(always)]
pub fn _PY_FRAME_KW(c: &mut Ctx) -> U {
    guard!(c.rt.recursion_depth.get() < c.rt.recursion_limit.get());
    if let Err(e) = c.rt.check_interrupt() {
        return U::Error(e);
    }
    let Some(fd) = c.kw_callee() else {
        return U::Deopt;
    };
    let code = fd.code();
    // SAFETY: a function's `__code__` is always a code object (held here across the binding).
    let cd = unsafe { c.rt.code_data_unchecked(&code) };
    let Some(kwn) = c.peek(1).cloned() else {
        return U::Deopt;
    };
    let kw = c.rt.tuple_items(&kwn).unwrap_or(&[]);
    let n = cd.frame_size();
    let Some((lp, mark)) = c.rt.interp.data.alloc(n) else {
        return U::Deopt;
    };
    let (first, nargs) = c.kw_args();
    if let Err(e) = call::bind(c.rt, fd, cd, c.kw_values(first, nargs), kw, lp) {
        for i in 0..cd.nlocalsplus as usize {
            drop(unsafe { (*lp.add(i)).take() });
        }
        c.rt.interp.data.release(mark);
        return U::Error(e);
    }
    let base = c.kw_base();
    while c.r.sp > base + 2 {
        drop(c.pop());
    }
    drop(c.slot(base + 1).take());
    c.new_frame = Some((lp, mark));
    U::Continue
}

/// Anything that is neither a Python function nor a bound method.
#[inline(always)]
pub fn _CHECK_IS_NOT_PY_CALLABLE_KW(c: &mut Ctx) -> U {
    let rt = c.rt;
    guard!(c.slot(c.kw_base()).as_ref().is_some_and(|f| {
        let t = rt.type_of(f);
        t != rt.types().function && t != rt.types().method
    }));
    U::Continue
}

/// Calls through the callable's type; the result replaces callable, self, arguments, kwnames.
#[inline(always)]
pub fn _CALL_KW_NON_PY(c: &mut Ctx) -> U {
    let rt = c.rt;
    if let Err(e) = rt.check_interrupt() {
        return U::Error(e);
    }
    let res = {
        let (first, n) = c.kw_args();
        let kwn = c.peek(1);
        let kw = kwn.and_then(|t| rt.tuple_items(t)).unwrap_or(&[]);
        match c.slot(c.kw_base()).as_ref() {
            Some(f) => rt.call(f, Args::new(c.kw_values(first, n), kw)),
            None => Err(rt.type_error("'NoneType' object is not callable")),
        }
    };
    c.kw_clear();
    match res {
        Ok(v) => {
            c.push(Some(v));
            U::Continue
        }
        Err(e) => U::Error(e),
    }
}
