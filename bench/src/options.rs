//! Command-line options of the runner (hand-parsed: no argument crate).

use std::path::PathBuf;
use std::time::Duration;

pub const USAGE: &str = "\
copperhead-bench: run the benchmarks on copperhead (each tier) and python3, side by side

usage: cargo run --release -p copperhead-bench -- [options]

  --copperhead PATH   the copperhead binary (default: target/release/copperhead)
  --no-copperhead     do not run copperhead at all (only python3 and --also)
  --python CMD        the baseline interpreter (default: python3)
  --also CMD          another interpreter to compare (repeatable, or comma-separated)
  --reps N            timed repetitions per benchmark and interpreter (default: 5)
  --startup-reps N    repetitions of `-c pass` for start-up time (default: 20)
  --small             use each program's SMALL size instead of DEFAULT
  --only a,b,...      run only these benchmarks (file names without .py)
  --out PREFIX        write PREFIX-table.md and PREFIX-ratios.svg
                      (default: docs/performance at the workspace root)
  --no-write          print results only; write no files
  --programs DIR      where the benchmark programs are (default: bench/programs)
  --timeout SECS      kill a run that takes longer (default: 300)
  --compile-corpus    instead of the programs: compile the stdlib with copperhead
                      --compile-only and with python3's compile(); writes
                      PREFIX-compile.md
  --tier2-stats       instead of timing: run each benchmark once with tier 2 on and
                      tabulate what it did (-X stats counters, where traces end);
                      writes PREFIX-tier2.md
  --check             run every benchmark once at its SMALL size on every
                      interpreter; exit non-zero if any run fails (for CI)
  -h, --help          this text

Ratios are copperhead time / python3 time: a ratio above 1 means slower than python3.";

#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    pub copperhead: Option<PathBuf>,
    pub python: String,
    pub also: Vec<String>,
    pub reps: usize,
    pub startup_reps: usize,
    pub small: bool,
    pub only: Vec<String>,
    pub out: Option<PathBuf>,
    pub programs: PathBuf,
    pub timeout: Duration,
    pub check: bool,
    pub compile_corpus: bool,
    pub tier2_stats: bool,
}

impl Options {
    /// Defaults that point into this workspace (found at compile time).
    pub fn defaults() -> Options {
        let root = workspace_root();
        Options {
            copperhead: Some(root.join("target/release/copperhead")),
            python: "python3".to_string(),
            also: Vec::new(),
            reps: 5,
            startup_reps: 20,
            small: false,
            only: Vec::new(),
            out: Some(root.join("docs/performance")),
            programs: root.join("bench/programs"),
            timeout: Duration::from_secs(300),
            check: false,
            compile_corpus: false,
            tier2_stats: false,
        }
    }
}

/// The workspace root: the parent of this crate's directory.
pub fn workspace_root() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().map(PathBuf::from).unwrap_or(manifest)
}

pub enum Parsed {
    Help,
    Run(Options),
}

/// Parses the arguments after the program name.
pub fn parse<I: IntoIterator<Item = String>>(args: I) -> Result<Parsed, String> {
    let mut o = Options::defaults();
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_string(), Some(v.to_string())),
            _ => (arg.clone(), None),
        };
        let mut value = |name: &str| -> Result<String, String> {
            match inline.clone() {
                Some(v) => Ok(v),
                None => args.next().ok_or_else(|| format!("{name} needs a value")),
            }
        };
        match flag.as_str() {
            "-h" | "--help" => return Ok(Parsed::Help),
            "--copperhead" => o.copperhead = Some(PathBuf::from(value("--copperhead")?)),
            "--no-copperhead" => o.copperhead = None,
            "--python" => o.python = value("--python")?,
            "--also" => o.also.extend(split_list(&value("--also")?)),
            "--reps" => o.reps = positive(&value("--reps")?, "--reps")?,
            "--startup-reps" => {
                o.startup_reps = positive(&value("--startup-reps")?, "--startup-reps")?
            }
            "--small" => o.small = true,
            "--only" => o.only.extend(split_list(&value("--only")?)),
            "--out" => o.out = Some(PathBuf::from(value("--out")?)),
            "--no-write" => o.out = None,
            "--programs" => o.programs = PathBuf::from(value("--programs")?),
            "--timeout" => {
                let secs = positive(&value("--timeout")?, "--timeout")?;
                o.timeout = Duration::from_secs(secs as u64);
            }
            "--check" => o.check = true,
            "--compile-corpus" => o.compile_corpus = true,
            "--tier2-stats" => o.tier2_stats = true,
            other => return Err(format!("unknown option {other:?} (try --help)")),
        }
    }
    Ok(Parsed::Run(o))
}

fn split_list(s: &str) -> Vec<String> {
    s.split(',')
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .map(String::from)
        .collect()
}

fn positive(s: &str, name: &str) -> Result<usize, String> {
    match s.parse::<usize>() {
        Ok(n) if n > 0 => Ok(n),
        _ => Err(format!("{name} needs a positive whole number, not {s:?}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(args: &[&str]) -> Options {
        match parse(args.iter().map(|s| s.to_string())) {
            Ok(Parsed::Run(o)) => o,
            Ok(Parsed::Help) => panic!("help"),
            Err(e) => panic!("{e}"),
        }
    }

    #[test]
    fn flags_and_values() {
        let o = run(&[
            "--reps",
            "3",
            "--also=pypy3,graalpy",
            "--also",
            "python3.12",
            "--only",
            "fib,nbody",
            "--small",
            "--no-copperhead",
        ]);
        assert_eq!(o.reps, 3);
        assert_eq!(o.also, ["pypy3", "graalpy", "python3.12"]);
        assert_eq!(o.only, ["fib", "nbody"]);
        assert!(o.small);
        assert_eq!(o.copperhead, None);
    }

    #[test]
    fn bad_input_is_an_error() {
        assert!(parse(["--reps".to_string(), "0".to_string()]).is_err());
        assert!(parse(["--reps".to_string()]).is_err());
        assert!(parse(["--frobnicate".to_string()]).is_err());
    }
}
