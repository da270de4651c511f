//! Parses a case line into statements (Python's grammar, restricted to what case files need).

use super::lexer::Tok;

#[derive(Clone, Debug)]
pub enum Expr {
    Name(String),
    Int(String),
    Float(f64),
    Imag(f64),
    Str(copperhead_core::object::str_wtf8::WtfString),
    Bytes(Vec<u8>),
    Ellipsis,
    Tuple(Vec<Expr>),
    List(Vec<Expr>),
    Set(Vec<Expr>),
    Dict(Vec<(Expr, Expr)>),
    Starred(Box<Expr>),
    Attr(Box<Expr>, String),
    Call(Box<Expr>, Vec<Arg>),
    Subscript(Box<Expr>, Box<Expr>),
    Slice(Option<Box<Expr>>, Option<Box<Expr>>, Option<Box<Expr>>),
    Unary(&'static str, Box<Expr>),
    Binary(&'static str, Box<Expr>, Box<Expr>),
    Compare(Box<Expr>, Vec<(&'static str, Expr)>),
    And(Box<Expr>, Box<Expr>),
    Or(Box<Expr>, Box<Expr>),
    Not(Box<Expr>),
    IfElse(Box<Expr>, Box<Expr>, Box<Expr>),
}

#[derive(Clone, Debug)]
pub enum Arg {
    Pos(Expr),
    Kw(String, Expr),
    Star(Expr),
    StarStar(Expr),
}

#[derive(Clone, Debug)]
pub enum Stmt {
    Expr(Expr),
    Assign(Vec<Expr>, Expr),
    AugAssign(Expr, &'static str, Expr),
    Del(Vec<Expr>),
}

pub struct Parser {
    toks: Vec<Tok>,
    pos: usize,
}

type R<T> = Result<T, String>;

impl Parser {
    pub fn new(toks: Vec<Tok>) -> Parser {
        Parser { toks, pos: 0 }
    }

    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.pos)
    }
    fn is_op(&self, op: &str) -> bool {
        matches!(self.peek(), Some(Tok::Op(o)) if *o == op)
    }
    fn is_name(&self, n: &str) -> bool {
        matches!(self.peek(), Some(Tok::Name(x)) if x == n)
    }
    fn eat_op(&mut self, op: &str) -> bool {
        if self.is_op(op) {
            self.pos += 1;
            true
        } else {
            false
        }
    }
    fn eat_name(&mut self, n: &str) -> bool {
        if self.is_name(n) {
            self.pos += 1;
            true
        } else {
            false
        }
    }
    fn expect_op(&mut self, op: &str) -> R<()> {
        if self.eat_op(op) {
            Ok(())
        } else {
            Err(format!(
                "expected {op:?} at token {} ({:?})",
                self.pos,
                self.peek()
            ))
        }
    }

    pub fn program(&mut self) -> R<Vec<Stmt>> {
        let mut out = vec![self.stmt()?];
        while self.eat_op(";") {
            if self.peek().is_none() {
                break;
            }
            out.push(self.stmt()?);
        }
        if self.peek().is_some() {
            return Err(format!("unexpected token {:?}", self.peek()));
        }
        Ok(out)
    }

    fn stmt(&mut self) -> R<Stmt> {
        if self.eat_name("del") {
            let mut targets = vec![self.expr()?];
            while self.eat_op(",") {
                targets.push(self.expr()?);
            }
            return Ok(Stmt::Del(targets));
        }
        let first = self.expr_list()?;
        for op in [
            "+=", "-=", "*=", "/=", "//=", "%=", "**=", "&=", "|=", "^=", "<<=", ">>=",
        ] {
            if self.eat_op(op) {
                let value = self.expr_list()?;
                return Ok(Stmt::AugAssign(first, op, value));
            }
        }
        if self.is_op("=") {
            let mut targets = vec![first];
            let mut value;
            loop {
                self.expect_op("=")?;
                value = self.expr_list()?;
                if !self.is_op("=") {
                    break;
                }
                targets.push(value.clone());
            }
            return Ok(Stmt::Assign(targets, value));
        }
        Ok(Stmt::Expr(first))
    }

    /// `a, b` (a tuple) or a single expression.
    fn expr_list(&mut self) -> R<Expr> {
        let first = self.star_or_expr()?;
        if !self.is_op(",") {
            return Ok(first);
        }
        let mut items = vec![first];
        while self.eat_op(",") {
            if self.at_end_of_list() {
                break;
            }
            items.push(self.star_or_expr()?);
        }
        Ok(Expr::Tuple(items))
    }

    fn at_end_of_list(&self) -> bool {
        matches!(
            self.peek(),
            None | Some(Tok::Op(")" | "]" | "}" | ";" | "="))
        )
    }

    fn star_or_expr(&mut self) -> R<Expr> {
        if self.eat_op("*") {
            return Ok(Expr::Starred(Box::new(self.or_expr()?)));
        }
        self.expr()
    }

    pub fn expr(&mut self) -> R<Expr> {
        let e = self.or_test()?;
        if self.eat_name("if") {
            let cond = self.or_test()?;
            if !self.eat_name("else") {
                return Err("expected else".into());
            }
            let other = self.expr()?;
            return Ok(Expr::IfElse(Box::new(cond), Box::new(e), Box::new(other)));
        }
        Ok(e)
    }

    fn or_test(&mut self) -> R<Expr> {
        let mut e = self.and_test()?;
        while self.eat_name("or") {
            e = Expr::Or(Box::new(e), Box::new(self.and_test()?));
        }
        Ok(e)
    }
    fn and_test(&mut self) -> R<Expr> {
        let mut e = self.not_test()?;
        while self.eat_name("and") {
            e = Expr::And(Box::new(e), Box::new(self.not_test()?));
        }
        Ok(e)
    }
    fn not_test(&mut self) -> R<Expr> {
        if self.eat_name("not") {
            return Ok(Expr::Not(Box::new(self.not_test()?)));
        }
        self.comparison()
    }
    fn comparison(&mut self) -> R<Expr> {
        let first = self.or_expr()?;
        let mut rest = Vec::new();
        loop {
            let op = if self.eat_op("<") {
                "<"
            } else if self.eat_op(">") {
                ">"
            } else if self.eat_op("==") {
                "=="
            } else if self.eat_op("!=") {
                "!="
            } else if self.eat_op("<=") {
                "<="
            } else if self.eat_op(">=") {
                ">="
            } else if self.eat_name("in") {
                "in"
            } else if self.is_name("not")
                && matches!(self.toks.get(self.pos + 1), Some(Tok::Name(n)) if n == "in")
            {
                self.pos += 2;
                "not in"
            } else if self.eat_name("is") {
                if self.eat_name("not") { "is not" } else { "is" }
            } else {
                break;
            };
            rest.push((op, self.or_expr()?));
        }
        Ok(if rest.is_empty() {
            first
        } else {
            Expr::Compare(Box::new(first), rest)
        })
    }

    fn binary_level(&mut self, level: usize) -> R<Expr> {
        const LEVELS: &[&[&str]] = &[
            &["|"],
            &["^"],
            &["&"],
            &["<<", ">>"],
            &["+", "-"],
            &["*", "/", "//", "%", "@"],
        ];
        if level == LEVELS.len() {
            return self.factor();
        }
        let mut e = self.binary_level(level + 1)?;
        'outer: loop {
            for op in LEVELS[level] {
                if self.eat_op(op) {
                    let rhs = self.binary_level(level + 1)?;
                    e = Expr::Binary(op, Box::new(e), Box::new(rhs));
                    continue 'outer;
                }
            }
            return Ok(e);
        }
    }
    fn or_expr(&mut self) -> R<Expr> {
        self.binary_level(0)
    }
    fn factor(&mut self) -> R<Expr> {
        for op in ["-", "+", "~"] {
            if self.eat_op(op) {
                return Ok(Expr::Unary(op, Box::new(self.factor()?)));
            }
        }
        self.power()
    }
    fn power(&mut self) -> R<Expr> {
        let base = self.primary()?;
        if self.eat_op("**") {
            let exp = self.factor()?;
            return Ok(Expr::Binary("**", Box::new(base), Box::new(exp)));
        }
        Ok(base)
    }
    fn primary(&mut self) -> R<Expr> {
        let mut e = self.atom()?;
        loop {
            if self.eat_op("(") {
                e = Expr::Call(Box::new(e), self.call_args()?);
            } else if self.eat_op("[") {
                let idx = self.subscript_list()?;
                self.expect_op("]")?;
                e = Expr::Subscript(Box::new(e), Box::new(idx));
            } else if self.eat_op(".") {
                match self.toks.get(self.pos).cloned() {
                    Some(Tok::Name(n)) => {
                        self.pos += 1;
                        e = Expr::Attr(Box::new(e), n);
                    }
                    other => return Err(format!("expected attribute name, got {other:?}")),
                }
            } else {
                return Ok(e);
            }
        }
    }
    fn call_args(&mut self) -> R<Vec<Arg>> {
        let mut args = Vec::new();
        while !self.eat_op(")") {
            if self.eat_op("**") {
                args.push(Arg::StarStar(self.expr()?));
            } else if self.eat_op("*") {
                args.push(Arg::Star(self.expr()?));
            } else if let (Some(Tok::Name(n)), Some(Tok::Op("="))) = (
                self.toks.get(self.pos).cloned(),
                self.toks.get(self.pos + 1),
            ) {
                self.pos += 2;
                args.push(Arg::Kw(n, self.expr()?));
            } else {
                args.push(Arg::Pos(self.expr()?));
            }
            if !self.eat_op(",") {
                self.expect_op(")")?;
                break;
            }
        }
        Ok(args)
    }
    fn subscript_list(&mut self) -> R<Expr> {
        let first = self.subscript()?;
        if !self.is_op(",") {
            return Ok(first);
        }
        let mut items = vec![first];
        while self.eat_op(",") {
            if self.is_op("]") {
                break;
            }
            items.push(self.subscript()?);
        }
        Ok(Expr::Tuple(items))
    }
    fn subscript(&mut self) -> R<Expr> {
        let lower = if self.is_op(":") {
            None
        } else {
            Some(Box::new(self.expr()?))
        };
        if !self.eat_op(":") {
            return lower
                .map(|b| *b)
                .ok_or_else(|| "empty subscript".to_string());
        }
        let upper = if self.is_op(":") || self.is_op("]") || self.is_op(",") {
            None
        } else {
            Some(Box::new(self.expr()?))
        };
        let step = if self.eat_op(":") && !self.is_op("]") && !self.is_op(",") {
            Some(Box::new(self.expr()?))
        } else {
            None
        };
        Ok(Expr::Slice(lower, upper, step))
    }
    fn atom(&mut self) -> R<Expr> {
        let Some(t) = self.toks.get(self.pos).cloned() else {
            return Err("unexpected end".into());
        };
        self.pos += 1;
        Ok(match t {
            Tok::Name(n) => Expr::Name(n),
            Tok::Int(s) => Expr::Int(s),
            Tok::Float(f) => Expr::Float(f),
            Tok::Imag(f) => Expr::Imag(f),
            Tok::Str(mut s) => {
                while let Some(Tok::Str(more)) = self.peek().cloned() {
                    self.pos += 1;
                    s.push_wtf(&more);
                }
                Expr::Str(s)
            }
            Tok::Bytes(mut b) => {
                while let Some(Tok::Bytes(more)) = self.peek().cloned() {
                    self.pos += 1;
                    b.extend(more);
                }
                Expr::Bytes(b)
            }
            Tok::Op("...") => Expr::Ellipsis,
            Tok::Op("(") => {
                if self.eat_op(")") {
                    return Ok(Expr::Tuple(vec![]));
                }
                let e = self.star_or_expr()?;
                if self.eat_op(")") {
                    return Ok(e);
                }
                let mut items = vec![e];
                while self.eat_op(",") {
                    if self.is_op(")") {
                        break;
                    }
                    items.push(self.star_or_expr()?);
                }
                self.expect_op(")")?;
                Expr::Tuple(items)
            }
            Tok::Op("[") => {
                let mut items = Vec::new();
                while !self.eat_op("]") {
                    items.push(self.star_or_expr()?);
                    if !self.eat_op(",") {
                        self.expect_op("]")?;
                        break;
                    }
                }
                Expr::List(items)
            }
            Tok::Op("{") => {
                if self.eat_op("}") {
                    return Ok(Expr::Dict(vec![]));
                }
                let first = self.star_or_expr()?;
                if self.eat_op(":") {
                    let mut pairs = vec![(first, self.expr()?)];
                    while self.eat_op(",") {
                        if self.is_op("}") {
                            break;
                        }
                        let k = self.expr()?;
                        self.expect_op(":")?;
                        pairs.push((k, self.expr()?));
                    }
                    self.expect_op("}")?;
                    Expr::Dict(pairs)
                } else {
                    let mut items = vec![first];
                    while self.eat_op(",") {
                        if self.is_op("}") {
                            break;
                        }
                        items.push(self.star_or_expr()?);
                    }
                    self.expect_op("}")?;
                    Expr::Set(items)
                }
            }
            other => return Err(format!("unexpected token {other:?}")),
        })
    }
}
