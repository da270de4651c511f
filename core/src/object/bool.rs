//! `bool`: the two immortal int instances True and False. `&`, `|` and `^` between bools stay
//! bools; everything else is int arithmetic. bool cannot be subclassed.

use super::args::Args;
use super::error::PyResult;
use super::int::IntData;
use super::typeobj::{BinOp, BinaryFn, TypeRef, flags};
use super::value::Value;
use crate::runtime::Runtime;

pub fn spec() -> super::typespec::TypeSpec {
    super::typespec::TypeSpec::new::<IntData>("bool", init_bool).flags(flags::INT_SUBCLASS)
}

pub fn init_bool(_rt: &Runtime, ty: TypeRef) {
    let s = unsafe { ty.data().slots_mut() };
    s.repr = Some(bool_repr);
    s.new = Some(bool_new);
    s.binary[BinOp::And as usize] = Some(bool_and);
    s.binary[BinOp::Or as usize] = Some(bool_or);
    s.binary[BinOp::Xor as usize] = Some(bool_xor);
}

fn bool_repr(rt: &Runtime, v: &Value) -> PyResult<Value> {
    let t = v.is(&rt.singletons().true_);
    rt.new_str(if t { "True" } else { "False" })
}

/// `bool(x)`: the truth value of `x`.
fn bool_new(rt: &Runtime, _cls: &Value, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs(rt, "bool")?;
    let a = args.check_count(rt, "bool", 0, 1)?;
    match a.first() {
        Some(x) => Ok(rt.bool_value(rt.truthy(x)?)),
        None => Ok(rt.bool_value(false)),
    }
}

/// Both operands' truth when both are bools.
fn bools(rt: &Runtime, a: &Value, b: &Value) -> Option<(bool, bool)> {
    let s = rt.singletons();
    let as_bool = |v: &Value| {
        if v.is(&s.true_) {
            Some(true)
        } else if v.is(&s.false_) {
            Some(false)
        } else {
            None
        }
    };
    Some((as_bool(a)?, as_bool(b)?))
}

fn int_slot(rt: &Runtime, op: BinOp) -> Option<BinaryFn> {
    rt.types().int.data().slots().binary[op as usize]
}

fn bitop(
    rt: &Runtime,
    a: &Value,
    b: &Value,
    op: BinOp,
    f: fn(bool, bool) -> bool,
) -> PyResult<Value> {
    if let Some((x, y)) = bools(rt, a, b) {
        return Ok(rt.bool_value(f(x, y)));
    }
    match int_slot(rt, op) {
        Some(g) => g(rt, a, b),
        None => Ok(rt.not_implemented()),
    }
}

fn bool_and(rt: &Runtime, a: &Value, b: &Value) -> PyResult<Value> {
    bitop(rt, a, b, BinOp::And, |x, y| x & y)
}
fn bool_or(rt: &Runtime, a: &Value, b: &Value) -> PyResult<Value> {
    bitop(rt, a, b, BinOp::Or, |x, y| x | y)
}
fn bool_xor(rt: &Runtime, a: &Value, b: &Value) -> PyResult<Value> {
    bitop(rt, a, b, BinOp::Xor, |x, y| x ^ y)
}
