//! Statements and blocks.

use super::expr::bx;
use super::target::TargetUse;
use super::{Mark, Parser};
use crate::compile::ast::{
    Alias, ClassDef, Constant, Ctx, ExceptHandler, Expr, ExprKind, FunctionDef, Keyword, MatchCase,
    Operator, Pos, Stmt, StmtKind, TypeParam, TypeParamKind, WithItem,
};
use crate::compile::error::{ErrorKind, PResult, err, span};
use crate::compile::token::{Kw, Op, Tok};
use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

fn aug_op(t: Tok) -> Option<Operator> {
    Some(match t {
        Tok::Op(Op::PlusEqual) => Operator::Add,
        Tok::Op(Op::MinEqual) => Operator::Sub,
        Tok::Op(Op::StarEqual) => Operator::Mult,
        Tok::Op(Op::AtEqual) => Operator::MatMult,
        Tok::Op(Op::SlashEqual) => Operator::Div,
        Tok::Op(Op::PercentEqual) => Operator::Mod,
        Tok::Op(Op::AmperEqual) => Operator::BitAnd,
        Tok::Op(Op::VBarEqual) => Operator::BitOr,
        Tok::Op(Op::CircumflexEqual) => Operator::BitXor,
        Tok::Op(Op::LeftShiftEqual) => Operator::LShift,
        Tok::Op(Op::RightShiftEqual) => Operator::RShift,
        Tok::Op(Op::DoubleStarEqual) => Operator::Pow,
        Tok::Op(Op::DoubleSlashEqual) => Operator::FloorDiv,
        _ => return None,
    })
}

impl<'a> Parser<'a> {
    /// One line of simple statements or one compound statement, appended to `out`.
    pub fn statement(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        self.enter()?;
        let r = self.statement_inner(out);
        self.leave();
        r
    }

    fn statement_inner(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        let m = self.mark();
        match self.kind() {
            Tok::Kw(Kw::If) => out.push(self.if_stmt(m, "'if' statement")?),
            Tok::Kw(Kw::While) => out.push(self.while_stmt(m)?),
            Tok::Kw(Kw::For) => out.push(self.for_stmt(m, false)?),
            Tok::Kw(Kw::With) => out.push(self.with_stmt(m, false)?),
            Tok::Kw(Kw::Try) => out.push(self.try_stmt(m)?),
            Tok::Kw(Kw::Def) => out.push(self.funcdef(m, Vec::new(), false)?),
            Tok::Kw(Kw::Class) => out.push(self.classdef(m, Vec::new())?),
            Tok::Op(Op::At) => out.push(self.decorated(m)?),
            Tok::Kw(Kw::Async) => {
                self.bump();
                match self.kind() {
                    Tok::Kw(Kw::Def) => out.push(self.funcdef(m, Vec::new(), true)?),
                    Tok::Kw(Kw::For) => out.push(self.for_stmt(m, true)?),
                    Tok::Kw(Kw::With) => out.push(self.with_stmt(m, true)?),
                    _ => return Err(self.invalid_syntax()),
                }
            }
            Tok::Name if self.is_name("match") => {
                if let Some(s) = self.try_match_stmt(m)? {
                    out.push(s);
                } else {
                    self.simple_stmts(out)?;
                }
            }
            Tok::Indent | Tok::Dedent => return Err(self.invalid_syntax()),
            _ => self.simple_stmts(out)?,
        }
        Ok(())
    }

    /// The statements of a block after its ':'.
    fn block(&mut self, what: &str, line: u32) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        if self.kind() == Tok::Newline {
            self.bump();
            if self.kind() != Tok::Indent {
                let t = self.tok();
                if t.kind == Tok::EndMarker {
                    if let Some(e) = self.unclosed_error() {
                        return Err(e);
                    }
                }
                let p = self.tok_pos(t);
                return Err(err(
                    ErrorKind::IndentationError,
                    format!("expected an indented block after {what} on line {line}"),
                    span(
                        p.lineno,
                        p.col_offset,
                        p.end_lineno,
                        p.end_col_offset.max(p.col_offset + 1),
                    ),
                ));
            }
            self.bump();
            while self.kind() != Tok::Dedent && self.kind() != Tok::EndMarker {
                self.statement(&mut body)?;
            }
            self.eat_dedent();
        } else {
            self.simple_stmts(&mut body)?;
        }
        Ok(body)
    }

    fn unclosed_error(&self) -> Option<crate::compile::error::RawError> {
        let e = self.invalid_syntax();
        if e.msg.ends_with("was never closed") {
            Some(e)
        } else {
            None
        }
    }

    fn eat_dedent(&mut self) {
        if self.kind() == Tok::Dedent {
            self.bump();
        }
    }

    fn header_line(&self, m: Mark) -> u32 {
        self.src.line_col(m.0).0
    }

    fn simple_stmts(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        loop {
            let s = self.simple_stmt()?;
            out.push(s);
            if self.eat_op(Op::Semi) {
                if matches!(self.kind(), Tok::Newline | Tok::EndMarker) {
                    break;
                }
                continue;
            }
            break;
        }
        match self.kind() {
            Tok::Newline => {
                self.bump();
                Ok(())
            }
            Tok::EndMarker => Ok(()),
            _ => Err(self.invalid_syntax()),
        }
    }

    fn simple_stmt(&mut self) -> PResult<Stmt> {
        let m = self.mark();
        let kind = match self.kind() {
            Tok::Kw(Kw::Pass) => {
                self.bump();
                StmtKind::Pass
            }
            Tok::Kw(Kw::Break) => {
                self.bump();
                StmtKind::Break
            }
            Tok::Kw(Kw::Continue) => {
                self.bump();
                StmtKind::Continue
            }
            Tok::Kw(Kw::Return) => {
                self.bump();
                let v = if self.starts_expression() {
                    Some(self.star_expressions()?)
                } else {
                    None
                };
                StmtKind::Return(v)
            }
            Tok::Kw(Kw::Raise) => {
                self.bump();
                let mut exc = None;
                let mut cause = None;
                if self.starts_expression() {
                    exc = Some(self.expression()?);
                    if self.eat_kw(Kw::From) {
                        cause = Some(self.expression()?);
                    }
                }
                StmtKind::Raise { exc, cause }
            }
            Tok::Kw(Kw::Global) | Tok::Kw(Kw::Nonlocal) => {
                let g = self.bump().kind == Tok::Kw(Kw::Global);
                let mut names = Vec::new();
                loop {
                    let t = self.expect_name()?;
                    names.push(self.name_string(t));
                    if !self.eat_op(Op::Comma) {
                        break;
                    }
                }
                if g {
                    StmtKind::Global(names)
                } else {
                    StmtKind::Nonlocal(names)
                }
            }
            Tok::Kw(Kw::Del) => {
                self.bump();
                let first = self.i;
                let mut t = self.star_expressions()?;
                self.set_store(&mut t, TargetUse::Del)?;
                // `del a, b` has two targets; `del (a, b)` has one tuple target.
                let wrapped = self.toks[first].kind == Tok::Op(Op::LPar) && self.paren_wraps(first);
                let targets = if !wrapped && matches!(t.kind, ExprKind::Tuple { .. }) {
                    match t.take() {
                        ExprKind::Tuple { elts, .. } => elts,
                        _ => Vec::new(),
                    }
                } else {
                    alloc::vec![t]
                };
                StmtKind::Delete(targets)
            }
            Tok::Kw(Kw::Assert) => {
                self.bump();
                let test = self.expression()?;
                let msg = if self.eat_op(Op::Comma) {
                    Some(self.expression()?)
                } else {
                    None
                };
                StmtKind::Assert { test, msg }
            }
            Tok::Kw(Kw::Import) => self.import_stmt()?,
            Tok::Kw(Kw::From) => self.from_import()?,
            Tok::Name
                if self.is_name("type")
                    && self.nth(1) == Tok::Name
                    && matches!(self.nth(2), Tok::Op(Op::Equal) | Tok::Op(Op::LSqb)) =>
            {
                self.bump();
                let t = self.bump();
                let name = Expr::new(
                    self.tok_pos(t),
                    ExprKind::Name {
                        id: self.name_string(t),
                        ctx: Ctx::Store,
                    },
                );
                let type_params = self.type_params()?;
                self.expect_op(Op::Equal)?;
                let value = self.expression()?;
                StmtKind::TypeAlias {
                    name,
                    type_params,
                    value,
                }
            }
            _ => return self.expr_stmt(m),
        };
        Ok(Stmt {
            pos: self.pos_from(m),
            kind,
        })
    }

    /// Whether the '(' at token index `open` is closed by the token just consumed.
    fn paren_wraps(&self, open: usize) -> bool {
        let mut level = 0i32;
        for j in open..self.i {
            match self.toks[j].kind {
                Tok::Op(Op::LPar | Op::LSqb | Op::LBrace) => level += 1,
                Tok::Op(Op::RPar | Op::RSqb | Op::RBrace) => {
                    level -= 1;
                    if level == 0 && j + 1 < self.i {
                        return false;
                    }
                }
                _ => {}
            }
        }
        true
    }

    fn rhs(&mut self) -> PResult<Expr> {
        if self.at_kw(Kw::Yield) {
            self.yield_expr()
        } else {
            self.star_expressions()
        }
    }

    fn expr_stmt(&mut self, m: Mark) -> PResult<Stmt> {
        let first_tok = self.tok();
        let mut e = self.rhs()?;
        if self.at_op(Op::Colon) {
            self.bump();
            self.check_ann_target(&mut e)?;
            let simple =
                first_tok.kind != Tok::Op(Op::LPar) && matches!(e.kind, ExprKind::Name { .. });
            let annotation = self.expression()?;
            let value = if self.eat_op(Op::Equal) {
                Some(self.rhs()?)
            } else {
                None
            };
            return Ok(Stmt {
                pos: self.pos_from(m),
                kind: StmtKind::AnnAssign {
                    target: e,
                    annotation,
                    value,
                    simple,
                },
            });
        }
        if let Some(op) = aug_op(self.kind()) {
            self.check_aug_target(&mut e)?;
            self.bump();
            let value = self.rhs()?;
            return Ok(Stmt {
                pos: self.pos_from(m),
                kind: StmtKind::AugAssign {
                    target: e,
                    op,
                    value,
                },
            });
        }
        if !self.at_op(Op::Equal) {
            if let ExprKind::Name { id, .. } = &e.kind {
                if (id == "print" || id == "exec") && self.starts_expression() {
                    let what = id.clone();
                    let start = e.pos;
                    if let Ok(arg) = self.star_expressions() {
                        return Err(self.error_pos(
                            format!(
                                "Missing parentheses in call to '{what}'. Did you mean {what}(...)?"
                            ),
                            start.to(arg.pos),
                        ));
                    }
                }
            }
            return Ok(Stmt {
                pos: self.pos_from(m),
                kind: StmtKind::Expr(e),
            });
        }
        let mut targets = alloc::vec![e];
        // Which parts are unparenthesized yield expressions (CPython words those apart).
        let mut bare_yield = alloc::vec![first_tok.kind == Tok::Kw(Kw::Yield)];
        while self.eat_op(Op::Equal) {
            bare_yield.push(self.at_kw(Kw::Yield));
            targets.push(self.rhs()?);
        }
        let value = targets
            .pop()
            .unwrap_or_else(|| Expr::constant(Pos::default(), Constant::None));
        let single = targets.len() == 1;
        for (t, bare) in targets.iter_mut().zip(bare_yield) {
            if bare {
                return Err(self.error_pos("assignment to yield expression not possible", t.pos));
            }
            self.set_store(t, TargetUse::Assign { single })?;
        }
        Ok(Stmt {
            pos: self.pos_from(m),
            kind: StmtKind::Assign { targets, value },
        })
    }

    fn dotted_name(&mut self) -> PResult<String> {
        let t = self.expect_name()?;
        let mut s = self.name_string(t);
        while self.at_op(Op::Dot) && self.nth(1) == Tok::Name {
            self.bump();
            let t = self.bump();
            s.push('.');
            s.push_str(&String::from_utf8_lossy(self.text(t)));
        }
        Ok(s)
    }

    fn import_stmt(&mut self) -> PResult<StmtKind> {
        self.bump();
        let mut names = Vec::new();
        loop {
            let m = self.mark();
            let name = self.dotted_name()?;
            let asname = if self.eat_kw(Kw::As) {
                let t = self.expect_name()?;
                Some(self.name_string(t))
            } else {
                None
            };
            names.push(Alias {
                pos: self.pos_from(m),
                name,
                asname,
            });
            if !self.eat_op(Op::Comma) {
                break;
            }
        }
        Ok(StmtKind::Import(names))
    }

    fn from_import(&mut self) -> PResult<StmtKind> {
        self.bump();
        let mut level = 0;
        loop {
            if self.eat_op(Op::Dot) {
                level += 1;
            } else if self.eat_op(Op::Ellipsis) {
                level += 3;
            } else {
                break;
            }
        }
        let module = if self.kind() == Tok::Name {
            Some(self.dotted_name()?)
        } else {
            None
        };
        if module.is_none() && level == 0 {
            return Err(self.invalid_syntax());
        }
        if !self.eat_kw(Kw::Import) {
            return Err(self.invalid_syntax());
        }
        let mut names = Vec::new();
        if self.at_op(Op::Star) {
            let t = self.bump();
            names.push(Alias {
                pos: self.tok_pos(t),
                name: "*".into(),
                asname: None,
            });
            return Ok(StmtKind::ImportFrom {
                module,
                names,
                level,
            });
        }
        let paren = self.eat_op(Op::LPar);
        loop {
            let m = self.mark();
            let t = self.expect_name()?;
            let asname = if self.eat_kw(Kw::As) {
                let t = self.expect_name()?;
                Some(self.name_string(t))
            } else {
                None
            };
            names.push(Alias {
                pos: self.pos_from(m),
                name: self.name_string(t),
                asname,
            });
            if !self.at_op(Op::Comma) {
                break;
            }
            let comma = self.bump();
            if paren && self.at_op(Op::RPar) {
                break;
            }
            if !paren
                && matches!(
                    self.kind(),
                    Tok::Newline | Tok::EndMarker | Tok::Op(Op::Semi)
                )
            {
                let _ = comma;
                let t = self.tok();
                return Err(self.error_tok(
                    "trailing comma not allowed without surrounding parentheses",
                    t,
                ));
            }
        }
        if paren {
            self.expect_op(Op::RPar)?;
        }
        Ok(StmtKind::ImportFrom {
            module,
            names,
            level,
        })
    }

    /// `if x = 1:` and friends: CPython suggests '==' or ':='.
    fn header_test(&mut self) -> PResult<Expr> {
        let test = self.named_expression()?;
        if self.at_op(Op::Equal) {
            self.bump();
            if let Ok(v) = self.bitwise_or() {
                if !self.at_op(Op::Equal) && !self.at_op(Op::ColonEqual) {
                    return Err(self.error_pos(
                        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                        test.pos.to(v.pos),
                    ));
                }
            }
            return Err(self.invalid_syntax());
        }
        Ok(test)
    }

    fn if_stmt(&mut self, m: Mark, what: &str) -> PResult<Stmt> {
        self.bump();
        let test = self.header_test()?;
        self.expect_colon()?;
        let body = self.block(what, self.header_line(m))?;
        let mut orelse = Vec::new();
        if self.at_kw(Kw::Elif) {
            let em = self.mark();
            orelse.push(self.if_stmt(em, "'elif' statement")?);
        } else if self.at_kw(Kw::Else) {
            let em = self.mark();
            self.bump();
            self.expect_colon()?;
            orelse = self.block("'else' statement", self.header_line(em))?;
        }
        Ok(Stmt {
            pos: self.pos_from(m),
            kind: StmtKind::If { test, body, orelse },
        })
    }

    fn else_block(&mut self) -> PResult<Vec<Stmt>> {
        if self.at_kw(Kw::Else) {
            let em = self.mark();
            self.bump();
            self.expect_colon()?;
            return self.block("'else' statement", self.header_line(em));
        }
        Ok(Vec::new())
    }

    fn while_stmt(&mut self, m: Mark) -> PResult<Stmt> {
        self.bump();
        let test = self.header_test()?;
        self.expect_colon()?;
        let body = self.block("'while' statement", self.header_line(m))?;
        let orelse = self.else_block()?;
        Ok(Stmt {
            pos: self.pos_from(m),
            kind: StmtKind::While { test, body, orelse },
        })
    }

    fn for_stmt(&mut self, m: Mark, is_async: bool) -> PResult<Stmt> {
        self.bump();
        let tstart = self.i;
        let target = match self.star_targets_until(Kw::In) {
            Ok(t) if self.at_kw(Kw::In) => t,
            other => {
                // Re-read the target as an expression to name what cannot be assigned to.
                let first_err = match other {
                    Err(e) => e,
                    Ok(_) => self.invalid_syntax(),
                };
                self.i = tstart;
                if let Ok(mut e) = self.star_expressions() {
                    if let Err(e2) = self.set_store(&mut e, TargetUse::For) {
                        return Err(e2);
                    }
                }
                return Err(first_err);
            }
        };
        self.bump();
        let iter = self.star_expressions()?;
        self.expect_colon()?;
        let body = self.block("'for' statement", self.header_line(m))?;
        let orelse = self.else_block()?;
        Ok(Stmt {
            pos: self.pos_from(m),
            kind: StmtKind::For {
                is_async,
                target,
                iter,
                body,
                orelse,
            },
        })
    }

    /// One `expr [as target]`. `definite` is set when the error is an invalid target followed
    /// by `,` `)` or `:`, which CPython reports even while trying the parenthesized form.
    fn with_item(&mut self, definite: &mut bool) -> PResult<WithItem> {
        let context_expr = self.expression()?;
        let optional_vars = if self.eat_kw(Kw::As) {
            let mut t = self.star_target_single()?;
            if let Err(e) = self.set_store(&mut t, TargetUse::With) {
                *definite = matches!(self.kind(), Tok::Op(Op::Comma | Op::RPar | Op::Colon));
                return Err(e);
            }
            Some(t)
        } else {
            None
        };
        Ok(WithItem {
            context_expr,
            optional_vars,
        })
    }

    /// The target after `as` in `with`: one star_target (a parenthesized tuple is allowed).
    fn star_target_single(&mut self) -> PResult<Expr> {
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

    fn with_stmt(&mut self, m: Mark, is_async: bool) -> PResult<Stmt> {
        self.bump();
        let mut items = Vec::new();
        let save = self.i;
        let mut paren_ok = false;
        if self.at_op(Op::LPar) {
            // Try the parenthesized form `with (a as b, c):` first, as CPython's grammar does.
            self.bump();
            let mut ok = true;
            loop {
                let mut definite = false;
                match self.with_item(&mut definite) {
                    Ok(it) => items.push(it),
                    Err(e) if definite => return Err(e),
                    Err(_) => {
                        ok = false;
                        break;
                    }
                }
                if !self.eat_op(Op::Comma) {
                    break;
                }
                if self.at_op(Op::RPar) {
                    break;
                }
            }
            if ok && self.eat_op(Op::RPar) && self.at_op(Op::Colon) {
                paren_ok = true;
            } else {
                items.clear();
                self.i = save;
            }
        }
        if !paren_ok {
            loop {
                items.push(self.with_item(&mut false)?);
                if !self.eat_op(Op::Comma) {
                    break;
                }
            }
        }
        self.expect_colon()?;
        let body = self.block("'with' statement", self.header_line(m))?;
        Ok(Stmt {
            pos: self.pos_from(m),
            kind: StmtKind::With {
                is_async,
                items,
                body,
            },
        })
    }

    fn try_stmt(&mut self, m: Mark) -> PResult<Stmt> {
        self.bump();
        self.expect_colon()?;
        let body = self.block("'try' statement", self.header_line(m))?;
        let mut handlers = Vec::new();
        let mut star: Option<bool> = None;
        while self.at_kw(Kw::Except) {
            let hm = self.mark();
            let et = self.bump();
            let is_star = self.eat_op(Op::Star);
            if let Some(prev) = star {
                if prev != is_star {
                    return Err(self.error_tok(
                        "cannot have both 'except' and 'except*' on the same 'try'",
                        et,
                    ));
                }
            }
            star = Some(is_star);
            let mut type_ = None;
            let mut name = None;
            if !self.at_op(Op::Colon) {
                let t = self.expression()?;
                if self.at_op(Op::Comma) {
                    let mut end = t.pos;
                    while self.eat_op(Op::Comma) {
                        if let Ok(e) = self.expression() {
                            end = e.pos;
                        } else {
                            break;
                        }
                    }
                    return Err(self.error_pos(
                        "multiple exception types must be parenthesized",
                        t.pos.to(end),
                    ));
                }
                type_ = Some(t);
                if self.eat_kw(Kw::As) {
                    let n = self.expect_name()?;
                    name = Some(self.name_string(n));
                }
            } else if is_star {
                return Err(self.error_tok("expected one or more exception types", self.tok()));
            }
            self.expect_colon()?;
            let what = if is_star {
                "'except*' statement"
            } else {
                "'except' statement"
            };
            let hbody = self.block(what, self.header_line(hm))?;
            handlers.push(ExceptHandler {
                pos: self.pos_from(hm),
                type_,
                name,
                body: hbody,
            });
        }
        let orelse = if !handlers.is_empty() {
            self.else_block()?
        } else {
            Vec::new()
        };
        let mut finalbody = Vec::new();
        if self.at_kw(Kw::Finally) {
            let fm = self.mark();
            self.bump();
            self.expect_colon()?;
            finalbody = self.block("'finally' statement", self.header_line(fm))?;
        }
        if handlers.is_empty() && finalbody.is_empty() {
            let mut j = self.i;
            while j > 0 && self.toks[j - 1].kind == Tok::Dedent {
                j -= 1;
            }
            let t = if self.kind() == Tok::EndMarker
                && j > 0
                && self.toks[j - 1].kind == Tok::Newline
            {
                self.toks[j - 1]
            } else {
                self.tok()
            };
            return Err(self.error_tok("expected 'except' or 'finally' block", t));
        }
        Ok(Stmt {
            pos: self.pos_from(m),
            kind: StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                is_star: star == Some(true),
            },
        })
    }

    fn decorated(&mut self, m: Mark) -> PResult<Stmt> {
        let mut decorators = Vec::new();
        while self.eat_op(Op::At) {
            decorators.push(self.named_expression()?);
            if self.kind() != Tok::Newline {
                return Err(self.invalid_syntax());
            }
            self.bump();
        }
        let dm = self.mark();
        match self.kind() {
            Tok::Kw(Kw::Def) => self
                .funcdef(dm, decorators, false)
                .map(|s| self.with_start(s, m)),
            Tok::Kw(Kw::Class) => self.classdef(dm, decorators).map(|s| self.with_start(s, m)),
            Tok::Kw(Kw::Async) if self.nth(1) == Tok::Kw(Kw::Def) => {
                self.bump();
                self.funcdef(dm, decorators, true)
                    .map(|s| self.with_start(s, m))
            }
            _ => Err(self.invalid_syntax()),
        }
    }

    /// CPython positions a decorated definition at its `def`/`class` line, not the decorator.
    fn with_start(&self, s: Stmt, _m: Mark) -> Stmt {
        s
    }

    pub fn type_params(&mut self) -> PResult<Vec<TypeParam>> {
        let mut out = Vec::new();
        if !self.at_op(Op::LSqb) {
            return Ok(out);
        }
        let open = self.bump();
        if self.at_op(Op::RSqb) {
            return Err(self.invalid_syntax());
        }
        let _ = open;
        loop {
            let m = self.mark();
            let kind = if self.eat_op(Op::Star) {
                let t = self.expect_name()?;
                TypeParamKind::TypeVarTuple {
                    name: self.name_string(t),
                }
            } else if self.eat_op(Op::DoubleStar) {
                let t = self.expect_name()?;
                TypeParamKind::ParamSpec {
                    name: self.name_string(t),
                }
            } else {
                let t = self.expect_name()?;
                let bound = if self.eat_op(Op::Colon) {
                    Some(self.expression()?)
                } else {
                    None
                };
                TypeParamKind::TypeVar {
                    name: self.name_string(t),
                    bound,
                }
            };
            out.push(TypeParam {
                pos: self.pos_from(m),
                kind,
            });
            if !self.eat_op(Op::Comma) || self.at_op(Op::RSqb) {
                break;
            }
        }
        self.expect_op(Op::RSqb)?;
        Ok(out)
    }

    fn funcdef(&mut self, m: Mark, decorator_list: Vec<Expr>, is_async: bool) -> PResult<Stmt> {
        self.bump();
        let t = self.expect_name()?;
        let name = self.name_string(t);
        if self.at_op(Op::LSqb) && self.nth(1) == Tok::Op(Op::RSqb) {
            let t = self.tok();
            return Err(self.error_tok("expected '('", t));
        }
        let type_params = self.type_params()?;
        if !self.at_op(Op::LPar) {
            let t = self.tok();
            return Err(self.error_tok(
                if matches!(t.kind, Tok::Op(Op::Colon)) {
                    "expected '('"
                } else {
                    "invalid syntax"
                },
                t,
            ));
        }
        self.bump();
        self.enter()?;
        let args = self.parameters(true, Op::RPar);
        self.leave();
        let args = args?;
        self.expect_op(Op::RPar)?;
        let returns = if self.eat_op(Op::RArrow) {
            Some(self.expression()?)
        } else {
            None
        };
        self.expect_colon()?;
        let body = self.block("function definition", self.header_line(m))?;
        Ok(Stmt {
            pos: self.pos_from(m),
            kind: StmtKind::FunctionDef(Box::new(FunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
                type_params,
                is_async,
            })),
        })
    }

    fn classdef(&mut self, m: Mark, decorator_list: Vec<Expr>) -> PResult<Stmt> {
        self.bump();
        let t = self.expect_name()?;
        let name = self.name_string(t);
        let type_params = self.type_params()?;
        let mut bases = Vec::new();
        let mut keywords: Vec<Keyword> = Vec::new();
        if self.at_op(Op::LPar) {
            let open = self.bump();
            self.enter()?;
            let r = self.class_args(open.start);
            self.leave();
            let (b, k) = r?;
            bases = b;
            keywords = k;
        }
        self.expect_colon()?;
        let body = self.block("class definition", self.header_line(m))?;
        Ok(Stmt {
            pos: self.pos_from(m),
            kind: StmtKind::ClassDef(Box::new(ClassDef {
                name,
                bases,
                keywords,
                body,
                decorator_list,
                type_params,
            })),
        })
    }

    fn class_args(&mut self, open: u32) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
        self.call_args(open)
    }

    fn try_match_stmt(&mut self, m: Mark) -> PResult<Option<Stmt>> {
        let save = self.i;
        self.bump();
        let subject = match self.match_subject() {
            Ok(s) if self.at_op(Op::Colon) => s,
            _ => {
                self.i = save;
                return Ok(None);
            }
        };
        self.bump();
        if self.kind() != Tok::Newline {
            self.i = save;
            return Ok(None);
        }
        self.bump();
        if self.kind() != Tok::Indent {
            let t = self.tok();
            let p = self.tok_pos(t);
            let line = self.header_line(m);
            return Err(err(
                ErrorKind::IndentationError,
                format!("expected an indented block after 'match' statement on line {line}"),
                span(
                    p.lineno,
                    p.col_offset,
                    p.end_lineno,
                    p.end_col_offset.max(p.col_offset + 1),
                ),
            ));
        }
        self.bump();
        let mut cases = Vec::new();
        while self.is_name("case") {
            let cm = self.mark();
            self.bump();
            let pattern = self.patterns()?;
            let guard = if self.eat_kw(Kw::If) {
                Some(self.named_expression()?)
            } else {
                None
            };
            self.expect_colon()?;
            let body = self.block("'case' statement", self.header_line(cm))?;
            cases.push(MatchCase {
                pattern,
                guard,
                body,
            });
        }
        if cases.is_empty() || self.kind() != Tok::Dedent {
            return Err(self.invalid_syntax());
        }
        self.bump();
        Ok(Some(Stmt {
            pos: self.pos_from(m),
            kind: StmtKind::Match { subject, cases },
        }))
    }

    fn match_subject(&mut self) -> PResult<Expr> {
        let m = self.mark();
        let first = self.star_named_expression()?;
        if !self.at_op(Op::Comma) {
            if matches!(first.kind, ExprKind::Starred { .. }) {
                return Err(self.invalid_syntax());
            }
            return Ok(first);
        }
        let mut elts = alloc::vec![first];
        while self.eat_op(Op::Comma) {
            if self.at_op(Op::Colon) {
                break;
            }
            elts.push(self.star_named_expression()?);
        }
        Ok(Expr::new(
            self.pos_from(m),
            ExprKind::Tuple {
                elts,
                ctx: Ctx::Load,
            },
        ))
    }
}
