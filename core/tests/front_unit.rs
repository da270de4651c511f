//! Tokenizer edge cases and AST shapes of tricky constructs.

#![allow(clippy::collapsible_if, clippy::result_large_err)]

use copperhead_core::compile::ast::*;
use copperhead_core::compile::symtable::{NameScope, ScopeKind};
use copperhead_core::compile::{Mode, check, parse};

fn expr(src: &str) -> Expr {
    match parse(src.as_bytes(), "<t>", Mode::Eval).expect(src) {
        ModuleBody::Expression(e) => e,
        _ => unreachable!(),
    }
}

fn constant(src: &str) -> Constant {
    match expr(src).take() {
        ExprKind::Constant { value, .. } => value,
        k => panic!("{src}: {k:?}"),
    }
}

#[test]
fn numbers() {
    assert_eq!(constant("0x_ff"), Constant::Int(Int::Small(255)));
    assert_eq!(constant("0o17"), Constant::Int(Int::Small(15)));
    assert_eq!(constant("0b1_01"), Constant::Int(Int::Small(5)));
    assert_eq!(constant("1_000"), Constant::Int(Int::Small(1000)));
    assert_eq!(constant("1e3"), Constant::Float(1000.0));
    assert_eq!(constant(".5"), Constant::Float(0.5));
    assert_eq!(constant("5."), Constant::Float(5.0));
    assert_eq!(constant("2.5j"), Constant::Complex(2.5));
    assert_eq!(constant("0.1"), Constant::Float(0.1));
    assert!(matches!(
        constant("123456789012345678901234567890"),
        Constant::Int(Int::Big(_))
    ));
}

#[test]
fn strings() {
    assert_eq!(
        constant(r#"'a\n\x41\u00e9\101'"#),
        Constant::Str("a\nAéA".into())
    );
    assert_eq!(constant(r#"r'a\n'"#), Constant::Str("a\\n".into()));
    assert_eq!(
        constant(r#"b'\xff' b"x""#),
        Constant::Bytes(vec![0xff, b'x'])
    );
    assert_eq!(constant("'''a\nb'''"), Constant::Str("a\nb".into()));
    assert_eq!(constant("'a' \"b\" '''c'''"), Constant::Str("abc".into()));
    assert_eq!(
        constant(r#"'\N{EM DASH}'"#),
        Constant::Str("\u{2014}".into())
    );
}

#[test]
fn fstrings_nest() {
    let mut e = expr(r#"f"{x!r:>{width}} {f'{y}'=}" 'tail'"#);
    let ExprKind::JoinedStr(parts) = e.take() else {
        panic!()
    };
    assert!(matches!(
        parts[0].kind,
        ExprKind::FormattedValue {
            conversion: 114,
            ..
        }
    ));
    // Constant " f'{y}'=" precedes the debug field, as in CPython.
    assert!(
        matches!(&parts[1].kind, ExprKind::Constant { value: Constant::Str(s), .. } if s == " f'{y}'=")
    );
    assert!(
        matches!(&parts[3].kind, ExprKind::Constant { value: Constant::Str(s), .. } if s == "tail")
    );
}

#[test]
fn positions_are_utf8_bytes() {
    let m = parse("é = 'ü' + x\n".as_bytes(), "<t>", Mode::Exec).unwrap();
    let ModuleBody::Module(body) = m else {
        panic!()
    };
    let StmtKind::Assign { value, .. } = &body[0].kind else {
        panic!()
    };
    assert_eq!(value.pos.col_offset, 5);
    assert_eq!(value.pos.end_col_offset, 13);
}

#[test]
fn power_and_unary_associate_like_python() {
    let mut e = expr("-a ** -b ** c");
    let ExprKind::UnaryOp {
        op: UnaryOp::USub,
        operand,
    } = e.take()
    else {
        panic!()
    };
    assert!(matches!(
        operand.kind,
        ExprKind::BinOp {
            op: Operator::Pow,
            ..
        }
    ));
}

#[test]
fn statements_parse() {
    let src = r#"
@dec
async def f[T: int, *Ts, **P](a, /, b=1, *c, d, e=2, **f) -> T:
    async with (a as b, c):
        pass
    async for x in y:
        await z
    return [i async for i in g()]
class C(B, metaclass=M):
    def m(self):
        return super().m(), __class__
type Alias[T] = list[T]
try:
    pass
except* (A, B) as e:
    pass
match p:
    case {"k": [1, *rest], **kw} if rest:
        pass
    case Point(x=0, y=_) | Point(0, 0) as q:
        pass
    case -1 + 2j | "s" | None | a.b:
        pass
x: int = (y := 3)
del a[0], b.c
from ..m import (a as b, c,)
global g
"#;
    check(src.as_bytes(), "<t>", Mode::Exec).unwrap();
}

#[test]
fn scopes_resolve() {
    let src = "def outer():\n  x = 1\n  def inner():\n    nonlocal x\n    return x + y\n  return inner\nclass K:\n  def m(self):\n    return super()\n";
    let m = check(src.as_bytes(), "<t>", Mode::Exec).unwrap();
    let st = &m.symtable;
    let outer = st.scope_at(ScopeKind::Function, 1, 0).unwrap();
    assert_eq!(outer.cellvars, vec!["x".to_string()]);
    let inner = st.scope_at(ScopeKind::Function, 3, 2).unwrap();
    assert_eq!(inner.freevars, vec!["x".to_string()]);
    let k = st.scope_at(ScopeKind::Class, 7, 0).unwrap();
    assert!(k.needs_class_closure);
    let mth = st.scope_at(ScopeKind::Function, 8, 2).unwrap();
    assert_eq!(mth.freevars, vec!["__class__".to_string()]);
    let y = mth.symbols.iter().find(|s| s.name == "super").unwrap();
    assert_eq!(y.scope, NameScope::GlobalImplicit);
}

#[test]
fn modes() {
    assert!(check(b"1 +\n", "<t>", Mode::Eval).is_err());
    assert!(check(b"x = 1", "<t>", Mode::Eval).is_err());
    let e = check(b"x = 1\ny = 2\n", "<t>", Mode::Single).unwrap_err();
    assert_eq!(
        e.msg,
        "multiple statements found while compiling a single statement"
    );
    assert!(check(b"if x:\n  pass\n", "<t>", Mode::Single).is_ok());
}

#[test]
fn crlf_and_latin1() {
    assert!(check(b"x = 1\r\nif x:\r\n  y = 2\r\n", "<t>", Mode::Exec).is_ok());
    let m = check(
        b"# -*- coding: latin-1 -*-\nx = '\xe9'\n",
        "<t>",
        Mode::Exec,
    )
    .unwrap();
    let ModuleBody::Module(body) = m.body else {
        panic!()
    };
    let StmtKind::Assign { value, .. } = &body[0].kind else {
        panic!()
    };
    assert!(matches!(&value.kind, ExprKind::Constant { value: Constant::Str(s), .. } if s == "é"));
}
