//! The front end: source bytes to a checked AST with symbol tables.
//!
//! Pipeline: `source` (decoding) → `tokenizer` → `parser` (AST in `ast`) → `symtable` (scopes) and
//! `check` (the rejections CPython makes in its compiler). `check()` is the entry point; whatever
//! it accepts, CPython's `compile()` accepts, so a code generator has nothing left to reject.
//!
//! Depth: the parser and the code generator bound their recursion by a stack budget the caller
//! gives (`*_with_stack`, `Limits`); a runtime passes what is left of its own native stack budget,
//! and the plain entry points assume `DEFAULT_STACK_BUDGET` (run them on a thread with at
//! least twice that much stack). The generator also refuses expressions nested deeper than
//! `Limits::nesting`, as CPython's compiler does (three levels per unused Python frame).
//!
//! String constants may hold lone surrogates (`"\ud800"`; see `ast::Constant::Str`).
//! Known gap: non-ASCII identifiers are not NFKC-normalized.

// Style lints whose suggested rewrites (let-chains everywhere) hurt readability of the parser.
#![allow(
    clippy::collapsible_if,
    clippy::collapsible_match,
    clippy::if_same_then_else,
    clippy::manual_inspect,
    clippy::question_mark,
    clippy::result_large_err,
    clippy::should_implement_trait,
    clippy::wrong_self_convention
)]

mod assemble;
pub mod ast;
mod check;
pub mod codegen;
mod codepages;
pub mod error;
mod fstring;
mod literal;
mod parser;
mod source;
pub mod symtable;
pub mod token;
mod tokenizer;
mod unicode_names;
pub mod unparse;

pub use codegen::{compile, compile_with_limits, generate};
pub use error::{ErrorKind, SyntaxError};

use alloc::string::String;
use error::{EndCol, Loc, RawError};
use source::Source;

/// What `compile()` mode the source is compiled in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Exec,
    Eval,
    Single,
}

/// A program that passed every front-end check.
#[derive(Debug)]
pub struct CheckedModule {
    pub body: ast::ModuleBody,
    pub symtable: symtable::SymbolTable,
}

/// Native stack (bytes) the parser and the code generator may each use when the caller does not
/// say: enough for CPython's 200 nested brackets in an unoptimized build.
pub const DEFAULT_STACK_BUDGET: usize = 8 << 20;

/// How deep compiling may go: native stack bytes for the parser and for the generator each,
/// and expression nesting for the generator.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    pub stack_bytes: usize,
    /// CPython refuses expressions nested deeper than three times the recursion frames left
    /// ("maximum recursion depth exceeded during compilation"): 3,000 at the default limit.
    pub nesting: usize,
}

impl Limits {
    /// What the plain entry points assume: the default stack budget, CPython's default nesting.
    pub const DEFAULT: Limits = Limits::with_stack(DEFAULT_STACK_BUDGET);

    /// `stack_bytes` of stack, and the nesting CPython allows at its default recursion limit.
    pub const fn with_stack(stack_bytes: usize) -> Limits {
        Limits {
            stack_bytes,
            nesting: 3000,
        }
    }
}

/// Tokenizes, parses and checks `source` as CPython's `compile(source, filename, mode)` would.
pub fn check(source: &[u8], filename: &str, mode: Mode) -> Result<CheckedModule, SyntaxError> {
    check_with_stack(source, filename, mode, DEFAULT_STACK_BUDGET)
}

/// `check` with the native stack (bytes) the parser may use.
pub fn check_with_stack(
    source: &[u8],
    filename: &str,
    mode: Mode,
    stack_budget: usize,
) -> Result<CheckedModule, SyntaxError> {
    let src = match source::decode(source) {
        Ok(s) => s,
        Err(e) => return Err(locate(None, e, filename)),
    };
    let toks = match tokenizer::tokenize(&src) {
        Ok(t) => t,
        Err(e) => return Err(locate(Some(&src), e, filename)),
    };
    let body = match parser::parse(&src, &toks, mode, stack_budget) {
        Ok(b) => b,
        Err(e) => return Err(locate(Some(&src), e, filename)),
    };
    drop(toks);
    let symtable = match symtable::build(&body) {
        Ok(s) => s,
        Err(e) => return Err(locate(Some(&src), e, filename)),
    };
    if let Err(e) = check::check(&body, &symtable) {
        return Err(locate(Some(&src), e, filename));
    }
    Ok(CheckedModule { body, symtable })
}

/// Parses only (no symbol table or compiler checks); handy for tools and tests.
pub fn parse(source: &[u8], filename: &str, mode: Mode) -> Result<ast::ModuleBody, SyntaxError> {
    let src = source::decode(source).map_err(|e| locate(None, e, filename))?;
    let toks = tokenizer::tokenize(&src).map_err(|e| locate(Some(&src), e, filename))?;
    parser::parse(&src, &toks, mode, DEFAULT_STACK_BUDGET)
        .map_err(|e| locate(Some(&src), e, filename))
}

/// Converts byte columns to the 1-based character offsets CPython reports.
fn char_offset(src: &Source, line: u32, col: u32) -> i64 {
    let bytes = src.line_bytes(line);
    let upto = &bytes[..(col as usize).min(bytes.len())];
    let chars = String::from_utf8_lossy(upto).chars().count();
    let extra = (col as usize).saturating_sub(bytes.len());
    (chars + extra) as i64 + 1
}

fn line_text(src: &Source, line: u32) -> String {
    let mut t = String::from_utf8_lossy(src.line_bytes(line)).into_owned();
    t.push('\n');
    t
}

fn locate(src: Option<&Source>, e: RawError, filename: &str) -> SyntaxError {
    let mut out = SyntaxError {
        kind: e.kind,
        msg: e.msg,
        filename: filename.into(),
        lineno: None,
        offset: None,
        end_lineno: None,
        end_offset: None,
        text: None,
    };
    let Some(src) = src else {
        if let Loc::Encoding = e.loc {
            out.lineno = Some(0);
            out.offset = Some(-1);
        }
        return out;
    };
    match e.loc {
        Loc::None => {}
        Loc::Encoding => {
            out.lineno = Some(0);
            out.offset = Some(-1);
        }
        Loc::Span {
            line,
            col,
            end_line,
            end_col,
        } => {
            out.lineno = Some(line as i64);
            out.offset = Some(char_offset(src, line, col));
            out.end_lineno = Some(end_line as i64);
            out.end_offset = Some(match end_col {
                EndCol::Col(c) => char_offset(src, end_line, c),
                EndCol::Raw(v) => v,
            });
            out.text = Some(line_text(src, line));
        }
        Loc::Raw {
            line,
            offset,
            end_line,
            end_col,
        } => {
            out.lineno = Some(line as i64);
            out.offset = Some(offset);
            out.end_lineno = Some(end_line as i64);
            out.end_offset = Some(match end_col {
                EndCol::Col(c) => char_offset(src, end_line, c),
                EndCol::Raw(v) => v,
            });
            out.text = Some(line_text(src, line));
        }
        Loc::SpanNoText {
            line,
            col,
            end_line,
            end_col,
        } => {
            out.lineno = Some(line as i64);
            out.offset = Some(char_offset(src, line, col));
            out.end_lineno = Some(end_line as i64);
            out.end_offset = Some(char_offset(src, end_line, end_col));
        }
    }
    out
}
