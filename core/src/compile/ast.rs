//! The syntax tree, shaped like CPython's `ast` module so a code generator (and a future `ast`
//! module) can follow CPython's compiler. Every node carries `Pos` the way CPython nodes carry
//! lineno/col_offset/end_lineno/end_col_offset (columns are UTF-8 byte offsets, as in CPython).

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;
use num_bigint::BigInt;

pub use crate::object::str_wtf8::WtfString;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Pos {
    pub lineno: u32,
    pub col_offset: u32,
    pub end_lineno: u32,
    pub end_col_offset: u32,
}

impl Pos {
    /// The span from the start of `self` to the end of `other`.
    pub fn to(self, other: Pos) -> Pos {
        Pos {
            lineno: self.lineno,
            col_offset: self.col_offset,
            end_lineno: other.end_lineno,
            end_col_offset: other.end_col_offset,
        }
    }
}

/// What `compile()` was asked to compile, like CPython's mod_ty.
#[derive(Debug)]
pub enum ModuleBody {
    Module(Vec<Stmt>),
    Interactive(Vec<Stmt>),
    Expression(Expr),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Int {
    Small(i64),
    Big(BigInt),
}

/// Literal values. A str is a `WtfString`: it may hold lone surrogates (`"\ud800"`), and
/// dereferences to a lossy `&str` for name-like uses.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    True,
    False,
    Ellipsis,
    Int(Int),
    Float(f64),
    /// An imaginary literal: the real part is always 0.
    Complex(f64),
    Str(WtfString),
    Bytes(Vec<u8>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ctx {
    Load,
    Store,
    Del,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Operator {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    FloorDiv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Invert,
    Not,
    UAdd,
    USub,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

#[derive(Debug)]
pub struct Stmt {
    pub pos: Pos,
    pub kind: StmtKind,
}

#[derive(Debug)]
pub struct FunctionDef {
    pub name: String,
    pub args: Arguments,
    pub body: Vec<Stmt>,
    pub decorator_list: Vec<Expr>,
    pub returns: Option<Expr>,
    pub type_params: Vec<TypeParam>,
    pub is_async: bool,
}

#[derive(Debug)]
pub struct ClassDef {
    pub name: String,
    pub bases: Vec<Expr>,
    pub keywords: Vec<Keyword>,
    pub body: Vec<Stmt>,
    pub decorator_list: Vec<Expr>,
    pub type_params: Vec<TypeParam>,
}

#[derive(Debug)]
pub enum StmtKind {
    FunctionDef(Box<FunctionDef>),
    ClassDef(Box<ClassDef>),
    Return(Option<Expr>),
    Delete(Vec<Expr>),
    Assign {
        targets: Vec<Expr>,
        value: Expr,
    },
    TypeAlias {
        name: Expr,
        type_params: Vec<TypeParam>,
        value: Expr,
    },
    AugAssign {
        target: Expr,
        op: Operator,
        value: Expr,
    },
    AnnAssign {
        target: Expr,
        annotation: Expr,
        value: Option<Expr>,
        simple: bool,
    },
    For {
        is_async: bool,
        target: Expr,
        iter: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    While {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    If {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    With {
        is_async: bool,
        items: Vec<WithItem>,
        body: Vec<Stmt>,
    },
    Match {
        subject: Expr,
        cases: Vec<MatchCase>,
    },
    Raise {
        exc: Option<Expr>,
        cause: Option<Expr>,
    },
    /// `try`; `is_star` for `except*` (CPython's TryStar).
    Try {
        body: Vec<Stmt>,
        handlers: Vec<ExceptHandler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
        is_star: bool,
    },
    Assert {
        test: Expr,
        msg: Option<Expr>,
    },
    Import(Vec<Alias>),
    ImportFrom {
        module: Option<String>,
        names: Vec<Alias>,
        level: u32,
    },
    Global(Vec<String>),
    Nonlocal(Vec<String>),
    Expr(Expr),
    Pass,
    Break,
    Continue,
}

#[derive(Debug)]
pub struct Expr {
    pub pos: Pos,
    pub kind: ExprKind,
}

#[derive(Debug)]
pub enum ExprKind {
    BoolOp {
        op: BoolOp,
        values: Vec<Expr>,
    },
    NamedExpr {
        target: Box<Expr>,
        value: Box<Expr>,
    },
    BinOp {
        left: Box<Expr>,
        op: Operator,
        right: Box<Expr>,
    },
    UnaryOp {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    Lambda {
        args: Box<Arguments>,
        body: Box<Expr>,
    },
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    /// `keys[i]` is None for a `**mapping` entry.
    Dict {
        keys: Vec<Option<Expr>>,
        values: Vec<Expr>,
    },
    Set(Vec<Expr>),
    ListComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    SetComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    DictComp {
        key: Box<Expr>,
        value: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    GeneratorExp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    Await(Box<Expr>),
    Yield(Option<Box<Expr>>),
    YieldFrom(Box<Expr>),
    Compare {
        left: Box<Expr>,
        ops: Vec<CmpOp>,
        comparators: Vec<Expr>,
    },
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        keywords: Vec<Keyword>,
    },
    /// `conversion` is -1 (none) or the code of 's', 'r', 'a', as in CPython.
    FormattedValue {
        value: Box<Expr>,
        conversion: i32,
        format_spec: Option<Box<Expr>>,
    },
    JoinedStr(Vec<Expr>),
    /// `kind_u` records a `u"..."` prefix (CPython's `kind='u'`).
    Constant {
        value: Constant,
        kind_u: bool,
    },
    Attribute {
        value: Box<Expr>,
        attr: String,
        ctx: Ctx,
    },
    Subscript {
        value: Box<Expr>,
        slice: Box<Expr>,
        ctx: Ctx,
    },
    Starred {
        value: Box<Expr>,
        ctx: Ctx,
    },
    Name {
        id: String,
        ctx: Ctx,
    },
    List {
        elts: Vec<Expr>,
        ctx: Ctx,
    },
    Tuple {
        elts: Vec<Expr>,
        ctx: Ctx,
    },
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
}

impl Expr {
    pub fn new(pos: Pos, kind: ExprKind) -> Expr {
        Expr { pos, kind }
    }

    pub fn constant(pos: Pos, value: Constant) -> Expr {
        Expr::new(
            pos,
            ExprKind::Constant {
                value,
                kind_u: false,
            },
        )
    }

    /// Moves the kind out, leaving a cheap placeholder (Expr has a Drop impl, so fields cannot be
    /// moved out by pattern matching).
    pub fn take(&mut self) -> ExprKind {
        core::mem::replace(
            &mut self.kind,
            ExprKind::Constant {
                value: Constant::None,
                kind_u: false,
            },
        )
    }

    fn leaf() -> Expr {
        Expr::constant(Pos::default(), Constant::None)
    }
}

fn take_box(b: &mut Box<Expr>, out: &mut Vec<Expr>) {
    out.push(core::mem::replace(&mut **b, Expr::leaf()));
}

impl ExprKind {
    /// Moves child expressions out so they are dropped from a loop, not by recursion: a
    /// 10 MB `a+a+...` chain is a million levels deep.
    fn drain(&mut self, out: &mut Vec<Expr>) {
        match self {
            ExprKind::BoolOp { values, .. } => out.append(values),
            ExprKind::NamedExpr { target, value } => {
                take_box(target, out);
                take_box(value, out);
            }
            ExprKind::BinOp { left, right, .. } => {
                take_box(left, out);
                take_box(right, out);
            }
            ExprKind::UnaryOp { operand, .. } => take_box(operand, out),
            ExprKind::Lambda { body, .. } => take_box(body, out),
            ExprKind::IfExp { test, body, orelse } => {
                take_box(test, out);
                take_box(body, out);
                take_box(orelse, out);
            }
            ExprKind::Dict { keys, values } => {
                out.extend(keys.drain(..).flatten());
                out.append(values);
            }
            ExprKind::Set(v) | ExprKind::JoinedStr(v) => out.append(v),
            ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => out.append(elts),
            ExprKind::ListComp { elt, .. }
            | ExprKind::SetComp { elt, .. }
            | ExprKind::GeneratorExp { elt, .. } => take_box(elt, out),
            ExprKind::DictComp { key, value, .. } => {
                take_box(key, out);
                take_box(value, out);
            }
            ExprKind::Await(v) | ExprKind::YieldFrom(v) | ExprKind::Yield(Some(v)) => {
                take_box(v, out)
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                take_box(left, out);
                out.append(comparators);
            }
            ExprKind::Call { func, args, .. } => {
                take_box(func, out);
                out.append(args);
            }
            ExprKind::FormattedValue { value, .. } => take_box(value, out),
            ExprKind::Attribute { value, .. }
            | ExprKind::Subscript { value, .. }
            | ExprKind::Starred { value, .. } => take_box(value, out),
            _ => {}
        }
    }
}

impl Drop for Expr {
    fn drop(&mut self) {
        if matches!(
            self.kind,
            ExprKind::Name { .. } | ExprKind::Constant { .. } | ExprKind::Yield(None)
        ) {
            return;
        }
        let mut stack = Vec::new();
        self.kind.drain(&mut stack);
        while let Some(mut e) = stack.pop() {
            e.kind.drain(&mut stack);
        }
    }
}

#[derive(Debug)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
    pub is_async: bool,
}

#[derive(Debug)]
pub struct ExceptHandler {
    pub pos: Pos,
    pub type_: Option<Expr>,
    pub name: Option<String>,
    pub body: Vec<Stmt>,
}

#[derive(Debug, Default)]
pub struct Arguments {
    pub posonlyargs: Vec<Arg>,
    pub args: Vec<Arg>,
    pub vararg: Option<Arg>,
    pub kwonlyargs: Vec<Arg>,
    /// One per kwonly argument; None where it has no default.
    pub kw_defaults: Vec<Option<Expr>>,
    pub kwarg: Option<Arg>,
    /// Defaults of the last positional (posonly + regular) arguments.
    pub defaults: Vec<Expr>,
}

#[derive(Debug)]
pub struct Arg {
    pub pos: Pos,
    pub arg: String,
    pub annotation: Option<Expr>,
}

#[derive(Debug)]
pub struct Keyword {
    pub pos: Pos,
    /// None for `**mapping`.
    pub arg: Option<String>,
    pub value: Expr,
}

#[derive(Debug)]
pub struct Alias {
    pub pos: Pos,
    pub name: String,
    pub asname: Option<String>,
}

#[derive(Debug)]
pub struct WithItem {
    pub context_expr: Expr,
    pub optional_vars: Option<Expr>,
}

#[derive(Debug)]
pub struct MatchCase {
    pub pattern: Pattern,
    pub guard: Option<Expr>,
    pub body: Vec<Stmt>,
}

#[derive(Debug)]
pub struct Pattern {
    pub pos: Pos,
    pub kind: PatternKind,
}

#[derive(Debug)]
pub enum PatternKind {
    MatchValue(Expr),
    MatchSingleton(Constant),
    MatchSequence(Vec<Pattern>),
    MatchMapping {
        keys: Vec<Expr>,
        patterns: Vec<Pattern>,
        rest: Option<String>,
    },
    MatchClass {
        cls: Expr,
        patterns: Vec<Pattern>,
        kwd_attrs: Vec<String>,
        kwd_patterns: Vec<Pattern>,
    },
    MatchStar(Option<String>),
    MatchAs {
        pattern: Option<Box<Pattern>>,
        name: Option<String>,
    },
    MatchOr(Vec<Pattern>),
}

#[derive(Debug)]
pub struct TypeParam {
    pub pos: Pos,
    pub kind: TypeParamKind,
}

#[derive(Debug)]
pub enum TypeParamKind {
    TypeVar { name: String, bound: Option<Expr> },
    ParamSpec { name: String },
    TypeVarTuple { name: String },
}
