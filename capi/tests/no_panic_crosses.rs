//! Every function of the C ABI keeps Rust panics on its side: its body runs inside
//! `catch_unwind` (through `guard::call`/`status`/`value`, or directly), or it is one of the few
//! whose body cannot panic, listed here with the reason. The header and the library also
//! declare exactly the same functions. (That the guard turns a panic into CH_ERR_INTERNAL is
//! the unit test in `capi/src/guard.rs`.)

use std::collections::BTreeSet;
use std::path::Path;

/// Entry points without a guard, each with why it cannot panic.
const UNGUARDED: &[(&str, &str)] = &[
    (
        "ch_options_init",
        "writes a constant struct through a checked pointer",
    ),
    ("ch_version", "returns a static string"),
    (
        "ch_interrupt",
        "one atomic store, read through a raw pointer",
    ),
    (
        "ch_string_free",
        "CString::from_raw and its drop do not panic",
    ),
];

/// The guarded wrappers of `guard.rs` (`field` is `error.rs`'s `call` for the error strings).
const GUARDS: &[&str] = &["call(", "status(", "value(", "field(", "catch_unwind("];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// (name, body) of every `extern "C" fn` in the library's sources.
fn entry_points() -> Vec<(String, String)> {
    let mut found = Vec::new();
    for e in std::fs::read_dir(root().join("src")).expect("capi/src") {
        let path = e.expect("dir entry").path();
        let src = std::fs::read_to_string(&path).expect("source");
        let mut rest = src.as_str();
        while let Some(i) = rest.find("extern \"C\" fn ") {
            let after = &rest[i + "extern \"C\" fn ".len()..];
            let name: String = after
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            // The body ends at the first line that is a lone closing brace (rustfmt style).
            let end = after.find("\n}\n").map_or(after.len(), |j| j + 3);
            found.push((name, after[..end].to_string()));
            rest = &after[end..];
        }
    }
    found
}

#[test]
fn every_entry_point_catches_panics() {
    let eps = entry_points();
    assert!(eps.len() > 50, "found only {} entry points", eps.len());
    let mut bad = Vec::new();
    for (name, body) in &eps {
        let guarded = GUARDS.iter().any(|g| body.contains(g));
        let listed = UNGUARDED.iter().any(|(n, _)| n == name);
        if guarded == listed {
            bad.push(format!(
                "{name}: {}",
                if guarded {
                    "guarded but listed in UNGUARDED"
                } else {
                    "no catch_unwind guard and not in UNGUARDED"
                }
            ));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn header_and_library_declare_the_same_functions() {
    let header =
        std::fs::read_to_string(root().join("../include/copperhead.h")).expect("copperhead.h");
    // A declaration: `... ch_name(` at the start of a line or after a type.
    let mut declared = BTreeSet::new();
    for line in header.lines() {
        let t = line.trim_start();
        if t.starts_with('/') || t.starts_with('*') || t.starts_with("typedef") {
            continue;
        }
        // The identifier right before the first parenthesis, if it is a `ch_` name.
        if let Some(j) = t.find('(') {
            let before = &t[..j];
            let start = before
                .rfind(|c: char| !(c.is_alphanumeric() || c == '_'))
                .map_or(0, |k| k + 1);
            let name = &before[start..];
            if name.starts_with("ch_") {
                declared.insert(name.to_string());
            }
        }
    }
    let defined: BTreeSet<String> = entry_points().into_iter().map(|(n, _)| n).collect();
    assert_eq!(declared, defined, "copperhead.h and capi/src differ");
}
