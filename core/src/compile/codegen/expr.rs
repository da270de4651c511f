//! Expressions, calls, conditional jumps.

use super::fold::ast_const;
use super::stmt::{binop_arg, two_part_slice};
use super::*;

fn cmp_arg(op: CmpOp) -> Option<u32> {
    let i = match op {
        CmpOp::Lt => 0,
        CmpOp::LtE => 1,
        CmpOp::Eq => 2,
        CmpOp::NotEq => 3,
        CmpOp::Gt => 4,
        CmpOp::GtE => 5,
        _ => return None,
    };
    Some(i << 5 | opcode::COMPARE_MASKS[i as usize])
}

fn is_starred(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Starred { .. })
}

impl<'a> Compiler<'a> {
    pub(crate) fn expr(&mut self, e: &'a Expr) -> CResult<()> {
        if self.expr_depth >= self.max_nesting {
            return Err(self.too_deep(e.pos));
        }
        self.expr_depth += 1;
        let r = self.expr_nested(e);
        self.expr_depth -= 1;
        r
    }

    /// A left-leaning operator chain (`a + b + c`), generated with a loop so a long one needs no
    /// native recursion; each operand still counts at the nesting depth CPython gives it.
    fn binop_chain(&mut self, e: &'a Expr) -> CResult<()> {
        // The chain's operator nodes, outermost first; `e` itself is at `expr_depth - 1`, its
        // leftmost operand `spine.len()` levels below it.
        let base = self.expr_depth;
        let mut spine: Vec<&'a Expr> = Vec::new();
        let mut leaf = e;
        while let ExprKind::BinOp { left, .. } = &leaf.kind {
            spine.push(leaf);
            leaf = left;
        }
        if base - 1 + spine.len() >= self.max_nesting {
            return Err(self.too_deep(e.pos));
        }
        // Fold the longest constant prefix bottom-up, each step from the last one's value (a
        // fold per node from scratch would be quadratic in the chain's length).
        let mut folded: Option<(usize, Const)> = None;
        let mut acc = self.fold_const(leaf);
        for (k, node) in spine.iter().enumerate().rev() {
            let (Some(l), ExprKind::BinOp { op, right, .. }) = (&acc, &node.kind) else {
                break;
            };
            acc = self
                .fold_const(right)
                .and_then(|r| super::fold::fold_binary(l, *op, &r));
            if let Some(c) = &acc {
                folded = Some((k, c.clone()));
            }
        }
        let result = match folded {
            Some((k, c)) => {
                self.expr_depth = base + k;
                self.set_loc(spine[k].pos);
                self.load_const(c);
                self.binop_spine(&spine[..k], base)
            }
            None => {
                self.expr_depth = base + spine.len() - 1;
                self.expr(leaf)
                    .and_then(|()| self.binop_spine(&spine, base))
            }
        };
        self.expr_depth = base;
        result
    }

    /// Applies the chain's operators above its (already pushed) leftmost operand, innermost
    /// first: `spine` is outermost first.
    fn binop_spine(&mut self, spine: &[&'a Expr], base: usize) -> CResult<()> {
        for (level, node) in spine.iter().enumerate().rev() {
            if let ExprKind::BinOp { op, right, .. } = &node.kind {
                self.expr_depth = base + level;
                self.expr(right)?;
                self.set_loc(node.pos);
                self.emit(Opcode::BINARY_OP, binop_arg(*op));
            }
        }
        Ok(())
    }

    fn expr_nested(&mut self, e: &'a Expr) -> CResult<()> {
        self.check_stack(e.pos)?;
        // Left-leaning operator chains are walked without recursion (a 10 MB `a+a+...`).
        if let ExprKind::BinOp { .. } = &e.kind {
            return self.binop_chain(e);
        }
        self.set_loc(e.pos);
        match &e.kind {
            ExprKind::BoolOp { op, values } => {
                let end = self.new_label();
                let jump = match op {
                    BoolOp::And => Opcode::POP_JUMP_IF_FALSE,
                    BoolOp::Or => Opcode::POP_JUMP_IF_TRUE,
                };
                for (i, v) in values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < values.len() {
                        self.set_loc(e.pos);
                        self.emit(Opcode::COPY, 1);
                        self.emit(Opcode::TO_BOOL, 0);
                        self.emit_cond_jump(jump, end);
                        self.emit(Opcode::POP_TOP, 0);
                    }
                }
                self.bind(end);
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.set_loc(e.pos);
                self.emit(Opcode::COPY, 1);
                self.store(target)?;
            }
            ExprKind::BinOp { .. } => {}
            ExprKind::UnaryOp { op, operand } => {
                if let Some(c) = self.fold_const(e) {
                    self.load_const(c);
                    return Ok(());
                }
                self.expr(operand)?;
                self.set_loc(e.pos);
                match op {
                    UnaryOp::Invert => self.emit(Opcode::UNARY_INVERT, 0),
                    UnaryOp::USub => self.emit(Opcode::UNARY_NEGATIVE, 0),
                    UnaryOp::UAdd => {
                        self.emit(Opcode::CALL_INTRINSIC_1, opcode::INTRINSIC_UNARY_POSITIVE)
                    }
                    UnaryOp::Not => {
                        self.emit(Opcode::TO_BOOL, 0);
                        self.emit(Opcode::UNARY_NOT, 0);
                    }
                }
            }
            ExprKind::Lambda { args, body } => self.lambda(e, args, body)?,
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_label();
                let next = self.new_label();
                self.jump_if(test, false, next)?;
                self.expr(body)?;
                self.emit_jump(Op::Jump, end);
                self.bind(next);
                self.expr(orelse)?;
                self.bind(end);
            }
            ExprKind::Dict { keys, values } => self.dict(keys, values)?,
            ExprKind::Set(elts) => self.sequence(e, elts, Opcode::BUILD_SET)?,
            ExprKind::List { elts, .. } => self.sequence(e, elts, Opcode::BUILD_LIST)?,
            ExprKind::Tuple { elts, .. } => {
                if let Some(c) = self.fold_const(e) {
                    self.load_const(c);
                } else {
                    self.sequence(e, elts, Opcode::BUILD_TUPLE)?;
                }
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, "<listcomp>", generators, elt, None)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, "<setcomp>", generators, elt, None)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, "<dictcomp>", generators, key, Some(value))?,
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, "<genexpr>", generators, elt, None)?
            }
            ExprKind::Await(v) => {
                self.expr(v)?;
                self.set_loc(e.pos);
                self.emit(Opcode::GET_AWAITABLE, 0);
                self.load_const(Const::None);
                self.yield_from_loop(opcode::RESUME_AFTER_AWAIT);
            }
            ExprKind::Yield(v) => {
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Const::None),
                }
                self.set_loc(e.pos);
                if self.ur().flags & CO_ASYNC_GENERATOR != 0 {
                    self.emit(Opcode::CALL_INTRINSIC_1, opcode::INTRINSIC_ASYNC_GEN_WRAP);
                }
                self.emit(Opcode::YIELD_VALUE, 0);
                self.emit(Opcode::RESUME, opcode::RESUME_AFTER_YIELD);
            }
            ExprKind::YieldFrom(v) => {
                self.expr(v)?;
                self.set_loc(e.pos);
                self.emit(Opcode::GET_YIELD_FROM_ITER, 0);
                self.load_const(Const::None);
                self.yield_from_loop(opcode::RESUME_AFTER_YIELD_FROM);
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compare(e, left, ops, comparators)?,
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(e, func, args, keywords)?,
            ExprKind::FormattedValue { .. } => self.formatted_value(e)?,
            ExprKind::JoinedStr(parts) => {
                if parts.is_empty() {
                    self.load_const(Const::Str(String::new().into()));
                } else {
                    for p in parts {
                        self.expr(p)?;
                    }
                    if parts.len() > 1 {
                        self.set_loc(e.pos);
                        self.emit(Opcode::BUILD_STRING, parts.len() as u32);
                    }
                }
            }
            ExprKind::Constant { value, .. } => self.load_const(ast_const(value)),
            ExprKind::Attribute { value, attr, .. } => {
                if let Some(()) = self.try_super_attr(e, value, attr, false)? {
                    return Ok(());
                }
                self.expr(value)?;
                self.set_loc(e.pos);
                let n = self.mangle(attr);
                let n = self.add_name(&n);
                self.emit(Opcode::LOAD_ATTR, n << 1);
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                if let Some((lo, hi)) = two_part_slice(slice) {
                    self.slice_part(lo)?;
                    self.slice_part(hi)?;
                    self.set_loc(e.pos);
                    self.emit(Opcode::BINARY_SLICE, 0);
                } else {
                    self.expr(slice)?;
                    self.set_loc(e.pos);
                    self.emit(Opcode::BINARY_SUBSCR, 0);
                }
            }
            ExprKind::Starred { .. } => {
                return Err(self.error("can't use starred expression here", e.pos));
            }
            ExprKind::Name { id, ctx } => self.name_op(id, *ctx, e.pos)?,
            ExprKind::Slice { lower, upper, step } => {
                self.slice_part(lower.as_deref())?;
                self.slice_part(upper.as_deref())?;
                let mut n = 2;
                if let Some(s) = step {
                    self.expr(s)?;
                    n = 3;
                }
                self.set_loc(e.pos);
                self.emit(Opcode::BUILD_SLICE, n);
            }
        }
        Ok(())
    }

    pub(crate) fn slice_part(&mut self, e: Option<&'a Expr>) -> CResult<()> {
        match e {
            Some(e) => self.expr(e),
            None => {
                self.load_const(Const::None);
                Ok(())
            }
        }
    }

    fn formatted_value(&mut self, e: &'a Expr) -> CResult<()> {
        let ExprKind::FormattedValue {
            value,
            conversion,
            format_spec,
        } = &e.kind
        else {
            return Ok(());
        };
        self.expr(value)?;
        self.set_loc(e.pos);
        let conv = match *conversion {
            c if c == 's' as i32 => 1,
            c if c == 'r' as i32 => 2,
            c if c == 'a' as i32 => 3,
            _ => 0,
        };
        if conv != 0 {
            self.emit(Opcode::CONVERT_VALUE, conv);
        }
        match format_spec {
            Some(spec) => {
                self.expr(spec)?;
                self.set_loc(e.pos);
                self.emit(Opcode::FORMAT_WITH_SPEC, 0);
            }
            None => self.emit(Opcode::FORMAT_SIMPLE, 0),
        }
        Ok(())
    }

    /// Lists, tuples and sets, with starred items and CPython's constant shortcuts.
    fn sequence(&mut self, e: &'a Expr, elts: &'a [Expr], build: Opcode) -> CResult<()> {
        let has_star = elts.iter().any(is_starred);
        if !has_star && elts.len() > 2 && build != Opcode::BUILD_TUPLE {
            let consts: Option<Vec<Const>> = elts.iter().map(|x| self.fold_const(x)).collect();
            if let Some(items) = consts {
                self.set_loc(e.pos);
                if build == Opcode::BUILD_LIST {
                    self.emit(Opcode::BUILD_LIST, 0);
                    self.load_const(Const::Tuple(items));
                    self.emit(Opcode::LIST_EXTEND, 1);
                } else {
                    self.emit(Opcode::BUILD_SET, 0);
                    self.load_const(Const::FrozenSet(items));
                    self.emit(Opcode::SET_UPDATE, 1);
                }
                return Ok(());
            }
        }
        if !has_star {
            for x in elts {
                self.expr(x)?;
            }
            self.set_loc(e.pos);
            self.emit(build, elts.len() as u32);
            return Ok(());
        }
        // With starred items: build a list (set) incrementally.
        let (start, append, extend) = if build == Opcode::BUILD_SET {
            (Opcode::BUILD_SET, Opcode::SET_ADD, Opcode::SET_UPDATE)
        } else {
            (Opcode::BUILD_LIST, Opcode::LIST_APPEND, Opcode::LIST_EXTEND)
        };
        let lead = elts.iter().take_while(|x| !is_starred(x)).count();
        for x in &elts[..lead] {
            self.expr(x)?;
        }
        self.set_loc(e.pos);
        self.emit(start, lead as u32);
        for x in &elts[lead..] {
            match &x.kind {
                ExprKind::Starred { value, .. } => {
                    self.expr(value)?;
                    self.set_loc(e.pos);
                    self.emit(extend, 1);
                }
                _ => {
                    self.expr(x)?;
                    self.set_loc(e.pos);
                    self.emit(append, 1);
                }
            }
        }
        if build == Opcode::BUILD_TUPLE {
            self.emit(Opcode::CALL_INTRINSIC_1, opcode::INTRINSIC_LIST_TO_TUPLE);
        }
        Ok(())
    }

    fn dict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> CResult<()> {
        let n = keys.len();
        let has_unpack = keys.iter().any(|k| k.is_none());
        if !has_unpack {
            let const_keys: Option<Vec<Const>> = keys
                .iter()
                .map(|k| k.as_ref().and_then(|k| self.fold_const(k)))
                .collect();
            if let Some(ks) = const_keys.filter(|ks| ks.len() > 1) {
                for v in values {
                    self.expr(v)?;
                }
                self.load_const(Const::Tuple(ks));
                self.emit(Opcode::BUILD_CONST_KEY_MAP, n as u32);
                return Ok(());
            }
            for (k, v) in keys.iter().zip(values) {
                if let Some(k) = k {
                    self.expr(k)?;
                }
                self.expr(v)?;
            }
            self.emit(Opcode::BUILD_MAP, n as u32);
            return Ok(());
        }
        let mut pending = 0u32;
        let mut built = false;
        for (k, v) in keys.iter().zip(values) {
            match k {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    pending += 1;
                }
                None => {
                    if pending > 0 || !built {
                        self.emit(Opcode::BUILD_MAP, pending);
                        if built {
                            self.emit(Opcode::DICT_UPDATE, 1);
                        }
                        built = true;
                        pending = 0;
                    }
                    self.expr(v)?;
                    self.emit(Opcode::DICT_UPDATE, 1);
                }
            }
        }
        if pending > 0 {
            self.emit(Opcode::BUILD_MAP, pending);
            self.emit(Opcode::DICT_UPDATE, 1);
        }
        Ok(())
    }

    fn compare(
        &mut self,
        e: &'a Expr,
        left: &'a Expr,
        ops: &'a [CmpOp],
        comparators: &'a [Expr],
    ) -> CResult<()> {
        self.expr(left)?;
        if ops.len() == 1 {
            self.compare_rhs(&comparators[0], ops[0])?;
            self.set_loc(e.pos);
            self.emit_compare(ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        let n = ops.len();
        for i in 0..n - 1 {
            // A middle operand is also the next comparison's left side, so it must keep its
            // real value: no `in [consts]` -> tuple rewrite here.
            self.expr(&comparators[i])?;
            self.set_loc(e.pos);
            self.emit(Opcode::SWAP, 2);
            self.emit(Opcode::COPY, 2);
            self.emit_compare(ops[i]);
            self.emit(Opcode::COPY, 1);
            self.emit(Opcode::TO_BOOL, 0);
            self.emit_cond_jump(Opcode::POP_JUMP_IF_FALSE, cleanup);
            self.emit(Opcode::POP_TOP, 0);
        }
        self.compare_rhs(&comparators[n - 1], ops[n - 1])?;
        self.set_loc(e.pos);
        self.emit_compare(ops[n - 1]);
        self.emit_jump(Op::Jump, end);
        self.bind(cleanup);
        self.emit(Opcode::SWAP, 2);
        self.emit(Opcode::POP_TOP, 0);
        self.bind(end);
        Ok(())
    }

    /// The right operand of a comparison; `in [consts]` / `in {consts}` load a tuple or
    /// frozenset constant.
    fn compare_rhs(&mut self, r: &'a Expr, op: CmpOp) -> CResult<()> {
        if matches!(op, CmpOp::In | CmpOp::NotIn) {
            let (elts, set) = match &r.kind {
                ExprKind::List { elts, .. } => (Some(elts), false),
                ExprKind::Set(elts) => (Some(elts), true),
                _ => (None, false),
            };
            if let Some(elts) = elts {
                let consts: Option<Vec<Const>> = elts.iter().map(|x| self.fold_const(x)).collect();
                if let Some(items) = consts {
                    self.set_loc(r.pos);
                    self.load_const(if set {
                        Const::FrozenSet(items)
                    } else {
                        Const::Tuple(items)
                    });
                    return Ok(());
                }
                if !set && !elts.iter().any(is_starred) {
                    for x in elts.iter() {
                        self.expr(x)?;
                    }
                    self.emit(Opcode::BUILD_TUPLE, elts.len() as u32);
                    return Ok(());
                }
            }
        }
        self.expr(r)
    }

    fn emit_compare(&mut self, op: CmpOp) {
        match op {
            CmpOp::Is => self.emit(Opcode::IS_OP, 0),
            CmpOp::IsNot => self.emit(Opcode::IS_OP, 1),
            CmpOp::In => self.emit(Opcode::CONTAINS_OP, 0),
            CmpOp::NotIn => self.emit(Opcode::CONTAINS_OP, 1),
            _ => {
                let a = cmp_arg(op).unwrap_or(0);
                self.emit(Opcode::COMPARE_OP, a);
            }
        }
    }

    /// Jumps to `target` if the truth of `e` equals `cond`; otherwise falls through.
    pub(crate) fn jump_if(&mut self, e: &'a Expr, cond: bool, target: Label) -> CResult<()> {
        self.check_stack(e.pos)?;
        match &e.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => return self.jump_if(operand, !cond, target),
            ExprKind::BoolOp { op, values } => {
                let is_or = *op == BoolOp::Or;
                let (last, rest) = match values.split_last() {
                    Some(x) => x,
                    None => return Ok(()),
                };
                let next2 = if is_or != cond {
                    self.new_label()
                } else {
                    target
                };
                for v in rest {
                    self.jump_if(v, is_or, next2)?;
                }
                self.jump_if(last, cond, target)?;
                if next2 != target {
                    self.bind(next2);
                }
                return Ok(());
            }
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_label();
                let next2 = self.new_label();
                self.jump_if(test, false, next2)?;
                self.jump_if(body, cond, target)?;
                self.emit_jump(Op::Jump, end);
                self.bind(next2);
                self.jump_if(orelse, cond, target)?;
                self.bind(end);
                return Ok(());
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } if ops.len() == 1 => {
                let op = ops[0];
                let r = &comparators[0];
                if matches!(op, CmpOp::Is | CmpOp::IsNot)
                    && matches!(
                        r.kind,
                        ExprKind::Constant {
                            value: Constant::None,
                            ..
                        }
                    )
                {
                    self.expr(left)?;
                    self.set_loc(e.pos);
                    let is_none = (op == CmpOp::Is) == cond;
                    self.emit_cond_jump(
                        if is_none {
                            Opcode::POP_JUMP_IF_NONE
                        } else {
                            Opcode::POP_JUMP_IF_NOT_NONE
                        },
                        target,
                    );
                    return Ok(());
                }
                self.expr(left)?;
                self.compare_rhs(r, op)?;
                self.set_loc(e.pos);
                match cmp_arg(op) {
                    Some(a) => self.emit(Opcode::COMPARE_OP, a | opcode::COMPARE_BOOL),
                    None => self.emit_compare(op),
                }
                self.emit_cond_jump(
                    if cond {
                        Opcode::POP_JUMP_IF_TRUE
                    } else {
                        Opcode::POP_JUMP_IF_FALSE
                    },
                    target,
                );
                return Ok(());
            }
            _ => {}
        }
        if let Some(c) = self.fold_const(e) {
            if let Some(t) = const_truth(&c) {
                if t == cond {
                    self.set_loc(e.pos);
                    self.emit_jump(Op::Jump, target);
                } else {
                    self.set_loc(e.pos);
                    self.emit(Opcode::NOP, 0);
                }
                return Ok(());
            }
        }
        self.expr(e)?;
        self.set_loc(e.pos);
        let last = self.ur().instrs.last().map(|i| i.op);
        if !matches!(
            last,
            Some(Op::R(
                Opcode::IS_OP | Opcode::CONTAINS_OP | Opcode::UNARY_NOT
            ))
        ) {
            self.emit(Opcode::TO_BOOL, 0);
        }
        self.emit_cond_jump(
            if cond {
                Opcode::POP_JUMP_IF_TRUE
            } else {
                Opcode::POP_JUMP_IF_FALSE
            },
            target,
        );
        Ok(())
    }

    fn call(
        &mut self,
        e: &'a Expr,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> CResult<()> {
        let simple = !args.iter().any(is_starred) && !keywords.iter().any(|k| k.arg.is_none());
        // Method calls: LOAD_ATTR with the method bit pushes [method, self] or [attr, NULL].
        if let ExprKind::Attribute {
            value,
            attr,
            ctx: Ctx::Load,
        } = &func.kind
        {
            if simple {
                if self.try_super_attr(func, value, attr, true)?.is_none() {
                    self.expr(value)?;
                    self.set_loc(func.pos);
                    let n = self.mangle(attr);
                    let n = self.add_name(&n);
                    self.emit(Opcode::LOAD_ATTR, n << 1 | 1);
                }
                return self.call_helper_at(e, 0, args, keywords, None);
            }
        }
        self.expr(func)?;
        let last = self.u().instrs.last_mut();
        match last {
            Some(Instr {
                op: Op::R(Opcode::LOAD_GLOBAL),
                arg,
                ..
            }) if *arg & 1 == 0 => *arg |= 1,
            _ => {
                self.set_loc(e.pos);
                self.emit(Opcode::PUSH_NULL, 0);
            }
        }
        self.call_helper_at(e, 0, args, keywords, None)
    }

    fn call_helper_at(
        &mut self,
        e: &'a Expr,
        pushed: u32,
        args: &'a [Expr],
        keywords: &'a [Keyword],
        extra: Option<&str>,
    ) -> CResult<()> {
        // The call instruction spans the whole call expression (tracebacks' carets).
        self.set_loc(e.pos);
        self.call_helper(pushed, args, keywords, extra)
    }

    /// Pushes the arguments and emits the call; `pushed` arguments are already on the stack
    /// (after the callable and NULL) and `extra` names a local loaded as one more positional.
    pub(crate) fn call_helper(
        &mut self,
        pushed: u32,
        args: &'a [Expr],
        keywords: &'a [Keyword],
        extra: Option<&str>,
    ) -> CResult<()> {
        let loc = self.ur().loc;
        let simple = !args.iter().any(is_starred) && !keywords.iter().any(|k| k.arg.is_none());
        let nextra = u32::from(extra.is_some());
        if simple {
            for a in args {
                self.expr(a)?;
            }
            if let Some(x) = extra {
                self.name_op(x, Ctx::Load, Pos::default())?;
            }
            let npos = pushed + args.len() as u32 + nextra;
            if keywords.is_empty() {
                self.u().loc = loc;
                self.emit(Opcode::CALL, npos);
            } else {
                let mut names = Vec::new();
                for k in keywords {
                    self.expr(&k.value)?;
                    names.push(Const::Str(k.arg.clone().unwrap_or_default().into()));
                }
                self.u().loc = loc;
                self.load_const(Const::Tuple(names));
                self.emit(Opcode::CALL_KW, npos + keywords.len() as u32);
            }
            return Ok(());
        }
        // CALL_FUNCTION_EX: a positional tuple and an optional kwargs dict.
        let only_star = pushed == 0 && extra.is_none() && args.len() == 1 && is_starred(&args[0]);
        if only_star {
            if let ExprKind::Starred { value, .. } = &args[0].kind {
                self.expr(value)?;
            }
        } else if !args.iter().any(is_starred) {
            for a in args {
                self.expr(a)?;
            }
            if let Some(x) = extra {
                self.name_op(x, Ctx::Load, Pos::default())?;
            }
            self.emit(Opcode::BUILD_TUPLE, pushed + args.len() as u32 + nextra);
        } else {
            self.emit(Opcode::BUILD_LIST, pushed);
            for a in args {
                match &a.kind {
                    ExprKind::Starred { value, .. } => {
                        self.expr(value)?;
                        self.emit(Opcode::LIST_EXTEND, 1);
                    }
                    _ => {
                        self.expr(a)?;
                        self.emit(Opcode::LIST_APPEND, 1);
                    }
                }
            }
            if let Some(x) = extra {
                self.name_op(x, Ctx::Load, Pos::default())?;
                self.emit(Opcode::LIST_APPEND, 1);
            }
            self.emit(Opcode::CALL_INTRINSIC_1, opcode::INTRINSIC_LIST_TO_TUPLE);
        }
        let mut flag = 0;
        if !keywords.is_empty() {
            flag = 1;
            let mut have_dict = false;
            let mut pending = 0u32;
            for k in keywords {
                match &k.arg {
                    Some(name) => {
                        self.load_const(Const::Str(name.clone().into()));
                        self.expr(&k.value)?;
                        pending += 1;
                    }
                    None => {
                        if pending > 0 {
                            self.emit(Opcode::BUILD_MAP, pending);
                            if have_dict {
                                self.emit(Opcode::DICT_MERGE, 1);
                            }
                            have_dict = true;
                            pending = 0;
                        }
                        if !have_dict {
                            self.emit(Opcode::BUILD_MAP, 0);
                            have_dict = true;
                        }
                        self.expr(&k.value)?;
                        self.emit(Opcode::DICT_MERGE, 1);
                    }
                }
            }
            if pending > 0 {
                self.emit(Opcode::BUILD_MAP, pending);
                if have_dict {
                    self.emit(Opcode::DICT_MERGE, 1);
                }
            }
        }
        self.u().loc = loc;
        self.emit(Opcode::CALL_FUNCTION_EX, flag);
        Ok(())
    }

    /// `super().attr` / `super(C, self).attr` inside a method: LOAD_SUPER_ATTR.
    fn try_super_attr(
        &mut self,
        e: &'a Expr,
        value: &'a Expr,
        attr: &str,
        method: bool,
    ) -> CResult<Option<()>> {
        let ExprKind::Call {
            func,
            args,
            keywords,
        } = &value.kind
        else {
            return Ok(None);
        };
        let ExprKind::Name { id, .. } = &func.kind else {
            return Ok(None);
        };
        if id != "super" || !keywords.is_empty() || args.iter().any(is_starred) {
            return Ok(None);
        }
        let u = self.ur();
        if u.kind != ScopeKind::Function {
            return Ok(None);
        }
        match self.st.lookup(u.scope, "super") {
            Some(s) if s.scope == NameScope::GlobalImplicit => {}
            _ => return Ok(None),
        }
        let zero = args.is_empty();
        if zero {
            if u.argcount == 0 && u.flags & CO_VARARGS == 0 {
                return Ok(None);
            }
            if !u.freevars.iter().any(|f| f == "__class__") {
                return Ok(None);
            }
        } else if args.len() != 2 {
            return Ok(None);
        }
        self.set_loc(func.pos);
        self.name_op("super", Ctx::Load, func.pos)?;
        if zero {
            self.name_op("__class__", Ctx::Load, func.pos)?;
            let first = self.ur().varnames.first().cloned().unwrap_or_default();
            self.name_op(&first, Ctx::Load, func.pos)?;
        } else {
            self.expr(&args[0])?;
            self.expr(&args[1])?;
        }
        self.set_loc(e.pos);
        let n = self.mangle(attr);
        let n = self.add_name(&n);
        let arg = n << 2 | u32::from(method) | if zero { 0 } else { 2 };
        self.emit(Opcode::LOAD_SUPER_ATTR, arg);
        Ok(Some(()))
    }
}

/// Truth value of a constant, when known without running code.
pub(crate) fn const_truth(c: &Const) -> Option<bool> {
    Some(match c {
        Const::None => false,
        Const::Bool(b) => *b,
        Const::Ellipsis => true,
        Const::Int(i) => *i != 0,
        Const::BigInt(_) => true,
        Const::Float(f) => *f != 0.0,
        Const::Complex { re, im } => *re != 0.0 || *im != 0.0,
        Const::Str(s) => !s.is_empty(),
        Const::Bytes(b) => !b.is_empty(),
        Const::Tuple(t) => !t.is_empty(),
        Const::FrozenSet(t) => !t.is_empty(),
        Const::Code(_) => true,
    })
}
