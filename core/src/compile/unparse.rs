//! Expression to source text, the way CPython 3.11's compiler does it for annotations under
//! `from __future__ import annotations` (PEP 563): precedence decides the parentheses, constants
//! print as their repr (with `inf` spelled `1e309`), f-strings are rebuilt and repr'd.
//!
//! The rules follow CPython's C unparser, which differs from `ast.unparse` in places: `lambda*a`
//! has no space, `a[*b]` prints as `a[*b,]`, `1 .real` keeps its space, `u'x'` keeps its prefix.

use super::ast::*;
use crate::object::{complex::complex_repr, float_repr::float_repr, text_repr};
use alloc::string::{String, ToString};
use alloc::vec::Vec;

// Precedence levels, loosest first (CPython's PR_* values).
const TUPLE: u8 = 0;
const TEST: u8 = 1; // if-else, lambda
const OR: u8 = 2;
const AND: u8 = 3;
const NOT: u8 = 4;
const CMP: u8 = 5;
const BOR: u8 = 6; // also the level of a starred operand ("expr")
const BXOR: u8 = 7;
const BAND: u8 = 8;
const SHIFT: u8 = 9;
const ARITH: u8 = 10;
const TERM: u8 = 11;
const FACTOR: u8 = 12;
const POWER: u8 = 13;
const AWAIT: u8 = 14;
const ATOM: u8 = 15;

/// Native stack the unparser may use below its caller's base before giving up.
const OWN_BUDGET: usize = 512 * 1024;

/// The annotation string CPython stores for `e`; None when the expression nests too deeply to
/// unparse within the native stack budget.
pub fn unparse_annotation(e: &Expr) -> Option<String> {
    let here = 0u8;
    let nesting = super::Limits::DEFAULT.nesting;
    unparse_with_stack(e, &here as *const u8 as usize, OWN_BUDGET, nesting)
}

/// As `unparse_annotation`, measuring native stack use from `base` (an address in a caller's
/// frame) against `budget` bytes, and giving up on expressions nested deeper than `nesting`.
pub(crate) fn unparse_with_stack(
    e: &Expr,
    base: usize,
    budget: usize,
    nesting: usize,
) -> Option<String> {
    let mut u = Unparser {
        out: String::new(),
        base,
        budget,
        depth: 0,
        nesting,
    };
    u.expr(e, TEST).ok()?;
    Some(u.out)
}

struct TooDeep;

type R = Result<(), TooDeep>;

struct Unparser {
    out: String,
    base: usize,
    budget: usize,
    /// Expressions being unparsed, one inside the other, and how many may be.
    depth: usize,
    nesting: usize,
}

impl Unparser {
    fn s(&mut self, s: &str) {
        self.out.push_str(s);
    }

    fn open(&mut self, cond: bool) {
        if cond {
            self.out.push('(');
        }
    }

    fn close(&mut self, cond: bool) {
        if cond {
            self.out.push(')');
        }
    }

    /// Unparses `e` into a fresh string (f-string parts need their pieces separately).
    fn sub(&mut self, e: &Expr, level: u8) -> Result<String, TooDeep> {
        let saved = core::mem::take(&mut self.out);
        let r = self.expr(e, level);
        let piece = core::mem::replace(&mut self.out, saved);
        r.map(|_| piece)
    }

    fn list(&mut self, items: &[Expr], level: u8) -> R {
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                self.s(", ");
            }
            self.expr(x, level)?;
        }
        Ok(())
    }

    fn expr(&mut self, e: &Expr, level: u8) -> R {
        let here = 0u8;
        if self.base.saturating_sub(&here as *const u8 as usize) > self.budget
            || self.depth >= self.nesting
        {
            return Err(TooDeep);
        }
        self.depth += 1;
        let r = self.expr_kind(e, level);
        self.depth -= 1;
        r
    }

    fn expr_kind(&mut self, e: &Expr, level: u8) -> R {
        match &e.kind {
            ExprKind::BoolOp { op, values } => {
                let (text, pr) = match op {
                    BoolOp::And => (" and ", AND),
                    BoolOp::Or => (" or ", OR),
                };
                self.open(level > pr);
                for (i, v) in values.iter().enumerate() {
                    if i > 0 {
                        self.s(text);
                    }
                    self.expr(v, pr + 1)?;
                }
                self.close(level > pr);
            }
            ExprKind::BinOp { left, op, right } => {
                let (text, pr) = binop(*op);
                let rassoc = matches!(op, Operator::Pow) as u8;
                self.open(level > pr);
                self.expr(left, pr + rassoc)?;
                self.s(text);
                self.expr(right, pr + 1 - rassoc)?;
                self.close(level > pr);
            }
            ExprKind::UnaryOp { op, operand } => {
                let (text, pr) = match op {
                    UnaryOp::Invert => ("~", FACTOR),
                    UnaryOp::Not => ("not ", NOT),
                    UnaryOp::UAdd => ("+", FACTOR),
                    UnaryOp::USub => ("-", FACTOR),
                };
                self.open(level > pr);
                self.s(text);
                self.expr(operand, pr)?;
                self.close(level > pr);
            }
            ExprKind::Lambda { args, body } => {
                self.open(level > TEST);
                let positional = !args.args.is_empty() || !args.posonlyargs.is_empty();
                self.s(if positional { "lambda " } else { "lambda" });
                self.arguments(args)?;
                self.s(": ");
                self.expr(body, TEST)?;
                self.close(level > TEST);
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.open(level > TEST);
                self.expr(body, TEST + 1)?;
                self.s(" if ");
                self.expr(test, TEST + 1)?;
                self.s(" else ");
                self.expr(orelse, TEST)?;
                self.close(level > TEST);
            }
            ExprKind::Dict { keys, values } => {
                self.s("{");
                for (i, (k, v)) in keys.iter().zip(values).enumerate() {
                    if i > 0 {
                        self.s(", ");
                    }
                    match k {
                        Some(k) => {
                            self.expr(k, TEST)?;
                            self.s(": ");
                            self.expr(v, TEST)?;
                        }
                        None => {
                            self.s("**");
                            self.expr(v, BOR)?;
                        }
                    }
                }
                self.s("}");
            }
            ExprKind::Set(elts) => {
                self.s("{");
                self.list(elts, TEST)?;
                self.s("}");
            }
            ExprKind::List { elts, .. } => {
                self.s("[");
                self.list(elts, TEST)?;
                self.s("]");
            }
            ExprKind::Tuple { elts, .. } => {
                if elts.is_empty() {
                    self.s("()");
                } else {
                    self.open(level > TUPLE);
                    self.list(elts, TEST)?;
                    if elts.len() == 1 {
                        self.s(",");
                    }
                    self.close(level > TUPLE);
                }
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.s("(");
                self.expr(elt, TEST)?;
                self.comprehensions(generators)?;
                self.s(")");
            }
            ExprKind::ListComp { elt, generators } => {
                self.s("[");
                self.expr(elt, TEST)?;
                self.comprehensions(generators)?;
                self.s("]");
            }
            ExprKind::SetComp { elt, generators } => {
                self.s("{");
                self.expr(elt, TEST)?;
                self.comprehensions(generators)?;
                self.s("}");
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                self.s("{");
                self.expr(key, TEST)?;
                self.s(": ");
                self.expr(value, TEST)?;
                self.comprehensions(generators)?;
                self.s("}");
            }
            ExprKind::Yield(value) => match value {
                None => self.s("(yield)"),
                Some(v) => {
                    self.s("(yield ");
                    self.expr(v, TEST)?;
                    self.s(")");
                }
            },
            ExprKind::YieldFrom(v) => {
                self.s("(yield from ");
                self.expr(v, TEST)?;
                self.s(")");
            }
            ExprKind::Await(v) => {
                self.open(level > AWAIT);
                self.s("await ");
                self.expr(v, ATOM)?;
                self.close(level > AWAIT);
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                self.open(level > CMP);
                self.expr(left, CMP + 1)?;
                for (op, right) in ops.iter().zip(comparators) {
                    self.s(cmpop(*op));
                    self.expr(right, CMP + 1)?;
                }
                self.close(level > CMP);
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func, ATOM)?;
                // A lone generator argument keeps only its own parentheses: `f(x for x in y)`.
                if let [arg] = args.as_slice() {
                    if keywords.is_empty() && matches!(arg.kind, ExprKind::GeneratorExp { .. }) {
                        return self.expr(arg, TEST);
                    }
                }
                self.s("(");
                self.list(args, TEST)?;
                for (i, k) in keywords.iter().enumerate() {
                    if i > 0 || !args.is_empty() {
                        self.s(", ");
                    }
                    match &k.arg {
                        Some(name) => {
                            self.s(name);
                            self.s("=");
                        }
                        None => self.s("**"),
                    }
                    self.expr(&k.value, TEST)?;
                }
                self.s(")");
            }
            ExprKind::Constant { value, kind_u } => {
                if !matches!(value, Constant::Ellipsis) && *kind_u {
                    self.s("u");
                }
                let text = constant(value);
                self.s(&text);
            }
            ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => {
                let mut text = Vec::new();
                self.fstring_element(e, false, &mut text)?;
                self.s(&String::from_utf8_lossy(&text));
            }
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value, ATOM)?;
                // `1.real` would lex as a float: CPython writes `1 .real`.
                let int = matches!(
                    value.kind,
                    ExprKind::Constant {
                        value: Constant::Int(_),
                        ..
                    }
                );
                self.s(if int { " ." } else { "." });
                self.s(attr);
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value, ATOM)?;
                self.s("[");
                self.expr(slice, TUPLE)?;
                self.s("]");
            }
            ExprKind::Starred { value, .. } => {
                self.s("*");
                self.expr(value, BOR)?;
            }
            ExprKind::Slice { lower, upper, step } => {
                if let Some(x) = lower {
                    self.expr(x, TEST)?;
                }
                self.s(":");
                if let Some(x) = upper {
                    self.expr(x, TEST)?;
                }
                if let Some(x) = step {
                    self.s(":");
                    self.expr(x, TEST)?;
                }
            }
            ExprKind::Name { id, .. } => self.s(id),
            ExprKind::NamedExpr { target, value } => {
                self.open(level > TUPLE);
                self.expr(target, ATOM)?;
                self.s(":=");
                self.expr(value, ATOM)?;
                self.close(level > TUPLE);
            }
        }
        Ok(())
    }

    fn comprehensions(&mut self, gens: &[Comprehension]) -> R {
        for g in gens {
            self.s(if g.is_async { " async for " } else { " for " });
            self.expr(&g.target, TUPLE)?;
            self.s(" in ");
            self.expr(&g.iter, TEST + 1)?;
            for cond in &g.ifs {
                self.s(" if ");
                self.expr(cond, TEST + 1)?;
            }
        }
        Ok(())
    }

    fn arg(&mut self, a: &Arg) -> R {
        self.s(&a.arg);
        if let Some(ann) = &a.annotation {
            self.s(": ");
            self.expr(ann, TEST)?;
        }
        Ok(())
    }

    fn arguments(&mut self, args: &Arguments) -> R {
        let mut first = true;
        let mut sep = |u: &mut Unparser| {
            if !first {
                u.s(", ");
            }
            first = false;
        };
        let npos = args.posonlyargs.len() + args.args.len();
        let positional = args.posonlyargs.iter().chain(&args.args);
        for (i, a) in positional.enumerate() {
            sep(self);
            self.arg(a)?;
            // Defaults belong to the last positional parameters.
            if let Some(d) = (i + args.defaults.len())
                .checked_sub(npos)
                .and_then(|di| args.defaults.get(di))
            {
                self.s("=");
                self.expr(d, TEST)?;
            }
            if i + 1 == args.posonlyargs.len() {
                self.s(", /");
            }
        }
        if args.vararg.is_some() || !args.kwonlyargs.is_empty() {
            sep(self);
            self.s("*");
            if let Some(v) = &args.vararg {
                self.arg(v)?;
            }
        }
        for (i, a) in args.kwonlyargs.iter().enumerate() {
            sep(self);
            self.arg(a)?;
            if let Some(Some(d)) = args.kw_defaults.get(i) {
                self.s("=");
                self.expr(d, TEST)?;
            }
        }
        if let Some(k) = &args.kwarg {
            sep(self);
            self.s("**");
            self.arg(k)?;
        }
        Ok(())
    }

    /// Appends an f-string part to `body` (generalized UTF-8, repr'd by the caller): literal text
    /// with braces doubled (in format specs too, as CPython does), nested f-strings, or a
    /// replacement field.
    fn fstring_element(&mut self, e: &Expr, is_spec: bool, body: &mut Vec<u8>) -> R {
        match &e.kind {
            ExprKind::Constant { value, .. } => {
                if let Constant::Str(s) = value {
                    for &b in s.exact() {
                        body.push(b);
                        if b == b'{' || b == b'}' {
                            body.push(b);
                        }
                    }
                }
            }
            ExprKind::JoinedStr(parts) => {
                let mut inner = Vec::new();
                for p in parts {
                    self.fstring_element(p, is_spec, &mut inner)?;
                }
                if is_spec {
                    body.extend_from_slice(&inner);
                } else {
                    body.push(b'f');
                    body.extend_from_slice(text_repr::repr_wtf8(&inner).as_bytes());
                }
            }
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                // TEST + 1 parenthesizes a lambda (its ':' would end the field).
                let text = self.sub(value, TEST + 1)?;
                body.extend_from_slice(if text.starts_with('{') { b"{ " } else { b"{" });
                body.extend_from_slice(text.as_bytes());
                if let Ok(c @ (b'a' | b'r' | b's')) = u8::try_from(*conversion) {
                    body.extend_from_slice(&[b'!', c]);
                }
                if let Some(spec) = format_spec {
                    body.push(b':');
                    self.fstring_element(spec, true, body)?;
                }
                body.push(b'}');
            }
            // Anything else cannot appear in an f-string; unparse it plainly.
            _ => {
                let text = self.sub(e, TEST)?;
                body.extend_from_slice(text.as_bytes());
            }
        }
        Ok(())
    }
}

fn binop(op: Operator) -> (&'static str, u8) {
    match op {
        Operator::Add => (" + ", ARITH),
        Operator::Sub => (" - ", ARITH),
        Operator::Mult => (" * ", TERM),
        Operator::MatMult => (" @ ", TERM),
        Operator::Div => (" / ", TERM),
        Operator::Mod => (" % ", TERM),
        Operator::LShift => (" << ", SHIFT),
        Operator::RShift => (" >> ", SHIFT),
        Operator::BitOr => (" | ", BOR),
        Operator::BitXor => (" ^ ", BXOR),
        Operator::BitAnd => (" & ", BAND),
        Operator::FloorDiv => (" // ", TERM),
        Operator::Pow => (" ** ", POWER),
    }
}

fn cmpop(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => " == ",
        CmpOp::NotEq => " != ",
        CmpOp::Lt => " < ",
        CmpOp::LtE => " <= ",
        CmpOp::Gt => " > ",
        CmpOp::GtE => " >= ",
        CmpOp::Is => " is ",
        CmpOp::IsNot => " is not ",
        CmpOp::In => " in ",
        CmpOp::NotIn => " not in ",
    }
}

/// The repr of a literal; infinities print as `1e309` so the text reads back as the same value.
fn constant(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::True => "True".into(),
        Constant::False => "False".into(),
        Constant::Ellipsis => "...".into(),
        Constant::Int(Int::Small(i)) => i.to_string(),
        Constant::Int(Int::Big(b)) => b.to_string(),
        Constant::Float(x) => float_repr(*x).replace("inf", "1e309"),
        Constant::Complex(im) => complex_repr((0.0, *im)).replace("inf", "1e309"),
        Constant::Str(s) => text_repr::repr_wtf8(s.exact()),
        Constant::Bytes(b) => text_repr::repr_bytes(b),
    }
}
