//! Symbol tables: which scope each name lives in, computed as CPython's symtable.c does (two
//! passes: record definitions and uses per block, then resolve local/global/free/cell top-down).
//! Scope SyntaxErrors carry CPython's messages.
//!
//! Expressions are walked with an explicit work list, so a million-term `a+b+...` chain costs no
//! native stack; only scope-creating nodes (lambdas, comprehensions) recurse, and those are
//! bounded by the parser's nesting limit.

use super::ast::*;
use super::error::{ErrorKind, Loc, PResult, RawError, err};
use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use hashbrown::HashMap;

pub const DEF_GLOBAL: u32 = 1;
pub const DEF_LOCAL: u32 = 2;
pub const DEF_PARAM: u32 = 4;
pub const DEF_NONLOCAL: u32 = 8;
pub const USE: u32 = 16;
pub const DEF_FREE_CLASS: u32 = 64;
pub const DEF_IMPORT: u32 = 128;
pub const DEF_ANNOT: u32 = 256;
pub const DEF_COMP_ITER: u32 = 512;
pub const DEF_TYPE_PARAM: u32 = 1024;
pub const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    /// A list/set/dict comprehension or generator expression.
    Comprehension,
    /// PEP 695: the scope holding a generic definition's type parameters.
    TypeParams,
    /// PEP 695: the lazily evaluated value of a `type X = ...` statement.
    TypeAlias,
}

/// Where a name resolves, as CPython's LOCAL / GLOBAL_EXPLICIT / GLOBAL_IMPLICIT / FREE / CELL.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameScope {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

#[derive(Clone, Debug)]
pub struct Symbol {
    pub name: String,
    pub flags: u32,
    pub scope: NameScope,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    /// Position of the node that opened the scope (module: 0,0).
    pub lineno: u32,
    pub col_offset: u32,
    pub parent: Option<usize>,
    pub children: Vec<usize>,
    /// Symbols in first-seen order (CPython's dict order).
    pub symbols: Vec<Symbol>,
    index: HashMap<String, usize>,
    /// Parameters in order, then other locals, as CPython's co_varnames.
    pub varnames: Vec<String>,
    /// Sorted by name, as CPython orders co_cellvars and co_freevars.
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub is_generator: bool,
    pub is_coroutine: bool,
    pub has_varargs: bool,
    pub has_varkeywords: bool,
    /// The class needs a `__class__` cell (a method uses `super` or `__class__`).
    pub needs_class_closure: bool,
    /// Comprehension that CPython 3.12 inlines into its parent (PEP 709): not a generator
    /// expression.
    pub comp_inlined: bool,
    /// Where each global/nonlocal directive appeared, for error positions.
    directives: HashMap<String, Pos>,
}

#[derive(Debug, Default)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_node: HashMap<(u8, u32, u32), usize>,
}

impl SymbolTable {
    /// The scope opened by the node of `kind` starting at (lineno, col_offset).
    pub fn scope_at(&self, kind: ScopeKind, lineno: u32, col_offset: u32) -> Option<&Scope> {
        self.by_node
            .get(&(kind as u8, lineno, col_offset))
            .map(|&i| &self.scopes[i])
    }

    /// Index of the scope opened by the node of `kind` at (lineno, col_offset).
    pub fn scope_index_at(&self, kind: ScopeKind, lineno: u32, col_offset: u32) -> Option<usize> {
        self.by_node.get(&(kind as u8, lineno, col_offset)).copied()
    }

    pub fn lookup(&self, scope: usize, name: &str) -> Option<&Symbol> {
        let s = &self.scopes[scope];
        s.index.get(name).map(|&i| &s.symbols[i])
    }
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, pos: Pos, parent: Option<usize>) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            lineno: pos.lineno,
            col_offset: pos.col_offset,
            parent,
            children: Vec::new(),
            symbols: Vec::new(),
            index: HashMap::new(),
            varnames: Vec::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            is_generator: false,
            is_coroutine: false,
            has_varargs: false,
            has_varkeywords: false,
            needs_class_closure: false,
            comp_inlined: false,
            directives: HashMap::new(),
        }
    }

    fn is_function_like(&self) -> bool {
        !matches!(self.kind, ScopeKind::Module | ScopeKind::Class)
    }

    pub fn flags(&self, name: &str) -> u32 {
        self.index
            .get(name)
            .map(|&i| self.symbols[i].flags)
            .unwrap_or(0)
    }
}

pub(crate) fn serr(msg: impl Into<String>, p: Pos) -> RawError {
    err(
        ErrorKind::SyntaxError,
        msg,
        Loc::SpanNoText {
            line: p.lineno,
            col: p.col_offset,
            end_line: p.end_lineno,
            end_col: p.end_col_offset,
        },
    )
}

struct Builder {
    t: SymbolTable,
    cur: usize,
    /// Inside a comprehension's iteration target (for walrus checks).
    in_comp_iter_target: bool,
    in_comp_iter_expr: u32,
    /// The annotation being visited, if any, and the scope it stands in.
    ann: Ann,
    ann_scope: usize,
    /// `from __future__ import annotations` is in effect.
    future_annotations: bool,
    /// Visiting a TypeVar bound (its scope kind is shared with type alias values).
    in_typevar_bound: bool,
}

/// How CPython 3.12 treats the annotation being visited.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Ann {
    /// Not in an annotation, or in one evaluated where it stands.
    Evaluated,
    /// Never compiled (a local variable's annotation): the compiler's checks (`await` placement,
    /// async comprehensions) do not apply.
    Unevaluated,
    /// Under `from __future__ import annotations`: never compiled, and CPython visits it in an
    /// annotation scope of its own where yield, await and walrus are errors.
    Future,
}

enum Work<'a> {
    E(&'a Expr),
}

impl Builder {
    fn scope(&mut self) -> &mut Scope {
        &mut self.t.scopes[self.cur]
    }

    fn enter(&mut self, kind: ScopeKind, name: &str, pos: Pos) -> usize {
        let id = self.t.scopes.len();
        let mut s = Scope::new(kind, name, pos, Some(self.cur));
        s.comp_inlined = false;
        self.t.scopes.push(s);
        self.t.scopes[self.cur].children.push(id);
        self.t
            .by_node
            .insert((kind as u8, pos.lineno, pos.col_offset), id);
        self.cur = id;
        id
    }

    fn leave(&mut self) {
        self.cur = self.t.scopes[self.cur].parent.unwrap_or(0);
    }

    fn add_def(&mut self, name: &str, flag: u32, pos: Pos) -> PResult<()> {
        let name = self.mangle(name);
        let s = &mut self.t.scopes[self.cur];
        let idx = match s.index.get(name.as_str()) {
            Some(&i) => i,
            None => {
                s.symbols.push(Symbol {
                    name: name.clone(),
                    flags: 0,
                    scope: NameScope::GlobalImplicit,
                });
                s.index.insert(name.clone(), s.symbols.len() - 1);
                s.symbols.len() - 1
            }
        };
        let old = s.symbols[idx].flags;
        // A later loop of the comprehension rebinding a walrus target bound through it.
        if self.in_comp_iter_target
            && s.kind == ScopeKind::Comprehension
            && old & (DEF_GLOBAL | DEF_NONLOCAL) != 0
        {
            return Err(serr(
                format!(
                    "comprehension inner loop cannot rebind assignment expression target '{name}'"
                ),
                pos,
            ));
        }
        if flag & DEF_PARAM != 0 && old & DEF_PARAM != 0 {
            return Err(serr(
                format!("duplicate argument '{name}' in function definition"),
                pos,
            ));
        }
        s.symbols[idx].flags = old | flag;
        if flag & DEF_PARAM != 0 {
            s.varnames.push(name.clone());
        }
        // A name bound in a comprehension that is also the iteration variable.
        if flag & DEF_LOCAL != 0 && s.kind == ScopeKind::Comprehension && self.in_comp_iter_target {
            s.symbols[idx].flags |= DEF_COMP_ITER;
        }
        Ok(())
    }

    /// Private name mangling (`__x` inside class C becomes `_C__x`).
    fn mangle(&self, name: &str) -> String {
        if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
            return name.to_string();
        }
        let mut i = self.cur;
        loop {
            let s = &self.t.scopes[i];
            if s.kind == ScopeKind::Class {
                let cls = s.name.trim_start_matches('_');
                if cls.is_empty() {
                    return name.to_string();
                }
                return format!("_{cls}{name}");
            }
            match s.parent {
                Some(p) => i = p,
                None => return name.to_string(),
            }
        }
    }

    fn stmts(&mut self, body: &[Stmt]) -> PResult<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn function_like_kind(&self) -> Option<ScopeKind> {
        let s = &self.t.scopes[self.cur];
        s.is_function_like().then_some(s.kind)
    }

    fn nearest_function(&self) -> Option<usize> {
        let mut i = self.cur;
        loop {
            let s = &self.t.scopes[i];
            match s.kind {
                ScopeKind::Function | ScopeKind::Lambda => return Some(i),
                ScopeKind::Comprehension => i = s.parent?,
                _ => return None,
            }
        }
    }

    fn stmt(&mut self, s: &Stmt) -> PResult<()> {
        match &s.kind {
            StmtKind::FunctionDef(f) => {
                self.add_def(&f.name, DEF_LOCAL, s.pos)?;
                for d in &f.decorator_list {
                    self.expr(d)?;
                }
                self.defaults(&f.args)?;
                let tp = !f.type_params.is_empty();
                if tp {
                    self.enter(ScopeKind::TypeParams, &f.name, s.pos);
                    self.type_params(&f.type_params)?;
                }
                self.annotations(&f.args, f.returns.as_ref())?;
                self.enter(ScopeKind::Function, &f.name, s.pos);
                self.scope().is_coroutine = f.is_async;
                self.params(&f.args)?;
                self.stmts(&f.body)?;
                self.leave();
                if tp {
                    self.leave();
                }
            }
            StmtKind::ClassDef(c) => {
                self.add_def(&c.name, DEF_LOCAL, s.pos)?;
                for d in &c.decorator_list {
                    self.expr(d)?;
                }
                let tp = !c.type_params.is_empty();
                if tp {
                    self.enter(ScopeKind::TypeParams, &c.name, s.pos);
                    self.type_params(&c.type_params)?;
                    self.add_def(".type_params", DEF_LOCAL, s.pos)?;
                    self.add_def(".generic_base", DEF_LOCAL, s.pos)?;
                }
                for b in &c.bases {
                    self.expr(b)?;
                }
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
                self.enter(ScopeKind::Class, &c.name, s.pos);
                if tp {
                    self.add_def(".type_params", USE, s.pos)?;
                }
                self.stmts(&c.body)?;
                self.leave();
                if tp {
                    self.leave();
                }
            }
            StmtKind::Return(v) => {
                if self.nearest_function().is_none() || self.function_like_kind().is_none() {
                    return Err(serr("'return' outside function", s.pos));
                }
                if let Some(v) = v {
                    self.expr(v)?;
                }
            }
            StmtKind::Delete(ts) => {
                for t in ts {
                    self.expr(t)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                for t in targets {
                    self.expr(t)?;
                }
                self.expr(value)?;
            }
            StmtKind::TypeAlias {
                name,
                type_params,
                value,
            } => {
                self.expr(name)?;
                let tp = !type_params.is_empty();
                let n = match &name.kind {
                    ExprKind::Name { id, .. } => id.clone(),
                    _ => String::new(),
                };
                if tp {
                    self.enter(ScopeKind::TypeParams, &n, s.pos);
                    self.type_params(type_params)?;
                }
                self.enter(ScopeKind::TypeAlias, &n, value.pos);
                self.expr(value)?;
                self.leave();
                if tp {
                    self.leave();
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(target)?;
                self.expr(value)?;
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let ExprKind::Name { id, .. } = &target.kind {
                    let f = self.t.scopes[self.cur].flags(&self.mangle(id));
                    if f & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && *simple {
                        let what = if f & DEF_GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        return Err(serr(
                            format!("annotated name '{id}' can't be {what}"),
                            s.pos,
                        ));
                    }
                    if *simple {
                        self.add_def(id, DEF_ANNOT | DEF_LOCAL, target.pos)?;
                    } else if value.is_some() {
                        self.add_def(id, DEF_LOCAL, target.pos)?;
                    }
                } else {
                    self.expr(target)?;
                }
                let local = self.t.scopes[self.cur].kind == ScopeKind::Function;
                self.annotation(annotation, local)?;
                if let Some(v) = value {
                    self.expr(v)?;
                }
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.expr(target)?;
                self.expr(iter)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::With { items, body, .. } => {
                for it in items {
                    self.expr(&it.context_expr)?;
                    if let Some(v) = &it.optional_vars {
                        self.expr(v)?;
                    }
                }
                self.stmts(body)?;
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject)?;
                for c in cases {
                    self.pattern(&c.pattern)?;
                    if let Some(g) = &c.guard {
                        self.expr(g)?;
                    }
                    self.stmts(&c.body)?;
                }
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e)?;
                }
                if let Some(e) = cause {
                    self.expr(e)?;
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                self.stmts(body)?;
                for h in handlers {
                    if let Some(t) = &h.type_ {
                        self.expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.add_def(n, DEF_LOCAL, h.pos)?;
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(orelse)?;
                self.stmts(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                if let Some(m) = msg {
                    self.expr(m)?;
                }
            }
            StmtKind::Import(names) | StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if a.name == "*" {
                        if self.t.scopes[self.cur].kind != ScopeKind::Module {
                            return Err(serr("import * only allowed at module level", a.pos));
                        }
                        continue;
                    }
                    let bound = match &a.asname {
                        Some(n) => n.as_str(),
                        None => a.name.split('.').next().unwrap_or(""),
                    };
                    self.add_def(bound, DEF_IMPORT, a.pos)?;
                }
            }
            StmtKind::Global(names) | StmtKind::Nonlocal(names) => {
                let global = matches!(s.kind, StmtKind::Global(_));
                for n in names {
                    self.directive(n, global, s.pos)?;
                }
            }
            StmtKind::Expr(e) => self.expr(e)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
        Ok(())
    }

    fn directive(&mut self, n: &str, global: bool, pos: Pos) -> PResult<()> {
        let kind = self.t.scopes[self.cur].kind;
        if !global && kind == ScopeKind::Module {
            return Err(serr(
                "nonlocal declaration not allowed at module level",
                pos,
            ));
        }
        let name = self.mangle(n);
        let cur = self.t.scopes[self.cur].flags(&name);
        let word = if global { "global" } else { "nonlocal" };
        if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT | DEF_IMPORT) != 0 {
            let msg = if cur & DEF_PARAM != 0 {
                format!("name '{n}' is parameter and {word}")
            } else if cur & DEF_ANNOT != 0 {
                format!("annotated name '{n}' can't be {word}")
            } else if cur & (DEF_LOCAL | DEF_IMPORT) != 0 {
                format!("name '{n}' is assigned to before {word} declaration")
            } else {
                format!("name '{n}' is used prior to {word} declaration")
            };
            return Err(serr(msg, pos));
        }
        if global && cur & DEF_NONLOCAL != 0 || !global && cur & DEF_GLOBAL != 0 {
            let first = self.t.scopes[self.cur]
                .directives
                .get(&name)
                .copied()
                .unwrap_or(pos);
            return Err(serr(format!("name '{n}' is nonlocal and global"), first));
        }
        self.t.scopes[self.cur]
            .directives
            .entry(name.clone())
            .or_insert(pos);
        self.add_def(n, if global { DEF_GLOBAL } else { DEF_NONLOCAL }, pos)
    }

    fn type_params(&mut self, tps: &[TypeParam]) -> PResult<()> {
        for tp in tps {
            let (name, bound) = match &tp.kind {
                TypeParamKind::TypeVar { name, bound } => (name, bound.as_ref()),
                TypeParamKind::ParamSpec { name } | TypeParamKind::TypeVarTuple { name } => {
                    (name, None)
                }
            };
            if self.t.scopes[self.cur].flags(name) & DEF_TYPE_PARAM != 0 {
                return Err(serr(format!("duplicate type parameter '{name}'"), tp.pos));
            }
            self.add_def(name, DEF_TYPE_PARAM | DEF_LOCAL, tp.pos)?;
            if let Some(b) = bound {
                self.enter(ScopeKind::TypeAlias, name, b.pos);
                self.in_typevar_bound = true;
                let r = self.expr(b);
                self.in_typevar_bound = false;
                r?;
                self.leave();
            }
        }
        Ok(())
    }

    fn defaults(&mut self, a: &Arguments) -> PResult<()> {
        for d in &a.defaults {
            self.expr(d)?;
        }
        for d in a.kw_defaults.iter().flatten() {
            self.expr(d)?;
        }
        Ok(())
    }

    fn annotations(&mut self, a: &Arguments, returns: Option<&Expr>) -> PResult<()> {
        let all = a
            .posonlyargs
            .iter()
            .chain(&a.args)
            .chain(a.vararg.as_ref())
            .chain(&a.kwonlyargs)
            .chain(a.kwarg.as_ref());
        for ann in all.filter_map(|a| a.annotation.as_ref()).chain(returns) {
            self.annotation(ann, false)?;
        }
        Ok(())
    }

    /// Visits an annotation; `local` for a variable annotation inside a function body, which
    /// CPython never compiles.
    fn annotation(&mut self, e: &Expr, local: bool) -> PResult<()> {
        let mode = if self.future_annotations {
            Ann::Future
        } else if local {
            Ann::Unevaluated
        } else {
            Ann::Evaluated
        };
        let saved = (self.ann, self.ann_scope);
        (self.ann, self.ann_scope) = (mode, self.cur);
        let r = self.expr(e);
        (self.ann, self.ann_scope) = saved;
        r
    }

    /// CPython 3.12's error for yield/await in a type parameter scope (bounds, alias values,
    /// the parameters of a generic definition).
    fn in_type_scope(&self, what: &str, e: &Expr) -> PResult<()> {
        let place = match self.t.scopes[self.cur].kind {
            ScopeKind::TypeParams => "the definition of a generic",
            _ if self.in_typevar_bound => "a TypeVar bound",
            _ => "a type alias",
        };
        Err(serr(format!("{what} cannot be used within {place}"), e.pos))
    }

    /// CPython 3.12's error for yield/await/walrus directly in a future annotation's scope.
    fn in_future_annotation(&self, what: &str, e: &Expr) -> PResult<()> {
        if self.ann == Ann::Future && self.cur == self.ann_scope {
            return Err(serr(
                format!("{what} cannot be used within an annotation"),
                e.pos,
            ));
        }
        Ok(())
    }

    fn params(&mut self, a: &Arguments) -> PResult<()> {
        for arg in a.posonlyargs.iter().chain(&a.args).chain(&a.kwonlyargs) {
            self.add_def(&arg.arg, DEF_PARAM, arg.pos)?;
        }
        if let Some(v) = &a.vararg {
            self.add_def(&v.arg, DEF_PARAM, v.pos)?;
            self.scope().has_varargs = true;
        }
        if let Some(v) = &a.kwarg {
            self.add_def(&v.arg, DEF_PARAM, v.pos)?;
            self.scope().has_varkeywords = true;
        }
        // CPython orders co_varnames: positional, keyword-only, then *args, then **kwargs.
        Ok(())
    }

    fn pattern(&mut self, p: &Pattern) -> PResult<()> {
        match &p.kind {
            PatternKind::MatchValue(e) => self.expr(e)?,
            PatternKind::MatchSingleton(_) => {}
            PatternKind::MatchSequence(ps) | PatternKind::MatchOr(ps) => {
                for q in ps {
                    self.pattern(q)?;
                }
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                for k in keys {
                    self.expr(k)?;
                }
                for q in patterns {
                    self.pattern(q)?;
                }
                if let Some(r) = rest {
                    self.add_def(r, DEF_LOCAL, p.pos)?;
                }
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.expr(cls)?;
                for q in patterns.iter().chain(kwd_patterns) {
                    self.pattern(q)?;
                }
            }
            PatternKind::MatchStar(n) => {
                if let Some(n) = n {
                    self.add_def(n, DEF_LOCAL, p.pos)?;
                }
            }
            PatternKind::MatchAs { pattern, name } => {
                if let Some(q) = pattern {
                    self.pattern(q)?;
                }
                if let Some(n) = name {
                    self.add_def(n, DEF_LOCAL, p.pos)?;
                }
            }
        }
        Ok(())
    }

    /// Walks an expression tree with a work list; recursion only for new scopes.
    fn expr(&mut self, root: &Expr) -> PResult<()> {
        let mut work: Vec<Work> = alloc::vec![Work::E(root)];
        while let Some(Work::E(e)) = work.pop() {
            match &e.kind {
                ExprKind::Name { id, ctx } => {
                    let flag = if *ctx == Ctx::Load { USE } else { DEF_LOCAL };
                    self.add_def(id, flag, e.pos)?;
                    if *ctx == Ctx::Load
                        && id == "super"
                        && self.t.scopes[self.cur].kind == ScopeKind::Function
                    {
                        self.add_def("__class__", USE, e.pos)?;
                    }
                    if id == "__class__" && *ctx == Ctx::Load {
                        // handled as a normal use; resolved against the class cell.
                    }
                }
                ExprKind::Lambda { args, body } => {
                    self.defaults(args)?;
                    self.enter(ScopeKind::Lambda, "<lambda>", e.pos);
                    self.params(args)?;
                    self.expr(body)?;
                    self.leave();
                }
                ExprKind::ListComp { elt, generators } => {
                    self.comprehension(e, "<listcomp>", elt, None, generators, false)?
                }
                ExprKind::SetComp { elt, generators } => {
                    self.comprehension(e, "<setcomp>", elt, None, generators, false)?
                }
                ExprKind::GeneratorExp { elt, generators } => {
                    self.comprehension(e, "<genexpr>", elt, None, generators, true)?
                }
                ExprKind::DictComp {
                    key,
                    value,
                    generators,
                } => self.comprehension(e, "<dictcomp>", key, Some(value), generators, false)?,
                ExprKind::Yield(_) | ExprKind::YieldFrom(_) => {
                    self.yield_check(e)?;
                    match &e.kind {
                        ExprKind::Yield(Some(v)) | ExprKind::YieldFrom(v) => work.push(Work::E(v)),
                        _ => {}
                    }
                }
                ExprKind::Await(v) => {
                    self.await_check(e)?;
                    work.push(Work::E(v));
                }
                ExprKind::NamedExpr { target, value } => {
                    self.named_expr(e, target)?;
                    work.push(Work::E(value));
                }
                _ => {
                    let mark = work.len();
                    push_children(e, &mut work);
                    // Children were pushed in source order; visit them in that order.
                    work[mark..].reverse();
                }
            }
        }
        Ok(())
    }

    fn yield_check(&mut self, e: &Expr) -> PResult<()> {
        self.in_future_annotation("yield expression", e)?;
        let s = &self.t.scopes[self.cur];
        match s.kind {
            ScopeKind::Module | ScopeKind::Class => {
                return Err(serr("'yield' outside function", e.pos));
            }
            ScopeKind::Comprehension => {
                let what = comp_word(&s.name);
                return Err(serr(format!("'yield' inside {what}"), e.pos));
            }
            ScopeKind::TypeParams | ScopeKind::TypeAlias => {
                return self.in_type_scope("yield expression", e);
            }
            _ => {}
        }
        if matches!(e.kind, ExprKind::YieldFrom(_)) && s.is_coroutine && self.ann == Ann::Evaluated
        {
            return Err(serr("'yield from' inside async function", e.pos));
        }
        self.scope().is_generator = true;
        Ok(())
    }

    fn await_check(&mut self, e: &Expr) -> PResult<()> {
        self.in_future_annotation("await expression", e)?;
        let s = &self.t.scopes[self.cur];
        if matches!(s.kind, ScopeKind::TypeParams | ScopeKind::TypeAlias) {
            return self.in_type_scope("await expression", e);
        }
        if self.ann != Ann::Evaluated {
            // Never compiled, so none of the compiler's placement errors.
            if s.kind == ScopeKind::Comprehension {
                self.scope().is_coroutine = true;
            }
            return Ok(());
        }
        match s.kind {
            ScopeKind::Module => return Err(serr("'await' outside function", e.pos)),
            ScopeKind::Class => return Err(serr("'await' outside function", e.pos)),
            ScopeKind::Function if !s.is_coroutine => {
                return Err(serr("'await' outside async function", e.pos));
            }
            ScopeKind::Lambda => return Err(serr("'await' outside async function", e.pos)),
            ScopeKind::Comprehension => {
                // Allowed in comprehensions inside async functions (they become async).
                match self.nearest_function() {
                    None if s.name != "<genexpr>" => {
                        return Err(serr(
                            "asynchronous comprehension outside of an asynchronous function",
                            e.pos,
                        ));
                    }
                    // A generator expression with `await` is an async generator expression,
                    // allowed anywhere.
                    None => {}
                    Some(f) if !self.t.scopes[f].is_coroutine => {
                        if s.name != "<genexpr>" {
                            // The comprehension itself becomes asynchronous, which only an
                            // async function may hold (CPython's compiler reports it so).
                            return Err(serr(
                                "asynchronous comprehension outside of an asynchronous function",
                                e.pos,
                            ));
                        }
                    }
                    _ => {}
                }
                self.scope().is_coroutine = true;
            }
            _ => {}
        }
        Ok(())
    }

    fn named_expr(&mut self, e: &Expr, target: &Expr) -> PResult<()> {
        self.in_future_annotation("named expression", e)?;
        let ExprKind::Name { id, .. } = &target.kind else {
            return Ok(());
        };
        if self.in_comp_iter_expr > 0 {
            return Err(serr(
                "assignment expression cannot be used in a comprehension iterable expression",
                e.pos,
            ));
        }
        if self.t.scopes[self.cur].kind == ScopeKind::Comprehension {
            // PEP 572: the target binds in the nearest enclosing non-comprehension scope.
            let mut i = self.cur;
            loop {
                let s = &self.t.scopes[i];
                let skind = s.kind;
                if s.kind == ScopeKind::Comprehension {
                    if s.flags(id) & DEF_COMP_ITER != 0 {
                        return Err(serr(
                            format!(
                                "assignment expression cannot rebind comprehension iteration variable '{id}'"
                            ),
                            e.pos,
                        ));
                    }
                    match s.parent {
                        Some(p) => i = p,
                        None => break,
                    }
                    continue;
                }
                match s.kind {
                    ScopeKind::Class => {
                        return Err(serr(
                            "assignment expression within a comprehension cannot be used in a class body",
                            e.pos,
                        ));
                    }
                    ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Module => {
                        let saved = self.cur;
                        self.cur = i;
                        let f = self.t.scopes[i].flags(id);
                        let r = if f & DEF_GLOBAL != 0 || skind == ScopeKind::Module {
                            self.add_def(id, DEF_LOCAL, target.pos)
                        } else if f & DEF_NONLOCAL != 0 {
                            Ok(())
                        } else {
                            self.add_def(id, DEF_LOCAL, target.pos)
                        };
                        self.cur = saved;
                        r?;
                        // In the comprehension the name is free (resolved to the outer binding).
                        let mut j = saved;
                        while j != i {
                            let sc = &mut self.t.scopes[j];
                            let nm = id.clone();
                            let idx = match sc.index.get(nm.as_str()) {
                                Some(&k) => k,
                                None => {
                                    sc.symbols.push(Symbol {
                                        name: nm.clone(),
                                        flags: 0,
                                        scope: NameScope::GlobalImplicit,
                                    });
                                    sc.index.insert(nm, sc.symbols.len() - 1);
                                    sc.symbols.len() - 1
                                }
                            };
                            sc.symbols[idx].flags |=
                                if skind == ScopeKind::Module || f & DEF_GLOBAL != 0 {
                                    DEF_GLOBAL
                                } else {
                                    DEF_NONLOCAL
                                };
                            j = sc.parent.unwrap_or(0);
                        }
                        return Ok(());
                    }
                    _ => {
                        return Err(serr(
                            "assignment expression cannot be used within the definition of a generic",
                            e.pos,
                        ));
                    }
                }
            }
            return Ok(());
        }
        self.expr(target)
    }

    fn comprehension(
        &mut self,
        e: &Expr,
        name: &str,
        elt: &Expr,
        value: Option<&Expr>,
        gens: &[Comprehension],
        is_gen: bool,
    ) -> PResult<()> {
        // The first iterable is evaluated in the enclosing scope.
        let Some(first) = gens.first() else {
            return Ok(());
        };
        self.in_comp_iter_expr += 1;
        let r = self.expr(&first.iter);
        self.in_comp_iter_expr -= 1;
        r?;
        let is_async_any = gens.iter().any(|g| g.is_async);
        self.enter(ScopeKind::Comprehension, name, e.pos);
        self.scope().comp_inlined = !is_gen;
        self.scope().is_generator = is_gen;
        if is_async_any {
            let in_async = self
                .nearest_function()
                .is_some_and(|f| self.t.scopes[f].is_coroutine);
            if !in_async && !is_gen && self.ann == Ann::Evaluated {
                self.leave();
                return Err(serr(
                    "asynchronous comprehension outside of an asynchronous function",
                    e.pos,
                ));
            }
            self.scope().is_coroutine = true;
        }
        self.add_def(".0", DEF_PARAM, e.pos)?;
        for (i, g) in gens.iter().enumerate() {
            if i > 0 {
                self.in_comp_iter_expr += 1;
                let r = self.expr(&g.iter);
                self.in_comp_iter_expr -= 1;
                r?;
            }
            self.in_comp_iter_target = true;
            let r = self.expr(&g.target);
            self.in_comp_iter_target = false;
            r?;
            for c in &g.ifs {
                self.expr(c)?;
            }
        }
        self.expr(elt)?;
        if let Some(v) = value {
            self.expr(v)?;
        }
        self.leave();
        Ok(())
    }
}

fn comp_word(name: &str) -> &'static str {
    match name {
        "<listcomp>" => "list comprehension",
        "<setcomp>" => "set comprehension",
        "<dictcomp>" => "dict comprehension",
        _ => "generator expression",
    }
}

/// Pushes the direct child expressions of `e` (not those in new scopes) in source order.
fn push_children<'a>(e: &'a Expr, w: &mut Vec<Work<'a>>) {
    let mut p = |x: &'a Expr| w.push(Work::E(x));
    match &e.kind {
        ExprKind::BoolOp { values, .. } => values.iter().for_each(&mut p),
        ExprKind::BinOp { left, right, .. } => {
            p(left);
            p(right);
        }
        ExprKind::UnaryOp { operand, .. } => p(operand),
        ExprKind::IfExp { test, body, orelse } => {
            p(test);
            p(body);
            p(orelse);
        }
        ExprKind::Dict { keys, values } => {
            for (k, v) in keys.iter().zip(values) {
                if let Some(k) = k {
                    p(k);
                }
                p(v);
            }
        }
        ExprKind::Set(v) | ExprKind::JoinedStr(v) => v.iter().for_each(&mut p),
        ExprKind::Compare {
            left, comparators, ..
        } => {
            p(left);
            comparators.iter().for_each(&mut p);
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            p(func);
            args.iter().for_each(&mut p);
            for k in keywords {
                p(&k.value);
            }
        }
        ExprKind::FormattedValue {
            value, format_spec, ..
        } => {
            p(value);
            if let Some(s) = format_spec {
                p(s);
            }
        }
        ExprKind::Attribute { value, .. } | ExprKind::Starred { value, .. } => p(value),
        ExprKind::Subscript { value, slice, .. } => {
            p(value);
            p(slice);
        }
        ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => elts.iter().for_each(&mut p),
        ExprKind::Slice { lower, upper, step } => {
            for x in [lower, upper, step].into_iter().flatten() {
                p(x);
            }
        }
        _ => {}
    }
}

/// Second pass: resolve every name's scope, top-down with the bound and global sets.
fn analyze(t: &mut SymbolTable) -> PResult<()> {
    let n = t.scopes.len();
    // Per scope: names free in it (to propagate to parents).
    let mut frees: Vec<Vec<String>> = alloc::vec![Vec::new(); n];
    // Visit in creation order (parents before children) to compute scopes; then bottom-up for
    // cells. `bound_of[i]`/`global_of[i]` are the sets visible to scope i.
    let mut bound_of: Vec<Option<Vec<String>>> = alloc::vec![None; n];
    let mut global_of: Vec<Vec<String>> = alloc::vec![Vec::new(); n];
    bound_of[0] = Some(Vec::new());
    for i in 0..n {
        let bound: Vec<String> = bound_of[i].take().unwrap_or_default();
        let mut global = core::mem::take(&mut global_of[i]);
        let kind = t.scopes[i].kind;
        let mut local: Vec<String> = Vec::new();
        let class_kind = kind == ScopeKind::Class;
        let directives = core::mem::take(&mut t.scopes[i].directives);
        for sym in t.scopes[i].symbols.iter_mut() {
            let f = sym.flags;
            if f & DEF_GLOBAL != 0 {
                sym.scope = NameScope::GlobalExplicit;
                if !global.contains(&sym.name) {
                    global.push(sym.name.clone());
                }
            } else if f & DEF_NONLOCAL != 0 {
                if !bound.contains(&sym.name) {
                    let at = directives.get(&sym.name).copied().unwrap_or_default();
                    return Err(serr(
                        format!("no binding for nonlocal '{}' found", sym.name),
                        at,
                    ));
                }
                sym.scope = NameScope::Free;
            } else if f & DEF_BOUND != 0 {
                sym.scope = NameScope::Local;
                local.push(sym.name.clone());
                global.retain(|g| g != &sym.name);
            } else if bound.contains(&sym.name) {
                sym.scope = NameScope::Free;
            } else {
                sym.scope = if kind == ScopeKind::Module || !global.contains(&sym.name) {
                    NameScope::GlobalImplicit
                } else {
                    NameScope::GlobalImplicit
                };
            }
        }
        let mut newbound = bound.clone();
        if !class_kind && kind != ScopeKind::Module {
            for l in &local {
                if !newbound.contains(l) {
                    newbound.push(l.clone());
                }
            }
        }
        if class_kind {
            // Methods see `__class__` as an enclosing binding (the implicit class cell).
            if !newbound.iter().any(|b| b == "__class__") {
                newbound.push("__class__".into());
            }
        }
        for &c in &t.scopes[i].children.clone() {
            bound_of[c] = Some(newbound.clone());
            global_of[c] = global.clone();
        }
        let _ = &mut frees;
    }
    // Bottom-up: a child's free name becomes a cell in the scope that binds it.
    for i in (0..n).rev() {
        let children = t.scopes[i].children.clone();
        let mut child_free: Vec<String> = Vec::new();
        for c in children {
            for s in &t.scopes[c].symbols {
                if s.scope == NameScope::Free && !child_free.contains(&s.name) {
                    child_free.push(s.name.clone());
                }
            }
            for s in t.scopes[c].freevars.clone() {
                if !child_free.contains(&s) {
                    child_free.push(s);
                }
            }
        }
        let kind = t.scopes[i].kind;
        let sc = &mut t.scopes[i];
        for name in child_free {
            if kind == ScopeKind::Class && name == "__class__" {
                sc.needs_class_closure = true;
                continue;
            }
            match sc.index.get(name.as_str()).copied() {
                Some(k) if sc.symbols[k].scope == NameScope::Local && kind != ScopeKind::Class => {
                    sc.symbols[k].scope = NameScope::Cell;
                }
                Some(k)
                    if matches!(sc.symbols[k].scope, NameScope::GlobalExplicit)
                        || (sc.symbols[k].scope == NameScope::Local
                            && kind != ScopeKind::Class) => {}
                Some(k) => {
                    if sc.symbols[k].scope != NameScope::Cell
                        && sc.symbols[k].scope != NameScope::GlobalExplicit
                    {
                        if kind == ScopeKind::Class {
                            sc.symbols[k].flags |= DEF_FREE_CLASS;
                            if !sc.freevars.contains(&name) {
                                sc.freevars.push(name.clone());
                            }
                        } else if kind != ScopeKind::Module {
                            sc.symbols[k].scope = NameScope::Free;
                        }
                    }
                }
                None => {
                    if kind != ScopeKind::Module {
                        sc.symbols.push(Symbol {
                            name: name.clone(),
                            flags: DEF_FREE_CLASS,
                            scope: NameScope::Free,
                        });
                        sc.index.insert(name.clone(), sc.symbols.len() - 1);
                    }
                }
            }
        }
        // Collect per-scope variable lists in CPython's order.
        let mut cells = Vec::new();
        let mut free = Vec::new();
        for s in &sc.symbols {
            match s.scope {
                NameScope::Cell => cells.push(s.name.clone()),
                NameScope::Free => free.push(s.name.clone()),
                NameScope::Local if sc.kind != ScopeKind::Module && sc.kind != ScopeKind::Class => {
                    if !sc.varnames.contains(&s.name) {
                        sc.varnames.push(s.name.clone());
                    }
                }
                _ => {}
            }
        }
        if sc.needs_class_closure {
            cells.push("__class__".into());
        }
        for f in core::mem::take(&mut sc.freevars) {
            if !free.contains(&f) {
                free.push(f);
            }
        }
        cells.sort();
        free.sort();
        sc.cellvars = cells;
        sc.freevars = free;
    }
    Ok(())
}

pub(crate) fn build(m: &ModuleBody) -> PResult<SymbolTable> {
    let mut b = Builder {
        t: SymbolTable::default(),
        cur: 0,
        in_comp_iter_target: false,
        in_comp_iter_expr: 0,
        ann: Ann::Evaluated,
        ann_scope: 0,
        in_typevar_bound: false,
        future_annotations: match m {
            ModuleBody::Module(body) | ModuleBody::Interactive(body) => {
                super::codegen::has_future_annotations(body)
            }
            ModuleBody::Expression(_) => false,
        },
    };
    b.t.scopes
        .push(Scope::new(ScopeKind::Module, "top", Pos::default(), None));
    match m {
        ModuleBody::Module(body) | ModuleBody::Interactive(body) => b.stmts(body)?,
        ModuleBody::Expression(e) => b.expr(e)?,
    }
    let mut t = b.t;
    analyze(&mut t)?;
    Ok(t)
}
