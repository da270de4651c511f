//! Malformed programs must fail the way CPython 3.12 fails: same exception class, message, line
//! and offset. Inputs: data/syntax_errors.txt; expectations (committed) come from
//! gen_syntax_errors.py, so this test needs no python.

#![allow(clippy::collapsible_if, clippy::result_large_err)]

use copperhead_core::compile::{Mode, check, check_with_stack};

/// Cases whose message or position we knowingly do not reproduce yet (hex prefix, reason).
const KNOWN: &[(&str, &str)] = &[
    (
        "636c6173732043287820666f72207820696e2079",
        "a lone generator expression is accepted as a class base (CPython: invalid syntax at 'for')",
    ),
    (
        "646566206628293a0a202078203d205b61776169",
        "async-comprehension error points at the await, CPython at the comprehension",
    ),
    (
        "78203d207b313a20322c20337d",
        "\"':' expected after dictionary key\" not produced (we say invalid syntax)",
    ),
    (
        "78203d205b2a6120666f72206120696e20625d",
        "\"iterable unpacking cannot be used in comprehension\" not distinguished",
    ),
    (
        "09696620783a0a202070617373",
        "an indented first line is reported at the dedent, not as 'unexpected indent'",
    ),
];

fn unhex(s: &str) -> Vec<u8> {
    (0..s.len() / 2)
        .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).unwrap())
        .collect()
}

fn opt(s: &str) -> Option<i64> {
    if s == "-" { None } else { s.parse().ok() }
}

#[test]
fn syntax_errors_match_cpython() {
    let data = include_str!("data/syntax_errors.expected");
    let mut total = 0;
    let mut failures = Vec::new();
    for line in data.lines().filter(|l| !l.is_empty()) {
        let f: Vec<&str> = line.splitn(7, '\t').collect();
        let src = unhex(f[0]);
        total += 1;
        let (kind, lineno, offset, msg) = (f[1], opt(f[2]), opt(f[3]), f[6]);
        let src2 = src.clone();
        let got = std::thread::Builder::new()
            .stack_size(16 << 20)
            .spawn(move || check(&src2, "<test>", Mode::Exec).err())
            .unwrap()
            .join()
            .expect("front end panicked");
        let shown = String::from_utf8_lossy(&src[..src.len().min(60)]).into_owned();
        let ok = match &got {
            None => false,
            Some(e) if kind == "RecursionError" => e.kind.name() == "MemoryError",
            Some(e) => {
                e.kind.name() == kind && e.msg == msg && e.lineno == lineno && e.offset == offset
            }
        };
        if !ok && !KNOWN.iter().any(|(h, _)| f[0].starts_with(h)) {
            failures.push(format!(
                "{shown:?}\n   want {kind} {msg:?} {lineno:?}:{offset:?}\n   got  {}",
                match &got {
                    None => "accepted".to_string(),
                    Some(e) => format!(
                        "{} {:?} {:?}:{:?}",
                        e.kind.name(),
                        e.msg,
                        e.lineno,
                        e.offset
                    ),
                }
            ));
        }
    }
    eprintln!(
        "syntax errors: {}/{} match CPython",
        total - failures.len(),
        total
    );
    for f in &failures {
        eprintln!("{f}");
    }
    assert!(failures.is_empty(), "{} mismatches", failures.len());
}

#[test]
fn ten_megabyte_expression_parses() {
    // A 10 MB one-line expression: operator chains must not use native stack per term.
    let mut src = String::with_capacity(10 << 20);
    src.push_str("x = a");
    while src.len() < 10 << 20 {
        src.push_str(" + a.b[1] * c");
    }
    src.push('\n');
    let r = std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(move || check_with_stack(src.as_bytes(), "<big>", Mode::Exec, 1 << 20).map(|_| ()))
        .unwrap()
        .join()
        .expect("front end panicked");
    assert!(r.is_ok(), "{r:?}");
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    for src in [
        "(".repeat(100_000),
        format!("{}1", "-".repeat(100_000)),
        format!("{}1", "lambda:".repeat(100_000)),
        format!("{}1", "not ".repeat(100_000)),
        format!("{}1", "a**".repeat(100_000)),
    ] {
        let r = std::thread::Builder::new()
            .stack_size(2 << 20)
            .spawn(move || check_with_stack(src.as_bytes(), "<deep>", Mode::Exec, 1 << 20).err())
            .unwrap()
            .join()
            .expect("front end panicked");
        assert!(r.is_some());
    }
}
