//! Uncaught-exception reports compared in full with CPython 3.11's: every program in
//! `tests/tracebacks/` is run by copperhead and by `python3` (when a 3.11 is on PATH; the test
//! is skipped with a message otherwise) and the complete stderr texts must be equal, with the
//! programs' directory removed from file paths.

use std::path::{Path, PathBuf};
use std::process::Command;

const STACK: usize = 256 << 20;

fn python311() -> Option<&'static str> {
    let out = Command::new("python3")
        .args(["-c", "import sys; print(sys.version_info[:2] == (3, 11))"])
        .output()
        .ok()?;
    (String::from_utf8_lossy(&out.stdout).trim() == "True").then_some("python3")
}

fn programs() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/tracebacks");
    let mut v: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|d| {
            d.flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "py"))
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

fn ours(path: &Path) -> String {
    let src = std::fs::read(path).unwrap_or_default();
    let name = path.to_string_lossy().into_owned();
    copperhead::with_stack(STACK, move || {
        let out = copperhead::run_source(
            &src,
            &name,
            std::slice::from_ref(&name),
            true,
            copperhead::config_for_stack(STACK),
        );
        out.error.unwrap_or_default()
    })
    .unwrap_or_else(|| String::from("<copperhead panicked>"))
}

#[test]
fn tracebacks_match_cpython() {
    let Some(py) = python311() else {
        eprintln!("SKIPPED: no CPython 3.11 as python3 on PATH to compare tracebacks with");
        return;
    };
    let progs = programs();
    assert!(progs.len() >= 20, "traceback programs missing");
    let mut failures = Vec::new();
    for p in &progs {
        let dir = format!(
            "{}/",
            p.parent()
                .map(|d| d.display().to_string())
                .unwrap_or_default()
        );
        let expected = Command::new(py)
            .arg(p)
            .output()
            .map(|o| String::from_utf8_lossy(&o.stderr).replace(&dir, ""))
            .unwrap_or_default();
        let got = ours(p).replace(&dir, "");
        if expected != got {
            failures.push(format!(
                "{}:\n--- python3\n{expected}--- copperhead\n{got}",
                p.display()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
