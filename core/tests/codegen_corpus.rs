//! Every standard-library file the front end accepts must compile to bytecode that passes the
//! verifier (jump targets, exception table, stack depth on all paths, location table).
//!
//! The stdlib is the one of `$COPPERHEAD_PYTHON`, else `python3.12`, else `python3`; without a
//! Python the test says so and passes. `COPPERHEAD_CORPUS_LIMIT=N` checks only N files.

#![allow(clippy::collapsible_if)]

use copperhead_core::bytecode::verify::verify;
use copperhead_core::compile::{Limits, Mode, check, generate};
mod corpus_common;
use corpus_common::python;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;

fn stdlib() -> Option<PathBuf> {
    let py = python()?;
    let o = Command::new(&py)
        .arg("-c")
        .arg("import sysconfig; print(sysconfig.get_paths()['stdlib'])")
        .output()
        .ok()?;
    o.status
        .success()
        .then(|| PathBuf::from(String::from_utf8_lossy(&o.stdout).trim()))
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            if p.file_name().is_some_and(|n| n == "site-packages") {
                continue;
            }
            walk(&p, out);
        } else if p.extension().is_some_and(|e| e == "py") {
            out.push(p);
        }
    }
}

#[test]
fn stdlib_compiles_and_verifies() {
    let Some(root) = stdlib() else {
        eprintln!("SKIPPED: no python found");
        return;
    };
    let mut files = Vec::new();
    walk(&root, &mut files);
    assert!(files.len() > 500, "too few files under {}", root.display());
    if let Some(n) = std::env::var("COPPERHEAD_CORPUS_LIMIT")
        .ok()
        .and_then(|s| s.parse().ok())
    {
        files.truncate(n);
    }
    let next = Mutex::new(0usize);
    let bad = Mutex::new(Vec::new());
    let compiled = Mutex::new(0usize);
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| {
                loop {
                    let i = {
                        let mut n = next.lock().unwrap();
                        *n += 1;
                        *n - 1
                    };
                    let Some(path) = files.get(i) else {
                        break;
                    };
                    let data = std::fs::read(path).unwrap_or_default();
                    let name = path.display().to_string();
                    let r = std::thread::Builder::new()
                        .stack_size(16 << 20)
                        .spawn(move || -> Result<bool, String> {
                            let Ok(m) = check(&data, &name, Mode::Exec) else {
                                return Ok(false);
                            };
                            let code = generate(&m, &name, 0, Limits::DEFAULT).map_err(|e| {
                                format!("codegen error: {} line {:?}", e.msg, e.lineno)
                            })?;
                            verify(&code)?;
                            Ok(true)
                        })
                        .unwrap()
                        .join();
                    match r {
                        Ok(Ok(true)) => *compiled.lock().unwrap() += 1,
                        Ok(Ok(false)) => {}
                        Ok(Err(e)) => bad.lock().unwrap().push(format!("{}: {e}", path.display())),
                        Err(_) => bad
                            .lock()
                            .unwrap()
                            .push(format!("{}: panicked", path.display())),
                    }
                }
            });
        }
    });
    let bad = bad.into_inner().unwrap();
    let compiled = compiled.into_inner().unwrap();
    eprintln!(
        "codegen corpus: {compiled} files compiled and verified, {} failures",
        bad.len()
    );
    for b in bad.iter().take(40) {
        eprintln!("  {b}");
    }
    assert!(bad.is_empty(), "{} files failed", bad.len());
}
