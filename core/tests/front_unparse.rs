//! `from __future__ import annotations` must store CPython 3.11's strings (its C unparser).
//! Cases: data/annotations.txt plus the annotations of the stdlib files using the future import;
//! expectations (committed) come from gen_annotations.py, so this test needs no python.
//! Each case is checked twice: the unparser on the parsed annotation, and the compiled module's
//! constants (the string codegen actually stores).

use copperhead_core::bytecode::code::{CodeUnit, Const};
use copperhead_core::compile::ast::{ModuleBody, StmtKind};
use copperhead_core::compile::unparse::unparse_annotation;
use copperhead_core::compile::{Limits, Mode, check, compile, compile_with_limits};

fn unhex(s: &str) -> Vec<u8> {
    (0..s.len() / 2)
        .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).unwrap())
        .collect()
}

/// The unparsed annotation of the program's `x: ...` or `def f(*x: ...)`.
fn unparse_of(src: &[u8]) -> Result<Option<String>, String> {
    let m = check(src, "<ann>", Mode::Exec).map_err(|e| e.msg.clone())?;
    let ModuleBody::Module(body) = &m.body else {
        return Ok(None);
    };
    let ann = match body.get(1).map(|s| &s.kind) {
        Some(StmtKind::AnnAssign { annotation, .. }) => Some(annotation),
        Some(StmtKind::FunctionDef(f)) => {
            f.args.vararg.as_ref().and_then(|a| a.annotation.as_ref())
        }
        _ => None,
    };
    Ok(ann.and_then(unparse_annotation))
}

fn has_str(code: &CodeUnit, want: &str) -> bool {
    code.consts.iter().any(|c| match c {
        Const::Str(s) => s.exact() == want.as_bytes(),
        Const::Code(inner) => has_str(inner, want),
        _ => false,
    })
}

#[test]
fn future_annotations_match_cpython() {
    let data = include_str!("data/annotations.expected");
    let mut total = 0;
    let mut failures = Vec::new();
    for line in data.lines().filter(|l| !l.is_empty()) {
        let Some((hex, want)) = line.split_once('\t') else {
            continue;
        };
        total += 1;
        let src = unhex(hex);
        let want = want.to_string();
        let (src2, want2) = (src.clone(), want.clone());
        let (got, stored) = std::thread::Builder::new()
            .stack_size(32 << 20)
            .spawn(move || {
                let got = unparse_of(&src2);
                let stored = compile(&src2, "<ann>", Mode::Exec, 0)
                    .map(|code| has_str(&code, &want2))
                    .map_err(|e| e.msg);
                (got, stored)
            })
            .unwrap()
            .join()
            .expect("front end panicked");
        let ok = match want.strip_prefix('!') {
            Some(_) => got.is_err() && stored.is_err(),
            None => got.as_ref().ok() == Some(&Some(want.clone())) && stored == Ok(true),
        };
        if !ok {
            let shown = String::from_utf8_lossy(&src[35..]).into_owned();
            failures.push(format!(
                "{shown:?}\n   want {want:?}\n   got  {got:?} (stored: {stored:?})"
            ));
        }
    }
    eprintln!(
        "annotations: {}/{} match CPython",
        total - failures.len(),
        total
    );
    for f in &failures {
        eprintln!("{f}");
    }
    assert!(failures.is_empty(), "{} mismatches", failures.len());
}

#[test]
fn deep_annotation_is_an_error_not_a_crash() {
    // 200,000 left-nested additions: the unparser must give up within its stack budget, with
    // python3's error (RecursionError during compilation).
    let mut src = String::from("from __future__ import annotations\nx: a");
    for _ in 0..200_000 {
        src.push_str(" + a");
    }
    src.push('\n');
    let r = std::thread::Builder::new()
        .stack_size(4 << 20)
        .spawn(move || {
            compile_with_limits(
                src.as_bytes(),
                "<deep>",
                Mode::Exec,
                0,
                Limits::with_stack(1 << 20),
            )
            .err()
        })
        .unwrap()
        .join()
        .expect("front end panicked");
    assert_eq!(r.map(|e| e.kind.name()), Some("RecursionError"));
}
