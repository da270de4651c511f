//! Code generation: the checked AST plus symbol tables to `bytecode::CodeUnit`s.
//!
//! Shaped like CPython 3.13's compiler: each scope compiles into a `Unit` holding a flat list of
//! instructions with labels and pseudo instructions (SETUP_FINALLY / SETUP_CLEANUP / SETUP_WITH
//! / POP_BLOCK / JUMP); `assemble` turns that into basic blocks, computes the exception table,
//! stack depth and location table, and resolves jumps.
//!
//! Choices (documented differences from CPython 3.13):
//! - Comprehensions compile to their own code objects, as in 3.11 (not inlined per PEP 709), so
//!   their scoping matches the 3.11 semantics the project targets.
//! - Classes do not get 3.13's `__firstlineno__` / `__static_attributes__`.
//! - Match patterns bind names as they match (CPython binds after the whole pattern succeeds;
//!   the language reference allows either).

mod defs;
mod expr;
mod fold;
mod pattern;
mod stmt;

use super::assemble;
use super::ast::*;
use super::error::{ErrorKind, SyntaxError};
use super::symtable::{NameScope, Scope, ScopeKind, SymbolTable};
use super::unparse::unparse_with_stack;
use super::{CheckedModule, Mode};
use crate::bytecode::code::*;
use crate::bytecode::opcode::{self, Opcode};
use alloc::boxed::Box;
use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

/// An instruction before assembly. For jumps and SETUP_* the arg is a label number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Op {
    R(Opcode),
    Label,
    Jump,
    JumpNoInterrupt,
    SetupFinally,
    SetupCleanup,
    SetupWith,
    PopBlock,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Instr {
    pub op: Op,
    pub arg: u32,
    pub loc: Location,
}

pub(crate) type Label = u32;

/// A frame block: what `break`, `continue` and `return` must undo when leaving it.
#[derive(Clone, Copy)]
pub(crate) enum FBlock<'a> {
    While {
        start: Label,
        exit: Label,
    },
    For {
        start: Label,
        exit: Label,
    },
    AsyncFor {
        start: Label,
        exit: Label,
    },
    TryExcept,
    FinallyTry(&'a [Stmt]),
    FinallyEnd,
    With {
        is_async: bool,
        loc: Location,
    },
    HandlerCleanup(Option<&'a str>),
    ExceptionHandler,
    /// The handlers of a `try ... except*`: nothing may jump out of them.
    ExceptionGroupHandler,
    /// A value (a return value kept across a finally body) to pop.
    PopValue,
}

pub(crate) struct Unit<'a> {
    pub scope: usize,
    pub kind: ScopeKind,
    pub name: String,
    pub qualname: String,
    pub instrs: Vec<Instr>,
    pub consts: Vec<Const>,
    pub names: Vec<String>,
    pub varnames: Vec<String>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub firstlineno: u32,
    pub next_label: u32,
    pub loc: Location,
    pub fblocks: Vec<FBlock<'a>>,
    /// The enclosing class name, for private name mangling.
    pub private: Option<String>,
    /// Generator-like units: the label of the StopIteration wrapper handler.
    pub gen_handler: Option<Label>,
    /// `from __future__ import annotations`: annotations are stored as unparsed strings.
    pub future_annotations: bool,
}

pub(crate) struct Compiler<'a> {
    pub st: &'a SymbolTable,
    pub filename: String,
    pub optimize: u32,
    pub units: Vec<Unit<'a>>,
    pub interactive: bool,
    pub future_annotations: bool,
    stack_base: usize,
    /// Native stack (bytes) the generator may use below `stack_base` before reporting the
    /// program too complex.
    stack_budget: usize,
    /// Expressions being generated, one inside the other: compiling fails with
    /// RecursionError beyond `max_nesting` (`Limits::nesting`), whatever native stack is left.
    expr_depth: usize,
    max_nesting: usize,
}

pub(crate) type CResult<T> = Result<T, SyntaxError>;

/// Compiles a checked module. `optimize` is CPython's `-O` level (asserts are dropped at 1,
/// docstrings at 2); `limits` bound the generator's native recursion and expression nesting.
pub fn generate(
    m: &CheckedModule,
    filename: &str,
    optimize: u32,
    limits: super::Limits,
) -> Result<CodeUnit, SyntaxError> {
    let here = 0u8;
    let mut c = Compiler {
        st: &m.symtable,
        filename: filename.into(),
        optimize,
        units: Vec::new(),
        interactive: false,
        future_annotations: false,
        stack_base: &here as *const u8 as usize,
        stack_budget: limits.stack_bytes,
        expr_depth: 0,
        max_nesting: limits.nesting,
    };
    c.module(&m.body)
}

impl<'a> Compiler<'a> {
    pub(crate) fn error(&self, msg: impl Into<String>, pos: Pos) -> SyntaxError {
        SyntaxError {
            kind: ErrorKind::SyntaxError,
            msg: msg.into(),
            filename: self.filename.clone(),
            lineno: Some(pos.lineno as i64),
            offset: Some(pos.col_offset as i64 + 1),
            end_lineno: Some(pos.end_lineno as i64),
            end_offset: Some(pos.end_col_offset as i64 + 1),
            text: None,
        }
    }

    /// Guards native recursion (deeply nested expressions).
    pub(crate) fn check_stack(&self, pos: Pos) -> CResult<()> {
        let here = 0u8;
        let used = self.stack_base.saturating_sub(&here as *const u8 as usize);
        if used > self.stack_budget {
            return Err(self.too_deep(pos));
        }
        Ok(())
    }

    pub(crate) fn too_deep(&self, pos: Pos) -> SyntaxError {
        let mut e = self.error("maximum recursion depth exceeded during compilation", pos);
        e.kind = ErrorKind::RecursionError;
        e
    }

    pub(crate) fn u(&mut self) -> &mut Unit<'a> {
        let n = self.units.len() - 1;
        &mut self.units[n]
    }

    pub(crate) fn ur(&self) -> &Unit<'a> {
        &self.units[self.units.len() - 1]
    }

    fn module(&mut self, body: &'a ModuleBody) -> CResult<CodeUnit> {
        self.enter_unit(0, "<module>", "<module>", 1, Pos::default())?;
        self.u().loc = Location {
            line: 0,
            end_line: 1,
            col: 0,
            end_col: 0,
        };
        // RESUME at line 0, as CPython.
        if let Some(i) = self.u().instrs.last_mut() {
            i.loc = Location {
                line: 0,
                end_line: 0,
                col: 0,
                end_col: 0,
            };
        }
        match body {
            ModuleBody::Module(stmts) => {
                self.future_annotations = has_future_annotations(stmts);
                self.u().future_annotations = self.future_annotations;
                if find_annotations(stmts) {
                    if let Some(s) = stmts.first() {
                        self.set_loc(s.pos);
                    }
                    self.emit(Opcode::SETUP_ANNOTATIONS, 0);
                }
                self.body_with_docstring(stmts, true)?;
                self.return_none();
            }
            ModuleBody::Interactive(stmts) => {
                self.interactive = true;
                if find_annotations(stmts) {
                    self.emit(Opcode::SETUP_ANNOTATIONS, 0);
                }
                for s in stmts {
                    self.stmt(s)?;
                }
                self.return_none();
            }
            ModuleBody::Expression(e) => {
                self.expr(e)?;
                self.emit(Opcode::RETURN_VALUE, 0);
            }
        }
        self.leave_unit()
    }

    /// Statements, storing a leading docstring in `__doc__` (module and class bodies).
    pub(crate) fn body_with_docstring(&mut self, stmts: &'a [Stmt], store: bool) -> CResult<()> {
        let mut rest = stmts;
        if let Some((first, tail)) = stmts.split_first() {
            if let Some(doc) = docstring(first) {
                if self.optimize < 2 && store {
                    self.set_loc(first.pos);
                    let k = self.add_const(Const::Str(clean_doc(doc).into()));
                    self.emit(Opcode::LOAD_CONST, k);
                    self.store_name("__doc__", first.pos)?;
                }
                rest = tail;
            }
        }
        for s in rest {
            self.stmt(s)?;
        }
        Ok(())
    }

    pub(crate) fn return_none(&mut self) {
        let ends = self.ur().instrs.last().is_some_and(|i| match i.op {
            Op::R(o) => o.no_fallthrough(),
            Op::Jump | Op::JumpNoInterrupt => true,
            _ => false,
        });
        if !ends {
            let k = self.add_const(Const::None);
            self.emit(Opcode::RETURN_CONST, k);
        }
    }

    /// Opens a new code unit for symbol-table scope `scope`.
    pub(crate) fn enter_unit(
        &mut self,
        scope: usize,
        name: &str,
        qualname: &str,
        firstlineno: u32,
        pos: Pos,
    ) -> CResult<()> {
        let Some(sc) = self.st.scopes.get(scope) else {
            return Err(self.error("internal error: missing scope", pos));
        };
        let function_like = !matches!(sc.kind, ScopeKind::Module | ScopeKind::Class);
        let mut flags = 0;
        if function_like {
            flags |= CO_OPTIMIZED | CO_NEWLOCALS;
            if sc.has_varargs {
                flags |= CO_VARARGS;
            }
            if sc.has_varkeywords {
                flags |= CO_VARKEYWORDS;
            }
            flags |= match (sc.is_generator, sc.is_coroutine) {
                (true, true) => CO_ASYNC_GENERATOR,
                (true, false) => CO_GENERATOR,
                (false, true) => CO_COROUTINE,
                _ => 0,
            };
        }
        if let Some(parent) = self.units.last() {
            if !matches!(parent.kind, ScopeKind::Module | ScopeKind::Class) {
                flags |= CO_NESTED;
            }
        }
        let private = if sc.kind == ScopeKind::Class {
            Some(sc.name.clone())
        } else {
            self.units.last().and_then(|u| u.private.clone())
        };
        let varnames = if function_like {
            sc.varnames.clone()
        } else {
            Vec::new()
        };
        let mut cellvars = sc.cellvars.clone();
        if sc.kind == ScopeKind::Class
            && sc.needs_class_closure
            && !cellvars.iter().any(|c| c == "__class__")
        {
            cellvars.push("__class__".into());
        }
        let future_annotations = self.future_annotations;
        self.units.push(Unit {
            scope,
            kind: sc.kind,
            name: name.into(),
            qualname: qualname.into(),
            instrs: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            varnames,
            cellvars,
            freevars: sc.freevars.clone(),
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags,
            firstlineno,
            next_label: 0,
            loc: Location::NONE,
            fblocks: Vec::new(),
            private,
            gen_handler: None,
            future_annotations,
        });
        // Prefix: cells, free variables, generator creation, RESUME.
        let ncells = self.ur().cellvars.len();
        for i in 0..ncells {
            let name = self.ur().cellvars[i].clone();
            let idx = self.localsplus_index(&name, true).unwrap_or(0);
            self.emit(Opcode::MAKE_CELL, idx);
        }
        let nfree = self.ur().freevars.len() as u32;
        if nfree > 0 {
            self.emit(Opcode::COPY_FREE_VARS, nfree);
        }
        self.u().loc = Location {
            line: firstlineno as i32,
            end_line: firstlineno as i32,
            col: pos.col_offset as i32,
            end_col: pos.col_offset as i32,
        };
        if flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR) != 0 {
            self.emit(Opcode::RETURN_GENERATOR, 0);
            self.emit(Opcode::POP_TOP, 0);
            let h = self.new_label();
            self.u().gen_handler = Some(h);
            self.emit_jump(Op::SetupCleanup, h);
        }
        self.emit(Opcode::RESUME, opcode::RESUME_START);
        Ok(())
    }

    /// Finishes the current unit and assembles it.
    pub(crate) fn leave_unit(&mut self) -> CResult<CodeUnit> {
        if let Some(h) = self.ur().gen_handler {
            self.u().loc = Location::NONE;
            self.bind(h);
            self.emit(
                Opcode::CALL_INTRINSIC_1,
                opcode::INTRINSIC_STOPITERATION_ERROR,
            );
            self.emit(Opcode::RERAISE, 1);
        }
        let Some(unit) = self.units.pop() else {
            return Err(self.error("internal error: no unit", Pos::default()));
        };
        Ok(assemble::assemble(unit, &self.filename))
    }

    pub(crate) fn new_label(&mut self) -> Label {
        let u = self.u();
        u.next_label += 1;
        u.next_label - 1
    }

    pub(crate) fn bind(&mut self, l: Label) {
        let loc = self.ur().loc;
        self.u().instrs.push(Instr {
            op: Op::Label,
            arg: l,
            loc,
        });
    }

    pub(crate) fn emit(&mut self, op: Opcode, arg: u32) {
        let loc = self.ur().loc;
        self.u().instrs.push(Instr {
            op: Op::R(op),
            arg,
            loc,
        });
    }

    pub(crate) fn emit_jump(&mut self, op: Op, l: Label) {
        let loc = self.ur().loc;
        self.u().instrs.push(Instr { op, arg: l, loc });
    }

    pub(crate) fn emit_cond_jump(&mut self, op: Opcode, l: Label) {
        self.emit_jump(Op::R(op), l);
    }

    pub(crate) fn set_loc(&mut self, p: Pos) {
        self.u().loc = loc_of(p);
    }

    pub(crate) fn add_const(&mut self, c: Const) -> u32 {
        let u = self.u();
        if !matches!(c, Const::Code(_)) {
            if let Some(i) = u.consts.iter().position(|x| x.same(&c)) {
                return i as u32;
            }
        }
        u.consts.push(c);
        (u.consts.len() - 1) as u32
    }

    pub(crate) fn load_const(&mut self, c: Const) {
        let k = self.add_const(c);
        self.emit(Opcode::LOAD_CONST, k);
    }

    pub(crate) fn add_name(&mut self, name: &str) -> u32 {
        let u = self.u();
        if let Some(i) = u.names.iter().position(|x| x == name) {
            return i as u32;
        }
        u.names.push(name.into());
        (u.names.len() - 1) as u32
    }

    pub(crate) fn mangle(&self, name: &str) -> String {
        mangle(self.ur().private.as_deref(), name)
    }

    /// Index in localsplus of a local, cell (`cell` true) or free variable.
    pub(crate) fn localsplus_index(&self, name: &str, cell: bool) -> Option<u32> {
        let u = self.ur();
        if let Some(i) = u.varnames.iter().position(|v| v == name) {
            return Some(i as u32);
        }
        let mut n = u.varnames.len();
        for c in &u.cellvars {
            if !u.varnames.contains(c) {
                if c == name && cell {
                    return Some(n as u32);
                }
                n += 1;
            }
        }
        if let Some(i) = u.freevars.iter().position(|f| f == name) {
            return Some((n + i) as u32);
        }
        if !cell {
            return None;
        }
        None
    }

    fn cell_or_free_index(&self, name: &str) -> Option<u32> {
        let u = self.ur();
        let is_cell = u.cellvars.iter().any(|c| c == name);
        let is_free = u.freevars.iter().any(|c| c == name);
        if is_cell && (u.kind != ScopeKind::Class || name == "__class__" || !is_free) {
            return self.localsplus_index(name, true);
        }
        if is_free {
            let n = u.varnames.len()
                + u.cellvars
                    .iter()
                    .filter(|c| !u.varnames.contains(c))
                    .count();
            let i = u.freevars.iter().position(|f| f == name)?;
            return Some((n + i) as u32);
        }
        None
    }

    pub(crate) fn scope(&self) -> &'a Scope {
        &self.st.scopes[self.ur().scope]
    }

    /// Loads, stores or deletes a name as its scope dictates.
    pub(crate) fn name_op(&mut self, name: &str, ctx: Ctx, pos: Pos) -> CResult<()> {
        if name == "__debug__" && ctx == Ctx::Load {
            self.load_const(Const::Bool(self.optimize == 0));
            return Ok(());
        }
        let mangled = self.mangle(name);
        let scope_idx = self.ur().scope;
        let kind = self.ur().kind;
        let sym = self.st.lookup(scope_idx, &mangled);
        let function_like = !matches!(kind, ScopeKind::Module | ScopeKind::Class);
        let mut scope = match sym {
            Some(s) => s.scope,
            None => {
                if self.ur().varnames.contains(&mangled) {
                    NameScope::Local
                } else {
                    NameScope::GlobalImplicit
                }
            }
        };
        // Implicit names the compiler adds (`__class__` in methods...).
        if sym.is_none() && self.ur().freevars.contains(&mangled) {
            scope = NameScope::Free;
        }
        enum K {
            Fast,
            Deref,
            Global,
            Name,
        }
        let k = match scope {
            NameScope::Free => K::Deref,
            NameScope::Cell => {
                if kind == ScopeKind::Class {
                    K::Name
                } else {
                    K::Deref
                }
            }
            NameScope::Local => {
                if function_like {
                    K::Fast
                } else {
                    K::Name
                }
            }
            NameScope::GlobalImplicit => {
                if function_like {
                    K::Global
                } else {
                    K::Name
                }
            }
            NameScope::GlobalExplicit => K::Global,
        };
        match k {
            K::Fast => {
                let Some(i) = self.localsplus_index(&mangled, false) else {
                    return Err(self.error(format!("internal error: no local {mangled}"), pos));
                };
                let op = match ctx {
                    Ctx::Load => Opcode::LOAD_FAST,
                    Ctx::Store => Opcode::STORE_FAST,
                    Ctx::Del => Opcode::DELETE_FAST,
                };
                self.emit(op, i);
            }
            K::Deref => {
                let Some(i) = self.cell_or_free_index(&mangled) else {
                    return Err(self.error(format!("internal error: no cell {mangled}"), pos));
                };
                match ctx {
                    Ctx::Load if kind == ScopeKind::Class => {
                        self.emit(Opcode::LOAD_LOCALS, 0);
                        self.emit(Opcode::LOAD_FROM_DICT_OR_DEREF, i);
                    }
                    Ctx::Load => self.emit(Opcode::LOAD_DEREF, i),
                    Ctx::Store => self.emit(Opcode::STORE_DEREF, i),
                    Ctx::Del => self.emit(Opcode::DELETE_DEREF, i),
                }
            }
            K::Global => {
                let n = self.add_name(&mangled);
                match ctx {
                    Ctx::Load => self.emit(Opcode::LOAD_GLOBAL, n << 1),
                    Ctx::Store => self.emit(Opcode::STORE_GLOBAL, n),
                    Ctx::Del => self.emit(Opcode::DELETE_GLOBAL, n),
                }
            }
            K::Name => {
                let n = self.add_name(&mangled);
                match ctx {
                    Ctx::Load => self.emit(Opcode::LOAD_NAME, n),
                    Ctx::Store => self.emit(Opcode::STORE_NAME, n),
                    Ctx::Del => self.emit(Opcode::DELETE_NAME, n),
                }
            }
        }
        Ok(())
    }

    pub(crate) fn store_name(&mut self, name: &str, pos: Pos) -> CResult<()> {
        self.name_op(name, Ctx::Store, pos)
    }

    /// The qualified name of a child named `name` of the current unit.
    pub(crate) fn child_qualname(&self, name: &str) -> String {
        let u = self.ur();
        if u.kind == ScopeKind::Module {
            return name.into();
        }
        // A name declared global in the enclosing scope is qualified as top-level.
        if let Some(s) = self.st.lookup(u.scope, &self.mangle(name)) {
            if s.scope == NameScope::GlobalExplicit {
                return name.into();
            }
        }
        match u.kind {
            ScopeKind::Class => format!("{}.{}", u.qualname, name),
            ScopeKind::TypeParams | ScopeKind::TypeAlias => {
                // Generic definitions are qualified as if the type-param scope were absent.
                if self.units.len() >= 2 {
                    let p = &self.units[self.units.len() - 2];
                    match p.kind {
                        ScopeKind::Module => name.into(),
                        ScopeKind::Class => format!("{}.{}", p.qualname, name),
                        _ => format!("{}.<locals>.{}", p.qualname, name),
                    }
                } else {
                    name.into()
                }
            }
            _ => format!("{}.<locals>.{}", u.qualname, name),
        }
    }

    /// Builds the closure tuple (if any) and the function object for `code`, consuming the
    /// attributes already pushed (`attr_flags` says which).
    pub(crate) fn make_closure(&mut self, code: CodeUnit, attr_flags: u32) -> CResult<()> {
        let free: Vec<String> = code.freevars().iter().map(|s| s.to_string()).collect();
        let mut flags = attr_flags;
        if !free.is_empty() {
            for f in &free {
                let idx = self.closure_index(f);
                let Some(idx) = idx else {
                    return Err(self.error(
                        format!("internal error: no closure variable {f}"),
                        Pos::default(),
                    ));
                };
                self.emit(Opcode::LOAD_FAST, idx);
            }
            self.emit(Opcode::BUILD_TUPLE, free.len() as u32);
            flags |= opcode::FN_CLOSURE;
        }
        let k = self.add_const(Const::Code(Box::new(code)));
        self.emit(Opcode::LOAD_CONST, k);
        self.emit(Opcode::MAKE_FUNCTION, 0);
        for bit in [
            opcode::FN_CLOSURE,
            opcode::FN_ANNOTATIONS,
            opcode::FN_KWDEFAULTS,
            opcode::FN_DEFAULTS,
        ] {
            if flags & bit != 0 {
                self.emit(Opcode::SET_FUNCTION_ATTRIBUTE, bit);
            }
        }
        Ok(())
    }

    /// The localsplus slot the current unit passes for a child's free variable `name`.
    fn closure_index(&self, name: &str) -> Option<u32> {
        let u = self.ur();
        if u.kind == ScopeKind::Class && name == "__class__" {
            return self.localsplus_index(name, true);
        }
        if u.kind == ScopeKind::Class {
            if u.freevars.iter().any(|f| f == name) {
                return self.cell_or_free_index(name);
            }
            return self.localsplus_index(name, true);
        }
        if u.cellvars.iter().any(|c| c == name) {
            return self.localsplus_index(name, true);
        }
        self.cell_or_free_index(name)
    }

    pub(crate) fn unwind_fblock_stack(
        &mut self,
        preserve_tos: bool,
        stop_at_loop: bool,
        pos: Pos,
    ) -> CResult<Option<FBlock<'a>>> {
        let mut i = self.ur().fblocks.len();
        while i > 0 {
            i -= 1;
            let fb = self.ur().fblocks[i];
            if matches!(fb, FBlock::ExceptionGroupHandler) {
                return Err(self.error(
                    "'break', 'continue' and 'return' cannot appear in an except* block",
                    pos,
                ));
            }
            if stop_at_loop
                && matches!(
                    fb,
                    FBlock::While { .. } | FBlock::For { .. } | FBlock::AsyncFor { .. }
                )
            {
                return Ok(Some(fb));
            }
            // The finally body runs with its own block removed (so a return inside it does not
            // run it again).
            let saved: Vec<FBlock<'a>> = self.u().fblocks.drain(i..).collect();
            self.unwind_fblock(fb, preserve_tos)?;
            self.u().fblocks.extend(saved);
        }
        Ok(None)
    }

    pub(crate) fn unwind_fblock(&mut self, fb: FBlock<'a>, preserve_tos: bool) -> CResult<()> {
        match fb {
            FBlock::While { .. } | FBlock::ExceptionHandler | FBlock::ExceptionGroupHandler => {}
            FBlock::For { .. } => {
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_TOP, 0);
            }
            FBlock::AsyncFor { .. } => {
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_TOP, 0);
            }
            FBlock::TryExcept => self.emit_jump(Op::PopBlock, 0),
            FBlock::FinallyTry(body) => {
                self.emit_jump(Op::PopBlock, 0);
                if preserve_tos {
                    self.u().fblocks.push(FBlock::PopValue);
                }
                self.stmts(body)?;
                if preserve_tos {
                    self.u().fblocks.pop();
                }
            }
            FBlock::PopValue => {
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_TOP, 0);
            }
            FBlock::FinallyEnd => {
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_TOP, 0);
                self.emit_jump(Op::PopBlock, 0);
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_EXCEPT, 0);
            }
            FBlock::With { is_async, loc } => {
                self.emit_jump(Op::PopBlock, 0);
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                let saved = self.ur().loc;
                self.u().loc = loc;
                self.call_exit_with_nones();
                if is_async {
                    self.emit(Opcode::GET_AWAITABLE, 2);
                    self.load_const(Const::None);
                    self.yield_from_loop(opcode::RESUME_AFTER_AWAIT);
                }
                self.emit(Opcode::POP_TOP, 0);
                self.u().loc = saved;
            }
            FBlock::HandlerCleanup(name) => {
                if name.is_some() {
                    self.emit_jump(Op::PopBlock, 0);
                }
                self.emit_jump(Op::PopBlock, 0);
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_EXCEPT, 0);
                if let Some(n) = name {
                    self.load_const(Const::None);
                    self.name_op(n, Ctx::Store, Pos::default())?;
                    self.name_op(n, Ctx::Del, Pos::default())?;
                }
            }
        }
        Ok(())
    }

    pub(crate) fn call_exit_with_nones(&mut self) {
        self.load_const(Const::None);
        self.load_const(Const::None);
        self.load_const(Const::None);
        self.emit(Opcode::CALL, 2);
    }

    /// The SEND / YIELD_VALUE loop of `yield from` and `await`; the receiver and the value to
    /// send are on the stack, the result replaces them.
    pub(crate) fn yield_from_loop(&mut self, resume: u32) {
        let send = self.new_label();
        let fail = self.new_label();
        let exit = self.new_label();
        self.bind(send);
        self.emit_cond_jump(Opcode::SEND, exit);
        self.emit_jump(Op::SetupFinally, fail);
        self.emit(Opcode::YIELD_VALUE, 1);
        self.emit_jump(Op::PopBlock, 0);
        self.emit(Opcode::RESUME, resume);
        self.emit_jump(Op::JumpNoInterrupt, send);
        self.bind(fail);
        self.emit(Opcode::CLEANUP_THROW, 0);
        self.bind(exit);
        self.emit(Opcode::END_SEND, 0);
    }
}

pub(crate) fn loc_of(p: Pos) -> Location {
    Location {
        line: p.lineno as i32,
        end_line: p.end_lineno as i32,
        col: p.col_offset as i32,
        end_col: p.end_col_offset as i32,
    }
}

pub(crate) fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(cls) = private else {
        return name.into();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.into();
    }
    let cls = cls.trim_start_matches('_');
    if cls.is_empty() {
        return name.into();
    }
    format!("_{cls}{name}")
}

pub(crate) fn docstring(s: &Stmt) -> Option<&str> {
    if let StmtKind::Expr(e) = &s.kind {
        if let ExprKind::Constant {
            value: Constant::Str(v),
            ..
        } = &e.kind
        {
            return Some(v);
        }
    }
    None
}

/// Docstrings are stored as written (CPython 3.13 dedents them; 3.11 does not).
pub(crate) fn clean_doc(s: &str) -> String {
    s.to_string()
}

pub(crate) fn has_future_annotations(stmts: &[Stmt]) -> bool {
    for s in stmts {
        match &s.kind {
            StmtKind::ImportFrom {
                module: Some(m),
                names,
                ..
            } if m == "__future__" => {
                if names.iter().any(|a| a.name == "annotations") {
                    return true;
                }
            }
            StmtKind::Expr(e) if matches!(e.kind, ExprKind::Constant { .. }) => {}
            _ => return false,
        }
    }
    false
}

/// Whether a module or class body has annotated assignments needing `__annotations__`
/// (searching nested blocks but not nested scopes), as CPython's `find_ann`.
pub(crate) fn find_annotations(stmts: &[Stmt]) -> bool {
    stmts.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::For { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::If { body, orelse, .. } => find_annotations(body) || find_annotations(orelse),
        StmtKind::With { body, .. } => find_annotations(body),
        StmtKind::Match { cases, .. } => cases.iter().any(|c| find_annotations(&c.body)),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
            ..
        } => {
            find_annotations(body)
                || handlers.iter().any(|h| find_annotations(&h.body))
                || find_annotations(orelse)
                || find_annotations(finalbody)
        }
        _ => false,
    })
}

/// Compiles source text all the way to a code unit (`compile()` with the given `-O` level),
/// with `Limits::DEFAULT`.
pub fn compile(
    source: &[u8],
    filename: &str,
    mode: Mode,
    optimize: u32,
) -> Result<CodeUnit, SyntaxError> {
    compile_with_limits(source, filename, mode, optimize, super::Limits::DEFAULT)
}

/// `compile` within `limits` (stack for the parser and the generator each, expression nesting).
pub fn compile_with_limits(
    source: &[u8],
    filename: &str,
    mode: Mode,
    optimize: u32,
    limits: super::Limits,
) -> Result<CodeUnit, SyntaxError> {
    let checked = super::check_with_stack(source, filename, mode, limits.stack_bytes)?;
    generate(&checked, filename, optimize, limits)
}
