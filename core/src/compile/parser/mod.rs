//! Recursive-descent parser from tokens to the AST. Split by concept: `expr` (expressions, with
//! loops instead of recursion for operator chains), `stmt` (statements and blocks), `pattern`
//! (match/case patterns), `target` (assignment/deletion targets and their error messages), and
//! `args` (parameter lists).
//!
//! Recursion is bounded twice: a nesting counter (CPython-like "too complex" past `MAX_DEPTH`)
//! and a native-stack budget measured from the address of a local, so no input can overflow the
//! host's stack whatever the optimisation level.

mod args;
mod expr;
mod pattern;
mod stmt;
mod target;

use super::Mode;
use super::ast::{ModuleBody, Pos};
use super::error::{ErrorKind, Loc, PResult, RawError, err, span, span_raw};
use super::source::Source;
use super::token::{Kw, Op, Tok, Token};
use super::tokenizer::Tokens;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

/// Nesting of recursive constructs (unary operators, lambdas, brackets...) past which we report
/// CPython's "too complex" MemoryError. CPython's parser has 6,000 levels of rule calls, about
/// 24 of them used above an expression's operand; a prefix operator, `not` or conditional
/// expression costs one level, `**` and `lambda` two (measured on python3 3.11: 5,976 nested
/// `-` fail, 2,989 `**`, 2,988 lambdas).
const MAX_DEPTH: u32 = 5976;

pub(crate) struct Parser<'a> {
    pub src: &'a Source,
    pub s: &'a [u8],
    pub toks: &'a [Token],
    pub i: usize,
    depth: u32,
    unclosed: Option<(u8, u32)>,
    stack_base: usize,
    /// Native stack (bytes) the parser may use below `stack_base`.
    stack_budget: usize,
    /// Set while parsing an f-string replacement field (changes some error messages).
    pub in_fstring: u32,
}

pub(crate) fn parse(
    src: &Source,
    toks: &Tokens,
    mode: Mode,
    stack_budget: usize,
) -> PResult<ModuleBody> {
    let marker = 0u8;
    let mut p = Parser {
        src,
        s: &src.text,
        toks: &toks.toks,
        i: 0,
        depth: 0,
        unclosed: toks.unclosed,
        stack_base: &marker as *const u8 as usize,
        stack_budget,
        in_fstring: 0,
    };
    match mode {
        Mode::Exec => {
            let mut body = Vec::new();
            while p.kind() != Tok::EndMarker {
                p.statement(&mut body)?;
            }
            Ok(ModuleBody::Module(body))
        }
        Mode::Eval => {
            while p.kind() == Tok::Newline {
                p.i += 1;
            }
            let e = p.star_expressions()?;
            while p.kind() == Tok::Newline {
                p.i += 1;
            }
            if p.kind() != Tok::EndMarker {
                return Err(p.invalid_syntax());
            }
            Ok(ModuleBody::Expression(e))
        }
        Mode::Single => {
            let mut body = Vec::new();
            while p.kind() == Tok::Newline {
                p.i += 1;
            }
            if p.kind() != Tok::EndMarker {
                p.statement(&mut body)?;
            }
            while p.kind() == Tok::Newline {
                p.i += 1;
            }
            if p.kind() != Tok::EndMarker {
                let t = p.tok();
                let (l, c) = p.src.line_col(t.start);
                return Err(err(
                    ErrorKind::SyntaxError,
                    "multiple statements found while compiling a single statement",
                    span(l, c, l, c),
                ));
            }
            Ok(ModuleBody::Interactive(body))
        }
    }
}

/// Remembered start of a node, to build its `Pos` once its last token is consumed.
#[derive(Clone, Copy)]
pub(crate) struct Mark(pub u32);

impl<'a> Parser<'a> {
    pub fn tok(&self) -> Token {
        self.toks[self.i.min(self.toks.len() - 1)]
    }

    pub fn kind(&self) -> Tok {
        self.tok().kind
    }

    pub fn nth(&self, k: usize) -> Tok {
        self.toks[(self.i + k).min(self.toks.len() - 1)].kind
    }

    pub fn at_op(&self, op: Op) -> bool {
        self.kind() == Tok::Op(op)
    }

    pub fn at_kw(&self, kw: Kw) -> bool {
        self.kind() == Tok::Kw(kw)
    }

    pub fn eat_op(&mut self, op: Op) -> bool {
        if self.at_op(op) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    pub fn eat_kw(&mut self, kw: Kw) -> bool {
        if self.at_kw(kw) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    pub fn bump(&mut self) -> Token {
        let t = self.tok();
        if self.i < self.toks.len() - 1 {
            self.i += 1;
        }
        t
    }

    pub fn text(&self, t: Token) -> &'a [u8] {
        &self.s[t.start as usize..t.end as usize]
    }

    pub fn is_name(&self, word: &str) -> bool {
        self.kind() == Tok::Name && self.text(self.tok()) == word.as_bytes()
    }

    pub fn name_string(&self, t: Token) -> String {
        String::from_utf8_lossy(self.text(t)).into_owned()
    }

    pub fn mark(&self) -> Mark {
        Mark(self.tok().start)
    }

    pub fn off_pos(&self, start: u32, end: u32) -> Pos {
        let (l, c) = self.src.line_col(start);
        let (el, ec) = self.src.line_col(end);
        Pos {
            lineno: l,
            col_offset: c,
            end_lineno: el,
            end_col_offset: ec,
        }
    }

    pub fn tok_pos(&self, t: Token) -> Pos {
        self.off_pos(t.start, t.end)
    }

    /// Position from a mark to the end of the last consumed token.
    pub fn pos_from(&self, m: Mark) -> Pos {
        // The end is the last token that is not layout (NEWLINE/INDENT/DEDENT).
        let mut j = self.i;
        while j > 0
            && matches!(
                self.toks[j - 1].kind,
                Tok::Newline | Tok::Indent | Tok::Dedent | Tok::EndMarker
            )
        {
            j -= 1;
        }
        let end = if j == 0 { m.0 } else { self.toks[j - 1].end };
        self.off_pos(m.0, end.max(m.0))
    }

    /// Guards recursion; call `leave` after.
    pub fn enter(&mut self) -> PResult<()> {
        self.depth += 1;
        let here = 0u8;
        let used = self.stack_base.saturating_sub(&here as *const u8 as usize);
        if self.depth > MAX_DEPTH || used > self.stack_budget {
            return Err(err(
                ErrorKind::MemoryError,
                "Parser stack overflowed - Python source too complex to parse",
                Loc::None,
            ));
        }
        Ok(())
    }

    pub fn leave(&mut self) {
        self.depth -= 1;
    }

    pub fn add_depth(&mut self, n: u32) -> PResult<()> {
        self.depth += n;
        let r = self.enter();
        self.depth -= n + 1;
        r
    }

    pub fn error_pos(&self, msg: impl Into<String>, p: Pos) -> RawError {
        err(
            ErrorKind::SyntaxError,
            msg,
            span(p.lineno, p.col_offset, p.end_lineno, p.end_col_offset),
        )
    }

    pub fn error_tok(&self, msg: impl Into<String>, t: Token) -> RawError {
        self.error_pos(msg, self.tok_pos(t))
    }

    /// The generic error at the current token, with CPython's special cases for where it is.
    pub fn invalid_syntax(&self) -> RawError {
        let t = self.tok();
        match t.kind {
            Tok::Indent => {
                let (l, _) = self.src.line_col(t.end);
                let (_, c) = self.src.line_col(t.end);
                err(
                    ErrorKind::IndentationError,
                    "unexpected indent",
                    Loc::Raw {
                        line: l,
                        offset: c as i64,
                        end_line: l,
                        end_col: super::error::EndCol::Raw(-1),
                    },
                )
            }
            Tok::EndMarker | Tok::Newline | Tok::Dedent if self.at_eof_region() => {
                if let Some((b, at)) = self.unclosed {
                    let (l, c) = self.src.line_col(at);
                    return err(
                        ErrorKind::SyntaxError,
                        format!("'{}' was never closed", b as char),
                        span_raw(l, c, l, 0),
                    );
                }
                self.error_tok("invalid syntax", t)
            }
            _ => self.error_tok("invalid syntax", t),
        }
    }

    fn at_eof_region(&self) -> bool {
        self.toks[self.i..]
            .iter()
            .all(|t| matches!(t.kind, Tok::Newline | Tok::Dedent | Tok::EndMarker))
    }

    pub fn expect_op(&mut self, op: Op) -> PResult<Token> {
        if self.at_op(op) {
            Ok(self.bump())
        } else {
            Err(self.invalid_syntax())
        }
    }

    /// `expected ':'` as CPython reports it after a compound statement header.
    pub fn expect_colon(&mut self) -> PResult<()> {
        if self.eat_op(Op::Colon) {
            return Ok(());
        }
        if matches!(self.kind(), Tok::Newline | Tok::EndMarker) || !self.at_eof_region() {
            let prev = self.toks[self.i.saturating_sub(1)];
            let t = self.tok();
            if t.kind == Tok::Newline || t.kind == Tok::EndMarker || self.unclosed.is_none() {
                let (l, c) = self.src.line_col(prev.end);
                let _ = c;
                return Err(self.error_pos(
                    "expected ':'",
                    Pos {
                        lineno: l,
                        col_offset: c,
                        end_lineno: l,
                        end_col_offset: c + 1,
                    },
                ));
            }
        }
        Err(self.invalid_syntax())
    }

    pub fn expect_name(&mut self) -> PResult<Token> {
        if self.kind() == Tok::Name {
            Ok(self.bump())
        } else {
            Err(self.invalid_syntax())
        }
    }
}
