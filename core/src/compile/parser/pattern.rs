//! `match` statement patterns (PEP 634).

use super::Parser;
use super::expr::bx;
use crate::compile::ast::{Constant, Ctx, Expr, ExprKind, Operator, Pattern, PatternKind, UnaryOp};
use crate::compile::error::PResult;
use crate::compile::token::{Kw, Op, Tok};
use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

impl<'a> Parser<'a> {
    /// `patterns`: an open sequence (`case a, *b:`) or a single pattern.
    pub fn patterns(&mut self) -> PResult<Pattern> {
        let m = self.mark();
        let first = self.maybe_star_pattern()?;
        if !self.at_op(Op::Comma) {
            if matches!(first.kind, PatternKind::MatchStar(_)) {
                return Ok(Pattern {
                    pos: self.pos_from(m),
                    kind: PatternKind::MatchSequence(alloc::vec![first]),
                });
            }
            return Ok(first);
        }
        let mut items = alloc::vec![first];
        while self.eat_op(Op::Comma) {
            if self.at_op(Op::Colon) || self.at_kw(Kw::If) {
                break;
            }
            items.push(self.maybe_star_pattern()?);
        }
        Ok(Pattern {
            pos: self.pos_from(m),
            kind: PatternKind::MatchSequence(items),
        })
    }

    fn maybe_star_pattern(&mut self) -> PResult<Pattern> {
        if self.at_op(Op::Star) {
            let m = self.mark();
            self.bump();
            let t = self.expect_name()?;
            let name = self.name_string(t);
            return Ok(Pattern {
                pos: self.pos_from(m),
                kind: PatternKind::MatchStar(if name == "_" { None } else { Some(name) }),
            });
        }
        self.pattern()
    }

    pub fn pattern(&mut self) -> PResult<Pattern> {
        self.enter()?;
        let r = self.pattern_inner();
        self.leave();
        r
    }

    fn pattern_inner(&mut self) -> PResult<Pattern> {
        let m = self.mark();
        let first = self.closed_pattern()?;
        let mut p = if self.at_op(Op::VBar) {
            let mut alts = alloc::vec![first];
            while self.eat_op(Op::VBar) {
                alts.push(self.closed_pattern()?);
            }
            Pattern {
                pos: self.pos_from(m),
                kind: PatternKind::MatchOr(alts),
            }
        } else {
            first
        };
        if self.eat_kw(Kw::As) {
            let t = self.tok();
            if t.kind != Tok::Name {
                return Err(self.invalid_syntax());
            }
            self.bump();
            let name = self.name_string(t);
            if name == "_" {
                return Err(self.error_tok("cannot use '_' as a target", t));
            }
            p = Pattern {
                pos: self.pos_from(m),
                kind: PatternKind::MatchAs {
                    pattern: Some(Box::new(p)),
                    name: Some(name),
                },
            };
        }
        Ok(p)
    }

    fn signed_number(&mut self) -> PResult<Expr> {
        let m = self.mark();
        let neg = self.eat_op(Op::Minus);
        let t = self.tok();
        if t.kind != Tok::Number {
            return Err(self.invalid_syntax());
        }
        self.bump();
        let v = Expr::constant(
            self.tok_pos(t),
            crate::compile::literal::number(self.text(t)),
        );
        if neg {
            Ok(Expr::new(
                self.pos_from(m),
                ExprKind::UnaryOp {
                    op: UnaryOp::USub,
                    operand: bx(v),
                },
            ))
        } else {
            Ok(v)
        }
    }

    /// A literal usable as a value pattern or mapping key: numbers (with complex sums), strings.
    fn literal_expr(&mut self) -> PResult<Expr> {
        let m = self.mark();
        if matches!(self.kind(), Tok::String | Tok::FStart) {
            let s = self.strings()?;
            if matches!(s.kind, ExprKind::JoinedStr(_)) {
                return Err(self.error_pos(
                    "patterns may only match literals and attribute lookups",
                    s.pos,
                ));
            }
            return Ok(s);
        }
        let real = self.signed_number()?;
        if self.at_op(Op::Plus) || self.at_op(Op::Minus) {
            let op = if self.bump().kind == Tok::Op(Op::Plus) {
                Operator::Add
            } else {
                Operator::Sub
            };
            let imag = self.signed_number()?;
            let is_imag = matches!(
                imag.kind,
                ExprKind::Constant {
                    value: Constant::Complex(_),
                    ..
                }
            );
            if !is_imag {
                return Err(
                    self.error_pos("imaginary number required in complex literal", imag.pos)
                );
            }
            return Ok(Expr::new(
                self.pos_from(m),
                ExprKind::BinOp {
                    left: bx(real),
                    op,
                    right: bx(imag),
                },
            ));
        }
        Ok(real)
    }

    fn name_or_attr(&mut self) -> PResult<Expr> {
        let m = self.mark();
        let t = self.expect_name()?;
        let mut e = Expr::new(
            self.tok_pos(t),
            ExprKind::Name {
                id: self.name_string(t),
                ctx: Ctx::Load,
            },
        );
        while self.at_op(Op::Dot) {
            self.bump();
            let a = self.expect_name()?;
            e = Expr::new(
                self.pos_from(m),
                ExprKind::Attribute {
                    value: bx(e),
                    attr: self.name_string(a),
                    ctx: Ctx::Load,
                },
            );
        }
        Ok(e)
    }

    fn closed_pattern(&mut self) -> PResult<Pattern> {
        let m = self.mark();
        let t = self.tok();
        let kind = match t.kind {
            Tok::Kw(Kw::None) | Tok::Kw(Kw::True) | Tok::Kw(Kw::False) => {
                self.bump();
                PatternKind::MatchSingleton(match t.kind {
                    Tok::Kw(Kw::None) => Constant::None,
                    Tok::Kw(Kw::True) => Constant::True,
                    _ => Constant::False,
                })
            }
            Tok::Number | Tok::String | Tok::FStart | Tok::Op(Op::Minus) => {
                PatternKind::MatchValue(self.literal_expr()?)
            }
            Tok::Name => {
                let dotted = self.nth(1) == Tok::Op(Op::Dot);
                let e = self.name_or_attr()?;
                if self.at_op(Op::LPar) {
                    return self.class_pattern(m, e);
                }
                if dotted {
                    PatternKind::MatchValue(e)
                } else {
                    let name = self.name_string(t);
                    PatternKind::MatchAs {
                        pattern: None,
                        name: if name == "_" { None } else { Some(name) },
                    }
                }
            }
            Tok::Op(Op::LPar) => {
                self.bump();
                if self.eat_op(Op::RPar) {
                    PatternKind::MatchSequence(Vec::new())
                } else {
                    let first = self.maybe_star_pattern()?;
                    if self.eat_op(Op::RPar) {
                        if matches!(first.kind, PatternKind::MatchStar(_)) {
                            PatternKind::MatchSequence(alloc::vec![first])
                        } else {
                            // A group: the inner pattern keeps its own position.
                            return Ok(first);
                        }
                    } else {
                        let mut items = alloc::vec![first];
                        while self.eat_op(Op::Comma) {
                            if self.at_op(Op::RPar) {
                                break;
                            }
                            items.push(self.maybe_star_pattern()?);
                        }
                        self.expect_op(Op::RPar)?;
                        PatternKind::MatchSequence(items)
                    }
                }
            }
            Tok::Op(Op::LSqb) => {
                self.bump();
                let mut items = Vec::new();
                while !self.at_op(Op::RSqb) {
                    items.push(self.maybe_star_pattern()?);
                    if !self.eat_op(Op::Comma) {
                        break;
                    }
                }
                self.expect_op(Op::RSqb)?;
                PatternKind::MatchSequence(items)
            }
            Tok::Op(Op::LBrace) => self.mapping_pattern()?,
            _ => return Err(self.invalid_syntax()),
        };
        Ok(Pattern {
            pos: self.pos_from(m),
            kind,
        })
    }

    fn mapping_pattern(&mut self) -> PResult<PatternKind> {
        self.bump();
        let mut keys = Vec::new();
        let mut patterns = Vec::new();
        let mut rest: Option<String> = None;
        while !self.at_op(Op::RBrace) {
            if self.eat_op(Op::DoubleStar) {
                let t = self.expect_name()?;
                rest = Some(self.name_string(t));
                self.eat_op(Op::Comma);
                break;
            }
            let key = match self.kind() {
                Tok::Kw(Kw::None) | Tok::Kw(Kw::True) | Tok::Kw(Kw::False) => {
                    let t = self.bump();
                    let v = match t.kind {
                        Tok::Kw(Kw::None) => Constant::None,
                        Tok::Kw(Kw::True) => Constant::True,
                        _ => Constant::False,
                    };
                    Expr::constant(self.tok_pos(t), v)
                }
                Tok::Name => {
                    let e = self.name_or_attr()?;
                    if !matches!(e.kind, ExprKind::Attribute { .. }) {
                        return Err(self.invalid_syntax());
                    }
                    e
                }
                _ => self.literal_expr()?,
            };
            self.expect_op(Op::Colon)?;
            keys.push(key);
            patterns.push(self.pattern()?);
            if !self.eat_op(Op::Comma) {
                break;
            }
        }
        self.expect_op(Op::RBrace)?;
        Ok(PatternKind::MatchMapping {
            keys,
            patterns,
            rest,
        })
    }

    fn class_pattern(&mut self, m: super::Mark, cls: Expr) -> PResult<Pattern> {
        self.bump();
        let mut patterns = Vec::new();
        let mut kwd_attrs = Vec::new();
        let mut kwd_patterns = Vec::new();
        while !self.at_op(Op::RPar) {
            if self.kind() == Tok::Name && self.nth(1) == Tok::Op(Op::Equal) {
                let t = self.bump();
                self.bump();
                kwd_attrs.push(self.name_string(t));
                kwd_patterns.push(self.pattern()?);
            } else {
                let p = self.pattern()?;
                if !kwd_attrs.is_empty() {
                    return Err(
                        self.error_pos("positional patterns follow keyword patterns", p.pos)
                    );
                }
                patterns.push(p);
            }
            if !self.eat_op(Op::Comma) {
                break;
            }
        }
        self.expect_op(Op::RPar)?;
        Ok(Pattern {
            pos: self.pos_from(m),
            kind: PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            },
        })
    }
}
