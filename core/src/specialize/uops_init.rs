//! CALL_ALLOC_AND_ENTER_INIT: `C(args)` for a Python class whose `__new__` is `object.__new__`
//! and whose `__init__` is a Python function (any signature: its frame binds the arguments;
//! part of the one micro-op table: the rows are in
//! `uops.rs`).
//!
//! As CPython: the instance is allocated, then a small shim frame is pushed holding it, then
//! `__init__`'s frame above the shim. When `__init__` returns, the shim runs `EXIT_INIT_CHECK`
//! ("__init__() should return None, not 'int'") and returns the instance to the caller. The
//! shim is invisible to introspection (`is_init_shim`: tracebacks, `f_back`, `sys._getframe`).
//! CALL cache: `[counter, class version (2)]`.

#![allow(non_snake_case)]

use alloc::vec;

use super::uops::{Ctx, U};
use crate::bytecode::opcode::Opcode;
use crate::interp::frame::Frame;
use crate::object::code::{CodeParts, co_flags};
use crate::object::error::PyResult;
use crate::object::typeobj::TypeRef;
use crate::object::value::Value;
use crate::runtime::Runtime;

use super::uops::guard;

/// Slots the shim's stack needs: the instance, then `__init__`'s result (plus `_PUSH_FRAME`'s
/// callable and self while the init frame is set up).
const SHIM_SLOTS: usize = 4;

impl Ctx<'_> {
    /// Stack index of a CALL's callable.
    #[inline(always)]
    fn init_base(&self) -> usize {
        self.r.sp - self.oparg as usize - 2
    }
    #[allow(clippy::mut_from_ref)]
    #[inline(always)]
    fn init_slot(&self, i: usize) -> &mut Option<Value> {
        unsafe { &mut *self.r.st.add(i) }
    }
}

/// The class called, when it is the one specialized for (same version, metaclass `type`).
#[inline(always)]
fn called_class(c: &Ctx) -> Option<TypeRef> {
    let f = c.init_slot(c.init_base()).as_ref()?;
    let t = c.rt.type_ref_of_type_value(f)?;
    (c.rt.type_of(f) == c.rt.types().type_ && t.data().version.get() == c.cache32(1)).then_some(t)
}

/// `__init__` of the class, when it is a Python function (its frame binds the arguments as
/// any call does: defaults, `*args`, `**kwargs`).
pub(crate) fn python_init(rt: &Runtime, ty: TypeRef) -> Option<Value> {
    // By the interned name the shim keeps in its `co_names`: the attribute cache answers for
    // the type's version without walking the MRO.
    let init = match rt.interp.spec.init_shim(rt) {
        Ok(shim) => {
            // SAFETY: the shim is a code object.
            let names = &unsafe { rt.code_data_unchecked(&shim) }.names;
            match rt.tuple_items(names).and_then(|t| t.first()) {
                Some(name) => rt.lookup_name_in_type(ty, name),
                None => rt.lookup_in_type(ty, "__init__"),
            }
        }
        Err(_) => rt.lookup_in_type(ty, "__init__"),
    }?;
    rt.function_data(&init)?;
    Some(init)
}

/// Checks everything, then replaces `[class, NULL, args]` with `[__init__, instance, args]`
/// (the layout of a call of `__init__` with self).
#[inline(always)]
pub fn _CHECK_AND_ALLOCATE_OBJECT(c: &mut Ctx) -> U {
    let b = c.init_base();
    guard!(c.init_slot(b + 1).is_none());
    let Some(ty) = called_class(c) else {
        return U::Deopt;
    };
    let Some(init) = python_init(c.rt, ty) else {
        return U::Deopt;
    };
    // Two frames: the shim and `__init__`'s.
    guard!(c.rt.recursion_depth.get() + 1 < c.rt.recursion_limit.get());
    if let Err(e) = c.rt.check_interrupt() {
        return U::Error(e);
    }
    let obj = match crate::object::object_type::alloc_instance(c.rt, ty) {
        Ok(o) => o,
        Err(e) => return U::Error(e),
    };
    let cls = c.init_slot(b).replace(init);
    *c.init_slot(b + 1) = Some(obj);
    drop(cls);
    U::Continue
}

/// Binds the instance and the arguments into `__init__`'s new slice (a binding error is
/// raised here, as the generic call raises it), pushes the shim frame holding the instance,
/// and makes the shim the frame `_PUSH_FRAME` saves and pushes over.
#[inline(always)]
pub fn _CREATE_INIT_FRAME(c: &mut Ctx) -> U {
    let rt = c.rt;
    let b = c.init_base();
    let (Some(init), Some(obj)) = (c.init_slot(b).clone(), c.init_slot(b + 1).clone()) else {
        return U::Deopt;
    };
    let shim = match rt.interp.spec.init_shim(rt) {
        Ok(s) => s,
        Err(e) => return U::Error(e),
    };
    let Some(fd) = rt.function_data(&init) else {
        return U::Deopt;
    };
    let code = fd.code();
    // SAFETY: a function's `__code__` is always a code object (held here across the binding).
    let cd = unsafe { rt.code_data_unchecked(&code) };
    let n = cd.frame_size();
    // The shim's slice first: it is released after `__init__`'s.
    let Some((slp, smark)) = rt.interp.data.alloc(SHIM_SLOTS) else {
        return U::Error(rt.memory_error());
    };
    let Some((lp, mark)) = rt.interp.data.alloc(n) else {
        rt.interp.data.release(smark);
        return U::Error(rt.memory_error());
    };
    let nargs = c.oparg as usize + 1;
    let exact = cd.argcount as usize == nargs
        && cd.kwonlyargcount == 0
        && cd.flags & (co_flags::VARARGS | co_flags::VARKEYWORDS) == 0;
    if exact {
        // Exactly the positional parameters (self included): the values move over.
        for i in 0..nargs {
            unsafe { *lp.add(i) = c.init_slot(b + 1 + i).take() };
        }
    } else {
        // SAFETY: Option<Value> has Value's layout and self and the arguments are all set.
        let args = unsafe { core::slice::from_raw_parts(c.r.st.add(b + 1) as *const Value, nargs) };
        if let Err(e) = crate::interp::call::bind(rt, fd, cd, args, &[], lp) {
            for i in 0..cd.nlocalsplus as usize {
                drop(unsafe { (*lp.add(i)).take() });
            }
            rt.interp.data.release(smark);
            return U::Error(e);
        }
    }
    drop(code);
    while c.r.sp > b {
        drop(c.pop());
    }
    let frames = unsafe { &mut *rt.interp.frames.get() };
    // SAFETY: `r.frame` is the running frame, the top of the frame stack.
    let caller = unsafe { &mut *c.r.frame };
    // The caller resumes after this CALL, where the shim's return value lands.
    caller.ip = c.r.ip;
    caller.sp = c.r.sp;
    caller.lasti = c.r.lasti;
    // SAFETY: the caller's frame lies below the shim's for the shim's whole life.
    let (globals, builtins) = unsafe {
        (
            Frame::borrow_ns(&caller.globals),
            Frame::borrow_ns(&caller.builtins),
        )
    };
    unsafe {
        *slp = Some(obj);
        *slp.add(1) = Some(init);
        *slp.add(2) = None;
    }
    rt.recursion_depth.set(rt.recursion_depth.get() + 1);
    let shim_frame = frames.push(|| Frame {
        code: shim,
        func: None,
        globals,
        builtins,
        locals: None,
        lp: slp,
        nlocalsplus: 0,
        sp: 1,
        ip: 0,
        lasti: 0,
        mark: Some(smark),
        entry: false,
        ns_borrowed: true,
        code_borrowed: false,
        generator: None,
        obj: None,
    });
    // `_PUSH_FRAME` now works on the shim: `[instance, __init__, NULL]`, from its start.
    c.r.frame = shim_frame;
    c.r.st = slp;
    c.r.sp = 3;
    c.r.ip = 0;
    c.r.lasti = 0;
    c.new_frame = Some((lp, mark));
    U::Continue
}

/// The shim's code: `EXIT_INIT_CHECK; RETURN_VALUE`.
pub(crate) fn make_init_shim(rt: &Runtime) -> PyResult<Value> {
    let empty = rt.new_tuple(alloc::vec::Vec::new())?;
    rt.new_code(CodeParts {
        name: rt.new_str("__init__")?,
        qualname: rt.new_str("__init__")?,
        filename: rt.new_str("<shim>")?,
        firstlineno: 0,
        argcount: 0,
        posonlyargcount: 0,
        kwonlyargcount: 0,
        nlocals: 0,
        stacksize: 2,
        flags: co_flags::OPTIMIZED | co_flags::NEWLOCALS | co_flags::NOFREE,
        code: vec![
            Opcode::EXIT_INIT_CHECK as u8,
            0,
            Opcode::RETURN_VALUE as u8,
            0,
        ],
        consts: empty.clone(),
        // `python_init`'s key for the attribute cache (EXIT_INIT_CHECK names nothing).
        names: rt.new_tuple(vec![rt.intern("__init__")])?,
        varnames: empty.clone(),
        cellvars: empty.clone(),
        freevars: empty,
        exceptiontable: alloc::vec::Vec::new(),
        linetable: alloc::vec::Vec::new(),
    })
}

/// Whether `code` is the shim, which introspection skips.
#[inline]
pub fn is_init_shim(rt: &Runtime, code: &Value) -> bool {
    rt.interp.spec.shim_is(code)
}
