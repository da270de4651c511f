//! Corpus agreement: every `.py` file of the system Python's standard library must be accepted by
//! `compile::check` exactly when CPython's `compile()` accepts it.
//!
//! The interpreter is `$COPPERHEAD_PYTHON`, else `python3.12`, else `python3` (the front end targets
//! Python 3.12 syntax, so a 3.12 interpreter and its stdlib give the meaningful comparison). Without
//! any python the test says so and passes.

#![allow(clippy::collapsible_if, clippy::result_large_err)]

use copperhead_core::compile::{Mode, check};
mod corpus_common;
use corpus_common::python;
use std::process::Command;
use std::sync::Mutex;

const LISTER: &str = r#"
import sys, os, sysconfig
from concurrent.futures import ProcessPoolExecutor
def verdict(path):
    try:
        with open(path, 'rb') as f:
            data = f.read()
        compile(data, path, 'exec', dont_inherit=True)
        return 'OK'
    except (SyntaxError, ValueError):
        return 'ERR'
    except (RecursionError, MemoryError):
        return 'SKIP'
root = sysconfig.get_paths()['stdlib']
paths = []
for d, dirs, files in os.walk(root):
    dirs.sort()
    if 'site-packages' in d.split(os.sep):
        continue
    for f in sorted(files):
        if f.endswith('.py'):
            paths.append(os.path.join(d, f))
import warnings
warnings.simplefilter('ignore')
with ProcessPoolExecutor(2) as ex:
    for p, v in zip(paths, ex.map(verdict, paths, chunksize=64)):
        print(v + '\t' + p)
"#;

/// Files where we knowingly differ, with the reason.
const KNOWN: &[(&str, &str)] = &[];

#[test]
fn stdlib_agreement() {
    let Some(py) = python() else {
        eprintln!("SKIPPED: no python3 found; set COPPERHEAD_PYTHON to a Python 3.12 interpreter");
        return;
    };
    let out = Command::new(&py)
        .arg("-c")
        .arg(LISTER)
        .output()
        .expect("run python");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let listing = String::from_utf8_lossy(&out.stdout).into_owned();
    let items: Vec<(bool, String)> = listing
        .lines()
        .filter_map(|l| {
            let (v, p) = l.split_once('\t')?;
            match v {
                "OK" => Some((true, p.to_string())),
                "ERR" => Some((false, p.to_string())),
                _ => None,
            }
        })
        .collect();
    assert!(items.len() > 500, "too few files listed: {}", items.len());
    let next = Mutex::new(0usize);
    let bad = Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| {
                loop {
                    let i = {
                        let mut n = next.lock().unwrap();
                        let i = *n;
                        *n += 1;
                        i
                    };
                    let Some((ok, path)) = items.get(i) else {
                        break;
                    };
                    let data = std::fs::read(path).unwrap_or_default();
                    let p2 = path.clone();
                    let r = std::thread::Builder::new()
                        .stack_size(16 << 20)
                        .spawn(move || check(&data, &p2, Mode::Exec).map(|_| ()))
                        .unwrap()
                        .join()
                        .expect("front end panicked");
                    if r.is_ok() != *ok {
                        let why = match &r {
                            Ok(()) => "we accept, CPython rejects".to_string(),
                            Err(e) => format!(
                                "we reject: {}:{:?}:{:?}: {}",
                                e.kind.name(),
                                e.lineno,
                                e.offset,
                                e.msg
                            ),
                        };
                        if !KNOWN.iter().any(|(k, _)| path.ends_with(k)) {
                            bad.lock().unwrap().push(format!("{path}: {why}"));
                        }
                    }
                }
            });
        }
    });
    let bad = bad.into_inner().unwrap();
    let total = items.len();
    let agree = total - bad.len();
    eprintln!(
        "stdlib corpus ({py}): {agree}/{total} files agree ({:.2}%)",
        100.0 * agree as f64 / total as f64
    );
    for b in bad.iter().take(60) {
        eprintln!("  {b}");
    }
    assert!(bad.is_empty(), "{} disagreements", bad.len());
}
