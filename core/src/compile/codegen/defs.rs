//! Definitions that create code objects: functions, lambdas, classes, comprehensions, PEP 695
//! generics and type aliases.

use super::*;

impl<'a> Compiler<'a> {
    fn child_scope(&self, kind: ScopeKind, pos: Pos) -> CResult<usize> {
        self.st
            .scope_index_at(kind, pos.lineno, pos.col_offset)
            .ok_or_else(|| self.error("internal error: scope not found", pos))
    }

    fn decorators(&mut self, decos: &'a [Expr]) -> CResult<()> {
        for d in decos {
            self.expr(d)?;
        }
        Ok(())
    }

    fn apply_decorators(&mut self, decos: &'a [Expr]) {
        for d in decos.iter().rev() {
            self.set_loc(d.pos);
            self.emit(Opcode::CALL, 0);
        }
    }

    /// Pushes defaults and kw-defaults; returns the SET_FUNCTION_ATTRIBUTE flags.
    fn defaults(&mut self, args: &'a Arguments) -> CResult<u32> {
        let mut flags = 0;
        if !args.defaults.is_empty() {
            for d in &args.defaults {
                self.expr(d)?;
            }
            self.emit(Opcode::BUILD_TUPLE, args.defaults.len() as u32);
            flags |= opcode::FN_DEFAULTS;
        }
        let mut keys = Vec::new();
        for (a, d) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
            if let Some(d) = d {
                keys.push(Const::Str(self.mangle(&a.arg).into()));
                self.expr(d)?;
            }
        }
        if !keys.is_empty() {
            let n = keys.len() as u32;
            self.load_const(Const::Tuple(keys));
            self.emit(Opcode::BUILD_CONST_KEY_MAP, n);
            flags |= opcode::FN_KWDEFAULTS;
        }
        Ok(flags)
    }

    /// Pushes the annotations tuple (name, value, ...); returns the flag if there is one.
    fn annotations(&mut self, args: &'a Arguments, returns: Option<&'a Expr>) -> CResult<u32> {
        let mut n = 0;
        let all = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(args.vararg.as_ref())
            .chain(&args.kwonlyargs)
            .chain(args.kwarg.as_ref());
        for a in all {
            if let Some(ann) = &a.annotation {
                let name = self.mangle(&a.arg);
                self.load_const(Const::Str(name.into()));
                self.annotation(ann)?;
                n += 1;
            }
        }
        if let Some(r) = returns {
            self.load_const(Const::Str("return".into()));
            self.annotation(r)?;
            n += 1;
        }
        if n > 0 {
            self.emit(Opcode::BUILD_TUPLE, 2 * n);
            Ok(opcode::FN_ANNOTATIONS)
        } else {
            Ok(0)
        }
    }

    fn set_arg_counts(&mut self, args: &Arguments) {
        let u = self.u();
        u.posonlyargcount = args.posonlyargs.len() as u32;
        u.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
        u.kwonlyargcount = args.kwonlyargs.len() as u32;
    }

    pub(crate) fn function_def(&mut self, s: &'a Stmt, f: &'a FunctionDef) -> CResult<()> {
        self.decorators(&f.decorator_list)?;
        let firstlineno = f
            .decorator_list
            .first()
            .map(|d| d.pos.lineno)
            .unwrap_or(s.pos.lineno);
        self.set_loc(s.pos);
        if f.type_params.is_empty() {
            let mut flags = self.defaults(&f.args)?;
            flags |= self.annotations(&f.args, f.returns.as_ref())?;
            let code = self.function_body(s, f, firstlineno)?;
            self.set_loc(s.pos);
            self.make_closure(code, flags)?;
        } else {
            // Defaults are evaluated outside and passed to the type-params function.
            let tp_scope = self.child_scope(ScopeKind::TypeParams, s.pos)?;
            let qual = self.child_qualname(&f.name);
            let tp_name = format!("<generic parameters of {}>", f.name);
            let has_defaults = !f.args.defaults.is_empty();
            let has_kw = f.args.kw_defaults.iter().any(|d| d.is_some());
            let mut nargs = 0;
            let dflags = self.defaults(&f.args)?;
            if has_defaults {
                nargs += 1;
            }
            if has_kw {
                nargs += 1;
            }
            self.enter_unit(tp_scope, &tp_name, &tp_name, firstlineno, s.pos)?;
            {
                let u = self.u();
                u.qualname = format!("{qual}.{tp_name}");
                let mut params = Vec::new();
                if has_defaults {
                    params.push(String::from(".defaults"));
                }
                if has_kw {
                    params.push(String::from(".kwdefaults"));
                }
                for (i, p) in params.into_iter().enumerate() {
                    u.varnames.insert(i, p);
                }
                u.argcount = nargs;
            }
            self.type_params(&f.type_params)?;
            if has_defaults {
                let i = self.localsplus_index(".defaults", false).unwrap_or(0);
                self.emit(Opcode::LOAD_FAST, i);
            }
            if has_kw {
                let i = self.localsplus_index(".kwdefaults", false).unwrap_or(0);
                self.emit(Opcode::LOAD_FAST, i);
            }
            let mut flags = dflags;
            flags |= self.annotations(&f.args, f.returns.as_ref())?;
            let code = self.function_body(s, f, firstlineno)?;
            self.set_loc(s.pos);
            self.make_closure(code, flags)?;
            self.emit(Opcode::SWAP, 2);
            self.emit(
                Opcode::CALL_INTRINSIC_2,
                opcode::INTRINSIC_SET_FUNCTION_TYPE_PARAMS,
            );
            self.emit(Opcode::RETURN_VALUE, 0);
            let tp_code = self.leave_unit()?;
            self.set_loc(s.pos);
            // [defaults..] -> make the generic function under them, then call it.
            self.make_closure(tp_code, 0)?;
            if nargs > 0 {
                // Move the function below its arguments: [args.., f] -> [f, args..].
                self.emit(Opcode::SWAP, nargs + 1);
                if nargs == 2 {
                    // [f, kw, d] -> [f, d, kw]
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::CALL, nargs - 1);
            } else {
                self.emit(Opcode::PUSH_NULL, 0);
                self.emit(Opcode::CALL, 0);
            }
        }
        self.apply_decorators(&f.decorator_list);
        // The store is on the `def`/`class` line (as 3.11), not the decorator's.
        self.set_loc(s.pos);
        self.store_name(&f.name, s.pos)
    }

    fn function_body(
        &mut self,
        s: &'a Stmt,
        f: &'a FunctionDef,
        firstlineno: u32,
    ) -> CResult<CodeUnit> {
        let scope = self.child_scope(ScopeKind::Function, s.pos)?;
        let qual = self.child_qualname(&f.name);
        self.enter_unit(scope, &f.name, &qual, firstlineno, s.pos)?;
        self.set_arg_counts(&f.args);
        let mut body: &'a [Stmt] = &f.body;
        match f.body.first().and_then(docstring) {
            Some(doc) if self.optimize < 2 => {
                self.add_const(Const::Str(clean_doc(doc).into()));
                body = &f.body[1..];
            }
            Some(_) => {
                self.add_const(Const::None);
                body = &f.body[1..];
            }
            None => {
                self.add_const(Const::None);
            }
        }
        self.stmts(body)?;
        // As 3.11: the implicit `return None` has no location of its own and takes the line
        // of the code before it (the assembler propagates it), which tracing reports.
        self.u().loc = Location::NONE;
        self.return_none();
        self.leave_unit()
    }

    pub(crate) fn lambda(
        &mut self,
        e: &'a Expr,
        args: &'a Arguments,
        body: &'a Expr,
    ) -> CResult<()> {
        let flags = self.defaults(args)?;
        let scope = self.child_scope(ScopeKind::Lambda, e.pos)?;
        let qual = self.child_qualname("<lambda>");
        self.enter_unit(scope, "<lambda>", &qual, e.pos.lineno, e.pos)?;
        self.set_arg_counts(args);
        self.add_const(Const::None);
        self.expr(body)?;
        if self.scope().is_generator {
            // A lambda containing yield: the value is discarded.
            self.emit(Opcode::POP_TOP, 0);
            self.load_const(Const::None);
        }
        self.set_loc(body.pos);
        self.emit(Opcode::RETURN_VALUE, 0);
        let code = self.leave_unit()?;
        self.set_loc(e.pos);
        self.make_closure(code, flags)
    }

    pub(crate) fn class_def(&mut self, s: &'a Stmt, c: &'a ClassDef) -> CResult<()> {
        self.decorators(&c.decorator_list)?;
        let firstlineno = c
            .decorator_list
            .first()
            .map(|d| d.pos.lineno)
            .unwrap_or(s.pos.lineno);
        self.set_loc(s.pos);
        if c.type_params.is_empty() {
            let code = self.class_body(s, c, firstlineno)?;
            self.set_loc(s.pos);
            self.emit(Opcode::LOAD_BUILD_CLASS, 0);
            self.emit(Opcode::PUSH_NULL, 0);
            self.make_closure(code, 0)?;
            self.load_const(Const::Str(c.name.clone().into()));
            self.call_helper(2, &c.bases, &c.keywords, None)?;
        } else {
            let tp_scope = self.child_scope(ScopeKind::TypeParams, s.pos)?;
            let qual = self.child_qualname(&c.name);
            let tp_name = format!("<generic parameters of {}>", c.name);
            self.enter_unit(tp_scope, &tp_name, &tp_name, firstlineno, s.pos)?;
            self.u().qualname = format!("{qual}.{tp_name}");
            self.type_params(&c.type_params)?;
            self.name_op(".type_params", Ctx::Store, s.pos)?;
            let code = self.class_body(s, c, firstlineno)?;
            self.set_loc(s.pos);
            self.emit(Opcode::LOAD_BUILD_CLASS, 0);
            self.emit(Opcode::PUSH_NULL, 0);
            self.make_closure(code, 0)?;
            self.load_const(Const::Str(c.name.clone().into()));
            self.name_op(".type_params", Ctx::Load, s.pos)?;
            self.emit(
                Opcode::CALL_INTRINSIC_1,
                opcode::INTRINSIC_SUBSCRIPT_GENERIC,
            );
            self.name_op(".generic_base", Ctx::Store, s.pos)?;
            self.call_helper(2, &c.bases, &c.keywords, Some(".generic_base"))?;
            self.emit(Opcode::RETURN_VALUE, 0);
            let tp_code = self.leave_unit()?;
            self.set_loc(s.pos);
            self.make_closure(tp_code, 0)?;
            self.emit(Opcode::PUSH_NULL, 0);
            self.emit(Opcode::CALL, 0);
        }
        self.apply_decorators(&c.decorator_list);
        // The store is on the `def`/`class` line (as 3.11), not the decorator's.
        self.set_loc(s.pos);
        self.store_name(&c.name, s.pos)
    }

    fn class_body(&mut self, s: &'a Stmt, c: &'a ClassDef, firstlineno: u32) -> CResult<CodeUnit> {
        let scope = self.child_scope(ScopeKind::Class, s.pos)?;
        let qual = self.child_qualname(&c.name);
        self.enter_unit(scope, &c.name, &qual, firstlineno, s.pos)?;
        self.set_loc(s.pos);
        self.name_op("__name__", Ctx::Load, s.pos)?;
        self.store_name("__module__", s.pos)?;
        self.load_const(Const::Str(qual.into()));
        self.store_name("__qualname__", s.pos)?;
        if !c.type_params.is_empty() {
            self.name_op(".type_params", Ctx::Load, s.pos)?;
            self.store_name("__type_params__", s.pos)?;
        }
        if find_annotations(&c.body) {
            self.emit(Opcode::SETUP_ANNOTATIONS, 0);
        }
        self.body_with_docstring(&c.body, true)?;
        self.u().loc = Location::NONE;
        if self.scope().needs_class_closure {
            let i = self.localsplus_index("__class__", true).unwrap_or(0);
            self.emit(Opcode::LOAD_FAST, i);
            self.emit(Opcode::COPY, 1);
            self.store_name("__classcell__", s.pos)?;
            self.emit(Opcode::RETURN_VALUE, 0);
        } else {
            self.return_none();
        }
        self.leave_unit()
    }

    /// Creates the type parameters in a type-params unit and leaves their tuple on the stack.
    fn type_params(&mut self, tps: &'a [TypeParam]) -> CResult<()> {
        for tp in tps {
            self.set_loc(tp.pos);
            match &tp.kind {
                TypeParamKind::TypeVar { name, bound } => {
                    self.load_const(Const::Str(name.clone().into()));
                    match bound {
                        Some(b) => {
                            let scope = self.child_scope(ScopeKind::TypeAlias, b.pos)?;
                            self.enter_unit(scope, name, name, b.pos.lineno, b.pos)?;
                            self.u().argcount = 0;
                            self.expr(b)?;
                            self.emit(Opcode::RETURN_VALUE, 0);
                            let code = self.leave_unit()?;
                            self.make_closure(code, 0)?;
                            let which = if matches!(b.kind, ExprKind::Tuple { .. }) {
                                opcode::INTRINSIC_TYPEVAR_WITH_CONSTRAINTS
                            } else {
                                opcode::INTRINSIC_TYPEVAR_WITH_BOUND
                            };
                            self.emit(Opcode::CALL_INTRINSIC_2, which);
                        }
                        None => self.emit(Opcode::CALL_INTRINSIC_1, opcode::INTRINSIC_TYPEVAR),
                    }
                    self.emit(Opcode::COPY, 1);
                    self.name_op(name, Ctx::Store, tp.pos)?;
                }
                TypeParamKind::ParamSpec { name } => {
                    self.load_const(Const::Str(name.clone().into()));
                    self.emit(Opcode::CALL_INTRINSIC_1, opcode::INTRINSIC_PARAMSPEC);
                    self.emit(Opcode::COPY, 1);
                    self.name_op(name, Ctx::Store, tp.pos)?;
                }
                TypeParamKind::TypeVarTuple { name } => {
                    self.load_const(Const::Str(name.clone().into()));
                    self.emit(Opcode::CALL_INTRINSIC_1, opcode::INTRINSIC_TYPEVARTUPLE);
                    self.emit(Opcode::COPY, 1);
                    self.name_op(name, Ctx::Store, tp.pos)?;
                }
            }
        }
        self.emit(Opcode::BUILD_TUPLE, tps.len() as u32);
        Ok(())
    }

    pub(crate) fn type_alias(
        &mut self,
        s: &'a Stmt,
        name: &'a Expr,
        tps: &'a [TypeParam],
        value: &'a Expr,
    ) -> CResult<()> {
        let ExprKind::Name { id, .. } = &name.kind else {
            return Err(self.error("internal error: type alias name", s.pos));
        };
        let generic = !tps.is_empty();
        if generic {
            let tp_scope = self.child_scope(ScopeKind::TypeParams, s.pos)?;
            let tp_name = format!("<generic parameters of {id}>");
            self.enter_unit(tp_scope, &tp_name, &tp_name, s.pos.lineno, s.pos)?;
            self.load_const(Const::Str(id.clone().into()));
            self.type_params(tps)?;
        } else {
            self.load_const(Const::Str(id.clone().into()));
            self.load_const(Const::None);
        }
        let scope = self.child_scope(ScopeKind::TypeAlias, value.pos)?;
        self.enter_unit(scope, id, id, value.pos.lineno, value.pos)?;
        self.expr(value)?;
        self.emit(Opcode::RETURN_VALUE, 0);
        let code = self.leave_unit()?;
        self.set_loc(s.pos);
        self.make_closure(code, 0)?;
        self.emit(Opcode::BUILD_TUPLE, 3);
        self.emit(Opcode::CALL_INTRINSIC_1, opcode::INTRINSIC_TYPEALIAS);
        if generic {
            self.emit(Opcode::RETURN_VALUE, 0);
            let code = self.leave_unit()?;
            self.set_loc(s.pos);
            self.make_closure(code, 0)?;
            self.emit(Opcode::PUSH_NULL, 0);
            self.emit(Opcode::CALL, 0);
        }
        self.store_name(id, s.pos)
    }

    /// A comprehension or generator expression: its own code object called with the first
    /// iterator (3.11 style).
    pub(crate) fn comprehension(
        &mut self,
        e: &'a Expr,
        name: &str,
        gens: &'a [Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CResult<()> {
        let Some(first) = gens.first() else {
            return Err(self.error("internal error: empty comprehension", e.pos));
        };
        let scope = self.child_scope(ScopeKind::Comprehension, e.pos)?;
        let is_gen = matches!(e.kind, ExprKind::GeneratorExp { .. });
        let sc = &self.st.scopes[scope];
        let is_async = sc.is_coroutine;
        let qual = self.child_qualname(name);
        self.enter_unit(scope, name, &qual, e.pos.lineno, e.pos)?;
        self.u().argcount = 1;
        if !is_gen {
            let op = match e.kind {
                ExprKind::ListComp { .. } => Opcode::BUILD_LIST,
                ExprKind::SetComp { .. } => Opcode::BUILD_SET,
                _ => Opcode::BUILD_MAP,
            };
            self.emit(op, 0);
        }
        self.comp_generator(e, gens, 0, elt, value, is_gen)?;
        self.set_loc(e.pos);
        if is_gen {
            self.return_none();
        } else {
            self.emit(Opcode::RETURN_VALUE, 0);
        }
        let code = self.leave_unit()?;
        self.set_loc(e.pos);
        self.make_closure(code, 0)?;
        self.expr(&first.iter)?;
        self.set_loc(e.pos);
        if first.is_async {
            self.emit(Opcode::GET_AITER, 0);
        } else {
            self.emit(Opcode::GET_ITER, 0);
        }
        self.emit(Opcode::CALL, 0);
        if is_async && !is_gen {
            self.emit(Opcode::GET_AWAITABLE, 0);
            self.load_const(Const::None);
            self.yield_from_loop(opcode::RESUME_AFTER_AWAIT);
        }
        Ok(())
    }

    fn comp_generator(
        &mut self,
        e: &'a Expr,
        gens: &'a [Comprehension],
        depth: usize,
        elt: &'a Expr,
        value: Option<&'a Expr>,
        is_gen: bool,
    ) -> CResult<()> {
        let g = &gens[depth];
        let start = self.new_label();
        let if_cleanup = self.new_label();
        let anchor = self.new_label();
        if depth == 0 {
            let i = self.localsplus_index(".0", false).unwrap_or(0);
            self.emit(Opcode::LOAD_FAST, i);
        } else {
            self.expr(&g.iter)?;
            self.set_loc(g.iter.pos);
            self.emit(
                if g.is_async {
                    Opcode::GET_AITER
                } else {
                    Opcode::GET_ITER
                },
                0,
            );
        }
        self.bind(start);
        if g.is_async {
            self.emit_jump(Op::SetupFinally, anchor);
            self.emit(Opcode::GET_ANEXT, 0);
            self.load_const(Const::None);
            self.yield_from_loop(opcode::RESUME_AFTER_AWAIT);
            self.emit_jump(Op::PopBlock, 0);
        } else {
            self.emit_cond_jump(Opcode::FOR_ITER, anchor);
        }
        self.store(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, false, if_cleanup)?;
        }
        if depth + 1 < gens.len() {
            self.comp_generator(e, gens, depth + 1, elt, value, is_gen)?;
        } else {
            // The collection sits below one iterator per generator.
            let d = gens.len() as u32 + 1;
            match &e.kind {
                ExprKind::GeneratorExp { .. } => {
                    self.expr(elt)?;
                    if self.ur().flags & CO_ASYNC_GENERATOR != 0 {
                        self.emit(Opcode::CALL_INTRINSIC_1, opcode::INTRINSIC_ASYNC_GEN_WRAP);
                    }
                    self.emit(Opcode::YIELD_VALUE, 0);
                    self.emit(Opcode::RESUME, opcode::RESUME_AFTER_YIELD);
                    self.emit(Opcode::POP_TOP, 0);
                }
                ExprKind::ListComp { .. } => {
                    self.expr(elt)?;
                    self.emit(Opcode::LIST_APPEND, d);
                }
                ExprKind::SetComp { .. } => {
                    self.expr(elt)?;
                    self.emit(Opcode::SET_ADD, d);
                }
                _ => {
                    self.expr(elt)?;
                    if let Some(v) = value {
                        self.expr(v)?;
                    }
                    self.emit(Opcode::MAP_ADD, d);
                }
            }
        }
        self.bind(if_cleanup);
        self.emit_jump(Op::Jump, start);
        self.bind(anchor);
        self.set_loc(e.pos);
        if g.is_async {
            self.emit(Opcode::END_ASYNC_FOR, 0);
        } else {
            self.emit(Opcode::END_FOR, 0);
            self.emit(Opcode::POP_TOP, 0);
        }
        let _ = is_gen;
        Ok(())
    }
}
