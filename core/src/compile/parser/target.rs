//! Assignment and deletion targets: switching a parsed expression to Store/Del context, and
//! CPython's messages for expressions that cannot be targets.

use super::Parser;
use crate::compile::ast::{CmpOp, Constant, Ctx, Expr, ExprKind, UnaryOp};
use crate::compile::error::PResult;
use alloc::format;

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum TargetUse {
    /// `T = value`; `single` when it is the only target and the '=' is not chained.
    Assign {
        single: bool,
    },
    For,
    With,
    Del,
}

/// CPython's name for an expression kind in error messages.
pub(crate) fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred { .. } => "starred",
        ExprKind::Name { .. } => "name",
        ExprKind::List { .. } => "list",
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant { value, .. } => match value {
            Constant::None => "None",
            Constant::True => "True",
            Constant::False => "False",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// The sub-expression CPython blames for an invalid target (`_PyPegen_get_invalid_target`).
pub(crate) fn invalid_target(e: &Expr, u: TargetUse) -> Option<&Expr> {
    match &e.kind {
        ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
            elts.iter().find_map(|x| invalid_target(x, u))
        }
        ExprKind::Starred { value, .. } => {
            if u == TargetUse::Del {
                Some(e)
            } else {
                invalid_target(value, u)
            }
        }
        ExprKind::Compare { left, ops, .. } => {
            if u == TargetUse::For {
                if ops.first() == Some(&CmpOp::In) {
                    invalid_target(left, u)
                } else {
                    None
                }
            } else {
                Some(e)
            }
        }
        ExprKind::Name { .. } | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => None,
        _ => Some(e),
    }
}

/// Is this an expression CPython's `invalid_named_expression` rule would blame with the
/// "Maybe you meant '=='" hint (a `bitwise_or` that is not a display or keyword constant)?
fn hint_kind(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Compare { .. }
        | ExprKind::BoolOp { .. }
        | ExprKind::IfExp { .. }
        | ExprKind::Lambda { .. }
        | ExprKind::GeneratorExp { .. }
        | ExprKind::List { .. }
        | ExprKind::Tuple { .. }
        | ExprKind::Starred { .. } => false,
        ExprKind::UnaryOp { op, .. } => *op != UnaryOp::Not,
        ExprKind::Constant { value, .. } => {
            !matches!(value, Constant::None | Constant::True | Constant::False)
        }
        _ => true,
    }
}

fn set_ctx(e: &mut Expr, ctx: Ctx) {
    match &mut e.kind {
        ExprKind::Name { ctx: c, .. }
        | ExprKind::Attribute { ctx: c, .. }
        | ExprKind::Subscript { ctx: c, .. } => *c = ctx,
        ExprKind::Starred { ctx: c, value } => {
            *c = ctx;
            set_ctx(value, ctx);
        }
        ExprKind::List { ctx: c, elts } | ExprKind::Tuple { ctx: c, elts } => {
            *c = ctx;
            for x in elts {
                set_ctx(x, ctx);
            }
        }
        _ => {}
    }
}

impl<'a> Parser<'a> {
    pub fn set_store(&self, e: &mut Expr, u: TargetUse) -> PResult<()> {
        if let Some(bad) = invalid_target(e, u) {
            let name = expr_name(bad);
            let msg = match u {
                TargetUse::Del => format!("cannot delete {name}"),
                TargetUse::Assign { single: true } if core::ptr::eq(bad, e) && hint_kind(e) => {
                    format!("cannot assign to {name} here. Maybe you meant '==' instead of '='?")
                }
                _ => format!("cannot assign to {name}"),
            };
            return Err(self.error_pos(msg, bad.pos));
        }
        set_ctx(
            e,
            if u == TargetUse::Del {
                Ctx::Del
            } else {
                Ctx::Store
            },
        );
        Ok(())
    }

    /// Augmented assignment accepts only a single name, attribute or subscript.
    pub fn check_aug_target(&self, e: &mut Expr) -> PResult<()> {
        match e.kind {
            ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {
                set_ctx(e, Ctx::Store);
                Ok(())
            }
            _ => Err(self.error_pos(
                format!(
                    "'{}' is an illegal expression for augmented assignment",
                    expr_name(e)
                ),
                e.pos,
            )),
        }
    }

    pub fn check_ann_target(&self, e: &mut Expr) -> PResult<()> {
        match e.kind {
            ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {
                set_ctx(e, Ctx::Store);
                Ok(())
            }
            ExprKind::List { .. } | ExprKind::Tuple { .. } => Err(self.error_pos(
                format!("only single target (not {}) can be annotated", expr_name(e)),
                e.pos,
            )),
            _ => Err(self.error_pos("illegal target for annotation", e.pos)),
        }
    }
}
