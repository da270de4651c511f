//! Statements: definitions, assignments, control flow, exception handling, imports.

use super::*;

impl<'a> Compiler<'a> {
    pub(crate) fn stmts(&mut self, body: &'a [Stmt]) -> CResult<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    pub(crate) fn stmt(&mut self, s: &'a Stmt) -> CResult<()> {
        self.check_stack(s.pos)?;
        self.set_loc(s.pos);
        match &s.kind {
            StmtKind::FunctionDef(f) => self.function_def(s, f),
            StmtKind::ClassDef(c) => self.class_def(s, c),
            StmtKind::Return(v) => self.return_stmt(v.as_ref(), s.pos),
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete(t)?;
                }
                Ok(())
            }
            StmtKind::Assign { targets, value } => self.assign(targets, value),
            StmtKind::TypeAlias {
                name,
                type_params,
                value,
            } => self.type_alias(s, name, type_params, value),
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value),
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.ann_assign(target, annotation, value.as_ref(), *simple),
            StmtKind::For {
                is_async,
                target,
                iter,
                body,
                orelse,
            } => {
                if *is_async {
                    self.require_async("'async for' outside async function", s.pos)?;
                    self.async_for(s, target, iter, body, orelse)
                } else {
                    self.for_stmt(s, target, iter, body, orelse)
                }
            }
            StmtKind::While { test, body, orelse } => self.while_stmt(test, body, orelse),
            StmtKind::If { test, body, orelse } => {
                let end = self.new_label();
                let next = if orelse.is_empty() {
                    end
                } else {
                    self.new_label()
                };
                self.jump_if(test, false, next)?;
                self.stmts(body)?;
                if !orelse.is_empty() {
                    self.emit_jump(Op::Jump, end);
                    self.bind(next);
                    self.stmts(orelse)?;
                }
                self.bind(end);
                Ok(())
            }
            StmtKind::With {
                is_async,
                items,
                body,
            } => {
                if *is_async {
                    self.require_async("'async with' outside async function", s.pos)?;
                }
                self.with_stmt(s, items, body, *is_async)
            }
            StmtKind::Match { subject, cases } => self.match_stmt(subject, cases),
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.set_loc(s.pos);
                self.emit(Opcode::RAISE_VARARGS, n);
                Ok(())
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                is_star,
            } => {
                if finalbody.is_empty() {
                    self.try_except(s, body, handlers, orelse, *is_star)
                } else {
                    self.try_finally(s, body, handlers, orelse, finalbody, *is_star)
                }
            }
            StmtKind::Assert { test, msg } => {
                if self.optimize > 0 {
                    return Ok(());
                }
                let end = self.new_label();
                self.jump_if(test, true, end)?;
                self.set_loc(s.pos);
                self.emit(Opcode::LOAD_ASSERTION_ERROR, 0);
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.set_loc(s.pos);
                    self.emit(Opcode::CALL, 0);
                }
                self.emit(Opcode::RAISE_VARARGS, 1);
                self.bind(end);
                Ok(())
            }
            StmtKind::Import(names) => self.import(names),
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => self.import_from(module.as_deref(), names, *level),
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => Ok(()),
            StmtKind::Expr(e) => {
                if self.interactive && self.units.len() == 1 {
                    self.expr(e)?;
                    self.emit(Opcode::CALL_INTRINSIC_1, opcode::INTRINSIC_PRINT);
                    self.emit(Opcode::POP_TOP, 0);
                } else if matches!(e.kind, ExprKind::Constant { .. }) {
                    self.emit(Opcode::NOP, 0);
                } else {
                    self.expr(e)?;
                    self.set_loc(s.pos);
                    self.emit(Opcode::POP_TOP, 0);
                }
                Ok(())
            }
            StmtKind::Pass => {
                self.emit(Opcode::NOP, 0);
                Ok(())
            }
            StmtKind::Break => self.break_continue(true, s.pos),
            StmtKind::Continue => self.break_continue(false, s.pos),
        }
    }

    /// `async for` / `async with` need an async function around them.
    fn require_async(&mut self, msg: &str, pos: Pos) -> CResult<()> {
        if self.ur().flags & (CO_COROUTINE | CO_ASYNC_GENERATOR) == 0 {
            return Err(self.error(msg, pos));
        }
        Ok(())
    }

    fn break_continue(&mut self, is_break: bool, pos: Pos) -> CResult<()> {
        let Some(lp) = self.unwind_fblock_stack(false, true, pos)? else {
            let what = if is_break { "'break'" } else { "'continue'" };
            return Err(self.error(format!("{what} outside loop"), pos));
        };
        self.set_loc(pos);
        let (start, exit) = match lp {
            FBlock::While { start, exit }
            | FBlock::For { start, exit }
            | FBlock::AsyncFor { start, exit } => (start, exit),
            _ => return Err(self.error("internal error: loop block", pos)),
        };
        if is_break {
            self.unwind_fblock(lp, false)?;
            self.emit_jump(Op::Jump, exit);
        } else {
            self.emit_jump(Op::Jump, start);
        }
        Ok(())
    }

    fn return_stmt(&mut self, v: Option<&'a Expr>, pos: Pos) -> CResult<()> {
        let constant = match v {
            None => Some(Const::None),
            Some(e) => self.fold_const(e),
        };
        let preserve = constant.is_none();
        if preserve {
            if let Some(e) = v {
                self.expr(e)?;
            }
        }
        self.unwind_fblock_stack(preserve, false, pos)?;
        self.set_loc(pos);
        match constant {
            Some(c) => {
                let k = self.add_const(c);
                self.emit(Opcode::RETURN_CONST, k);
            }
            None => self.emit(Opcode::RETURN_VALUE, 0),
        }
        Ok(())
    }

    fn for_stmt(
        &mut self,
        s: &'a Stmt,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult<()> {
        let start = self.new_label();
        let cleanup = self.new_label();
        let exit = self.new_label();
        self.expr(iter)?;
        self.set_loc(iter.pos);
        self.emit(Opcode::GET_ITER, 0);
        self.bind(start);
        self.emit_cond_jump(Opcode::FOR_ITER, cleanup);
        self.store(target)?;
        self.u().fblocks.push(FBlock::For { start, exit });
        self.stmts(body)?;
        self.u().fblocks.pop();
        // An artificial jump (no line of its own), as 3.11's.
        self.u().loc = Location::NONE;
        self.emit_jump(Op::Jump, start);
        self.set_loc(iter.pos);
        self.bind(cleanup);
        self.emit(Opcode::END_FOR, 0);
        self.emit(Opcode::POP_TOP, 0);
        let _ = s;
        self.stmts(orelse)?;
        self.bind(exit);
        Ok(())
    }

    fn async_for(
        &mut self,
        s: &'a Stmt,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult<()> {
        let start = self.new_label();
        let except = self.new_label();
        let exit = self.new_label();
        self.expr(iter)?;
        self.set_loc(iter.pos);
        self.emit(Opcode::GET_AITER, 0);
        self.bind(start);
        self.emit_jump(Op::SetupFinally, except);
        self.emit(Opcode::GET_ANEXT, 0);
        self.load_const(Const::None);
        self.yield_from_loop(opcode::RESUME_AFTER_AWAIT);
        self.emit_jump(Op::PopBlock, 0);
        self.store(target)?;
        self.u().fblocks.push(FBlock::AsyncFor { start, exit });
        self.stmts(body)?;
        self.u().fblocks.pop();
        self.emit_jump(Op::Jump, start);
        self.set_loc(s.pos);
        self.bind(except);
        self.emit(Opcode::END_ASYNC_FOR, 0);
        self.stmts(orelse)?;
        self.bind(exit);
        Ok(())
    }

    fn while_stmt(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult<()> {
        let start = self.new_label();
        let anchor = self.new_label();
        let exit = self.new_label();
        let body_start = self.new_label();
        self.bind(start);
        self.jump_if(test, false, anchor)?;
        self.bind(body_start);
        self.u().fblocks.push(FBlock::While { start, exit });
        self.stmts(body)?;
        self.u().fblocks.pop();
        // As 3.11, the test is repeated at the bottom and jumps back into the body: tracing
        // reports the loop's lines exactly as CPython does.
        self.set_loc(test.pos);
        self.jump_if(test, false, anchor)?;
        self.emit_jump(Op::Jump, body_start);
        self.bind(anchor);
        self.stmts(orelse)?;
        self.bind(exit);
        Ok(())
    }

    fn with_stmt(
        &mut self,
        s: &'a Stmt,
        items: &'a [WithItem],
        body: &'a [Stmt],
        is_async: bool,
    ) -> CResult<()> {
        let Some((item, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        let block = self.new_label();
        let final_ = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        self.expr(&item.context_expr)?;
        let loc = loc_of(s.pos);
        self.u().loc = loc;
        if is_async {
            self.emit(Opcode::BEFORE_ASYNC_WITH, 0);
            self.emit(Opcode::GET_AWAITABLE, 1);
            self.load_const(Const::None);
            self.yield_from_loop(opcode::RESUME_AFTER_AWAIT);
        } else {
            self.emit(Opcode::BEFORE_WITH, 0);
        }
        self.emit_jump(Op::SetupWith, final_);
        self.bind(block);
        self.u().fblocks.push(FBlock::With { is_async, loc });
        match &item.optional_vars {
            Some(t) => self.store(t)?,
            None => self.emit(Opcode::POP_TOP, 0),
        }
        if rest.is_empty() {
            self.stmts(body)?;
        } else {
            self.with_stmt(s, rest, body, is_async)?;
        }
        self.u().fblocks.pop();
        self.u().loc = loc;
        self.emit_jump(Op::PopBlock, 0);
        self.call_exit_with_nones();
        if is_async {
            self.emit(Opcode::GET_AWAITABLE, 2);
            self.load_const(Const::None);
            self.yield_from_loop(opcode::RESUME_AFTER_AWAIT);
        }
        self.emit(Opcode::POP_TOP, 0);
        self.emit_jump(Op::Jump, exit);
        // Exceptional exit: [exit_func, lasti, exc].
        self.bind(final_);
        self.emit_jump(Op::SetupCleanup, cleanup);
        self.emit(Opcode::PUSH_EXC_INFO, 0);
        self.emit(Opcode::WITH_EXCEPT_START, 0);
        if is_async {
            self.emit(Opcode::GET_AWAITABLE, 2);
            self.load_const(Const::None);
            self.yield_from_loop(opcode::RESUME_AFTER_AWAIT);
        }
        self.with_except_finish(cleanup);
        self.bind(exit);
        Ok(())
    }

    fn with_except_finish(&mut self, cleanup: Label) {
        let suppress = self.new_label();
        let exit = self.new_label();
        self.emit(Opcode::TO_BOOL, 0);
        self.emit_cond_jump(Opcode::POP_JUMP_IF_TRUE, suppress);
        self.emit(Opcode::RERAISE, 2);
        self.bind(suppress);
        self.emit(Opcode::POP_TOP, 0);
        self.emit_jump(Op::PopBlock, 0);
        self.emit(Opcode::POP_EXCEPT, 0);
        self.emit(Opcode::POP_TOP, 0);
        self.emit(Opcode::POP_TOP, 0);
        self.emit_jump(Op::JumpNoInterrupt, exit);
        self.pop_except_and_reraise(cleanup);
        self.bind(exit);
    }

    /// The cleanup handler shared by except and finally blocks: [prev_exc, lasti, exc].
    pub(crate) fn pop_except_and_reraise(&mut self, cleanup: Label) {
        let saved = self.ur().loc;
        self.u().loc = Location::NONE;
        self.bind(cleanup);
        self.emit(Opcode::COPY, 3);
        self.emit(Opcode::POP_EXCEPT, 0);
        self.emit(Opcode::RERAISE, 1);
        self.u().loc = saved;
    }

    fn try_finally(
        &mut self,
        s: &'a Stmt,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
        is_star: bool,
    ) -> CResult<()> {
        let end = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        self.emit(Opcode::NOP, 0);
        self.emit_jump(Op::SetupFinally, end);
        self.u().fblocks.push(FBlock::FinallyTry(finalbody));
        if handlers.is_empty() {
            self.stmts(body)?;
        } else {
            self.try_except(s, body, handlers, orelse, is_star)?;
        }
        self.u().fblocks.pop();
        self.emit_jump(Op::PopBlock, 0);
        self.stmts(finalbody)?;
        self.emit_jump(Op::Jump, exit);
        // Exceptional path: [exc].
        self.u().loc = Location::NONE;
        self.bind(end);
        self.emit_jump(Op::SetupCleanup, cleanup);
        self.emit(Opcode::PUSH_EXC_INFO, 0);
        self.u().fblocks.push(FBlock::FinallyEnd);
        self.stmts(finalbody)?;
        self.u().fblocks.pop();
        self.u().loc = Location::NONE;
        self.emit(Opcode::RERAISE, 0);
        self.pop_except_and_reraise(cleanup);
        self.bind(exit);
        Ok(())
    }

    fn try_except(
        &mut self,
        s: &'a Stmt,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        is_star: bool,
    ) -> CResult<()> {
        if is_star {
            return self.try_star(s, body, handlers, orelse);
        }
        let except = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        self.set_loc(s.pos);
        self.emit(Opcode::NOP, 0);
        self.emit_jump(Op::SetupFinally, except);
        self.u().fblocks.push(FBlock::TryExcept);
        self.stmts(body)?;
        self.u().fblocks.pop();
        self.emit_jump(Op::PopBlock, 0);
        self.stmts(orelse)?;
        self.emit_jump(Op::Jump, end);
        self.u().loc = Location::NONE;
        self.bind(except);
        self.emit_jump(Op::SetupCleanup, cleanup);
        self.emit(Opcode::PUSH_EXC_INFO, 0);
        self.u().fblocks.push(FBlock::ExceptionHandler);
        for h in handlers {
            self.set_loc(h.pos);
            let next = self.new_label();
            if let Some(t) = &h.type_ {
                self.expr(t)?;
                self.set_loc(h.pos);
                self.emit(Opcode::CHECK_EXC_MATCH, 0);
                self.emit_cond_jump(Opcode::POP_JUMP_IF_FALSE, next);
            }
            self.handler_body(h, end)?;
            self.set_loc(h.pos);
            self.bind(next);
        }
        self.u().fblocks.pop();
        self.u().loc = Location::NONE;
        self.emit(Opcode::RERAISE, 0);
        self.pop_except_and_reraise(cleanup);
        self.bind(end);
        Ok(())
    }

    /// An except clause's body once the exception matched: [prev_exc, exc] on the stack.
    fn handler_body(&mut self, h: &'a ExceptHandler, end: Label) -> CResult<()> {
        match &h.name {
            Some(name) => {
                let cleanup_end = self.new_label();
                self.name_op(name, Ctx::Store, h.pos)?;
                self.emit_jump(Op::SetupCleanup, cleanup_end);
                self.u().fblocks.push(FBlock::HandlerCleanup(Some(name)));
                self.stmts(&h.body)?;
                self.u().fblocks.pop();
                self.u().loc = Location::NONE;
                self.emit_jump(Op::PopBlock, 0);
                self.emit_jump(Op::PopBlock, 0);
                self.emit(Opcode::POP_EXCEPT, 0);
                self.load_const(Const::None);
                self.name_op(name, Ctx::Store, h.pos)?;
                self.name_op(name, Ctx::Del, h.pos)?;
                self.emit_jump(Op::JumpNoInterrupt, end);
                self.bind(cleanup_end);
                self.load_const(Const::None);
                self.name_op(name, Ctx::Store, h.pos)?;
                self.name_op(name, Ctx::Del, h.pos)?;
                self.emit(Opcode::RERAISE, 1);
            }
            None => {
                self.emit(Opcode::POP_TOP, 0);
                self.u().fblocks.push(FBlock::HandlerCleanup(None));
                self.stmts(&h.body)?;
                self.u().fblocks.pop();
                self.u().loc = Location::NONE;
                self.emit_jump(Op::PopBlock, 0);
                self.emit(Opcode::POP_EXCEPT, 0);
                self.emit_jump(Op::JumpNoInterrupt, end);
            }
        }
        Ok(())
    }

    /// `try: ... except* T: ...` (PEP 654). Each clause splits the group with CHECK_EG_MATCH;
    /// exceptions raised by clause bodies are collected in a list and merged with the unhandled
    /// rest by INTRINSIC_PREP_RERAISE_STAR.
    fn try_star(
        &mut self,
        s: &'a Stmt,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> CResult<()> {
        let except = self.new_label();
        let orelse_l = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        let reraise_star = self.new_label();
        self.set_loc(s.pos);
        self.emit(Opcode::NOP, 0);
        self.emit_jump(Op::SetupFinally, except);
        self.u().fblocks.push(FBlock::TryExcept);
        self.stmts(body)?;
        self.u().fblocks.pop();
        self.emit_jump(Op::PopBlock, 0);
        self.emit_jump(Op::Jump, orelse_l);
        self.u().loc = Location::NONE;
        self.bind(except);
        self.emit_jump(Op::SetupCleanup, cleanup);
        self.emit(Opcode::PUSH_EXC_INFO, 0);
        self.u().fblocks.push(FBlock::ExceptionGroupHandler);
        // [prev, orig] -> [prev, orig, list, rest]
        self.emit(Opcode::COPY, 1);
        self.emit(Opcode::BUILD_LIST, 0);
        self.emit(Opcode::SWAP, 2);
        for h in handlers {
            self.set_loc(h.pos);
            let next = self.new_label();
            let no_match = self.new_label();
            if let Some(t) = &h.type_ {
                self.expr(t)?;
                self.set_loc(h.pos);
                // [.., rest, type] -> [.., rest', match]
                self.emit(Opcode::CHECK_EG_MATCH, 0);
                self.emit(Opcode::COPY, 1);
                self.emit_cond_jump(Opcode::POP_JUMP_IF_NONE, no_match);
            }
            let cleanup_end = self.new_label();
            match &h.name {
                Some(n) => self.name_op(n, Ctx::Store, h.pos)?,
                None => self.emit(Opcode::POP_TOP, 0),
            }
            // [prev, orig, list, rest]
            self.emit_jump(Op::SetupCleanup, cleanup_end);
            self.u()
                .fblocks
                .push(FBlock::HandlerCleanup(h.name.as_deref()));
            self.stmts(&h.body)?;
            self.u().fblocks.pop();
            self.u().loc = Location::NONE;
            self.emit_jump(Op::PopBlock, 0);
            if let Some(n) = &h.name {
                self.load_const(Const::None);
                self.name_op(n, Ctx::Store, h.pos)?;
                self.name_op(n, Ctx::Del, h.pos)?;
            }
            self.emit_jump(Op::Jump, next);
            // Raised in the body: [prev, orig, list, rest, lasti, exc]
            self.bind(cleanup_end);
            if let Some(n) = &h.name {
                self.load_const(Const::None);
                self.name_op(n, Ctx::Store, h.pos)?;
                self.name_op(n, Ctx::Del, h.pos)?;
            }
            self.emit(Opcode::LIST_APPEND, 3);
            self.emit(Opcode::POP_TOP, 0);
            self.emit_jump(Op::Jump, next);
            self.bind(no_match);
            self.emit(Opcode::POP_TOP, 0);
            self.bind(next);
        }
        self.u().fblocks.pop();
        // [prev, orig, list, rest] -> append rest, then merge.
        self.u().loc = Location::NONE;
        self.emit(Opcode::LIST_APPEND, 1);
        self.emit(
            Opcode::CALL_INTRINSIC_2,
            opcode::INTRINSIC_PREP_RERAISE_STAR,
        );
        self.emit(Opcode::COPY, 1);
        self.emit_cond_jump(Opcode::POP_JUMP_IF_NOT_NONE, reraise_star);
        // Nothing left to raise: [prev, None]
        self.emit(Opcode::POP_TOP, 0);
        self.emit_jump(Op::PopBlock, 0);
        self.emit(Opcode::POP_EXCEPT, 0);
        self.emit_jump(Op::Jump, end);
        self.bind(reraise_star);
        self.emit_jump(Op::PopBlock, 0);
        self.emit(Opcode::SWAP, 2);
        self.emit(Opcode::POP_EXCEPT, 0);
        self.emit(Opcode::RERAISE, 0);
        self.pop_except_and_reraise(cleanup);
        self.bind(orelse_l);
        self.stmts(orelse)?;
        self.bind(end);
        Ok(())
    }

    // ---- assignment ----

    fn assign(&mut self, targets: &'a [Expr], value: &'a Expr) -> CResult<()> {
        // `a, b = x, y` into distinct fast locals: no tuple (CPython's swap elimination).
        if let [t] = targets {
            if self.try_parallel_assign(t, value)? {
                return Ok(());
            }
        }
        self.expr(value)?;
        for (i, t) in targets.iter().enumerate() {
            if i + 1 < targets.len() {
                self.emit(Opcode::COPY, 1);
            }
            self.store(t)?;
        }
        Ok(())
    }

    fn try_parallel_assign(&mut self, t: &'a Expr, value: &'a Expr) -> CResult<bool> {
        let (ExprKind::Tuple { elts: ts, .. }, ExprKind::Tuple { elts: vs, .. }) =
            (&t.kind, &value.kind)
        else {
            return Ok(false);
        };
        if ts.len() != vs.len() || !(2..=3).contains(&ts.len()) {
            return Ok(false);
        }
        if vs
            .iter()
            .any(|v| matches!(v.kind, ExprKind::Starred { .. }))
        {
            return Ok(false);
        }
        let mut names: Vec<&str> = Vec::new();
        for t in ts {
            let ExprKind::Name { id, .. } = &t.kind else {
                return Ok(false);
            };
            if names.contains(&id.as_str()) || !self.is_fast_local(id) {
                return Ok(false);
            }
            names.push(id);
        }
        if self.fold_const(value).is_some() {
            return Ok(false);
        }
        for v in vs {
            self.expr(v)?;
        }
        self.set_loc(t.pos);
        for t in ts.iter().rev() {
            self.store(t)?;
        }
        Ok(true)
    }

    fn is_fast_local(&self, id: &str) -> bool {
        let u = self.ur();
        if matches!(u.kind, ScopeKind::Module | ScopeKind::Class) {
            return false;
        }
        match self.st.lookup(u.scope, &self.mangle(id)) {
            Some(s) => s.scope == NameScope::Local,
            None => false,
        }
    }

    /// Stores TOS into an assignment target.
    pub(crate) fn store(&mut self, t: &'a Expr) -> CResult<()> {
        self.check_stack(t.pos)?;
        match &t.kind {
            ExprKind::Name { id, .. } => {
                self.set_loc(t.pos);
                self.name_op(id, Ctx::Store, t.pos)
            }
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                self.set_loc(t.pos);
                let n = self.mangle(attr);
                let n = self.add_name(&n);
                self.emit(Opcode::STORE_ATTR, n);
                Ok(())
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                if let Some((lo, hi)) = two_part_slice(slice) {
                    self.slice_part(lo)?;
                    self.slice_part(hi)?;
                    self.set_loc(t.pos);
                    self.emit(Opcode::STORE_SLICE, 0);
                } else {
                    self.expr(slice)?;
                    self.set_loc(t.pos);
                    self.emit(Opcode::STORE_SUBSCR, 0);
                }
                Ok(())
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                self.set_loc(t.pos);
                self.unpack(elts, t.pos)?;
                for e in elts {
                    match &e.kind {
                        ExprKind::Starred { value, .. } => self.store(value)?,
                        _ => self.store(e)?,
                    }
                }
                Ok(())
            }
            ExprKind::Starred { value, .. } => self.store(value),
            _ => Err(self.error("cannot assign to expression", t.pos)),
        }
    }

    fn unpack(&mut self, elts: &[Expr], pos: Pos) -> CResult<()> {
        let star = elts
            .iter()
            .position(|e| matches!(e.kind, ExprKind::Starred { .. }));
        match star {
            Some(i) => {
                let after = elts.len() - i - 1;
                if i >= 256 || after >= (1 << 24) {
                    return Err(
                        self.error("too many expressions in star-unpacking assignment", pos)
                    );
                }
                self.emit(Opcode::UNPACK_EX, i as u32 | (after as u32) << 8);
            }
            None => self.emit(Opcode::UNPACK_SEQUENCE, elts.len() as u32),
        }
        Ok(())
    }

    fn delete(&mut self, t: &'a Expr) -> CResult<()> {
        self.set_loc(t.pos);
        match &t.kind {
            ExprKind::Name { id, .. } => self.name_op(id, Ctx::Del, t.pos),
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                self.set_loc(t.pos);
                let n = self.mangle(attr);
                let n = self.add_name(&n);
                self.emit(Opcode::DELETE_ATTR, n);
                Ok(())
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.set_loc(t.pos);
                self.emit(Opcode::DELETE_SUBSCR, 0);
                Ok(())
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                for e in elts {
                    self.delete(e)?;
                }
                Ok(())
            }
            _ => Err(self.error("cannot delete expression", t.pos)),
        }
    }

    fn aug_assign(&mut self, target: &'a Expr, op: Operator, value: &'a Expr) -> CResult<()> {
        let bop = binop_arg(op) + opcode::INPLACE;
        match &target.kind {
            ExprKind::Name { id, .. } => {
                self.name_op(id, Ctx::Load, target.pos)?;
                self.expr(value)?;
                self.set_loc(target.pos);
                self.emit(Opcode::BINARY_OP, bop);
                self.name_op(id, Ctx::Store, target.pos)?;
            }
            ExprKind::Attribute {
                value: obj, attr, ..
            } => {
                self.expr(obj)?;
                self.set_loc(target.pos);
                self.emit(Opcode::COPY, 1);
                let n = self.mangle(attr);
                let n = self.add_name(&n);
                self.emit(Opcode::LOAD_ATTR, n << 1);
                self.expr(value)?;
                self.set_loc(target.pos);
                self.emit(Opcode::BINARY_OP, bop);
                self.emit(Opcode::SWAP, 2);
                self.emit(Opcode::STORE_ATTR, n);
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                self.expr(obj)?;
                if let Some((lo, hi)) = two_part_slice(slice) {
                    self.slice_part(lo)?;
                    self.slice_part(hi)?;
                    self.set_loc(target.pos);
                    self.emit(Opcode::COPY, 3);
                    self.emit(Opcode::COPY, 3);
                    self.emit(Opcode::COPY, 3);
                    self.emit(Opcode::BINARY_SLICE, 0);
                    self.expr(value)?;
                    self.set_loc(target.pos);
                    self.emit(Opcode::BINARY_OP, bop);
                    self.emit(Opcode::SWAP, 4);
                    self.emit(Opcode::SWAP, 3);
                    self.emit(Opcode::SWAP, 2);
                    self.emit(Opcode::STORE_SLICE, 0);
                } else {
                    self.expr(slice)?;
                    self.set_loc(target.pos);
                    self.emit(Opcode::COPY, 2);
                    self.emit(Opcode::COPY, 2);
                    self.emit(Opcode::BINARY_SUBSCR, 0);
                    self.expr(value)?;
                    self.set_loc(target.pos);
                    self.emit(Opcode::BINARY_OP, bop);
                    self.emit(Opcode::SWAP, 3);
                    self.emit(Opcode::SWAP, 2);
                    self.emit(Opcode::STORE_SUBSCR, 0);
                }
            }
            _ => return Err(self.error("illegal expression for augmented assignment", target.pos)),
        }
        Ok(())
    }

    /// Pushes an annotation value: the expression, or its unparsed text under PEP 563.
    pub(crate) fn annotation(&mut self, e: &'a Expr) -> CResult<()> {
        if self.ur().future_annotations {
            // CPython's compiler walks the annotation before unparsing it: too deep is a
            // RecursionError there too.
            let nesting = self.max_nesting.saturating_sub(self.expr_depth);
            let Some(text) = unparse_with_stack(e, self.stack_base, self.stack_budget, nesting)
            else {
                return Err(self.too_deep(e.pos));
            };
            self.load_const(Const::Str(text.into()));
            Ok(())
        } else if let ExprKind::Starred { value, .. } = &e.kind {
            // `*args: *Ts` (PEP 646) evaluates to the single unpacked item.
            self.expr(value)?;
            self.emit(Opcode::UNPACK_SEQUENCE, 1);
            Ok(())
        } else {
            self.expr(e)
        }
    }

    fn ann_assign(
        &mut self,
        target: &'a Expr,
        annotation: &'a Expr,
        value: Option<&'a Expr>,
        simple: bool,
    ) -> CResult<()> {
        if let Some(v) = value {
            self.expr(v)?;
            self.store(target)?;
        }
        let module_or_class = matches!(self.ur().kind, ScopeKind::Module | ScopeKind::Class);
        match &target.kind {
            ExprKind::Name { id, .. } if simple => {
                if module_or_class {
                    self.annotation(annotation)?;
                    self.set_loc(target.pos);
                    let n = self.add_name("__annotations__");
                    self.emit(Opcode::LOAD_NAME, n);
                    let m = self.mangle(id);
                    self.load_const(Const::Str(m.into()));
                    self.emit(Opcode::STORE_SUBSCR, 0);
                }
            }
            _ => {
                if value.is_none() {
                    match &target.kind {
                        ExprKind::Attribute { value: obj, .. } => {
                            self.expr(obj)?;
                            self.emit(Opcode::POP_TOP, 0);
                        }
                        ExprKind::Subscript {
                            value: obj, slice, ..
                        } => {
                            self.expr(obj)?;
                            self.emit(Opcode::POP_TOP, 0);
                            self.expr(slice)?;
                            self.emit(Opcode::POP_TOP, 0);
                        }
                        _ => {}
                    }
                }
                if module_or_class && !self.ur().future_annotations {
                    self.expr(annotation)?;
                    self.emit(Opcode::POP_TOP, 0);
                }
            }
        }
        Ok(())
    }

    // ---- imports ----

    fn import(&mut self, names: &'a [Alias]) -> CResult<()> {
        for a in names {
            self.set_loc(a.pos);
            self.load_const(Const::Int(0));
            self.load_const(Const::None);
            let n = self.add_name(&a.name);
            self.emit(Opcode::IMPORT_NAME, n);
            match &a.asname {
                Some(asname) => {
                    let parts: Vec<&str> = a.name.split('.').collect();
                    if parts.len() > 1 {
                        for (i, p) in parts.iter().enumerate().skip(1) {
                            let k = self.add_name(p);
                            self.emit(Opcode::IMPORT_FROM, k);
                            if i + 1 < parts.len() {
                                self.emit(Opcode::SWAP, 2);
                                self.emit(Opcode::POP_TOP, 0);
                            }
                        }
                        self.store_name(asname, a.pos)?;
                        self.emit(Opcode::POP_TOP, 0);
                    } else {
                        self.store_name(asname, a.pos)?;
                    }
                }
                None => {
                    let first = a.name.split('.').next().unwrap_or("");
                    self.store_name(first, a.pos)?;
                }
            }
        }
        Ok(())
    }

    fn import_from(&mut self, module: Option<&str>, names: &'a [Alias], level: u32) -> CResult<()> {
        self.load_const(Const::Int(level as i64));
        let fromlist: Vec<Const> = names
            .iter()
            .map(|a| Const::Str(a.name.clone().into()))
            .collect();
        self.load_const(Const::Tuple(fromlist));
        let n = self.add_name(module.unwrap_or(""));
        self.emit(Opcode::IMPORT_NAME, n);
        if names.len() == 1 && names[0].name == "*" {
            self.emit(Opcode::CALL_INTRINSIC_1, opcode::INTRINSIC_IMPORT_STAR);
            self.emit(Opcode::POP_TOP, 0);
            return Ok(());
        }
        for a in names {
            self.set_loc(a.pos);
            let k = self.add_name(&a.name);
            self.emit(Opcode::IMPORT_FROM, k);
            let store = a.asname.as_deref().unwrap_or(&a.name);
            self.store_name(store, a.pos)?;
        }
        self.emit(Opcode::POP_TOP, 0);
        Ok(())
    }
}

/// `x[a:b]` without a step: compiled with BINARY_SLICE / STORE_SLICE.
pub(crate) fn two_part_slice(e: &Expr) -> Option<(Option<&Expr>, Option<&Expr>)> {
    match &e.kind {
        ExprKind::Slice {
            lower,
            upper,
            step: None,
        } => Some((lower.as_deref(), upper.as_deref())),
        _ => None,
    }
}

pub(crate) fn binop_arg(op: Operator) -> u32 {
    match op {
        Operator::Add => 0,
        Operator::BitAnd => 1,
        Operator::FloorDiv => 2,
        Operator::LShift => 3,
        Operator::MatMult => 4,
        Operator::Mult => 5,
        Operator::Mod => 6,
        Operator::BitOr => 7,
        Operator::Pow => 8,
        Operator::RShift => 9,
        Operator::Sub => 10,
        Operator::Div => 11,
        Operator::BitXor => 12,
    }
}
