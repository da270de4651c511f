//! Test support: runs CPython-checked case files against the runtime.
//!
//! A case file line is a tiny Python program (see `cases/generate.py`); its expected result was
//! computed by CPython and stored in the `.expected` file beside it.

#![allow(dead_code)]

pub mod eval;
pub mod lexer;
pub mod parser;

use copperhead_core::{Config, Runtime};

/// Runs case number `index` of `cases/<area>.expected` in a fresh runtime; panics on mismatch.
pub fn run_case(area: &str, index: usize) {
    let path = format!("{}/tests/cases/{area}.expected", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let line = text
        .lines()
        .filter(|l| !l.is_empty())
        .nth(index)
        .unwrap_or_else(|| panic!("{path} has no case {index} (rebuild to regenerate the tests)"));
    let (program, expected) = line.split_once('\t').unwrap_or((line, ""));
    let (program, expected) = (unescape(program), unescape(expected));
    let rt = Runtime::new(Config::default());
    let got = run_program(&rt, &program);
    assert_eq!(got, expected, "{area} case {index}: {program}");
}

/// Evaluates one case program; the result rendered like the expectations.
pub fn run_program(rt: &Runtime, program: &str) -> String {
    let toks = match lexer::lex(program) {
        Ok(t) => t,
        Err(e) => return format!("<harness: {e}>"),
    };
    let stmts = match parser::Parser::new(toks).program() {
        Ok(s) => s,
        Err(e) => return format!("<harness: {e}>"),
    };
    let mut env = eval::Env::new(rt);
    let r = env.run(&stmts);
    eval::render(rt, r)
}

fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c == '\\' {
            match it.next() {
                Some('t') => out.push('\t'),
                Some('n') => out.push('\n'),
                Some('r') => out.push('\r'),
                Some(o) => out.push(o),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}
