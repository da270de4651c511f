//! The micro-op table: every micro-op defined exactly once.
//!
//! Each micro-op is an `#[inline(always)]` function over a `Ctx` (the interpreter registers,
//! the oparg, the instruction's inline cache) returning `U`. Guards only look: they run before
//! anything is consumed, so a `Deopt` re-executes the generic instruction from the same stack.
//! `uop_table!` gives each one's stack effect (inputs and outputs, functions of the oparg) and
//! flags; the tier-1 specialized instructions (`table.rs`) are sequences of these functions,
//! and tier 2, the optimizer's abstract effects and the stencils are to read the same table.
//! Names are CPython 3.13's.

#![allow(non_snake_case)]

use core::mem::ManuallyDrop;

use crate::interp::eval::Regs;
use crate::interp::ops as x;
use crate::object::error::PyErr;
use crate::object::float::{self, is_unique_float};
use crate::object::object_type::instance_ext;
use crate::object::value::Value;
use crate::runtime::Runtime;

/// What a micro-op asks the interpreter to do next.
pub enum U {
    Continue,
    /// `_PUSH_FRAME` pushed a callee's frame: the driver continues in it.
    PushFrame,
    /// A guard failed: run the generic instruction instead (nothing was consumed).
    Deopt,
    Error(PyErr),
}

/// The state a micro-op runs over.
pub struct Ctx<'a> {
    pub rt: &'a Runtime,
    pub r: &'a mut Regs,
    pub oparg: u32,
    /// The micro-op's 64-bit operand (tier 2; 0 in tier 1).
    pub operand: u64,
    /// The callee's localsplus slice, from `_INIT_CALL_PY_EXACT_ARGS` to `_PUSH_FRAME`.
    pub new_frame: Option<(*mut Option<Value>, crate::interp::frame::Mark)>,
}

impl<'a> Ctx<'a> {
    /// The context for a tier-1 instruction (no operand, no frame in the making).
    #[inline(always)]
    pub fn tier1(rt: &'a Runtime, r: &'a mut Regs, oparg: u32) -> Ctx<'a> {
        Ctx {
            rt,
            r,
            oparg,
            operand: 0,
            new_frame: None,
        }
    }
}

impl Ctx<'_> {
    /// Inline cache unit `i` (0 is the counter) of the current instruction.
    #[inline(always)]
    pub fn cache16(&self, i: usize) -> u16 {
        unsafe {
            core::ptr::read_unaligned(self.r.code.add(2 * (self.r.lasti + 1 + i)) as *const u16)
        }
    }
    #[inline(always)]
    pub fn cache32(&self, i: usize) -> u32 {
        u32::from(self.cache16(i)) | (u32::from(self.cache16(i + 1)) << 16)
    }
    /// A borrowed object pointer kept in four cache units (valid while the guards hold).
    #[inline(always)]
    pub fn cache_obj(&self, i: usize) -> Value {
        let bits = u64::from(self.cache32(i)) | (u64::from(self.cache32(i + 2)) << 32);
        let borrowed = ManuallyDrop::new(unsafe { Value::from_raw(bits as usize) });
        Value::clone(&borrowed)
    }
    /// Stack slot `n` from the top (1 = top); None for a NULL.
    #[inline(always)]
    pub fn peek(&self, n: usize) -> Option<&Value> {
        unsafe { (*self.r.st.add(self.r.sp - n)).as_ref() }
    }
    #[inline(always)]
    pub fn pop(&mut self) -> Option<Value> {
        self.r.sp -= 1;
        unsafe { (*self.r.st.add(self.r.sp)).take() }
    }
    /// Slots above the stack pointer are always empty (pops take their value), so the push
    /// writes without dropping an old value (that drop was an out-of-line call per push).
    /// The same as the loop's `Regs::push_opt`: calling that one instead (or a shared helper)
    /// measured 1.2% to 1.7% more instructions on fib and nbody (the loop's code generation
    /// shifted), so the three lines are kept twice.
    #[inline(always)]
    pub fn push(&mut self, v: Option<Value>) {
        unsafe {
            let slot = self.r.st.add(self.r.sp);
            debug_assert!((*slot).is_none(), "push onto a full slot");
            core::ptr::write(slot, v);
        }
        self.r.sp += 1;
    }
    /// Pops two (left, right) that guards proved are set.
    #[inline(always)]
    fn pop2(&mut self) -> (Value, Value) {
        let b = self.pop();
        let a = self.pop();
        match (a, b) {
            (Some(a), Some(b)) => (a, b),
            _ => unreachable!("guarded operands"),
        }
    }
    #[inline(always)]
    fn is_exact(&self, v: Option<&Value>, ty: crate::object::typeobj::TypeRef) -> bool {
        v.is_some_and(|v| self.rt.type_of(v) == ty)
    }
}

/// A guard: when the condition fails, deopt (nothing consumed yet). Shared by every
/// micro-op file.
macro_rules! guard {
    ($c:expr) => {
        if !$c {
            return U::Deopt;
        }
    };
}
pub(crate) use guard;

macro_rules! tri {
    ($e:expr) => {
        match $e {
            Ok(v) => v,
            Err(e) => return U::Error(e),
        }
    };
}
pub(crate) use tri;

/// The micro-op may deopt (it is a guard or checks as it goes).
pub const DEOPT: u16 = 1;
/// The micro-op may raise.
pub const ERROR: u16 = 2;
/// The micro-op may run arbitrary Python code (a `__del__`, a `__eq__`, a call).
pub const ESCAPES: u16 = 4;
/// The micro-op may jump (changes the instruction pointer).
pub const JUMP: u16 = 8;
/// The micro-op pushes a frame (the caller's state is saved; the driver switches frames).
pub const FRAME: u16 = 16;

macro_rules! uop_table {
    ($( $name:ident : |$a:ident| ($i:expr, $o:expr), [$($flag:ident)|*] ; )*) => {
        /// A micro-op (its metadata; the body is the function of the same name).
        #[allow(non_camel_case_types)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Uop { $( $name, )* }

        impl Uop {
            pub const ALL: &'static [Uop] = &[ $( Uop::$name, )* ];
            pub const fn name(self) -> &'static str {
                match self { $( Uop::$name => stringify!($name), )* }
            }
            pub const fn flags(self) -> u16 {
                match self { $( Uop::$name => 0 $( | $flag )*, )* }
            }
            /// (values consumed, values produced) for this oparg.
            #[allow(unused_variables)]
            pub fn stack_effect(self, oparg: u32) -> (u32, u32) {
                match self { $( Uop::$name => { let $a = oparg; ($i, $o) } )* }
            }
            /// Runs the micro-op's body (the micro-op interpreter's dispatch).
            #[inline]
            pub fn execute(self, c: &mut Ctx) -> U {
                match self { $( Uop::$name => $name(c), )* }
            }
        }

        uop_table!(@each ($) $( $name [$($flag)|*] )*);
    };
    // `for_each_uop!(m)` calls `m! { NAME: [FLAGS], ... }` with every micro-op (the stencil
    // templates are generated from it).
    (@each ($d:tt) $( $name:ident [$($flag:ident)|*] )*) => {
        #[macro_export]
        macro_rules! for_each_uop {
            ($d m:ident) => { $d m! { $( $name: [$($flag)|*], )* } };
        }
    };
}

uop_table! {
    _GUARD_BOTH_INT: |_a| (2, 2), [DEOPT];
    _GUARD_BOTH_FLOAT: |_a| (2, 2), [DEOPT];
    _GUARD_BOTH_UNICODE: |_a| (2, 2), [DEOPT];
    _BINARY_OP_ADD_INT: |_a| (2, 1), [ERROR | ESCAPES];
    _BINARY_OP_SUBTRACT_INT: |_a| (2, 1), [ERROR | ESCAPES];
    _BINARY_OP_MULTIPLY_INT: |_a| (2, 1), [ERROR | ESCAPES];
    _BINARY_OP_ADD_FLOAT: |_a| (2, 1), [ERROR | ESCAPES];
    _BINARY_OP_SUBTRACT_FLOAT: |_a| (2, 1), [ERROR | ESCAPES];
    _BINARY_OP_MULTIPLY_FLOAT: |_a| (2, 1), [ERROR | ESCAPES];
    _BINARY_OP_ADD_UNICODE: |_a| (2, 1), [ERROR | ESCAPES];
    _COMPARE_OP_INT: |_a| (2, 1), [DEOPT | ESCAPES];
    _COMPARE_OP_FLOAT: |_a| (2, 1), [ESCAPES];
    _COMPARE_OP_STR: |_a| (2, 1), [ESCAPES];
    _GUARD_GLOBALS_VERSION: |_a| (0, 0), [DEOPT];
    _GUARD_BUILTINS_VERSION: |_a| (0, 0), [DEOPT];
    _LOAD_GLOBAL_MODULE: |a| (0, 1 + (a & 1)), [DEOPT];
    _LOAD_GLOBAL_BUILTINS: |a| (0, 1 + (a & 1)), [DEOPT];
    _GUARD_TYPE_VERSION: |_a| (1, 1), [DEOPT];
    _CHECK_MANAGED_OBJECT_HAS_VALUES: |_a| (1, 1), [DEOPT];
    _LOAD_ATTR_INSTANCE_VALUE: |a| (1, 1 + (a & 1)), [DEOPT | ESCAPES];
    _GUARD_KEYS_VERSION: |_a| (1, 1), [DEOPT];
    _LOAD_ATTR_METHOD_WITH_VALUES: |_a| (1, 2), [];
    _LOAD_ATTR_METHOD_NO_DICT: |_a| (1, 2), [];
    _CHECK_ATTR_MODULE: |_a| (1, 1), [DEOPT];
    _LOAD_ATTR_MODULE: |a| (1, 1 + (a & 1)), [DEOPT | ESCAPES];
    _CHECK_ATTR_CLASS: |_a| (1, 1), [DEOPT];
    _LOAD_ATTR_CLASS: |a| (1, 1 + (a & 1)), [ESCAPES];
    _GUARD_DORV_NO_DICT: |_a| (1, 1), [DEOPT];
    _STORE_ATTR_INSTANCE_VALUE: |_a| (2, 0), [ESCAPES];
    _ITER_CHECK_RANGE: |_a| (1, 1), [DEOPT];
    _ITER_NEXT_RANGE: |_a| (1, 2), [ERROR | JUMP];
    _ITER_CHECK_LIST: |_a| (1, 1), [DEOPT];
    _ITER_NEXT_LIST: |_a| (1, 2), [ERROR | JUMP | ESCAPES];
    _ITER_CHECK_TUPLE: |_a| (1, 1), [DEOPT];
    _ITER_NEXT_TUPLE: |_a| (1, 2), [ERROR | JUMP | ESCAPES];
    _TO_BOOL_BOOL: |_a| (1, 1), [DEOPT];
    _TO_BOOL_INT: |_a| (1, 1), [DEOPT];
    _TO_BOOL_NONE: |_a| (1, 1), [DEOPT];
    _TO_BOOL_LIST: |_a| (1, 1), [DEOPT | ESCAPES];
    _TO_BOOL_STR: |_a| (1, 1), [DEOPT | ESCAPES];
    _REPLACE_WITH_TRUE: |_a| (1, 1), [ESCAPES];
    _BINARY_SUBSCR_LIST_INT: |_a| (2, 1), [DEOPT | ESCAPES];
    _BINARY_SUBSCR_TUPLE_INT: |_a| (2, 1), [DEOPT | ESCAPES];
    _BINARY_SUBSCR_DICT: |_a| (2, 1), [DEOPT | ERROR | ESCAPES];
    _STORE_SUBSCR_LIST_INT: |_a| (3, 0), [DEOPT | ESCAPES];
    _STORE_SUBSCR_DICT: |_a| (3, 0), [DEOPT | ERROR | ESCAPES];
    _UNPACK_SEQUENCE_TWO_TUPLE: |_a| (1, 2), [DEOPT | ESCAPES];
    _UNPACK_SEQUENCE_TUPLE: |a| (1, a), [DEOPT | ESCAPES];
    _UNPACK_SEQUENCE_LIST: |a| (1, a), [DEOPT | ESCAPES];
    _CONTAINS_OP_DICT: |_a| (2, 1), [DEOPT | ERROR | ESCAPES];
    _CONTAINS_OP_SET: |_a| (2, 1), [DEOPT | ERROR | ESCAPES];
    // CALL (uops_call.rs): inputs are callable, self_or_null and the oparg arguments.
    _CHECK_CALL_BOUND_METHOD_EXACT_ARGS: |a| (2 + a, 2 + a), [DEOPT];
    _INIT_CALL_BOUND_METHOD_EXACT_ARGS: |a| (2 + a, 2 + a), [DEOPT];
    _EXPAND_METHOD: |a| (2 + a, 2 + a), [DEOPT];
    _CHECK_FUNCTION_VERSION: |a| (2 + a, 2 + a), [DEOPT];
    _CHECK_FUNCTION_EXACT_ARGS: |a| (2 + a, 2 + a), [DEOPT];
    _CHECK_STACK_SPACE: |a| (2 + a, 2 + a), [DEOPT | ERROR];
    _INIT_CALL_PY_EXACT_ARGS: |a| (2 + a, 3), [DEOPT];
    _PY_FRAME_GENERAL: |a| (2 + a, 3), [DEOPT | ERROR | ESCAPES];
    _PUSH_FRAME: |_a| (3, 0), [FRAME];
    _CALL_LEN: |a| (2 + a, 1), [DEOPT | ERROR | ESCAPES];
    _CALL_ISINSTANCE: |a| (2 + a, 1), [DEOPT | ERROR | ESCAPES];
    _CALL_LIST_APPEND: |a| (2 + a, 1), [DEOPT | ERROR];
    _CALL_TYPE_1: |a| (2 + a, 1), [DEOPT | ESCAPES];
    _CALL_STR_1: |a| (2 + a, 1), [DEOPT | ERROR | ESCAPES];
    _CALL_TUPLE_1: |a| (2 + a, 1), [DEOPT | ERROR | ESCAPES];
    _CALL_BUILTIN_O: |a| (2 + a, 1), [DEOPT | ERROR | ESCAPES];
    _CALL_BUILTIN_FAST: |a| (2 + a, 1), [DEOPT | ERROR | ESCAPES];
    _CALL_METHOD_DESCRIPTOR_NOARGS: |a| (2 + a, 1), [DEOPT | ERROR | ESCAPES];
    _CALL_METHOD_DESCRIPTOR_O: |a| (2 + a, 1), [DEOPT | ERROR | ESCAPES];
    _CALL_METHOD_DESCRIPTOR_FAST: |a| (2 + a, 1), [DEOPT | ERROR | ESCAPES];
    _CALL_BUILTIN_CLASS: |a| (2 + a, 1), [DEOPT | ERROR | ESCAPES];
    _CHECK_IS_NOT_PY_CALLABLE: |a| (2 + a, 2 + a), [DEOPT];
    _CALL_NON_PY_GENERAL: |a| (2 + a, 1), [ERROR | ESCAPES];
    // CALL_ALLOC_AND_ENTER_INIT (uops_init.rs).
    _CHECK_AND_ALLOCATE_OBJECT: |a| (2 + a, 2 + a), [DEOPT | ERROR];
    _CREATE_INIT_FRAME: |a| (2 + a, 3), [DEOPT | ERROR];
    // CALL_KW (uops_call_kw.rs): inputs are callable, self_or_null, the oparg arguments, kwnames.
    _CHECK_FUNCTION_VERSION_KW: |a| (3 + a, 3 + a), [DEOPT];
    _CHECK_METHOD_VERSION_KW: |a| (3 + a, 3 + a), [DEOPT];
    _EXPAND_METHOD_KW: |a| (3 + a, 3 + a), [DEOPT];
    _PY_FRAME_KW: |a| (3 + a, 3), [DEOPT | ERROR | ESCAPES];
    _CHECK_IS_NOT_PY_CALLABLE_KW: |a| (3 + a, 3 + a), [DEOPT];
    _CALL_KW_NON_PY: |a| (3 + a, 1), [ERROR | ESCAPES];
    // BINARY_SUBSCR, BINARY_OP, LOAD_SUPER_ATTR, JUMP_BACKWARD (uops_ops.rs).
    _BINARY_SUBSCR_STR_INT: |_a| (2, 1), [DEOPT | ERROR];
    _BINARY_SUBSCR_CHECK_FUNC: |_a| (2, 3), [DEOPT];
    _BINARY_SUBSCR_INIT_CALL: |_a| (3, 3), [ERROR];
    _BINARY_OP_INPLACE_ADD_UNICODE: |_a| (2, 0), [DEOPT | ERROR | ESCAPES | JUMP];
    _GUARD_BINARY_OP_EXTEND: |_a| (2, 2), [DEOPT];
    _BINARY_OP_EXTEND: |_a| (2, 1), [ERROR | ESCAPES];
    _LOAD_SUPER_ATTR_ATTR: |_a| (3, 1), [DEOPT | ERROR | ESCAPES];
    _LOAD_SUPER_ATTR_METHOD: |_a| (3, 2), [DEOPT | ERROR | ESCAPES];
    _ITER_CHECK_GEN: |_a| (1, 1), [DEOPT];
    _ITER_NEXT_GEN: |_a| (1, 2), [ERROR | JUMP | ESCAPES | FRAME];
    _CHECK_SEND_GEN: |_a| (2, 2), [DEOPT];
    _SEND_GEN: |_a| (2, 2), [DEOPT | ERROR | JUMP | ESCAPES | FRAME];
    _CHECK_PERIODIC: |_a| (0, 0), [ERROR | ESCAPES];
    _JUMP_BACKWARD_NO_INTERRUPT: |_a| (0, 0), [JUMP];
    _JIT: |_a| (0, 0), [];
    // LOAD_ATTR / STORE_ATTR (uops_attr.rs).
    _CHECK_ATTR_WITH_HINT: |_a| (1, 1), [DEOPT];
    _LOAD_ATTR_WITH_HINT: |a| (1, 1 + (a & 1)), [DEOPT | ESCAPES];
    _LOAD_ATTR_SLOT: |a| (1, 1 + (a & 1)), [DEOPT | ESCAPES];
    _LOAD_ATTR_NONDESCRIPTOR_NO_DICT: |a| (1, 1 + (a & 1)), [ESCAPES];
    _LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES: |a| (1, 1 + (a & 1)), [ESCAPES];
    _CHECK_ATTR_METHOD_LAZY_DICT: |_a| (1, 1), [DEOPT];
    _LOAD_ATTR_METHOD_LAZY_DICT: |_a| (1, 2), [];
    _GUARD_METACLASS_VERSION: |_a| (1, 1), [DEOPT];
    _LOAD_ATTR_PROPERTY_FRAME: |_a| (1, 3), [DEOPT];
    _LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN: |_a| (1, 3), [DEOPT];
    _STORE_ATTR_SLOT: |_a| (2, 0), [ESCAPES];
    _STORE_ATTR_WITH_HINT: |_a| (2, 0), [DEOPT | ESCAPES];
    _GUARD_TYPE_VERSION_VALUES: |_a| (1, 1), [DEOPT];
    _GUARD_TYPE_VERSION_STORE_VALUES: |_a| (1, 1), [DEOPT];
    _GUARD_TYPE_VERSION_METHOD: |_a| (1, 1), [DEOPT];
    _GUARD_NOT_SHARED_KEY: |_a| (1, 1), [DEOPT];
    // Tier 2 (traces): CPython 3.13's basic micro-ops (bodies at the end of this file).
    _LOAD_FAST: |_a| (0, 1), [DEOPT];
    _STORE_FAST: |_a| (1, 0), [ESCAPES];
    _LOAD_CONST: |_a| (0, 1), [];
    _LOAD_CONST_IMMORTAL: |_a| (0, 1), [];
    _LOAD_CONST_MORTAL: |_a| (0, 1), [];
    _RESUME_CHECK: |_a| (0, 0), [DEOPT];
    _POP_TOP: |_a| (1, 0), [ESCAPES];
    _COPY: |a| (a, a + 1), [];
    _SWAP: |a| (a, a), [];
    _SET_IP: |_a| (0, 0), [];
    _CHECK_VALIDITY: |_a| (0, 0), [DEOPT];
    _EXIT_TRACE: |_a| (0, 0), [DEOPT];
    _JUMP_TO_TOP: |_a| (0, 0), [JUMP];
    _GUARD_IS_TRUE_POP: |_a| (1, 0), [DEOPT];
    _GUARD_IS_FALSE_POP: |_a| (1, 0), [DEOPT];
    _GUARD_NOT_EXHAUSTED_RANGE: |_a| (1, 1), [DEOPT];
    // Tier 2 (uops_tier2.rs): branch guards, generic instructions.
    _PUSH_NULL: |_a| (0, 1), [];
    _GUARD_IS_NONE_POP: |_a| (1, 0), [DEOPT];
    _GUARD_IS_NOT_NONE_POP: |_a| (1, 0), [DEOPT | ESCAPES];
    _GUARD_NOT_EXHAUSTED_LIST: |_a| (1, 1), [DEOPT];
    _GUARD_NOT_EXHAUSTED_TUPLE: |_a| (1, 1), [DEOPT];
    _BINARY_OP: |_a| (2, 1), [ERROR | ESCAPES];
    _IS_OP: |_a| (2, 1), [ESCAPES];
    // Tier 2 (uops_frame.rs): calls and returns inside a trace. `_RETURN_VALUE` takes the
    // value from the callee's stack and pushes it on the caller's.
    _PUSH_FRAME_EXACT: |a| (2 + (a & 0xff), 0), [DEOPT | ERROR];
    _RETURN_VALUE: |_a| (1, 1), [DEOPT | ESCAPES];
}

pub use super::uops_attr::*;
pub use super::uops_call::*;
pub use super::uops_call_kw::*;
pub use super::uops_frame::*;
pub use super::uops_init::*;
pub use super::uops_ops::*;
pub use super::uops_tier2::*;

// ---- BINARY_OP ----

#[inline(always)]
pub fn _GUARD_BOTH_INT(c: &mut Ctx) -> U {
    // Two small ints (the common case) need no look at any type.
    if c.peek(1).is_some_and(Value::is_small_int) && c.peek(2).is_some_and(Value::is_small_int) {
        return U::Continue;
    }
    let int = c.rt.types().int;
    guard!(c.is_exact(c.peek(1), int) && c.is_exact(c.peek(2), int));
    U::Continue
}

#[inline(always)]
pub fn _GUARD_BOTH_FLOAT(c: &mut Ctx) -> U {
    let f = c.rt.types().float;
    guard!(c.is_exact(c.peek(1), f) && c.is_exact(c.peek(2), f));
    U::Continue
}

#[inline(always)]
pub fn _GUARD_BOTH_UNICODE(c: &mut Ctx) -> U {
    let s = c.rt.types().str;
    guard!(c.is_exact(c.peek(1), s) && c.is_exact(c.peek(2), s));
    U::Continue
}

/// Exact ints: tagged operands never allocate while the result stays tagged; big ones take
/// the int type's own slot (same semantics, the operands are exact ints).
#[inline(always)]
fn int_op(c: &mut Ctx, small: fn(isize, isize) -> Option<isize>, nb: u32) -> U {
    let (a, b) = c.pop2();
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int())
        && let Some(v) = small(x, y).and_then(Value::small_int)
    {
        c.push(Some(v));
        return U::Continue;
    }
    let v = tri!(x::binary_op(c.rt, &a, &b, nb));
    c.rt.release_value(a);
    c.rt.release_value(b);
    c.push(Some(v));
    U::Continue
}

#[inline(always)]
pub fn _BINARY_OP_ADD_INT(c: &mut Ctx) -> U {
    int_op(c, isize::checked_add, 0)
}
#[inline(always)]
pub fn _BINARY_OP_SUBTRACT_INT(c: &mut Ctx) -> U {
    int_op(c, isize::checked_sub, 10)
}
#[inline(always)]
pub fn _BINARY_OP_MULTIPLY_INT(c: &mut Ctx) -> U {
    int_op(c, isize::checked_mul, 5)
}

/// Exact floats (guarded). An operand only the stack refers to is about to die: the result
/// is written into it instead of allocating (as CPython), and the other operand, if it dies,
/// goes straight back to the float free list.
#[inline(always)]
fn float_op(c: &mut Ctx, f: fn(f64, f64) -> f64) -> U {
    let rt = c.rt;
    let sp = c.r.sp;
    // SAFETY: the two operand slots; the left one receives the result.
    let (pa, pb) = unsafe { (&mut *c.r.st.add(sp - 2), &mut *c.r.st.add(sp - 1)) };
    let (Some(a), Some(b)) = (pa.as_ref(), pb.as_ref()) else {
        return U::Deopt;
    };
    let r = f(float::exact_float_value(a), float::exact_float_value(b));
    c.r.sp = sp - 1;
    let b = pb.take();
    if is_unique_float(a) {
        float::set_unique_float(a, r);
        if let Some(b) = b {
            rt.release_float(b);
        }
        return U::Continue;
    }
    let a = pa.take();
    let v = match b {
        Some(b) if is_unique_float(&b) => {
            float::set_unique_float(&b, r);
            Ok(b)
        }
        b => {
            if let Some(b) = b {
                rt.release_float(b);
            }
            rt.new_float(r)
        }
    };
    if let Some(a) = a {
        rt.release_float(a);
    }
    match v {
        Ok(v) => {
            // SAFETY: the slot was just emptied: nothing to drop.
            unsafe { core::ptr::write(pa, Some(v)) };
            U::Continue
        }
        Err(e) => {
            c.r.sp = sp - 2;
            U::Error(e)
        }
    }
}

#[inline(always)]
pub fn _BINARY_OP_ADD_FLOAT(c: &mut Ctx) -> U {
    float_op(c, |x, y| x + y)
}
#[inline(always)]
pub fn _BINARY_OP_SUBTRACT_FLOAT(c: &mut Ctx) -> U {
    float_op(c, |x, y| x - y)
}
#[inline(always)]
pub fn _BINARY_OP_MULTIPLY_FLOAT(c: &mut Ctx) -> U {
    float_op(c, |x, y| x * y)
}

#[inline(always)]
pub fn _BINARY_OP_ADD_UNICODE(c: &mut Ctx) -> U {
    let (a, b) = c.pop2();
    let v = {
        let (x, y) = (c.rt.str_of(&a).unwrap_or(""), c.rt.str_of(&b).unwrap_or(""));
        if y.is_empty() {
            Ok(a.clone())
        } else if x.is_empty() {
            Ok(b.clone())
        } else {
            let mut s = alloc::string::String::new();
            if s.try_reserve(x.len() + y.len()).is_err() {
                Err(c.rt.memory_error())
            } else {
                s.push_str(x);
                s.push_str(y);
                c.rt.new_str(&s)
            }
        }
    };
    drop((a, b));
    c.push(Some(tri!(v)));
    U::Continue
}

// ---- COMPARE_OP ----

#[inline(always)]
fn cmp_result<T: PartialOrd>(c: &Ctx, x: T, y: T) -> Value {
    let t = match c.oparg >> 5 {
        0 => x < y,
        1 => x <= y,
        2 => x == y,
        3 => x != y,
        4 => x > y,
        _ => x >= y,
    };
    c.rt.bool_value(t)
}

#[inline(always)]
pub fn _COMPARE_OP_INT(c: &mut Ctx) -> U {
    let (Some(x), Some(y)) = (
        c.peek(2).and_then(Value::as_small_int),
        c.peek(1).and_then(Value::as_small_int),
    ) else {
        return U::Deopt;
    };
    let v = cmp_result(c, x, y);
    // Small ints own nothing: the result overwrites the operands with no drops.
    let sp = c.r.sp;
    // SAFETY: the two operand slots, both small ints (checked above).
    unsafe {
        core::ptr::write(c.r.st.add(sp - 2), Some(v));
        core::ptr::write(c.r.st.add(sp - 1), None);
    }
    c.r.sp = sp - 1;
    U::Continue
}

#[inline(always)]
pub fn _COMPARE_OP_FLOAT(c: &mut Ctx) -> U {
    let (a, b) = c.pop2();
    let v = cmp_result(
        c,
        float::exact_float_value(&a),
        float::exact_float_value(&b),
    );
    c.rt.release_float(a);
    c.rt.release_float(b);
    c.push(Some(v));
    U::Continue
}

/// Specialized only for `==` and `!=`.
#[inline(always)]
pub fn _COMPARE_OP_STR(c: &mut Ctx) -> U {
    let (a, b) = c.pop2();
    let eq = a.is(&b) || c.rt.str_of(&a) == c.rt.str_of(&b);
    let v = c.rt.bool_value(eq == (c.oparg >> 5 == 2));
    drop((a, b));
    c.push(Some(v));
    U::Continue
}

// ---- LOAD_GLOBAL: cache [counter, index, module keys version, builtins keys version] ----

/// The running frame's globals and builtins: `r.frame` is the top of the frame stack (read
/// directly, not through the stack's length and slots).
#[inline(always)]
fn frame_dicts<'a>(c: &Ctx<'a>) -> (&'a Value, &'a Value) {
    // SAFETY: `r.frame` is the running frame, alive while its instructions run; globals and
    // builtins are never replaced while it lives.
    let f = unsafe { &*c.r.frame };
    (&f.globals, &f.builtins)
}

#[inline(always)]
pub fn _GUARD_GLOBALS_VERSION(c: &mut Ctx) -> U {
    let want = u32::from(c.cache16(2));
    let ok =
        c.rt.dict_data(frame_dicts(c).0)
            .is_some_and(|d| d.keys_version() == want);
    guard!(ok);
    U::Continue
}

#[inline(always)]
pub fn _GUARD_BUILTINS_VERSION(c: &mut Ctx) -> U {
    let want = u32::from(c.cache16(3));
    let ok =
        c.rt.dict_data(frame_dicts(c).1)
            .is_some_and(|d| d.keys_version() == want);
    guard!(ok);
    U::Continue
}

#[inline(always)]
fn load_global_at(c: &mut Ctx, builtins: bool) -> U {
    let idx = usize::from(c.cache16(1));
    let (g, b) = frame_dicts(c);
    let v =
        c.rt.dict_data(if builtins { b } else { g })
            .and_then(|d| d.value_at(idx));
    let Some(v) = v else { return U::Deopt };
    c.push(Some(v));
    if c.oparg & 1 != 0 {
        c.push(None);
    }
    U::Continue
}

#[inline(always)]
pub fn _LOAD_GLOBAL_MODULE(c: &mut Ctx) -> U {
    load_global_at(c, false)
}
#[inline(always)]
pub fn _LOAD_GLOBAL_BUILTINS(c: &mut Ctx) -> U {
    load_global_at(c, true)
}

// ---- LOAD_ATTR: cache [counter, type version (2), index / keys length (2), descr (4)] ----
// (LOAD_ATTR_INSTANCE_VALUE keeps two more versions in the descr's units, and
// LOAD_ATTR_METHOD_WITH_VALUES a second version in the keys length's: `uops_attr.rs`.)

#[inline(always)]
pub fn _GUARD_TYPE_VERSION(c: &mut Ctx) -> U {
    let want = c.cache32(1);
    guard!(
        c.peek(1)
            .is_some_and(|o| c.rt.type_of(o).data().version.get() == want)
    );
    U::Continue
}

#[inline(always)]
pub fn _CHECK_MANAGED_OBJECT_HAS_VALUES(c: &mut Ctx) -> U {
    let ok = c
        .peek(1)
        .and_then(|o| instance_ext(c.rt, o))
        .is_some_and(|e| unsafe { (*e.dict.get()).is_none() });
    guard!(ok);
    U::Continue
}

#[inline(always)]
pub fn _LOAD_ATTR_INSTANCE_VALUE(c: &mut Ctx) -> U {
    let idx = c.cache32(3) as usize;
    let v = c
        .peek(1)
        .and_then(|o| instance_ext(c.rt, o))
        .and_then(|e| unsafe { (&*e.values.get()).get(idx).cloned().flatten() });
    let Some(v) = v else { return U::Deopt };
    // The attribute takes the owner's slot (no pop and push).
    // SAFETY: the top slot, set (the guards looked at it).
    let owner = unsafe { core::ptr::replace(c.r.st.add(c.r.sp - 1), Some(v)) };
    if c.oparg & 1 != 0 {
        c.push(None);
    }
    if let Some(o) = owner {
        c.rt.release_value(o);
    }
    U::Continue
}

/// The class's shared keys have not grown since specialization (so the method's name, absent
/// then, is still not an instance attribute).
#[inline(always)]
pub fn _GUARD_KEYS_VERSION(c: &mut Ctx) -> U {
    let want = c.cache32(3) as usize;
    let ok = c
        .peek(1)
        .is_some_and(|o| unsafe { (*c.rt.type_of(o).data().shared_keys.get()).len() } == want);
    guard!(ok);
    U::Continue
}

#[inline(always)]
fn push_method(c: &mut Ctx) -> U {
    let m = c.cache_obj(5);
    // The method takes the owner's slot and the owner moves up one (no pops).
    // SAFETY: the top slot (set) and the empty one above it.
    unsafe {
        let top = c.r.st.add(c.r.sp - 1);
        let owner = core::ptr::replace(top, Some(m));
        core::ptr::write(top.add(1), owner);
    }
    c.r.sp += 1;
    U::Continue
}

#[inline(always)]
pub fn _LOAD_ATTR_METHOD_WITH_VALUES(c: &mut Ctx) -> U {
    push_method(c)
}
#[inline(always)]
pub fn _LOAD_ATTR_METHOD_NO_DICT(c: &mut Ctx) -> U {
    push_method(c)
}

#[inline(always)]
pub fn _CHECK_ATTR_MODULE(c: &mut Ctx) -> U {
    let want = c.cache32(1);
    let rt = c.rt;
    let ok = c.peek(1).is_some_and(|o| {
        rt.type_of(o) == rt.types().module
            && rt
                .module_dict(o)
                .is_some_and(|d| rt.dict_data(&d).is_some_and(|d| d.keys_version() == want))
    });
    guard!(ok);
    U::Continue
}

#[inline(always)]
pub fn _LOAD_ATTR_MODULE(c: &mut Ctx) -> U {
    let idx = c.cache32(3) as usize;
    let rt = c.rt;
    let v = c
        .peek(1)
        .and_then(|o| rt.module_dict(o))
        .and_then(|d| rt.dict_data(&d).and_then(|d| d.value_at(idx)));
    let Some(v) = v else { return U::Deopt };
    // The attribute takes the owner's slot (no pop and push).
    // SAFETY: the top slot, set (the guards looked at it).
    let owner = unsafe { core::ptr::replace(c.r.st.add(c.r.sp - 1), Some(v)) };
    if c.oparg & 1 != 0 {
        c.push(None);
    }
    if let Some(o) = owner {
        c.rt.release_value(o);
    }
    U::Continue
}

/// The owner is the very class specialized for (its own version, not its type's).
#[inline(always)]
pub fn _CHECK_ATTR_CLASS(c: &mut Ctx) -> U {
    let want = c.cache32(1);
    let rt = c.rt;
    let ok = c.peek(1).is_some_and(|o| {
        rt.type_ref_of_type_value(o)
            .is_some_and(|t| t.data().version.get() == want)
    });
    guard!(ok);
    U::Continue
}

#[inline(always)]
pub fn _LOAD_ATTR_CLASS(c: &mut Ctx) -> U {
    let v = c.cache_obj(5);
    let owner = c.pop();
    c.push(Some(v));
    if c.oparg & 1 != 0 {
        c.push(None);
    }
    drop(owner);
    U::Continue
}

// ---- STORE_ATTR: cache [counter, type version (2), index] ----

#[inline(always)]
pub fn _GUARD_DORV_NO_DICT(c: &mut Ctx) -> U {
    _CHECK_MANAGED_OBJECT_HAS_VALUES(c)
}

#[inline(always)]
pub fn _STORE_ATTR_INSTANCE_VALUE(c: &mut Ctx) -> U {
    let idx = usize::from(c.cache16(3));
    // A new attribute out of key order: the generic store gives the instance a dict.
    guard!(
        !c.peek(1)
            .and_then(|o| instance_ext(c.rt, o))
            .is_some_and(|e| {
                crate::object::object_type::adds_out_of_order(unsafe { &*e.values.get() }, idx)
            })
    );
    let owner = c.pop();
    let value = c.pop();
    let old = match owner.as_ref().and_then(|o| instance_ext(c.rt, o)) {
        Some(e) => {
            let values = unsafe { &mut *e.values.get() };
            match values.get_mut(idx) {
                Some(slot) => core::mem::replace(slot, value),
                None => {
                    let keys = owner.as_ref().map_or(0, |o| unsafe {
                        (*c.rt.type_of(o).data().shared_keys.get()).len()
                    });
                    store_value_grow(values, idx, value, keys)
                }
            }
        }
        None => value,
    };
    // The old value (and the owner) may run `__del__`: dropped after the borrow ends.
    if let Some(o) = old {
        c.rt.release_value(o);
    }
    if let Some(o) = owner {
        c.rt.release_value(o);
    }
    U::Continue
}

/// A store past an instance's values (or `__slots__` values) so far, out of line. It makes
/// room for all `room` of them at once (the class's shared keys, or its slots; absent ones are
/// None), so building an instance grows its values once, not once per attribute.
#[cold]
#[inline(never)]
pub(crate) fn store_value_grow(
    values: &mut alloc::vec::Vec<Option<Value>>,
    idx: usize,
    value: Option<Value>,
    room: usize,
) -> Option<Value> {
    let len = room.max(idx + 1);
    values.reserve_exact(len - values.len());
    values.resize(len, None);
    values
        .get_mut(idx)
        .and_then(|s| core::mem::replace(s, value))
}

// ---- FOR_ITER: on exhaustion push a placeholder for END_FOR and jump, as the generic form ----

#[inline(always)]
fn iter_check(c: &Ctx, ty: crate::object::typeobj::TypeRef) -> U {
    guard!(c.is_exact(c.peek(1), ty));
    U::Continue
}

#[inline(always)]
fn iter_next(
    c: &mut Ctx,
    next: fn(&Runtime, &Value) -> crate::object::error::PyResult<Option<Value>>,
) -> U {
    let v = match c.peek(1) {
        Some(it) => tri!(next(c.rt, it)),
        None => return U::Deopt,
    };
    match v {
        Some(v) => c.push(Some(v)),
        None => {
            c.push(Some(c.rt.none()));
            c.r.ip += c.oparg as usize;
        }
    }
    U::Continue
}

#[inline(always)]
pub fn _ITER_CHECK_RANGE(c: &mut Ctx) -> U {
    iter_check(c, c.rt.types().range_iterator)
}
#[inline(always)]
pub fn _ITER_NEXT_RANGE(c: &mut Ctx) -> U {
    iter_next(c, crate::object::range::range_iter_next)
}
#[inline(always)]
pub fn _ITER_CHECK_LIST(c: &mut Ctx) -> U {
    iter_check(c, c.rt.types().list_iterator)
}
#[inline(always)]
pub fn _ITER_NEXT_LIST(c: &mut Ctx) -> U {
    iter_next(c, crate::object::seq_iter::list_next)
}
#[inline(always)]
pub fn _ITER_CHECK_TUPLE(c: &mut Ctx) -> U {
    iter_check(c, c.rt.types().tuple_iterator)
}
#[inline(always)]
pub fn _ITER_NEXT_TUPLE(c: &mut Ctx) -> U {
    iter_next(c, crate::object::seq_iter::tuple_next)
}

// ---- TO_BOOL: cache [counter, type version (2)] ----

#[inline(always)]
fn replace_top(c: &mut Ctx, b: bool) -> U {
    let old = c.pop();
    c.push(Some(c.rt.bool_value(b)));
    drop(old);
    U::Continue
}

#[inline(always)]
pub fn _TO_BOOL_BOOL(c: &mut Ctx) -> U {
    guard!(c.is_exact(c.peek(1), c.rt.types().bool));
    U::Continue
}
#[inline(always)]
pub fn _TO_BOOL_INT(c: &mut Ctx) -> U {
    let Some(i) = c.peek(1).and_then(Value::as_small_int) else {
        return U::Deopt;
    };
    replace_top(c, i != 0)
}
#[inline(always)]
pub fn _TO_BOOL_NONE(c: &mut Ctx) -> U {
    guard!(c.peek(1).is_some_and(|v| c.rt.is_none(v)));
    replace_top(c, false)
}
#[inline(always)]
pub fn _TO_BOOL_LIST(c: &mut Ctx) -> U {
    guard!(c.is_exact(c.peek(1), c.rt.types().list));
    let n = c
        .peek(1)
        .and_then(|l| c.rt.list_data(l))
        .map_or(0, |l| l.len());
    replace_top(c, n != 0)
}
#[inline(always)]
pub fn _TO_BOOL_STR(c: &mut Ctx) -> U {
    guard!(c.is_exact(c.peek(1), c.rt.types().str));
    let e = c
        .peek(1)
        .and_then(|s| c.rt.str_of(s))
        .is_none_or(str::is_empty);
    replace_top(c, !e)
}
/// After `_GUARD_TYPE_VERSION` on a class with neither `__bool__` nor `__len__`.
#[inline(always)]
pub fn _REPLACE_WITH_TRUE(c: &mut Ctx) -> U {
    replace_top(c, true)
}

// ---- BINARY_SUBSCR / STORE_SUBSCR ----

/// The payload of a heap object whose exact type a guard checked.
///
/// # Safety
/// `v` must be a heap object with a `T` payload.
#[inline(always)]
pub(super) unsafe fn exact_payload<T>(v: &Value) -> &T {
    unsafe { v.heap().unwrap_unchecked().payload::<T>() }
}

/// `[container, index] -> [v]` for an index that is a small int (nothing to drop): only the
/// container's reference is released.
#[inline(always)]
fn replace_container_and_index(c: &mut Ctx, v: Value) {
    let sp = c.r.sp;
    // SAFETY: the two operand slots; the index is a small int.
    let container = unsafe {
        let old = core::ptr::replace(c.r.st.add(sp - 2), Some(v));
        core::ptr::write(c.r.st.add(sp - 1), None);
        old
    };
    c.r.sp = sp - 1;
    if let Some(o) = container {
        c.rt.release_value(o);
    }
}

#[inline(always)]
fn nonneg_index(v: Option<&Value>) -> Option<usize> {
    v.and_then(Value::as_small_int)
        .and_then(|i| usize::try_from(i).ok())
}

#[inline(always)]
pub fn _BINARY_SUBSCR_LIST_INT(c: &mut Ctx) -> U {
    guard!(c.is_exact(c.peek(2), c.rt.types().list));
    let Some(i) = nonneg_index(c.peek(1)) else {
        return U::Deopt;
    };
    // SAFETY: the guard proved an exact list.
    let Some(v) = c
        .peek(2)
        .and_then(|l| unsafe { exact_payload::<crate::object::list::ListData>(l) }.get(i))
    else {
        return U::Deopt;
    };
    replace_container_and_index(c, v);
    U::Continue
}

#[inline(always)]
pub fn _BINARY_SUBSCR_TUPLE_INT(c: &mut Ctx) -> U {
    guard!(c.is_exact(c.peek(2), c.rt.types().tuple));
    let Some(i) = nonneg_index(c.peek(1)) else {
        return U::Deopt;
    };
    // SAFETY: the guard proved an exact tuple.
    let Some(v) = c.peek(2).and_then(|t| {
        unsafe { exact_payload::<crate::object::tuple::TupleData>(t) }
            .items()
            .get(i)
            .cloned()
    }) else {
        return U::Deopt;
    };
    replace_container_and_index(c, v);
    U::Continue
}

#[inline(always)]
pub fn _BINARY_SUBSCR_DICT(c: &mut Ctx) -> U {
    guard!(c.is_exact(c.peek(2), c.rt.types().dict));
    let (d, k) = c.pop2();
    let r = match c.rt.dict_data(&d) {
        Some(dd) => dd.get(c.rt, &k),
        None => Ok(None),
    };
    let v = match r {
        Ok(Some(v)) => v,
        Ok(None) => return U::Error(c.rt.key_error(k)),
        Err(e) => return U::Error(e),
    };
    drop((d, k));
    c.push(Some(v));
    U::Continue
}

#[inline(always)]
pub fn _STORE_SUBSCR_LIST_INT(c: &mut Ctx) -> U {
    guard!(c.is_exact(c.peek(2), c.rt.types().list));
    let Some(i) = nonneg_index(c.peek(1)) else {
        return U::Deopt;
    };
    let n = c
        .peek(2)
        .and_then(|l| c.rt.list_data(l))
        .map_or(0, |l| l.len());
    guard!(i < n);
    let (l, k) = c.pop2();
    let v = c.pop();
    let old = match (c.rt.list_data(&l), v) {
        (Some(ld), Some(v)) => {
            let items = unsafe { ld.items_mut() };
            Some(core::mem::replace(&mut items[i], v))
        }
        _ => None,
    };
    if let Some(old) = old {
        c.rt.release_value(old);
    }
    c.rt.release_value(l);
    c.rt.release_value(k);
    U::Continue
}

#[inline(always)]
pub fn _STORE_SUBSCR_DICT(c: &mut Ctx) -> U {
    guard!(c.is_exact(c.peek(2), c.rt.types().dict));
    let (d, k) = c.pop2();
    let v = c.pop();
    if let (Some(dd), Some(v)) = (c.rt.dict_data(&d), v) {
        tri!(dd.set(c.rt, k, v));
    }
    drop(d);
    U::Continue
}

// ---- UNPACK_SEQUENCE ----

/// Replaces the sequence on top with its items, the first on top. The
/// items are cloned straight from the sequence (no temporary vector): pushing runs no code.
#[inline(always)]
fn unpack(c: &mut Ctx, items: for<'a> fn(&Runtime, &'a Value) -> Option<&'a [Value]>) -> U {
    let n = match c.peek(1).and_then(|s| items(c.rt, s)) {
        Some(it) => it.len(),
        None => return U::Deopt,
    };
    guard!(n == c.oparg as usize);
    let Some(seq) = c.pop() else {
        return U::Deopt;
    };
    if let Some(it) = items(c.rt, &seq) {
        for v in it.iter().rev() {
            c.push(Some(v.clone()));
        }
    }
    c.rt.release_value(seq);
    U::Continue
}

#[inline(always)]
pub fn _UNPACK_SEQUENCE_TWO_TUPLE(c: &mut Ctx) -> U {
    _UNPACK_SEQUENCE_TUPLE(c)
}
#[inline(always)]
pub fn _UNPACK_SEQUENCE_TUPLE(c: &mut Ctx) -> U {
    guard!(c.is_exact(c.peek(1), c.rt.types().tuple));
    unpack(c, |rt, t| rt.tuple_items(t))
}
#[inline(always)]
pub fn _UNPACK_SEQUENCE_LIST(c: &mut Ctx) -> U {
    guard!(c.is_exact(c.peek(1), c.rt.types().list));
    unpack(c, |rt, l| rt.list_data(l).map(|l| l.items()))
}

// ---- CONTAINS_OP ----

#[inline(always)]
pub fn _CONTAINS_OP_DICT(c: &mut Ctx) -> U {
    guard!(c.is_exact(c.peek(1), c.rt.types().dict));
    let (k, d) = c.pop2();
    let found = match c.rt.dict_data(&d) {
        Some(dd) => tri!(dd.get(c.rt, &k)).is_some(),
        None => false,
    };
    drop((k, d));
    c.push(Some(c.rt.bool_value(found != (c.oparg == 1))));
    U::Continue
}

#[inline(always)]
pub fn _CONTAINS_OP_SET(c: &mut Ctx) -> U {
    let rt = c.rt;
    guard!(c.peek(1).is_some_and(|s| {
        let t = rt.type_of(s);
        t == rt.types().set || t == rt.types().frozenset
    }));
    // The set's own lookup, not the `in` protocol's slot dispatch; the operands stay on the
    // stack while it runs (an error unwinds them).
    let found = match (c.peek(2), c.peek(1)) {
        (Some(k), Some(s)) => tri!(crate::object::set::set_contains(rt, s, k)),
        _ => return U::Deopt,
    };
    let (k, s) = c.pop2();
    rt.release_value(k);
    rt.release_value(s);
    c.push(Some(rt.bool_value(found != (c.oparg == 1))));
    U::Continue
}

// ---- Tier 2: the basic micro-ops of traces ----
// Exits re-run the tier-1 instruction the micro-op came from, so these too consume nothing
// before they deopt.

/// Pushes local `oparg` (deopts if unbound: tier 1 raises the UnboundLocalError).
#[inline(always)]
pub fn _LOAD_FAST(c: &mut Ctx) -> U {
    let v = unsafe { (*c.r.lp.add(c.oparg as usize)).clone() };
    guard!(v.is_some());
    c.push(v);
    U::Continue
}

#[inline(always)]
pub fn _STORE_FAST(c: &mut Ctx) -> U {
    let v = c.pop();
    let old = unsafe { core::mem::replace(&mut *c.r.lp.add(c.oparg as usize), v) };
    drop(old);
    U::Continue
}

#[inline(always)]
pub fn _LOAD_CONST(c: &mut Ctx) -> U {
    let v = unsafe { (*c.r.consts.add(c.oparg as usize)).clone() };
    c.push(Some(v));
    U::Continue
}

/// An immortal constant: pushed without touching its count (the quickener checked it is
/// immortal, which it stays).
#[inline(always)]
pub fn _LOAD_CONST_IMMORTAL(c: &mut Ctx) -> U {
    let bits = unsafe { (*c.r.consts.add(c.oparg as usize)).bits() };
    // SAFETY: an immortal object's count is never changed, so this copy owns nothing.
    c.push(Some(unsafe { Value::from_raw(bits) }));
    U::Continue
}

#[inline(always)]
pub fn _LOAD_CONST_MORTAL(c: &mut Ctx) -> U {
    _LOAD_CONST(c)
}

/// RESUME when nothing needs the generic form: tracing (whose events the tracing loop emits
/// at RESUME) is off.
#[inline(always)]
pub fn _RESUME_CHECK(c: &mut Ctx) -> U {
    guard!(!c.rt.interp.trace.on.get());
    U::Continue
}

#[inline(always)]
pub fn _POP_TOP(c: &mut Ctx) -> U {
    drop(c.pop());
    U::Continue
}

/// Pushes a copy of stack slot `oparg` (1 = top).
#[inline(always)]
pub fn _COPY(c: &mut Ctx) -> U {
    let v = c.peek(c.oparg as usize).cloned();
    c.push(v);
    U::Continue
}

/// Swaps the top with stack slot `oparg` (1 = top).
#[inline(always)]
pub fn _SWAP(c: &mut Ctx) -> U {
    unsafe {
        core::ptr::swap(
            c.r.st.add(c.r.sp - 1),
            c.r.st.add(c.r.sp - c.oparg as usize),
        )
    };
    U::Continue
}

/// Records the tier-1 instruction (code unit `oparg`) the following micro-ops come from, in
/// the registers and in the running frame's introspection copy (`f_lineno` inside a trace).
#[inline(always)]
pub fn _SET_IP(c: &mut Ctx) -> U {
    c.r.lasti = c.oparg as usize;
    if !c.r.frame.is_null() {
        unsafe { (*c.r.frame).lasti = c.oparg as usize };
    }
    U::Continue
}

/// The executor is still valid: the operand is the address of its validity byte.
#[inline(always)]
pub fn _CHECK_VALIDITY(c: &mut Ctx) -> U {
    guard!(unsafe { core::ptr::read_volatile(c.operand as usize as *const u8) } != 0);
    U::Continue
}

/// Leaves the trace: tier 1 resumes at the micro-op's target.
#[inline(always)]
pub fn _EXIT_TRACE(_c: &mut Ctx) -> U {
    U::Deopt
}

/// Back to the trace's first micro-op (the jump itself is the driver's: the interpreter's
/// loop, or the stencil's `_JIT_JUMP_TARGET`).
#[inline(always)]
pub fn _JUMP_TO_TOP(_c: &mut Ctx) -> U {
    U::Continue
}

#[inline(always)]
fn guard_pop(c: &mut Ctx, want: bool) -> U {
    let s = c.rt.singletons();
    let flag = if want { &s.true_ } else { &s.false_ };
    guard!(c.peek(1).is_some_and(|v| v.is(flag)));
    // A bool singleton: dropping it never frees.
    drop(c.pop());
    U::Continue
}

/// The branch went the recorded way (the flag is True); pops it.
#[inline(always)]
pub fn _GUARD_IS_TRUE_POP(c: &mut Ctx) -> U {
    guard_pop(c, true)
}
#[inline(always)]
pub fn _GUARD_IS_FALSE_POP(c: &mut Ctx) -> U {
    guard_pop(c, false)
}

/// After `_ITER_CHECK_RANGE`: the range iterator has another item (word-sized ranges only),
/// so `_ITER_NEXT_RANGE` will not jump.
#[inline(always)]
pub fn _GUARD_NOT_EXHAUSTED_RANGE(c: &mut Ctx) -> U {
    use crate::object::range::RangeIter;
    let left = c
        .peek(1)
        .and_then(Value::heap)
        .map(|h| unsafe { h.payload::<RangeIter>() });
    guard!(matches!(left, Some(RangeIter::Small { left, .. }) if left.get() != 0));
    U::Continue
}
