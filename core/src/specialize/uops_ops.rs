//! More micro-ops (part of the one micro-op table: the rows are in `uops.rs`): BINARY_SUBSCR
//! on str and on classes with a Python `__getitem__` (pushes its frame, as CPython),
//! BINARY_OP's in-place str concatenation and its descriptor table for mixed int/float
//! operands (CPython 3.14's BINARY_OP_EXTEND), LOAD_SUPER_ATTR without a super object, and
//! JUMP_BACKWARD carrying the tier-2 hotness counter.

#![allow(non_snake_case)]

use super::counter;
use super::uops::{Ctx, U};
use crate::bytecode::opcode::Opcode;
use crate::object::error::PyResult;
use crate::object::value::Value;
use crate::runtime::Runtime;

use super::uops::guard;

use super::uops::tri;

impl Ctx<'_> {
    /// Pops two (left, right) that guards proved are set.
    #[inline(always)]
    fn pop_pair(&mut self) -> (Option<Value>, Option<Value>) {
        let b = self.pop();
        let a = self.pop();
        (a, b)
    }
}

// ---- BINARY_SUBSCR ----

/// `s[i]` for an exact str and a small index in range (else the generic form raises).
#[inline(always)]
pub fn _BINARY_SUBSCR_STR_INT(c: &mut Ctx) -> U {
    let rt = c.rt;
    guard!(c.peek(2).is_some_and(|s| rt.type_of(s) == rt.types().str));
    let Some(i) = c
        .peek(1)
        .and_then(Value::as_small_int)
        .and_then(|i| usize::try_from(i).ok())
    else {
        return U::Deopt;
    };
    let Some(d) = c.peek(2).and_then(|s| rt.str_data(s)) else {
        return U::Deopt;
    };
    guard!(i < d.char_len());
    let v = if d.is_ascii() {
        let b = d.as_str().as_bytes().get(i).copied().unwrap_or(0);
        let buf = [b];
        rt.new_str(core::str::from_utf8(&buf).unwrap_or(""))
    } else {
        rt.new_str_code_point(d.code_point_at(i).unwrap_or(0))
    };
    let v = tri!(v);
    drop(c.pop_pair());
    c.push(Some(v));
    U::Continue
}

/// The container's class has a Python `__getitem__` taking (self, key): pushes it.
#[inline(always)]
pub fn _BINARY_SUBSCR_CHECK_FUNC(c: &mut Ctx) -> U {
    let Some(f) = c.peek(2).and_then(|o| python_getitem(c.rt, o)) else {
        return U::Deopt;
    };
    guard!(c.rt.recursion_depth.get() < c.rt.recursion_limit.get());
    c.push(Some(f));
    U::Continue
}

/// `[container, key, __getitem__]` becomes `[__getitem__, NULL]` and its new frame's slice.
#[inline(always)]
pub fn _BINARY_SUBSCR_INIT_CALL(c: &mut Ctx) -> U {
    let rt = c.rt;
    let f = c.pop();
    let Some(cd) = f
        .as_ref()
        .and_then(|f| rt.function_data(f))
        .and_then(|fd| rt.code_data(unsafe { &*fd.code.get() }))
    else {
        return U::Error(rt.type_error("__getitem__ changed"));
    };
    let n = cd.nlocalsplus as usize + cd.stacksize as usize + 2;
    let Some((lp, mark)) = rt.interp.data.alloc(n) else {
        return U::Error(rt.memory_error());
    };
    let (container, key) = c.pop_pair();
    unsafe {
        *lp = container;
        *lp.add(1) = key;
    }
    match f {
        Some(f) => c.stage_frame(f, lp, mark),
        None => return U::Deopt,
    }
    U::Continue
}

/// `type(o).__getitem__` when it is a Python function of exactly two positional parameters
/// and the class's item slot calls it.
pub(crate) fn python_getitem(rt: &Runtime, o: &Value) -> Option<Value> {
    let ty = rt.type_of(o);
    let slot = ty.data().slots().getitem.map(|f| f as usize);
    if slot != Some(crate::object::dunder_slots::slot_getitem as *const () as usize) {
        return None;
    }
    let f = rt.lookup_in_type(ty, "__getitem__")?;
    let fd = rt.function_data(&f)?;
    let cd = rt.code_data(unsafe { &*fd.code.get() })?;
    (super::uops_call::exact_args_shape(cd) && cd.argcount == 2).then_some(f)
}

// ---- BINARY_OP ----

/// `s += t` followed by `STORE_FAST s`, the local holding the left operand: the result goes
/// straight into the local and the STORE_FAST is skipped (as CPython, which also appends in
/// place when it can; our strs are immutable).
#[inline(always)]
pub fn _BINARY_OP_INPLACE_ADD_UNICODE(c: &mut Ctx) -> U {
    let next = inplace_target(c.r);
    let Some(local) = next else { return U::Deopt };
    // A tracer may watch the STORE_FAST (opcode events).
    guard!(!c.rt.interp.trace.on.get());
    let slot = unsafe { &mut *c.r.lp.add(local) };
    guard!(matches!((slot.as_ref(), c.peek(2)), (Some(l), Some(a)) if l.is(a)));
    let v = {
        let (x, y) = match (c.peek(2), c.peek(1)) {
            (Some(a), Some(b)) => (c.rt.str_of(a).unwrap_or(""), c.rt.str_of(b).unwrap_or("")),
            _ => return U::Deopt,
        };
        if y.is_empty() {
            Ok(c.peek(2).cloned())
        } else {
            let mut s = alloc::string::String::new();
            if s.try_reserve(x.len() + y.len()).is_err() {
                Err(c.rt.memory_error())
            } else {
                s.push_str(x);
                s.push_str(y);
                c.rt.new_string(s).map(Some)
            }
        }
    };
    let v = tri!(v);
    let (a, b) = c.pop_pair();
    let old = core::mem::replace(slot, v);
    drop((old, a, b));
    c.r.ip += 1;
    U::Continue
}

/// The local a STORE_FAST right after this instruction stores to.
#[inline(always)]
pub(crate) fn inplace_target(r: &crate::interp::eval::Regs) -> Option<usize> {
    if r.ip >= r.ncode {
        return None;
    }
    let (op, arg) = unsafe { (*r.code.add(2 * r.ip), *r.code.add(2 * r.ip + 1)) };
    (op == Opcode::STORE_FAST as u8).then_some(usize::from(arg))
}

/// One entry of BINARY_OP_EXTEND's table: the oparg it serves, a guard on the operands, and
/// the action (CPython 3.14's `_PyBinaryOpSpecializationDescr`).
pub struct ExtendDescr {
    pub oparg: u32,
    pub guard: fn(&Runtime, &Value, &Value) -> bool,
    pub action: fn(&Runtime, &Value, &Value) -> PyResult<Value>,
}

fn small(v: &Value) -> Option<isize> {
    v.as_small_int()
}
fn float_small(rt: &Runtime, a: &Value, b: &Value) -> bool {
    rt.type_of(a) == rt.types().float && small(b).is_some()
}
fn small_float(rt: &Runtime, a: &Value, b: &Value) -> bool {
    small(a).is_some() && rt.type_of(b) == rt.types().float
}
fn float_nonzero_small(rt: &Runtime, a: &Value, b: &Value) -> bool {
    float_small(rt, a, b) && small(b) != Some(0)
}
fn small_nonzero_float(rt: &Runtime, a: &Value, b: &Value) -> bool {
    small_float(rt, a, b) && rt.float_of(b).is_some_and(|f| f != 0.0)
}
fn floats_nonzero(rt: &Runtime, a: &Value, b: &Value) -> bool {
    let f = rt.types().float;
    rt.type_of(a) == f && rt.type_of(b) == f && crate::object::float::exact_float_value(b) != 0.0
}
fn both_small(_rt: &Runtime, a: &Value, b: &Value) -> bool {
    small(a).is_some() && small(b).is_some()
}
/// The operands as floats (a small int converts exactly as `int.__float__` rounds).
fn as_f64(rt: &Runtime, v: &Value) -> f64 {
    match small(v) {
        Some(i) => i as f64,
        None => rt.float_of(v).unwrap_or(0.0),
    }
}
/// A float result; an exact float operand only the stack refers to receives it in place
/// (the stack's reference then goes with the operand's pop).
fn mixed(rt: &Runtime, a: &Value, b: &Value, f: fn(f64, f64) -> f64) -> PyResult<Value> {
    let r = f(as_f64(rt, a), as_f64(rt, b));
    let float = rt.types().float;
    for v in [a, b] {
        if rt.type_of(v) == float && crate::object::float::is_unique_float(v) {
            crate::object::float::set_unique_float(v, r);
            return Ok(v.clone());
        }
    }
    rt.new_float(r)
}
fn bits(rt: &Runtime, a: &Value, b: &Value, f: fn(isize, isize) -> isize) -> PyResult<Value> {
    let v = f(small(a).unwrap_or(0), small(b).unwrap_or(0));
    // Bitwise results of two tagged ints stay in the tagged range.
    Value::small_int(v).ok_or_else(|| rt.overflow_error("int too large"))
}

fn small_nonzero_divisor(_rt: &Runtime, a: &Value, b: &Value) -> bool {
    small(a).is_some() && small(b).is_some_and(|y| y != 0)
}
fn small_nonneg_shift(_rt: &Runtime, a: &Value, b: &Value) -> bool {
    small(a).is_some() && small(b).is_some_and(|y| y >= 0)
}
/// `x // y` and `x % y` of tagged ints (y != 0), floored as Python's: the remainder takes the
/// divisor's sign. Only `SMALL_INT_MIN // -1` leaves the tagged range.
fn small_divmod(a: &Value, b: &Value) -> (isize, isize) {
    let (x, y) = (small(a).unwrap_or(0), small(b).unwrap_or(1));
    let (mut q, mut r) = (x.wrapping_div(y), x.wrapping_rem(y));
    if r != 0 && ((r < 0) != (y < 0)) {
        q -= 1;
        r += y;
    }
    (q, r)
}
fn int_result(rt: &Runtime, v: isize) -> PyResult<Value> {
    rt.new_int(v as i64)
}

/// The descriptor table: in-place forms share the binary ones' entries (`oparg % 13`).
pub static EXTEND_TABLE: [ExtendDescr; 15] = [
    ExtendDescr {
        oparg: 0,
        guard: float_small,
        action: |rt, a, b| mixed(rt, a, b, |x, y| x + y),
    },
    ExtendDescr {
        oparg: 0,
        guard: small_float,
        action: |rt, a, b| mixed(rt, a, b, |x, y| x + y),
    },
    ExtendDescr {
        oparg: 10,
        guard: float_small,
        action: |rt, a, b| mixed(rt, a, b, |x, y| x - y),
    },
    ExtendDescr {
        oparg: 10,
        guard: small_float,
        action: |rt, a, b| mixed(rt, a, b, |x, y| x - y),
    },
    ExtendDescr {
        oparg: 5,
        guard: float_small,
        action: |rt, a, b| mixed(rt, a, b, |x, y| x * y),
    },
    ExtendDescr {
        oparg: 5,
        guard: small_float,
        action: |rt, a, b| mixed(rt, a, b, |x, y| x * y),
    },
    ExtendDescr {
        oparg: 11,
        guard: float_nonzero_small,
        action: |rt, a, b| mixed(rt, a, b, |x, y| x / y),
    },
    ExtendDescr {
        oparg: 11,
        guard: small_nonzero_float,
        action: |rt, a, b| mixed(rt, a, b, |x, y| x / y),
    },
    // float / float: CPython 3.11 leaves it generic; the result is the same IEEE quotient.
    ExtendDescr {
        oparg: 11,
        guard: floats_nonzero,
        action: |rt, a, b| mixed(rt, a, b, |x, y| x / y),
    },
    // Tagged ints: `//`, `%` and `>>` (CPython 3.11 leaves them generic; same results).
    ExtendDescr {
        oparg: 2,
        guard: small_nonzero_divisor,
        action: |rt, a, b| int_result(rt, small_divmod(a, b).0),
    },
    ExtendDescr {
        oparg: 6,
        guard: small_nonzero_divisor,
        action: |rt, a, b| int_result(rt, small_divmod(a, b).1),
    },
    ExtendDescr {
        oparg: 9,
        guard: small_nonneg_shift,
        action: |rt, a, b| {
            let (x, y) = (small(a).unwrap_or(0), small(b).unwrap_or(0));
            int_result(rt, x >> y.min(isize::BITS as isize - 1))
        },
    },
    ExtendDescr {
        oparg: 7,
        guard: both_small,
        action: |rt, a, b| bits(rt, a, b, |x, y| x | y),
    },
    ExtendDescr {
        oparg: 1,
        guard: both_small,
        action: |rt, a, b| bits(rt, a, b, |x, y| x & y),
    },
    ExtendDescr {
        oparg: 12,
        guard: both_small,
        action: |rt, a, b| bits(rt, a, b, |x, y| x ^ y),
    },
];

/// The table entry for these operands, if any (the specializer's search).
pub fn find_extend(rt: &Runtime, oparg: u32, a: &Value, b: &Value) -> Option<u16> {
    let op = oparg % crate::bytecode::opcode::INPLACE;
    EXTEND_TABLE
        .iter()
        .position(|d| d.oparg == op && (d.guard)(rt, a, b))
        .and_then(|i| u16::try_from(i).ok())
}

#[inline(always)]
fn extend_descr(c: &Ctx) -> Option<&'static ExtendDescr> {
    EXTEND_TABLE.get(usize::from(c.cache16(1)))
}

/// The cached descriptor's guard holds for the operands.
#[inline(always)]
pub fn _GUARD_BINARY_OP_EXTEND(c: &mut Ctx) -> U {
    let ok = match (extend_descr(c), c.peek(2), c.peek(1)) {
        (Some(d), Some(a), Some(b)) => (d.guard)(c.rt, a, b),
        _ => false,
    };
    guard!(ok);
    U::Continue
}

#[inline(always)]
pub fn _BINARY_OP_EXTEND(c: &mut Ctx) -> U {
    let Some(d) = extend_descr(c) else {
        return U::Deopt;
    };
    let v = match (c.peek(2), c.peek(1)) {
        (Some(a), Some(b)) => tri!((d.action)(c.rt, a, b)),
        _ => return U::Deopt,
    };
    drop(c.pop_pair());
    c.push(Some(v));
    U::Continue
}

// ---- LOAD_SUPER_ATTR: stack [super, class, self], name `oparg >> 2` ----

/// `super` is the built-in one and the class a class (both forms check this first).
#[inline(always)]
fn super_operands_ok(c: &Ctx) -> bool {
    let rt = c.rt;
    c.peek(3).is_some_and(|s| rt.types().super_.is(s))
        && c.peek(2)
            .is_some_and(|k| rt.type_ref_of_type_value(k).is_some())
}

#[inline(always)]
fn super_name<'a>(c: &'a Ctx) -> &'a Value {
    unsafe { &*c.r.names.add((c.oparg >> 2) as usize) }
}

/// `super().name` looked up directly (no super object).
#[inline(always)]
pub fn _LOAD_SUPER_ATTR_ATTR(c: &mut Ctx) -> U {
    guard!(super_operands_ok(c) && c.oparg & 1 == 0);
    let rt = c.rt;
    let v = match (
        c.peek(2).and_then(|k| rt.type_ref_of_type_value(k)),
        c.peek(1),
    ) {
        (Some(start), Some(s)) => rt.super_lookup(start, s, rt.str_of(super_name(c)).unwrap_or("")),
        _ => return U::Deopt,
    };
    let v = tri!(v);
    let (s, k, g) = (c.pop(), c.pop(), c.pop());
    drop((s, k, g));
    c.push(Some(v));
    U::Continue
}

/// `super().name(...)`: a Python function found after the class in the instance's MRO is
/// pushed unbound with self (no bound method); anything else is bound as usual, with NULL.
#[inline(always)]
pub fn _LOAD_SUPER_ATTR_METHOD(c: &mut Ctx) -> U {
    guard!(super_operands_ok(c) && c.oparg & 1 == 1);
    let rt = c.rt;
    let (Some(start), Some(obj)) = (
        c.peek(2).and_then(|k| rt.type_ref_of_type_value(k)),
        c.peek(1),
    ) else {
        return U::Deopt;
    };
    let name = rt.str_of(super_name(c)).unwrap_or("");
    let found = super_method(rt, start, obj, name);
    let (v, self_) = match found {
        Some(f) => (f, c.peek(1).cloned()),
        None => (tri!(rt.super_lookup(start, obj, name)), None),
    };
    let (s, k, g) = (c.pop(), c.pop(), c.pop());
    drop((s, k, g));
    c.push(Some(v));
    c.push(self_);
    U::Continue
}

/// The Python function `super(start, obj).name` would bind, for an instance `obj`.
fn super_method(
    rt: &Runtime,
    start: crate::object::typeobj::TypeRef,
    obj: &Value,
    name: &str,
) -> Option<Value> {
    if rt.type_ref_of_type_value(obj).is_some() {
        return None;
    }
    let ty = rt.type_of(obj);
    let mro = ty.data().mro();
    let i = mro.iter().position(|t| start.is(t))?;
    for t in &mro[i + 1..] {
        let tr = rt.type_ref_of_type_value(t)?;
        if let Some(v) = rt
            .dict_data(tr.data().dict())
            .and_then(|d| d.get_str(rt, name))
        {
            return (rt.type_of(&v) == rt.types().function).then_some(v);
        }
    }
    None
}

// ---- JUMP_BACKWARD: cache [hotness counter] ----

/// A loop back edge is a safe point: cyclic garbage made by a long loop is collected here,
/// and Ctrl-C is noticed.
#[inline(always)]
pub fn _CHECK_PERIODIC(c: &mut Ctx) -> U {
    c.rt.gc_safe_point();
    tri!(c.rt.check_interrupt());
    U::Continue
}

#[inline(always)]
pub fn _JUMP_BACKWARD_NO_INTERRUPT(c: &mut Ctx) -> U {
    c.r.ip -= c.oparg as usize;
    U::Continue
}

/// Counts the back edge down; at zero tier 2 projects a trace from here (the loop head) and
/// installs it as ENTER_EXECUTOR (tier2/); when it cannot, it backs off.
#[inline(always)]
pub fn _JIT(c: &mut Ctx) -> U {
    // The jump already ran: the cache is read through the instruction's own offset.
    let p = unsafe { c.r.code.add(2 * (c.r.lasti + 1)) as *mut u16 };
    let hot = unsafe { core::ptr::read_unaligned(p) };
    if !counter::triggers(hot) {
        unsafe { core::ptr::write_unaligned(p, counter::decrement(hot)) };
        return U::Continue;
    }
    // Installed: the cache unit now names the executor.
    // A copy: the loop's registers must not escape (see `Regs::detached`).
    if crate::tier2::hot_loop(c.rt, &c.r.detached()) {
        return U::Continue;
    }
    unsafe { core::ptr::write_unaligned(p, counter::backoff(hot)) };
    U::Continue
}

// ---- FOR_ITER / SEND on generators ----
//
// As CPython's, these push the generator's frame and the loop continues in it
// (`generator::push_inline`); its YIELD_VALUE comes back here with the value pushed, its
// return jumps past the target. A generator that cannot be resumed that way (running,
// finished, just started and sent a value, at the recursion limit) is resumed through
// `generator::send_raw`, which raises what CPython raises.

/// The iterator is exactly a generator.
#[inline(always)]
pub fn _ITER_CHECK_GEN(c: &mut Ctx) -> U {
    guard!(
        c.peek(1)
            .is_some_and(|g| c.rt.type_of(g) == c.rt.types().generator)
    );
    U::Continue
}

/// Resumes the generator in this loop; or, the nested way: on its return, pushes the
/// placeholder END_FOR pops and jumps past the loop, as the generic form.
#[inline(always)]
pub fn _ITER_NEXT_GEN(c: &mut Ctx) -> U {
    let rt = c.rt;
    let Some(g) = c.peek(1) else {
        return U::Deopt;
    };
    if crate::interp::generator::can_resume_inline(rt, g, true) {
        c.r.save_to_frame();
        crate::interp::generator::push_inline(rt, g, rt.none(), c.oparg);
        return U::PushFrame;
    }
    let g = g.clone();
    let res = crate::interp::generator::send_raw(rt, &g, rt.none());
    drop(g);
    match res {
        Ok(Ok(v)) => c.push(Some(v)),
        Ok(Err(_)) => {
            c.push(Some(rt.none()));
            c.r.ip += c.oparg as usize;
        }
        Err(e) if rt.err_matches(&e, rt.exc().stop_iteration) => {
            c.push(Some(rt.none()));
            c.r.ip += c.oparg as usize;
        }
        Err(e) => return U::Error(e),
    }
    U::Continue
}

/// SEND's receiver (under the sent value) is exactly a generator or a coroutine.
#[inline(always)]
pub fn _CHECK_SEND_GEN(c: &mut Ctx) -> U {
    let t = c.rt.types();
    guard!(c.peek(2).is_some_and(|g| {
        let ty = c.rt.type_of(g);
        ty == t.generator || ty == t.coroutine
    }));
    U::Continue
}

/// One `yield from` / `await` step, in this loop; or, the nested way: the yielded value, or
/// the return value and a jump.
#[inline(always)]
pub fn _SEND_GEN(c: &mut Ctx) -> U {
    let rt = c.rt;
    let (Some(g), Some(v)) = (c.peek(2), c.peek(1)) else {
        return U::Deopt;
    };
    if crate::interp::generator::can_resume_inline(rt, g, rt.is_none(v)) {
        let Some(v) = c.pop() else {
            return U::Deopt;
        };
        if let Some(g) = c.peek(1) {
            c.r.save_to_frame();
            crate::interp::generator::push_inline(rt, g, v, c.oparg);
            return U::PushFrame;
        }
        return U::Deopt;
    }
    let g = g.clone();
    let Some(v) = c.pop() else {
        return U::Deopt;
    };
    let res = tri!(crate::interp::generator::send_raw(rt, &g, v));
    drop(g);
    match res {
        Ok(y) => c.push(Some(y)),
        Err(ret) => {
            c.push(Some(ret));
            c.r.ip += c.oparg as usize;
        }
    }
    U::Continue
}
