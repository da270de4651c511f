//! The conformance suite: every `tests/cases/<area>/<name>.py` runs in-process and its output
//! (stdout, plus the last traceback line when it ends in an uncaught exception) must equal the
//! `<name>.out` CPython 3.11 produced (`python3 tests/cases/generate.py` regenerates them).
//! Programs in `KNOWN_FAILING` are expected to fail, each for the reason given. Every program
//! runs at each tier: all on (the default), tier 2 off, the JIT off, specialization off.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// (area/name, why it fails today).
const KNOWN_FAILING: &[(&str, &str)] = &[];

/// Native stack per worker thread.
const STACK: usize = 256 << 20;

fn cases() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut out = Vec::new();
    if let Ok(areas) = std::fs::read_dir(&root) {
        for a in areas.flatten() {
            if let Ok(files) = std::fs::read_dir(a.path()) {
                for f in files.flatten() {
                    let p = f.path();
                    if p.extension().is_some_and(|e| e == "py") {
                        out.push(p);
                    }
                }
            }
        }
    }
    out.sort();
    out
}

fn case_name(p: &Path) -> String {
    let area = p.parent().and_then(|d| d.file_name()).unwrap_or_default();
    let name = p.file_stem().unwrap_or_default();
    format!("{}/{}", area.to_string_lossy(), name.to_string_lossy())
}

/// Runs one program; Ok or a description of the difference.
fn check(p: &Path, tiers: Tiers) -> Result<(), String> {
    let src = std::fs::read(p).map_err(|e| e.to_string())?;
    let expected = std::fs::read_to_string(p.with_extension("out"))
        .map_err(|e| format!("no .out file: {e}"))?;
    let filename = p.to_string_lossy().into_owned();
    let out = copperhead::with_stack(STACK, move || {
        let mut config = copperhead::config_for_stack(STACK);
        config.tiers.specialize = tiers.specialize;
        config.tiers.tier2 = tiers.tier2;
        config.tiers.jit = tiers.jit;
        let o = copperhead::run_source(
            &src,
            &filename,
            std::slice::from_ref(&filename),
            true,
            config,
        );
        let mut text = o.stdout;
        if let Some(l) = o.error_line {
            text.push_str(&l);
            text.push('\n');
        } else if let Some(e) = o.error {
            text.push_str(&e);
        }
        text
    })
    .ok_or("the runtime panicked")?;
    if out == expected {
        Ok(())
    } else {
        Err(diff(&expected, &out))
    }
}

fn diff(expected: &str, got: &str) -> String {
    let e: Vec<&str> = expected.lines().collect();
    let g: Vec<&str> = got.lines().collect();
    for i in 0..e.len().max(g.len()) {
        let (a, b) = (e.get(i), g.get(i));
        if a != b {
            return format!(
                "line {}: expected {:?}, got {:?}",
                i + 1,
                a.unwrap_or(&"<end>"),
                b.unwrap_or(&"<end>")
            );
        }
    }
    "outputs differ (trailing newline?)".into()
}

/// Takes the next program off the shared queue (the lock is released before it runs).
fn next_case(queue: &Mutex<Vec<PathBuf>>) -> Option<PathBuf> {
    queue.lock().ok()?.pop()
}

/// Which tiers a run uses (the defaults: all on).
#[derive(Clone, Copy)]
struct Tiers {
    specialize: bool,
    tier2: bool,
    jit: bool,
}

const ALL_ON: Tiers = Tiers {
    specialize: true,
    tier2: true,
    jit: true,
};

/// Every tier: specialization, and tier-2 traces where the JIT compiles them (`-X tier2=on`).
#[test]
fn conformance() {
    run_all(ALL_ON);
}

/// The generic interpreter (`-X specialize=off`) prints the same.
#[test]
fn conformance_specialize_off() {
    run_all(Tiers {
        specialize: false,
        tier2: false,
        ..ALL_ON
    });
}

/// Tier 1 only (`-X tier2=off`).
#[test]
fn conformance_tier2_off() {
    run_all(Tiers {
        tier2: false,
        ..ALL_ON
    });
}

/// Every tier-2 trace, run by the micro-op interpreter (`-X jit=off`).
#[test]
fn conformance_jit_off() {
    run_all(Tiers {
        jit: false,
        ..ALL_ON
    });
}

fn run_all(tiers: Tiers) {
    let all = cases();
    assert!(!all.is_empty(), "no conformance cases found");
    let queue = Mutex::new(all.clone());
    let results = Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| {
                while let Some(p) = next_case(&queue) {
                    let r = check(&p, tiers);
                    if let Ok(mut res) = results.lock() {
                        res.push((case_name(&p), r));
                    }
                }
            });
        }
    });
    let mut results = results.into_inner().unwrap_or_default();
    results.sort_by(|a, b| a.0.cmp(&b.0));
    let mut failures = Vec::new();
    let mut passed = 0;
    for (name, r) in &results {
        let known = KNOWN_FAILING.iter().find(|(n, _)| n == name);
        match (r, known) {
            (Ok(()), None) => passed += 1,
            (Ok(()), Some(_)) => {
                failures.push(format!("{name}: passes now; remove it from KNOWN_FAILING"))
            }
            (Err(e), None) => failures.push(format!("{name}: {e}")),
            (Err(_), Some(_)) => {}
        }
    }
    println!(
        "{passed}/{} conformance programs pass ({} known failing)",
        results.len(),
        KNOWN_FAILING.len()
    );
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
