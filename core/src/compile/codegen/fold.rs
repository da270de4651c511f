//! Constant folding, with CPython's limits so folding never builds huge constants: unary
//! operators on numbers, binary operators on numbers/strings/bytes/tuples, tuples of
//! constants. (`in <list or set of constants>` is handled in `expr`.)

use super::*;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

const MAX_INT_BITS: u64 = 128;
const MAX_COLLECTION_SIZE: usize = 256;
const MAX_STR_SIZE: usize = 4096;

pub(crate) fn ast_const(c: &Constant) -> Const {
    match c {
        Constant::None => Const::None,
        Constant::True => Const::Bool(true),
        Constant::False => Const::Bool(false),
        Constant::Ellipsis => Const::Ellipsis,
        Constant::Int(Int::Small(i)) => Const::Int(*i),
        Constant::Int(Int::Big(b)) => norm_int(b.clone()),
        Constant::Float(f) => Const::Float(*f),
        Constant::Complex(im) => Const::Complex { re: 0.0, im: *im },
        Constant::Str(s) => Const::Str(s.clone()),
        Constant::Bytes(b) => Const::Bytes(b.clone()),
    }
}

pub(crate) fn norm_int(b: BigInt) -> Const {
    match b.to_i64() {
        Some(i) => Const::Int(i),
        None => Const::BigInt(b),
    }
}

fn as_big(c: &Const) -> Option<BigInt> {
    match c {
        Const::Int(i) => Some(BigInt::from(*i)),
        Const::BigInt(b) => Some(b.clone()),
        _ => None,
    }
}

fn as_float(c: &Const) -> Option<f64> {
    match c {
        Const::Int(i) => Some(*i as f64),
        Const::BigInt(b) => b.to_f64().filter(|f| f.is_finite()),
        Const::Float(f) => Some(*f),
        _ => None,
    }
}

impl<'a> Compiler<'a> {
    /// The value of `e` if it is a constant after folding.
    pub(crate) fn fold_const(&self, e: &Expr) -> Option<Const> {
        if self.check_stack(e.pos).is_err() {
            return None;
        }
        match &e.kind {
            ExprKind::Constant { value, .. } => Some(ast_const(value)),
            ExprKind::Name { id, ctx: Ctx::Load } if id == "__debug__" => {
                Some(Const::Bool(self.optimize == 0))
            }
            ExprKind::UnaryOp { op, operand } => {
                let v = self.fold_const(operand)?;
                fold_unary(*op, &v)
            }
            ExprKind::BinOp { left, op, right } => {
                let l = self.fold_const(left)?;
                let r = self.fold_const(right)?;
                fold_binary(&l, *op, &r)
            }
            ExprKind::Tuple {
                elts,
                ctx: Ctx::Load,
            } => {
                let mut out = Vec::with_capacity(elts.len());
                for x in elts {
                    if matches!(x.kind, ExprKind::Starred { .. }) {
                        return None;
                    }
                    out.push(self.fold_const(x)?);
                }
                Some(Const::Tuple(out))
            }
            _ => None,
        }
    }
}

fn fold_unary(op: UnaryOp, v: &Const) -> Option<Const> {
    match (op, v) {
        (UnaryOp::USub, Const::Int(i)) => Some(match i.checked_neg() {
            Some(n) => Const::Int(n),
            None => norm_int(-BigInt::from(*i)),
        }),
        (UnaryOp::USub, Const::BigInt(b)) => Some(norm_int(-b.clone())),
        (UnaryOp::USub, Const::Float(f)) => Some(Const::Float(-f)),
        (UnaryOp::USub, Const::Complex { re, im }) => Some(Const::Complex { re: -re, im: -im }),
        (UnaryOp::UAdd, Const::Int(_) | Const::BigInt(_) | Const::Float(_)) => Some(v.clone()),
        (UnaryOp::UAdd, Const::Complex { .. }) => Some(v.clone()),
        (UnaryOp::Invert, Const::Int(i)) => Some(Const::Int(!i)),
        (UnaryOp::Invert, Const::BigInt(b)) => Some(norm_int(-b.clone() - 1)),
        _ => None,
    }
}

fn seq_len(c: &Const) -> Option<usize> {
    match c {
        Const::Str(s) => Some(s.chars().count()),
        Const::Bytes(b) => Some(b.len()),
        Const::Tuple(t) => Some(t.len()),
        _ => None,
    }
}

fn repeat(seq: &Const, n: &BigInt) -> Option<Const> {
    let n = n.to_i64()?;
    let n = n.max(0) as usize;
    let len = seq_len(seq)?;
    let total = len.checked_mul(n)?;
    match seq {
        Const::Str(s) if total <= MAX_STR_SIZE => Some(Const::Str(s.repeat(n))),
        Const::Bytes(b) if total <= MAX_STR_SIZE => Some(Const::Bytes(b.repeat(n))),
        Const::Tuple(t) if total <= MAX_COLLECTION_SIZE => {
            let mut out = Vec::with_capacity(total);
            for _ in 0..n {
                out.extend(t.iter().cloned());
            }
            Some(Const::Tuple(out))
        }
        _ => None,
    }
}

pub(super) fn fold_binary(l: &Const, op: Operator, r: &Const) -> Option<Const> {
    // Sequences.
    match (l, op, r) {
        (Const::Str(a), Operator::Add, Const::Str(b)) => {
            if a.len() + b.len() > MAX_STR_SIZE {
                return None;
            }
            let mut s = a.clone();
            s.push_wtf(b);
            return Some(Const::Str(s));
        }
        (Const::Bytes(a), Operator::Add, Const::Bytes(b)) => {
            if a.len() + b.len() > MAX_STR_SIZE {
                return None;
            }
            let mut s = a.clone();
            s.extend_from_slice(b);
            return Some(Const::Bytes(s));
        }
        (Const::Tuple(a), Operator::Add, Const::Tuple(b)) => {
            if a.len() + b.len() > MAX_COLLECTION_SIZE {
                return None;
            }
            let mut s = a.clone();
            s.extend(b.iter().cloned());
            return Some(Const::Tuple(s));
        }
        (Const::Str(_) | Const::Bytes(_) | Const::Tuple(_), Operator::Mult, n) => {
            return repeat(l, &as_big(n)?);
        }
        (n, Operator::Mult, Const::Str(_) | Const::Bytes(_) | Const::Tuple(_)) => {
            return repeat(r, &as_big(n)?);
        }
        (Const::Str(_), Operator::Mod, _) => return None,
        _ => {}
    }
    if let (Some(a), Some(b)) = (as_big(l), as_big(r)) {
        return fold_int(&a, op, &b);
    }
    if matches!(l, Const::Float(_)) || matches!(r, Const::Float(_)) {
        let (a, b) = (as_float(l)?, as_float(r)?);
        let v = match op {
            Operator::Add => a + b,
            Operator::Sub => a - b,
            Operator::Mult => a * b,
            Operator::Div if b != 0.0 => a / b,
            _ => return None,
        };
        return Some(Const::Float(v));
    }
    None
}

fn fold_int(a: &BigInt, op: Operator, b: &BigInt) -> Option<Const> {
    let bits = |x: &BigInt| x.bits();
    let v = match op {
        Operator::Add => a + b,
        Operator::Sub => a - b,
        Operator::Mult => {
            if bits(a) + bits(b) > MAX_INT_BITS {
                return None;
            }
            a * b
        }
        Operator::FloorDiv if !b.is_zero() => a.div_floor(b),
        Operator::Mod if !b.is_zero() => a.mod_floor(b),
        Operator::Div if !b.is_zero() => {
            let (x, y) = (a.to_f64()?, b.to_f64()?);
            if x.abs() >= 9007199254740992.0 || y.abs() >= 9007199254740992.0 {
                return None;
            }
            return Some(Const::Float(x / y));
        }
        Operator::Pow => {
            if b.is_negative() {
                return None;
            }
            let e = b.to_u64()?;
            if bits(a).saturating_mul(e) > MAX_INT_BITS {
                return None;
            }
            num_traits::pow::Pow::pow(a, e)
        }
        Operator::LShift => {
            if b.is_negative() {
                return None;
            }
            let s = b.to_u64()?;
            if bits(a) + s > MAX_INT_BITS {
                return None;
            }
            a << s
        }
        Operator::RShift => {
            if b.is_negative() {
                return None;
            }
            let s = b.to_u64().unwrap_or(u64::MAX).min(1 << 20);
            a >> s
        }
        Operator::BitAnd => a & b,
        Operator::BitOr => a | b,
        Operator::BitXor => a ^ b,
        _ => return None,
    };
    if bits(&v) > MAX_INT_BITS {
        return None;
    }
    Some(norm_int(v))
}
