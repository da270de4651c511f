//! Micro-ops that exist for tier-2 traces (part of the one micro-op table: their rows are at
//! the end of `uop_table!` in `uops.rs`). Guards only look, so a deopt re-runs the tier-1
//! instruction from the same stack; the generic ones are the tier-1 loop's own code (eval.rs
//! calls them), so no semantics are written twice.

#![allow(non_snake_case)]

use super::uops::{Ctx, U};
use crate::object::value::Value;

use super::uops::guard;

#[inline(always)]
pub fn _PUSH_NULL(c: &mut Ctx) -> U {
    c.push(None);
    U::Continue
}

/// The branch went the recorded way (the value is None); pops it.
#[inline(always)]
pub fn _GUARD_IS_NONE_POP(c: &mut Ctx) -> U {
    guard!(c.peek(1).is_some_and(|v| c.rt.is_none(v)));
    drop(c.pop());
    U::Continue
}

/// The branch went the recorded way (the value is not None); pops it (may free it).
#[inline(always)]
pub fn _GUARD_IS_NOT_NONE_POP(c: &mut Ctx) -> U {
    guard!(c.peek(1).is_some_and(|v| !c.rt.is_none(v)));
    drop(c.pop());
    U::Continue
}

/// After `_ITER_CHECK_LIST`: the iterator has another item, so `_ITER_NEXT_LIST` will not jump.
#[inline(always)]
pub fn _GUARD_NOT_EXHAUSTED_LIST(c: &mut Ctx) -> U {
    guard!(
        c.peek(1)
            .is_some_and(|it| crate::object::seq_iter::has_next(c.rt, it))
    );
    U::Continue
}

/// After `_ITER_CHECK_TUPLE`: as `_GUARD_NOT_EXHAUSTED_LIST`.
#[inline(always)]
pub fn _GUARD_NOT_EXHAUSTED_TUPLE(c: &mut Ctx) -> U {
    _GUARD_NOT_EXHAUSTED_LIST(c)
}

/// Generic BINARY_OP (any operands; small ints inline).
#[inline(always)]
pub fn _BINARY_OP(c: &mut Ctx) -> U {
    let (Some(b), Some(a)) = (c.pop(), c.pop()) else {
        return U::Error(c.rt.type_error("NULL operand"));
    };
    let v = match small_binop(&a, &b, c.oparg) {
        Some(v) => v,
        None => match crate::interp::ops::binary_op(c.rt, &a, &b, c.oparg) {
            Ok(v) => v,
            Err(e) => return U::Error(e),
        },
    };
    drop((a, b));
    c.push(Some(v));
    U::Continue
}

#[inline(always)]
fn small_binop(a: &Value, b: &Value, op: u32) -> Option<Value> {
    let (x, y) = (a.as_small_int()?, b.as_small_int()?);
    let r = match op {
        0 | 13 => x.checked_add(y)?,
        10 | 23 => x.checked_sub(y)?,
        5 | 18 => x.checked_mul(y)?,
        1 | 14 => x & y,
        7 | 20 => x | y,
        12 | 25 => x ^ y,
        _ => return None,
    };
    Value::small_int(r)
}

/// `x is y` / `x is not y`.
#[inline(always)]
pub fn _IS_OP(c: &mut Ctx) -> U {
    let (b, a) = (c.pop(), c.pop());
    let same = match (&a, &b) {
        (Some(a), Some(b)) => a.is(b),
        _ => false,
    };
    let v = c.rt.bool_value(same != (c.oparg == 1));
    drop((a, b));
    c.push(Some(v));
    U::Continue
}
