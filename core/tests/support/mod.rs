//! Test support: runs CPython-checked case files against the runtime.
//!
//! A case file line is a tiny Python program (see `cases/generate.py`); its expected result was
//! computed by CPython and stored in the `.expected` file beside it.

#![allow(dead_code)]

pub mod builtins;
pub mod eval;
pub mod lexer;
pub mod parser;

use copperhead_core::{Config, Runtime};

/// Runs every case of `cases/<area>.expected`; panics listing every mismatch.
pub fn run_case_file(area: &str) {
    let path = format!("{}/tests/cases/{area}.expected", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{path}: {e} (run cases/generate.py)"));
    let rt = Runtime::new(Config::default());
    let mut failures = Vec::new();
    let mut count = 0;
    for line in text.lines().filter(|l| !l.is_empty()) {
        let Some((program, expected)) = line.split_once('\t') else {
            continue;
        };
        let (program, expected) = (unescape(program), unescape(expected));
        count += 1;
        let got = run_program(&rt, &program);
        if got != expected {
            failures.push(format!(
                "  {program}\n      expected: {expected}\n      got:      {got}"
            ));
        }
    }
    assert!(count > 0, "{path} has no cases");
    assert!(
        failures.is_empty(),
        "{area}: {} of {count} cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
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
