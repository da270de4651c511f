//! The rejections CPython makes after parsing, in its compiler (not its symbol table): loop
//! control outside loops, `return` with a value in an async generator, block nesting depth,
//! starred targets, `__debug__`, repeated keywords, `__future__` placement, unreachable match
//! cases. Whatever passes here, a code generator can compile without further checks.

use super::ast::*;
use super::error::PResult;
use super::symtable::{ScopeKind, SymbolTable, serr};
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

/// CPython's CO_MAXBLOCKS.
const MAX_BLOCKS: u32 = 20;

const FUTURES: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

struct Ctx<'a> {
    st: &'a SymbolTable,
    in_loop: bool,
    /// Inside an except* body (and no loop inside it): break/continue cannot leave it.
    in_star: bool,
    blocks: u32,
    async_gen: bool,
}

pub(crate) fn check(m: &ModuleBody, st: &SymbolTable) -> PResult<()> {
    let mut c = Ctx {
        st,
        in_loop: false,
        in_star: false,
        blocks: 0,
        async_gen: false,
    };
    match m {
        ModuleBody::Module(b) | ModuleBody::Interactive(b) => {
            futures(b)?;
            c.stmts(b)
        }
        ModuleBody::Expression(e) => exprs(e),
    }
}

fn futures(body: &[Stmt]) -> PResult<()> {
    let mut allowed = true;
    for (i, s) in body.iter().enumerate() {
        match &s.kind {
            StmtKind::ImportFrom {
                module: Some(m),
                names,
                level: 0,
            } if m == "__future__" => {
                if !allowed {
                    return Err(serr(
                        "from __future__ imports must occur at the beginning of the file",
                        s.pos,
                    ));
                }
                for a in names {
                    if a.name == "braces" {
                        return Err(serr("not a chance", s.pos));
                    }
                    if !FUTURES.contains(&a.name.as_str()) {
                        return Err(serr(
                            format!("future feature {} is not defined", a.name),
                            s.pos,
                        ));
                    }
                }
            }
            StmtKind::Expr(Expr {
                kind:
                    ExprKind::Constant {
                        value: Constant::Str(_),
                        ..
                    },
                ..
            }) if i == 0 => {}
            _ => allowed = false,
        }
    }
    Ok(())
}

fn debug_name(name: &str, pos: Pos) -> PResult<()> {
    if name == "__debug__" {
        return Err(serr("cannot assign to __debug__", pos));
    }
    Ok(())
}

fn args_debug(a: &Arguments) -> PResult<()> {
    for arg in a
        .posonlyargs
        .iter()
        .chain(&a.args)
        .chain(a.vararg.as_ref())
        .chain(&a.kwonlyargs)
        .chain(a.kwarg.as_ref())
    {
        debug_name(&arg.arg, arg.pos)?;
    }
    Ok(())
}

impl Ctx<'_> {
    fn stmts(&mut self, b: &[Stmt]) -> PResult<()> {
        for s in b {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn block<F: FnOnce(&mut Self) -> PResult<()>>(&mut self, pos: Pos, f: F) -> PResult<()> {
        if self.blocks >= MAX_BLOCKS {
            return Err(serr("too many statically nested blocks", pos));
        }
        self.blocks += 1;
        let r = f(self);
        self.blocks -= 1;
        r
    }

    fn stmt(&mut self, s: &Stmt) -> PResult<()> {
        match &s.kind {
            StmtKind::FunctionDef(f) => {
                debug_name(&f.name, s.pos)?;
                args_debug(&f.args)?;
                for d in &f.decorator_list {
                    exprs(d)?;
                }
                for d in f
                    .args
                    .defaults
                    .iter()
                    .chain(f.args.kw_defaults.iter().flatten())
                {
                    exprs(d)?;
                }
                let sc = self
                    .st
                    .scope_at(ScopeKind::Function, s.pos.lineno, s.pos.col_offset);
                let async_gen = sc.is_some_and(|sc| sc.is_coroutine && sc.is_generator);
                let saved = (self.in_loop, self.in_star, self.blocks, self.async_gen);
                self.in_loop = false;
                self.in_star = false;
                self.blocks = 0;
                self.async_gen = async_gen;
                let r = self.stmts(&f.body);
                (self.in_loop, self.in_star, self.blocks, self.async_gen) = saved;
                r?;
            }
            StmtKind::ClassDef(c) => {
                debug_name(&c.name, s.pos)?;
                for e in &c.decorator_list {
                    exprs(e)?;
                }
                for e in &c.bases {
                    exprs_in(e, true)?;
                }
                keywords(&c.keywords)?;
                let saved = (self.in_loop, self.in_star, self.blocks, self.async_gen);
                self.in_loop = false;
                self.in_star = false;
                self.blocks = 0;
                let r = self.stmts(&c.body);
                (self.in_loop, self.in_star, self.blocks, self.async_gen) = saved;
                r?;
            }
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    if self.async_gen {
                        return Err(serr("'return' with value in async generator", s.pos));
                    }
                    exprs(v)?;
                }
            }
            StmtKind::Delete(ts) => {
                for t in ts {
                    exprs(t)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                for t in targets {
                    exprs(t)?;
                }
                exprs(value)?;
            }
            StmtKind::TypeAlias { value, .. } => exprs(value)?,
            StmtKind::AugAssign { target, value, .. } => {
                exprs(target)?;
                exprs(value)?;
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                ..
            } => {
                exprs(target)?;
                exprs(annotation)?;
                if let Some(v) = value {
                    exprs(v)?;
                }
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                exprs(target)?;
                exprs(iter)?;
                self.block(s.pos, |c| {
                    let saved = c.in_loop;
                    c.in_loop = true;
                    let r = c.stmts(body);
                    c.in_loop = saved;
                    r
                })?;
                self.stmts(orelse)?;
            }
            StmtKind::While { test, body, orelse } => {
                exprs(test)?;
                self.block(s.pos, |c| {
                    let saved = c.in_loop;
                    c.in_loop = true;
                    let r = c.stmts(body);
                    c.in_loop = saved;
                    r
                })?;
                self.stmts(orelse)?;
            }
            StmtKind::If { test, body, orelse } => {
                exprs(test)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::With { items, body, .. } => {
                for it in items {
                    exprs(&it.context_expr)?;
                    if let Some(v) = &it.optional_vars {
                        exprs(v)?;
                    }
                }
                self.block(s.pos, |c| c.stmts(body))?;
            }
            StmtKind::Match { subject, cases } => {
                exprs(subject)?;
                for (i, case) in cases.iter().enumerate() {
                    let last = i + 1 == cases.len();
                    if !last && case.guard.is_none() {
                        if let Some(msg) = irrefutable(&case.pattern) {
                            return Err(serr(msg, case.pattern.pos));
                        }
                    }
                    let mut names = Vec::new();
                    pattern(&case.pattern, &mut names)?;
                    if let Some(g) = &case.guard {
                        exprs(g)?;
                    }
                    self.stmts(&case.body)?;
                }
            }
            StmtKind::Raise { exc, cause } => {
                for e in [exc, cause].into_iter().flatten() {
                    exprs(e)?;
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                is_star,
            } => {
                let fin = !finalbody.is_empty();
                let outer = if fin { 1 } else { 0 };
                self.blocks += outer;
                let r = (|| -> PResult<()> {
                    self.block(s.pos, |c| c.stmts(body))?;
                    for (i, h) in handlers.iter().enumerate() {
                        if h.type_.is_none() && i + 1 < handlers.len() {
                            return Err(serr("default 'except:' must be last", h.pos));
                        }
                        if let Some(t) = &h.type_ {
                            exprs(t)?;
                        }
                        if let Some(n) = &h.name {
                            debug_name(n, h.pos)?;
                        }
                        let saved = (self.in_loop, self.in_star);
                        if *is_star {
                            // break/continue/return cannot leave an except* block.
                            self.in_loop = false;
                            self.in_star = true;
                        }
                        let depth = if h.name.is_some() { 2 } else { 1 };
                        self.blocks += depth - 1;
                        let r = self.block(h.pos, |c| c.stmts(&h.body));
                        self.blocks -= depth - 1;
                        (self.in_loop, self.in_star) = saved;
                        r?;
                    }
                    self.stmts(orelse)
                })();
                self.blocks -= outer;
                r?;
                self.block(s.pos, |c| c.stmts(finalbody))?;
            }
            StmtKind::Assert { test, msg } => {
                exprs(test)?;
                if let Some(m) = msg {
                    exprs(m)?;
                }
            }
            StmtKind::Import(names) | StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if let Some(n) = &a.asname {
                        debug_name(n, s.pos)?;
                    } else if !matches!(s.kind, StmtKind::Import(_)) {
                        debug_name(&a.name, s.pos)?;
                    }
                }
            }
            StmtKind::Global(_) | StmtKind::Nonlocal(_) | StmtKind::Pass => {}
            StmtKind::Expr(e) => exprs(e)?,
            StmtKind::Break | StmtKind::Continue if !self.in_loop && self.in_star => {
                return Err(serr(
                    "'break', 'continue' and 'return' cannot appear in an except* block",
                    s.pos,
                ));
            }
            StmtKind::Break => {
                if !self.in_loop {
                    return Err(serr("'break' outside loop", s.pos));
                }
            }
            StmtKind::Continue => {
                if !self.in_loop {
                    return Err(serr("'continue' not properly in loop", s.pos));
                }
            }
        }
        Ok(())
    }
}

/// A case pattern that always matches, with the message CPython gives when cases follow it.
fn irrefutable(p: &Pattern) -> Option<String> {
    match &p.kind {
        PatternKind::MatchAs {
            pattern: None,
            name,
        } => Some(match name {
            Some(n) => format!("name capture '{n}' makes remaining patterns unreachable"),
            None => "wildcard makes remaining patterns unreachable".into(),
        }),
        PatternKind::MatchAs {
            pattern: Some(q), ..
        } => irrefutable(q),
        PatternKind::MatchOr(alts) => alts.iter().find_map(irrefutable),
        _ => None,
    }
}

fn bind(name: &str, pos: Pos, names: &mut Vec<String>) -> PResult<()> {
    if names.iter().any(|n| n == name) {
        return Err(serr(
            format!("multiple assignments to name '{name}' in pattern"),
            pos,
        ));
    }
    names.push(name.into());
    Ok(())
}

fn pattern(p: &Pattern, names: &mut Vec<String>) -> PResult<()> {
    match &p.kind {
        PatternKind::MatchValue(e) => exprs(e)?,
        PatternKind::MatchSingleton(_) => {}
        PatternKind::MatchSequence(ps) => {
            let stars = ps
                .iter()
                .filter(|q| matches!(q.kind, PatternKind::MatchStar(_)))
                .count();
            if stars > 1 {
                return Err(serr("multiple starred names in sequence pattern", p.pos));
            }
            for q in ps {
                pattern(q, names)?;
            }
        }
        PatternKind::MatchMapping {
            keys,
            patterns,
            rest,
        } => {
            for q in patterns {
                pattern(q, names)?;
            }
            for k in keys {
                exprs(k)?;
            }
            if let Some(r) = rest {
                bind(r, p.pos, names)?;
            }
        }
        PatternKind::MatchClass {
            cls,
            patterns,
            kwd_attrs,
            kwd_patterns,
        } => {
            exprs(cls)?;
            for (i, a) in kwd_attrs.iter().enumerate() {
                if kwd_attrs[..i].contains(a) {
                    return Err(serr(
                        format!("attribute name repeated in class pattern: {a}"),
                        kwd_patterns[i].pos,
                    ));
                }
            }
            for q in patterns.iter().chain(kwd_patterns) {
                pattern(q, names)?;
            }
        }
        PatternKind::MatchStar(n) => {
            if let Some(n) = n {
                bind(n, p.pos, names)?;
            }
        }
        PatternKind::MatchAs { pattern: q, name } => {
            if let Some(q) = q {
                pattern(q, names)?;
            }
            if let Some(n) = name {
                bind(n, p.pos, names)?;
            }
        }
        PatternKind::MatchOr(alts) => {
            let mut first: Option<Vec<String>> = None;
            for (i, a) in alts.iter().enumerate() {
                if i + 1 < alts.len() {
                    if let Some(msg) = irrefutable(a) {
                        return Err(serr(msg, a.pos));
                    }
                }
                let mut alt_names = Vec::new();
                pattern(a, &mut alt_names)?;
                alt_names.sort();
                match &first {
                    None => first = Some(alt_names),
                    Some(f) if *f != alt_names => {
                        return Err(serr("alternative patterns bind different names", a.pos));
                    }
                    _ => {}
                }
            }
            for n in first.unwrap_or_default() {
                bind(&n, p.pos, names)?;
            }
        }
    }
    Ok(())
}

fn keywords(ks: &[Keyword]) -> PResult<()> {
    for (i, k) in ks.iter().enumerate() {
        if let Some(a) = &k.arg {
            debug_name(a, k.pos)?;
            if ks[..i].iter().any(|o| o.arg.as_deref() == Some(a.as_str())) {
                return Err(serr(format!("keyword argument repeated: {a}"), k.pos));
            }
        }
    }
    Ok(())
}

/// Expression checks, iteratively: starred placement, `__debug__` stores, repeated keywords.
fn exprs(root: &Expr) -> PResult<()> {
    exprs_in(root, false)
}

fn exprs_in(root: &Expr, star_ok: bool) -> PResult<()> {
    // (expr, a Starred is allowed directly here)
    let mut work: Vec<(&Expr, bool)> = alloc::vec![(root, star_ok)];
    while let Some((e, star_ok)) = work.pop() {
        match &e.kind {
            ExprKind::Starred { value, ctx } => {
                if !star_ok {
                    return Err(serr(
                        if *ctx == super::ast::Ctx::Store {
                            "starred assignment target must be in a list or tuple"
                        } else {
                            "can't use starred expression here"
                        },
                        e.pos,
                    ));
                }
                work.push((value, false));
            }
            ExprKind::Name { id, ctx } => {
                if *ctx != super::ast::Ctx::Load {
                    if id == "__debug__" {
                        let msg = if *ctx == super::ast::Ctx::Del {
                            "cannot delete __debug__"
                        } else {
                            "cannot assign to __debug__"
                        };
                        return Err(serr(msg, e.pos));
                    }
                }
            }
            ExprKind::Attribute { value, attr, ctx } => {
                if *ctx == super::ast::Ctx::Store && attr == "__debug__" {
                    return Err(serr("cannot assign to __debug__", e.pos));
                }
                work.push((value, false));
            }
            ExprKind::List { elts, ctx } | ExprKind::Tuple { elts, ctx } => {
                if *ctx == super::ast::Ctx::Store {
                    let stars = elts
                        .iter()
                        .filter(|x| matches!(x.kind, ExprKind::Starred { .. }))
                        .count();
                    if stars > 1 {
                        return Err(serr("multiple starred expressions in assignment", e.pos));
                    }
                }
                for x in elts.iter().rev() {
                    work.push((x, true));
                }
            }
            ExprKind::Set(elts) => {
                for x in elts.iter().rev() {
                    work.push((x, true));
                }
            }
            ExprKind::Call {
                func,
                args,
                keywords: ks,
            } => {
                keywords(ks)?;
                for k in ks.iter().rev() {
                    work.push((&k.value, false));
                }
                for x in args.iter().rev() {
                    work.push((x, true));
                }
                work.push((func, false));
            }
            ExprKind::Lambda { args, body } => {
                args_debug(args)?;
                for d in args
                    .defaults
                    .iter()
                    .chain(args.kw_defaults.iter().flatten())
                {
                    work.push((d, false));
                }
                work.push((body, false));
            }
            ExprKind::Subscript { value, slice, .. } => {
                work.push((slice, false));
                work.push((value, false));
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                work.push((elt, false));
                comp(generators, &mut work);
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                work.push((key, false));
                work.push((value, false));
                comp(generators, &mut work);
            }
            ExprKind::NamedExpr { target, value } => {
                if let ExprKind::Name { id, .. } = &target.kind {
                    debug_name(id, target.pos)?;
                }
                work.push((value, false));
            }
            _ => {
                let mut kids: Vec<&Expr> = Vec::new();
                children(e, &mut kids);
                for k in kids.into_iter().rev() {
                    work.push((k, false));
                }
            }
        }
    }
    Ok(())
}

fn comp<'a>(gens: &'a [Comprehension], work: &mut Vec<(&'a Expr, bool)>) {
    for g in gens {
        work.push((&g.target, false));
        work.push((&g.iter, false));
        for i in &g.ifs {
            work.push((i, false));
        }
    }
}

fn children<'a>(e: &'a Expr, out: &mut Vec<&'a Expr>) {
    match &e.kind {
        ExprKind::BoolOp { values, .. } => out.extend(values.iter()),
        ExprKind::BinOp { left, right, .. } => {
            out.push(left);
            out.push(right);
        }
        ExprKind::UnaryOp { operand, .. } => out.push(operand),
        ExprKind::IfExp { test, body, orelse } => {
            out.push(test);
            out.push(body);
            out.push(orelse);
        }
        ExprKind::Dict { keys, values } => {
            out.extend(keys.iter().flatten());
            out.extend(values.iter());
        }
        ExprKind::JoinedStr(v) => out.extend(v.iter()),
        ExprKind::Await(v) | ExprKind::YieldFrom(v) | ExprKind::Yield(Some(v)) => out.push(v),
        ExprKind::Compare {
            left, comparators, ..
        } => {
            out.push(left);
            out.extend(comparators.iter());
        }
        ExprKind::FormattedValue {
            value, format_spec, ..
        } => {
            out.push(value);
            if let Some(s) = format_spec {
                out.push(s);
            }
        }
        ExprKind::Slice { lower, upper, step } => {
            for x in [lower, upper, step].into_iter().flatten() {
                out.push(x);
            }
        }
        _ => {}
    }
}
