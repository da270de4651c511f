//! Generates one test per line of `tests/cases/*.expected`, so each CPython-checked case passes
//! or fails on its own and a new case file needs no registration.

use std::fmt::Write;
use std::path::Path;

fn main() {
    let dir = Path::new("tests/cases");
    println!("cargo:rerun-if-changed=tests/cases");
    let mut files: Vec<_> = match std::fs::read_dir(dir) {
        Ok(entries) => entries.filter_map(|e| e.ok()).map(|e| e.path()).collect(),
        Err(_) => Vec::new(),
    };
    files.retain(|p| p.extension().is_some_and(|x| x == "expected"));
    files.sort();
    let mut out = String::new();
    for path in files {
        let Some(area) = path.file_stem().and_then(|s| s.to_str()) else {
            continue;
        };
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let count = text.lines().filter(|l| !l.is_empty()).count();
        let _ = writeln!(out, "mod {area} {{");
        for i in 0..count {
            let _ = writeln!(
                out,
                "    #[test] fn case_{i:04}() {{ crate::support::run_case({area:?}, {i}); }}"
            );
        }
        let _ = writeln!(out, "}}");
    }
    let dest =
        Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("case_tests.rs");
    std::fs::write(dest, out).expect("write generated case tests");
}
