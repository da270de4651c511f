//! Expressions. Operator chains (`a+b+c...`, `a.b.c...`, `-(-(-x))`, `a**b**c`, `x if c else y if
//! d else z`) are parsed with loops so their length never costs native stack.

use super::{Mark, Parser};
use crate::compile::ast::{
    BoolOp, CmpOp, Comprehension, Constant, Ctx, Expr, ExprKind, Keyword, Operator, Pos, UnaryOp,
};
use crate::compile::error::PResult;
use crate::compile::literal;
use crate::compile::token::{Kw, Op, Tok};
use alloc::boxed::Box;
use alloc::vec::Vec;

const BIN_LEVELS: [&[(Op, Operator)]; 6] = [
    &[(Op::VBar, Operator::BitOr)],
    &[(Op::Circumflex, Operator::BitXor)],
    &[(Op::Amper, Operator::BitAnd)],
    &[
        (Op::LeftShift, Operator::LShift),
        (Op::RightShift, Operator::RShift),
    ],
    &[(Op::Plus, Operator::Add), (Op::Minus, Operator::Sub)],
    &[
        (Op::Star, Operator::Mult),
        (Op::Slash, Operator::Div),
        (Op::DoubleSlash, Operator::FloorDiv),
        (Op::Percent, Operator::Mod),
        (Op::At, Operator::MatMult),
    ],
];

enum Prefix {
    Unary(UnaryOp, u32),
    Pow(Expr),
}

pub(crate) fn bx(e: Expr) -> Box<Expr> {
    Box::new(e)
}

impl<'a> Parser<'a> {
    /// `star_expressions`: an expression list that becomes a Tuple when it has a comma.
    pub fn star_expressions(&mut self) -> PResult<Expr> {
        let m = self.mark();
        let first = self.star_expression()?;
        if !self.at_op(Op::Comma) {
            return Ok(first);
        }
        let mut elts = alloc::vec![first];
        while self.eat_op(Op::Comma) {
            if !self.starts_expression() {
                break;
            }
            elts.push(self.star_expression()?);
        }
        Ok(Expr::new(
            self.pos_from(m),
            ExprKind::Tuple {
                elts,
                ctx: Ctx::Load,
            },
        ))
    }

    pub fn star_expression(&mut self) -> PResult<Expr> {
        if self.at_op(Op::Star) {
            let m = self.mark();
            self.bump();
            let v = self.bitwise_or()?;
            return Ok(Expr::new(
                self.pos_from(m),
                ExprKind::Starred {
                    value: bx(v),
                    ctx: Ctx::Load,
                },
            ));
        }
        self.expression()
    }

    pub fn star_named_expression(&mut self) -> PResult<Expr> {
        if self.at_op(Op::Star) {
            let m = self.mark();
            self.bump();
            let v = self.bitwise_or()?;
            return Ok(Expr::new(
                self.pos_from(m),
                ExprKind::Starred {
                    value: bx(v),
                    ctx: Ctx::Load,
                },
            ));
        }
        self.named_expression()
    }

    /// Could the current token begin an expression?
    pub fn starts_expression(&self) -> bool {
        match self.kind() {
            Tok::Name | Tok::Number | Tok::String | Tok::FStart => true,
            Tok::Kw(k) => matches!(
                k,
                Kw::None | Kw::True | Kw::False | Kw::Not | Kw::Lambda | Kw::Await | Kw::Yield
            ),
            Tok::Op(o) => matches!(
                o,
                Op::LPar
                    | Op::LSqb
                    | Op::LBrace
                    | Op::Minus
                    | Op::Plus
                    | Op::Tilde
                    | Op::Star
                    | Op::Ellipsis
            ),
            _ => false,
        }
    }

    pub fn named_expression(&mut self) -> PResult<Expr> {
        if self.kind() == Tok::Name && self.nth(1) == Tok::Op(Op::ColonEqual) {
            let m = self.mark();
            let t = self.bump();
            self.bump();
            let target = Expr::new(
                self.tok_pos(t),
                ExprKind::Name {
                    id: self.name_string(t),
                    ctx: Ctx::Store,
                },
            );
            let value = self.expression()?;
            return Ok(Expr::new(
                self.pos_from(m),
                ExprKind::NamedExpr {
                    target: bx(target),
                    value: bx(value),
                },
            ));
        }
        let e = self.expression()?;
        if self.at_op(Op::ColonEqual) {
            return Err(self.error_pos(
                alloc::format!(
                    "cannot use assignment expressions with {}",
                    super::target::expr_name(&e)
                ),
                e.pos,
            ));
        }
        Ok(e)
    }

    pub fn expression(&mut self) -> PResult<Expr> {
        self.enter()?;
        let r = self.expression_inner();
        self.leave();
        r
    }

    fn expression_inner(&mut self) -> PResult<Expr> {
        if self.at_kw(Kw::Lambda) {
            return self.lambdef();
        }
        // `a if b else c if d else e`: collect (body, test) pairs, then nest from the right.
        let m = self.mark();
        let mut pairs: Vec<(Expr, Expr, Mark)> = Vec::new();
        let mut cur_mark = m;
        let mut cur = self.disjunction()?;
        loop {
            if !self.at_kw(Kw::If) {
                break;
            }
            self.bump();
            let test = self.disjunction()?;
            if !self.eat_kw(Kw::Else) {
                if self.at_op(Op::Colon) || !self.starts_expression() {
                    let p = cur.pos.to(test.pos);
                    return Err(self.error_pos("expected 'else' after 'if' expression", p));
                }
                return Err(self.invalid_syntax());
            }
            pairs.push((cur, test, cur_mark));
            if pairs.len() as u32 > 2000 {
                self.add_depth(pairs.len() as u32)?;
            }
            cur_mark = self.mark();
            if self.at_kw(Kw::Lambda) {
                cur = self.lambdef()?;
                break;
            }
            cur = self.disjunction()?;
        }
        while let Some((body, test, bm)) = pairs.pop() {
            let p = self.pos_from(bm);
            let p = Pos {
                end_lineno: cur.pos.end_lineno,
                end_col_offset: cur.pos.end_col_offset,
                ..p
            };
            cur = Expr::new(
                p,
                ExprKind::IfExp {
                    test: bx(test),
                    body: bx(body),
                    orelse: bx(cur),
                },
            );
        }
        Ok(cur)
    }

    fn lambdef(&mut self) -> PResult<Expr> {
        let m = self.mark();
        self.bump();
        let args = self.parameters(false, Op::Colon)?;
        self.expect_op(Op::Colon)?;
        // A lambda costs CPython's parser two levels; `expression` counts one.
        self.enter()?;
        let body = self.expression();
        self.leave();
        let body = body?;
        Ok(Expr::new(
            self.pos_from(m),
            ExprKind::Lambda {
                args: Box::new(args),
                body: bx(body),
            },
        ))
    }

    fn bool_chain(&mut self, kw: Kw) -> PResult<Expr> {
        let m = self.mark();
        let first = if kw == Kw::Or {
            self.bool_chain(Kw::And)?
        } else {
            self.inversion()?
        };
        if !self.at_kw(kw) {
            return Ok(first);
        }
        let mut values = alloc::vec![first];
        while self.eat_kw(kw) {
            values.push(if kw == Kw::Or {
                self.bool_chain(Kw::And)?
            } else {
                self.inversion()?
            });
        }
        let op = if kw == Kw::Or {
            BoolOp::Or
        } else {
            BoolOp::And
        };
        Ok(Expr::new(self.pos_from(m), ExprKind::BoolOp { op, values }))
    }

    pub fn disjunction(&mut self) -> PResult<Expr> {
        self.bool_chain(Kw::Or)
    }

    fn inversion(&mut self) -> PResult<Expr> {
        let mut nots = Vec::new();
        while self.at_kw(Kw::Not) {
            nots.push(self.bump().start);
        }
        if nots.len() > 100 {
            self.add_depth(nots.len() as u32)?;
        }
        let mut e = self.comparison()?;
        while let Some(start) = nots.pop() {
            let p = self.off_pos(start, start).to(e.pos);
            e = Expr::new(
                p,
                ExprKind::UnaryOp {
                    op: UnaryOp::Not,
                    operand: bx(e),
                },
            );
        }
        Ok(e)
    }

    fn comp_op(&mut self) -> Option<CmpOp> {
        let op = match self.kind() {
            Tok::Op(Op::EqEqual) => CmpOp::Eq,
            Tok::Op(Op::NotEqual) => CmpOp::NotEq,
            Tok::Op(Op::Less) => CmpOp::Lt,
            Tok::Op(Op::LessEqual) => CmpOp::LtE,
            Tok::Op(Op::Greater) => CmpOp::Gt,
            Tok::Op(Op::GreaterEqual) => CmpOp::GtE,
            Tok::Kw(Kw::In) => CmpOp::In,
            Tok::Kw(Kw::Not) if self.nth(1) == Tok::Kw(Kw::In) => {
                self.i += 2;
                return Some(CmpOp::NotIn);
            }
            Tok::Kw(Kw::Is) => {
                if self.nth(1) == Tok::Kw(Kw::Not) {
                    self.i += 2;
                    return Some(CmpOp::IsNot);
                }
                CmpOp::Is
            }
            _ => return None,
        };
        self.i += 1;
        Some(op)
    }

    fn comparison(&mut self) -> PResult<Expr> {
        let m = self.mark();
        let left = self.bitwise_or()?;
        let mut ops = Vec::new();
        let mut comparators = Vec::new();
        while let Some(op) = self.comp_op() {
            ops.push(op);
            comparators.push(self.bitwise_or()?);
        }
        if ops.is_empty() {
            return Ok(left);
        }
        Ok(Expr::new(
            self.pos_from(m),
            ExprKind::Compare {
                left: bx(left),
                ops,
                comparators,
            },
        ))
    }

    pub fn bitwise_or(&mut self) -> PResult<Expr> {
        self.binary(0)
    }

    fn binary(&mut self, level: usize) -> PResult<Expr> {
        let next = |p: &mut Self| {
            if level + 1 < BIN_LEVELS.len() {
                p.binary(level + 1)
            } else {
                p.factor()
            }
        };
        let mut left = next(self)?;
        'outer: loop {
            for &(tok, op) in BIN_LEVELS[level] {
                if self.at_op(tok) {
                    self.bump();
                    let right = next(self)?;
                    let p = left.pos.to(right.pos);
                    left = Expr::new(
                        p,
                        ExprKind::BinOp {
                            left: bx(left),
                            op,
                            right: bx(right),
                        },
                    );
                    continue 'outer;
                }
            }
            return Ok(left);
        }
    }

    /// `factor` and `power` together, without recursion: prefix operators and `x **` left
    /// operands are stacked and applied once the innermost operand is parsed.
    pub fn factor(&mut self) -> PResult<Expr> {
        let mut stack: Vec<Prefix> = Vec::new();
        let mut e = loop {
            loop {
                let op = match self.kind() {
                    Tok::Op(Op::Minus) => UnaryOp::USub,
                    Tok::Op(Op::Plus) => UnaryOp::UAdd,
                    Tok::Op(Op::Tilde) => UnaryOp::Invert,
                    _ => break,
                };
                let t = self.bump();
                stack.push(Prefix::Unary(op, t.start));
            }
            if stack.len() > 100 {
                let pows = stack.iter().filter(|p| matches!(p, Prefix::Pow(_))).count();
                self.add_depth((stack.len() + pows) as u32)?;
            }
            let operand = self.await_primary()?;
            if self.eat_op(Op::DoubleStar) {
                stack.push(Prefix::Pow(operand));
                continue;
            }
            break operand;
        };
        while let Some(f) = stack.pop() {
            e = match f {
                Prefix::Unary(op, start) => {
                    let p = self.off_pos(start, start).to(e.pos);
                    Expr::new(p, ExprKind::UnaryOp { op, operand: bx(e) })
                }
                Prefix::Pow(l) => {
                    let p = l.pos.to(e.pos);
                    Expr::new(
                        p,
                        ExprKind::BinOp {
                            left: bx(l),
                            op: Operator::Pow,
                            right: bx(e),
                        },
                    )
                }
            };
        }
        Ok(e)
    }

    fn await_primary(&mut self) -> PResult<Expr> {
        if self.at_kw(Kw::Await) {
            let m = self.mark();
            self.bump();
            let v = self.primary()?;
            return Ok(Expr::new(self.pos_from(m), ExprKind::Await(bx(v))));
        }
        self.primary()
    }

    pub fn primary(&mut self) -> PResult<Expr> {
        let m = self.mark();
        let mut e = self.atom()?;
        loop {
            match self.kind() {
                Tok::Op(Op::Dot) => {
                    self.bump();
                    let t = self.expect_name()?;
                    e = Expr::new(
                        self.pos_from(m),
                        ExprKind::Attribute {
                            value: bx(e),
                            attr: self.name_string(t),
                            ctx: Ctx::Load,
                        },
                    );
                }
                Tok::Op(Op::LPar) => {
                    let open = self.bump();
                    self.enter()?;
                    let r = self.call_args(open.start);
                    self.leave();
                    let (args, keywords) = r?;
                    e = Expr::new(
                        self.pos_from(m),
                        ExprKind::Call {
                            func: bx(e),
                            args,
                            keywords,
                        },
                    );
                }
                Tok::Op(Op::LSqb) => {
                    self.bump();
                    self.enter()?;
                    let r = self.slices();
                    self.leave();
                    let slice = r?;
                    self.expect_op(Op::RSqb)?;
                    e = Expr::new(
                        self.pos_from(m),
                        ExprKind::Subscript {
                            value: bx(e),
                            slice: bx(slice),
                            ctx: Ctx::Load,
                        },
                    );
                }
                _ => return Ok(e),
            }
        }
    }

    fn slices(&mut self) -> PResult<Expr> {
        let m = self.mark();
        let first = self.slice()?;
        if !self.at_op(Op::Comma) {
            if matches!(first.kind, ExprKind::Starred { .. }) {
                // `a[*b]` subscripts with a one-element tuple.
                return Ok(Expr::new(
                    self.pos_from(m),
                    ExprKind::Tuple {
                        elts: alloc::vec![first],
                        ctx: Ctx::Load,
                    },
                ));
            }
            return Ok(first);
        }
        let mut elts = alloc::vec![first];
        while self.eat_op(Op::Comma) {
            if self.at_op(Op::RSqb) {
                break;
            }
            elts.push(self.slice()?);
        }
        Ok(Expr::new(
            self.pos_from(m),
            ExprKind::Tuple {
                elts,
                ctx: Ctx::Load,
            },
        ))
    }

    fn slice(&mut self) -> PResult<Expr> {
        let m = self.mark();
        if self.at_op(Op::Star) {
            return self.star_named_expression();
        }
        let lower = if self.at_op(Op::Colon) {
            None
        } else {
            let e = self.named_expression()?;
            if !self.at_op(Op::Colon) {
                return Ok(e);
            }
            Some(bx(e))
        };
        self.expect_op(Op::Colon)?;
        let bound = |p: &mut Self| -> PResult<Option<Box<Expr>>> {
            if p.at_op(Op::Colon) || p.at_op(Op::Comma) || p.at_op(Op::RSqb) {
                Ok(None)
            } else {
                Ok(Some(bx(p.expression()?)))
            }
        };
        let upper = bound(self)?;
        let step = if self.eat_op(Op::Colon) {
            bound(self)?
        } else {
            None
        };
        Ok(Expr::new(
            self.pos_from(m),
            ExprKind::Slice { lower, upper, step },
        ))
    }

    pub fn call_args(&mut self, open: u32) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
        let mut args: Vec<Expr> = Vec::new();
        let mut keywords: Vec<Keyword> = Vec::new();
        let mut saw_kw_unpack = false;
        // A positional argument after keywords: CPython reports it once the whole argument
        // list is read, at the token that ends it.
        let mut misplaced: Option<&'static str> = None;
        loop {
            if self.at_op(Op::RPar) {
                if let Some(msg) = misplaced {
                    let t = self.tok();
                    return Err(self.error_pos(msg, self.tok_pos(t)));
                }
                self.bump();
                return Ok((args, keywords));
            }
            let m = self.mark();
            if self.at_op(Op::DoubleStar) {
                self.bump();
                let v = self.expression()?;
                keywords.push(Keyword {
                    pos: self.pos_from(m),
                    arg: None,
                    value: v,
                });
                saw_kw_unpack = true;
            } else if self.at_op(Op::Star) {
                let t = self.bump();
                let v = self.expression()?;
                if saw_kw_unpack {
                    return Err(self.error_pos(
                        "iterable argument unpacking follows keyword argument unpacking",
                        self.off_pos(t.start, self.toks[self.i - 1].end),
                    ));
                }
                args.push(Expr::new(
                    self.pos_from(m),
                    ExprKind::Starred {
                        value: bx(v),
                        ctx: Ctx::Load,
                    },
                ));
            } else if self.kind() == Tok::Name && self.nth(1) == Tok::Op(Op::Equal) {
                let t = self.bump();
                self.bump();
                let v = self.expression()?;
                keywords.push(Keyword {
                    pos: self.pos_from(m),
                    arg: Some(self.name_string(t)),
                    value: v,
                });
            } else {
                let e = self.named_expression()?;
                if self.at_kw(Kw::For) || (self.at_kw(Kw::Async) && self.nth(1) == Tok::Kw(Kw::For))
                {
                    let gens = self.comprehension_clauses()?;
                    let lone = args.is_empty() && keywords.is_empty() && self.at_op(Op::RPar);
                    let p = if lone {
                        self.off_pos(open, self.tok().end)
                    } else {
                        self.pos_from(m)
                    };
                    if !lone {
                        return Err(self.error_pos("Generator expression must be parenthesized", p));
                    }
                    args.push(Expr::new(
                        p,
                        ExprKind::GeneratorExp {
                            elt: bx(e),
                            generators: gens,
                        },
                    ));
                } else if self.at_op(Op::Equal) {
                    let eq = self.tok();
                    return Err(self.error_pos(
                        "expression cannot contain assignment, perhaps you meant \"==\"?",
                        e.pos.to(self.tok_pos(eq)),
                    ));
                } else {
                    if !keywords.is_empty() {
                        let msg = if saw_kw_unpack && keywords.iter().all(|k| k.arg.is_none()) {
                            "positional argument follows keyword argument unpacking"
                        } else if keywords.iter().any(|k| k.arg.is_some()) {
                            "positional argument follows keyword argument"
                        } else {
                            "positional argument follows keyword argument unpacking"
                        };
                        misplaced.get_or_insert(msg);
                    }
                    args.push(e);
                }
            }
            if !self.eat_op(Op::Comma) {
                if self.at_op(Op::RPar) {
                    continue;
                }
                return Err(self.maybe_missing_comma());
            }
        }
    }

    /// "Perhaps you forgot a comma?" when two expressions sit side by side inside brackets.
    pub fn maybe_missing_comma(&mut self) -> crate::compile::error::RawError {
        let base = self.invalid_syntax();
        let prev_start = self.i;
        if self.starts_expression() && !matches!(self.kind(), Tok::Op(Op::Star)) {
            // Find where the previous element began: scan back to the last ',' or bracket.
            let mut j = prev_start;
            let mut level = 0i32;
            while j > 0 {
                j -= 1;
                match self.toks[j].kind {
                    Tok::Op(Op::RPar | Op::RSqb | Op::RBrace) => level += 1,
                    Tok::Op(Op::LPar | Op::LSqb | Op::LBrace) => {
                        if level == 0 {
                            j += 1;
                            break;
                        }
                        level -= 1;
                    }
                    Tok::Op(Op::Comma | Op::Colon | Op::Equal) if level == 0 => {
                        j += 1;
                        break;
                    }
                    _ => {}
                }
            }
            let start = self.toks[j].start;
            if let Ok(next) = self.expression() {
                if self.i > prev_start {
                    return self.error_pos(
                        "invalid syntax. Perhaps you forgot a comma?",
                        self.off_pos(start, next.pos_end_off(self)),
                    );
                }
            }
        }
        base
    }

    pub fn comprehension_clauses(&mut self) -> PResult<Vec<Comprehension>> {
        let mut gens = Vec::new();
        loop {
            let is_async = if self.at_kw(Kw::Async) && self.nth(1) == Tok::Kw(Kw::For) {
                self.bump();
                true
            } else {
                false
            };
            if !self.eat_kw(Kw::For) {
                break;
            }
            let target = self.star_targets_until(Kw::In)?;
            if !self.eat_kw(Kw::In) {
                return Err(self.invalid_syntax());
            }
            let iter = self.disjunction()?;
            let mut ifs = Vec::new();
            while self.eat_kw(Kw::If) {
                ifs.push(self.disjunction()?);
            }
            gens.push(Comprehension {
                target,
                iter,
                ifs,
                is_async,
            });
        }
        Ok(gens)
    }

    /// Targets of `for ... in`: a comma list of `*`-able primaries, converted to Store.
    pub fn star_targets_until(&mut self, stop: Kw) -> PResult<Expr> {
        let m = self.mark();
        let mut elts = Vec::new();
        let mut trailing;
        loop {
            let e = if self.at_op(Op::Star) {
                let mm = self.mark();
                self.bump();
                let v = self.bitwise_or()?;
                Expr::new(
                    self.pos_from(mm),
                    ExprKind::Starred {
                        value: bx(v),
                        ctx: Ctx::Load,
                    },
                )
            } else {
                self.bitwise_or()?
            };
            elts.push(e);
            trailing = false;
            if !self.eat_op(Op::Comma) {
                break;
            }
            trailing = true;
            if self.at_kw(stop) {
                break;
            }
        }
        let mut t = if elts.len() == 1 && !trailing {
            elts.pop()
                .unwrap_or_else(|| Expr::constant(Pos::default(), Constant::None))
        } else {
            Expr::new(
                self.pos_from(m),
                ExprKind::Tuple {
                    elts,
                    ctx: Ctx::Load,
                },
            )
        };
        self.set_store(&mut t, super::target::TargetUse::For)?;
        Ok(t)
    }

    fn atom(&mut self) -> PResult<Expr> {
        let t = self.tok();
        match t.kind {
            Tok::Name => {
                self.bump();
                Ok(Expr::new(
                    self.tok_pos(t),
                    ExprKind::Name {
                        id: self.name_string(t),
                        ctx: Ctx::Load,
                    },
                ))
            }
            Tok::Number => {
                self.bump();
                Ok(Expr::constant(
                    self.tok_pos(t),
                    literal::number(self.text(t)),
                ))
            }
            Tok::String | Tok::FStart => self.strings(),
            Tok::Kw(Kw::None) | Tok::Kw(Kw::True) | Tok::Kw(Kw::False) => {
                self.bump();
                let v = match t.kind {
                    Tok::Kw(Kw::None) => Constant::None,
                    Tok::Kw(Kw::True) => Constant::True,
                    _ => Constant::False,
                };
                Ok(Expr::constant(self.tok_pos(t), v))
            }
            Tok::Op(Op::Ellipsis) => {
                self.bump();
                Ok(Expr::constant(self.tok_pos(t), Constant::Ellipsis))
            }
            Tok::Op(Op::LPar) => {
                self.enter()?;
                let r = self.paren_atom();
                self.leave();
                r
            }
            Tok::Op(Op::LSqb) => {
                self.enter()?;
                let r = self.list_atom();
                self.leave();
                r
            }
            Tok::Op(Op::LBrace) => {
                self.enter()?;
                let r = self.brace_atom();
                self.leave();
                r
            }
            _ => Err(self.invalid_syntax()),
        }
    }

    fn at_for(&self) -> bool {
        self.at_kw(Kw::For) || (self.at_kw(Kw::Async) && self.nth(1) == Tok::Kw(Kw::For))
    }

    fn paren_atom(&mut self) -> PResult<Expr> {
        let m = self.mark();
        self.bump();
        if self.eat_op(Op::RPar) {
            return Ok(Expr::new(
                self.pos_from(m),
                ExprKind::Tuple {
                    elts: Vec::new(),
                    ctx: Ctx::Load,
                },
            ));
        }
        if self.at_kw(Kw::Yield) {
            let y = self.yield_expr()?;
            self.expect_op(Op::RPar)?;
            return Ok(y);
        }
        let first = self.star_named_expression()?;
        if self.at_for() {
            let gens = self.comprehension_clauses()?;
            self.expect_op(Op::RPar)?;
            return Ok(Expr::new(
                self.pos_from(m),
                ExprKind::GeneratorExp {
                    elt: bx(first),
                    generators: gens,
                },
            ));
        }
        if self.eat_op(Op::RPar) {
            if matches!(first.kind, ExprKind::Starred { .. }) {
                return Err(self.error_pos("cannot use starred expression here", first.pos));
            }
            return Ok(first);
        }
        if !self.at_op(Op::Comma) {
            return Err(self.maybe_missing_comma());
        }
        let mut elts = alloc::vec![first];
        while self.eat_op(Op::Comma) {
            if self.at_op(Op::RPar) {
                break;
            }
            elts.push(self.star_named_expression()?);
            if !self.at_op(Op::Comma) && !self.at_op(Op::RPar) {
                return Err(self.maybe_missing_comma());
            }
        }
        self.expect_op(Op::RPar)?;
        Ok(Expr::new(
            self.pos_from(m),
            ExprKind::Tuple {
                elts,
                ctx: Ctx::Load,
            },
        ))
    }

    fn list_atom(&mut self) -> PResult<Expr> {
        let m = self.mark();
        self.bump();
        if self.eat_op(Op::RSqb) {
            return Ok(Expr::new(
                self.pos_from(m),
                ExprKind::List {
                    elts: Vec::new(),
                    ctx: Ctx::Load,
                },
            ));
        }
        let first = self.star_named_expression()?;
        if self.at_for() {
            let gens = self.comprehension_clauses()?;
            self.expect_op(Op::RSqb)?;
            return Ok(Expr::new(
                self.pos_from(m),
                ExprKind::ListComp {
                    elt: bx(first),
                    generators: gens,
                },
            ));
        }
        let elts = self.display_rest(first, Op::RSqb)?;
        Ok(Expr::new(
            self.pos_from(m),
            ExprKind::List {
                elts,
                ctx: Ctx::Load,
            },
        ))
    }

    fn display_rest(&mut self, first: Expr, close: Op) -> PResult<Vec<Expr>> {
        let mut elts = alloc::vec![first];
        loop {
            if self.eat_op(close) {
                return Ok(elts);
            }
            if !self.eat_op(Op::Comma) {
                return Err(self.maybe_missing_comma());
            }
            if self.eat_op(close) {
                return Ok(elts);
            }
            elts.push(self.star_named_expression()?);
        }
    }

    fn brace_atom(&mut self) -> PResult<Expr> {
        let m = self.mark();
        self.bump();
        if self.eat_op(Op::RBrace) {
            return Ok(Expr::new(
                self.pos_from(m),
                ExprKind::Dict {
                    keys: Vec::new(),
                    values: Vec::new(),
                },
            ));
        }
        if self.at_op(Op::DoubleStar) {
            return self.dict_rest(m, None);
        }
        let first = self.star_named_expression()?;
        if self.at_op(Op::Colon) {
            return self.dict_rest(m, Some(first));
        }
        if self.at_for() {
            let gens = self.comprehension_clauses()?;
            self.expect_op(Op::RBrace)?;
            return Ok(Expr::new(
                self.pos_from(m),
                ExprKind::SetComp {
                    elt: bx(first),
                    generators: gens,
                },
            ));
        }
        let elts = self.display_rest(first, Op::RBrace)?;
        Ok(Expr::new(self.pos_from(m), ExprKind::Set(elts)))
    }

    fn dict_rest(&mut self, m: Mark, first_key: Option<Expr>) -> PResult<Expr> {
        let mut keys = Vec::new();
        let mut values = Vec::new();
        let mut pending = first_key;
        loop {
            match pending.take() {
                Some(k) => {
                    if matches!(k.kind, ExprKind::Starred { .. }) {
                        return Err(self.error_pos(
                            "cannot use a starred expression in a dictionary value",
                            k.pos,
                        ));
                    }
                    self.expect_op(Op::Colon)?;
                    if self.at_op(Op::RBrace) || self.at_op(Op::Comma) {
                        let t = self.tok();
                        return Err(self.error_pos(
                            "expression expected after dictionary key and ':'",
                            self.off_pos(self.toks[self.i - 1].start, self.toks[self.i - 1].end),
                        ))
                        .map_err(|e| {
                            let _ = t;
                            e
                        });
                    }
                    if self.at_op(Op::Star) {
                        let t = self.tok();
                        return Err(self.error_tok(
                            "cannot use a starred expression in a dictionary value",
                            t,
                        ));
                    }
                    let v = self.expression()?;
                    if keys.is_empty() && self.at_for() {
                        let gens = self.comprehension_clauses()?;
                        self.expect_op(Op::RBrace)?;
                        return Ok(Expr::new(
                            self.pos_from(m),
                            ExprKind::DictComp {
                                key: bx(k),
                                value: bx(v),
                                generators: gens,
                            },
                        ));
                    }
                    keys.push(Some(k));
                    values.push(v);
                }
                None => {
                    let star = self.expect_op(Op::DoubleStar)?;
                    let v = self.bitwise_or()?;
                    if keys.is_empty() && self.at_for() {
                        return Err(self.error_pos(
                            "dict unpacking cannot be used in dict comprehension",
                            self.off_pos(star.start, v.pos_end_off(self)),
                        ));
                    }
                    keys.push(None);
                    values.push(v);
                }
            }
            if self.eat_op(Op::RBrace) {
                break;
            }
            if !self.eat_op(Op::Comma) {
                return Err(self.maybe_missing_comma());
            }
            if self.eat_op(Op::RBrace) {
                break;
            }
            if !self.at_op(Op::DoubleStar) {
                pending = Some(self.expression()?);
            }
        }
        Ok(Expr::new(self.pos_from(m), ExprKind::Dict { keys, values }))
    }

    pub fn yield_expr(&mut self) -> PResult<Expr> {
        let m = self.mark();
        self.bump();
        if self.eat_kw(Kw::From) {
            let v = self.expression()?;
            return Ok(Expr::new(self.pos_from(m), ExprKind::YieldFrom(bx(v))));
        }
        if self.starts_expression() && !self.at_kw(Kw::Yield) {
            let v = self.star_expressions()?;
            return Ok(Expr::new(self.pos_from(m), ExprKind::Yield(Some(bx(v)))));
        }
        Ok(Expr::new(self.pos_from(m), ExprKind::Yield(None)))
    }
}

impl Expr {
    /// Absolute byte offset of the end of this expression.
    pub(crate) fn pos_end_off(&self, p: &Parser) -> u32 {
        let i = (self.pos.end_lineno as usize).saturating_sub(1);
        p.src.line_starts.get(i).copied().unwrap_or(0) + self.pos.end_col_offset
    }
}
