//! `match` statements. Each case matches against a copy of the subject; a failing pattern jumps
//! to a chain of POP_TOPs (`fail_pop`) that removes whatever it left on the stack. Names are
//! bound as they match.

use super::*;

struct PatCtx {
    /// fail_pop[n]: pop n items, then go to the case's failure label (fail_pop[0]).
    fail_pop: Vec<Label>,
    /// Items above the case's base that a failure must pop (not counting the current subject).
    on_top: u32,
}

impl<'a> Compiler<'a> {
    pub(crate) fn match_stmt(&mut self, subject: &'a Expr, cases: &'a [MatchCase]) -> CResult<()> {
        self.expr(subject)?;
        let end = self.new_label();
        let n = cases.len();
        for (i, case) in cases.iter().enumerate() {
            let last = i + 1 == n;
            self.set_loc(case.pattern.pos);
            if !last {
                self.emit(Opcode::COPY, 1);
            }
            let mut pc = PatCtx {
                fail_pop: Vec::new(),
                on_top: 0,
            };
            self.pattern(&case.pattern, &mut pc)?;
            if let Some(g) = &case.guard {
                let l = self.fail_label(&mut pc, 0);
                self.jump_if(g, false, l)?;
            }
            if !last {
                self.emit(Opcode::POP_TOP, 0);
            }
            self.stmts(&case.body)?;
            self.emit_jump(Op::Jump, end);
            self.emit_fail_pop(&mut pc);
        }
        self.bind(end);
        Ok(())
    }

    fn fail_label(&mut self, pc: &mut PatCtx, pops: u32) -> Label {
        while pc.fail_pop.len() <= pops as usize {
            let l = self.new_label();
            pc.fail_pop.push(l);
        }
        pc.fail_pop[pops as usize]
    }

    fn jump_fail(&mut self, pc: &mut PatCtx, op: Op, pops: u32) {
        let l = self.fail_label(pc, pops);
        self.emit_jump(op, l);
    }

    fn emit_fail_pop(&mut self, pc: &mut PatCtx) {
        if pc.fail_pop.is_empty() {
            return;
        }
        for i in (1..pc.fail_pop.len()).rev() {
            self.bind(pc.fail_pop[i]);
            self.emit(Opcode::POP_TOP, 0);
        }
        self.bind(pc.fail_pop[0]);
        pc.fail_pop.clear();
    }

    /// Matches the subject on top of the stack, consuming it on success.
    fn pattern(&mut self, p: &'a Pattern, pc: &mut PatCtx) -> CResult<()> {
        self.check_stack(p.pos)?;
        self.set_loc(p.pos);
        match &p.kind {
            PatternKind::MatchValue(v) => {
                self.expr(v)?;
                self.set_loc(p.pos);
                self.emit(Opcode::COMPARE_OP, (2 << 5) | 8 | opcode::COMPARE_BOOL);
                let pops = pc.on_top;
                self.jump_fail(pc, Op::R(Opcode::POP_JUMP_IF_FALSE), pops);
            }
            PatternKind::MatchSingleton(c) => {
                self.load_const(super::fold::ast_const(c));
                self.emit(Opcode::IS_OP, 0);
                let pops = pc.on_top;
                self.jump_fail(pc, Op::R(Opcode::POP_JUMP_IF_FALSE), pops);
            }
            PatternKind::MatchStar(name) => match name {
                Some(n) => self.name_op(n, Ctx::Store, p.pos)?,
                None => self.emit(Opcode::POP_TOP, 0),
            },
            PatternKind::MatchAs { pattern, name } => {
                if let Some(sub) = pattern {
                    self.emit(Opcode::COPY, 1);
                    pc.on_top += 1;
                    self.pattern(sub, pc)?;
                    pc.on_top -= 1;
                    self.set_loc(p.pos);
                }
                match name {
                    Some(n) => self.name_op(n, Ctx::Store, p.pos)?,
                    None => self.emit(Opcode::POP_TOP, 0),
                }
            }
            PatternKind::MatchSequence(ps) => {
                let star = ps
                    .iter()
                    .position(|q| matches!(q.kind, PatternKind::MatchStar(_)));
                self.emit(Opcode::MATCH_SEQUENCE, 0);
                let pops = pc.on_top + 1;
                self.jump_fail(pc, Op::R(Opcode::POP_JUMP_IF_FALSE), pops);
                let n = ps.len() as u32;
                self.emit(Opcode::GET_LEN, 0);
                match star {
                    None => {
                        self.load_const(Const::Int(n as i64));
                        self.emit(Opcode::COMPARE_OP, (2 << 5) | 8 | opcode::COMPARE_BOOL);
                    }
                    Some(_) => {
                        self.load_const(Const::Int(n as i64 - 1));
                        self.emit(Opcode::COMPARE_OP, (5 << 5) | 12 | opcode::COMPARE_BOOL);
                    }
                }
                self.jump_fail(pc, Op::R(Opcode::POP_JUMP_IF_FALSE), pops);
                match star {
                    None => self.emit(Opcode::UNPACK_SEQUENCE, n),
                    Some(i) => {
                        let after = n - i as u32 - 1;
                        self.emit(Opcode::UNPACK_EX, i as u32 | after << 8);
                    }
                }
                self.sub_patterns(ps, pc)?;
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                self.emit(Opcode::MATCH_MAPPING, 0);
                let pops = pc.on_top + 1;
                self.jump_fail(pc, Op::R(Opcode::POP_JUMP_IF_FALSE), pops);
                if keys.is_empty() && rest.is_none() {
                    self.emit(Opcode::POP_TOP, 0);
                    return Ok(());
                }
                let n = keys.len() as u32;
                if n > 0 {
                    self.emit(Opcode::GET_LEN, 0);
                    self.load_const(Const::Int(n as i64));
                    self.emit(Opcode::COMPARE_OP, (5 << 5) | 12 | opcode::COMPARE_BOOL);
                    self.jump_fail(pc, Op::R(Opcode::POP_JUMP_IF_FALSE), pops);
                }
                if n == 0 {
                    // Only `**rest`: copy the subject into a fresh dict.
                    self.emit(Opcode::BUILD_MAP, 0);
                    self.emit(Opcode::SWAP, 2);
                    self.emit(Opcode::DICT_UPDATE, 1);
                    if let Some(r) = rest {
                        self.name_op(r, Ctx::Store, p.pos)?;
                    }
                    return Ok(());
                }
                for k in keys {
                    self.expr(k)?;
                }
                self.set_loc(p.pos);
                self.emit(Opcode::BUILD_TUPLE, n);
                // [subject, keys] -> [subject, keys, values-or-None]
                self.emit(Opcode::MATCH_KEYS, 0);
                self.emit(Opcode::COPY, 1);
                let pops3 = pc.on_top + 3;
                self.jump_fail(pc, Op::R(Opcode::POP_JUMP_IF_NONE), pops3);
                pc.on_top += 2;
                self.emit(Opcode::UNPACK_SEQUENCE, n);
                self.sub_patterns(patterns, pc)?;
                pc.on_top -= 2;
                self.set_loc(p.pos);
                match rest {
                    Some(r) => {
                        // rest = dict(subject) minus the matched keys.
                        self.emit(Opcode::BUILD_MAP, 0);
                        self.emit(Opcode::SWAP, 3);
                        self.emit(Opcode::DICT_UPDATE, 2);
                        self.emit(Opcode::UNPACK_SEQUENCE, n);
                        let mut size = n;
                        while size > 0 {
                            self.emit(Opcode::COPY, 1 + size);
                            size -= 1;
                            self.emit(Opcode::SWAP, 2);
                            self.emit(Opcode::DELETE_SUBSCR, 0);
                        }
                        self.name_op(r, Ctx::Store, p.pos)?;
                    }
                    None => {
                        self.emit(Opcode::POP_TOP, 0);
                        self.emit(Opcode::POP_TOP, 0);
                    }
                }
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => {
                self.expr(cls)?;
                self.set_loc(p.pos);
                let names: Vec<Const> = kwd_attrs
                    .iter()
                    .map(|a| Const::Str(a.clone().into()))
                    .collect();
                self.load_const(Const::Tuple(names));
                self.emit(Opcode::MATCH_CLASS, patterns.len() as u32);
                self.emit(Opcode::COPY, 1);
                let pops = pc.on_top + 1;
                self.jump_fail(pc, Op::R(Opcode::POP_JUMP_IF_NONE), pops);
                let n = (patterns.len() + kwd_patterns.len()) as u32;
                if n == 0 {
                    self.emit(Opcode::POP_TOP, 0);
                } else {
                    self.emit(Opcode::UNPACK_SEQUENCE, n);
                    let all: Vec<&'a Pattern> = patterns.iter().chain(kwd_patterns).collect();
                    pc.on_top += n;
                    for q in all {
                        pc.on_top -= 1;
                        self.pattern(q, pc)?;
                    }
                }
            }
            PatternKind::MatchOr(alts) => {
                let end = self.new_label();
                let saved = core::mem::take(&mut pc.fail_pop);
                let saved_top = pc.on_top;
                for alt in alts {
                    self.set_loc(alt.pos);
                    self.emit(Opcode::COPY, 1);
                    pc.on_top = 0;
                    self.pattern(alt, pc)?;
                    // Success: drop the original subject.
                    self.emit(Opcode::POP_TOP, 0);
                    self.emit_jump(Op::Jump, end);
                    self.emit_fail_pop(pc);
                }
                pc.fail_pop = saved;
                pc.on_top = saved_top;
                self.set_loc(p.pos);
                let pops = pc.on_top + 1;
                self.jump_fail(pc, Op::Jump, pops);
                self.bind(end);
            }
        }
        Ok(())
    }

    /// Matches items just unpacked onto the stack (first item on top).
    fn sub_patterns(&mut self, ps: &'a [Pattern], pc: &mut PatCtx) -> CResult<()> {
        pc.on_top += ps.len() as u32;
        for q in ps {
            pc.on_top -= 1;
            self.pattern(q, pc)?;
        }
        Ok(())
    }
}
