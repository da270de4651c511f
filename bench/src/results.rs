//! What a run measured: one cell per benchmark and interpreter, plus
//! start-up, and the summaries derived from them.

use crate::stats;
use std::path::PathBuf;

/// One interpreter configuration. The first engine of a run is the baseline
/// (python3) that every ratio divides by.
#[derive(Debug, Clone)]
pub struct Engine {
    /// Full name, e.g. `copperhead -X jit=off`.
    pub label: String,
    /// Short column name for the chart legend, e.g. `micro-ops`.
    pub short: String,
    pub program: PathBuf,
    /// Arguments before the script (e.g. `-X`, `jit=off`).
    pub prefix: Vec<String>,
    /// What actually ran (resolved path and version), for the report.
    pub detail: String,
}

impl Engine {
    pub fn new(label: &str, short: &str, program: PathBuf, prefix: &[&str]) -> Engine {
        Engine {
            label: label.to_string(),
            short: short.to_string(),
            program,
            prefix: prefix.iter().map(|s| s.to_string()).collect(),
            detail: String::new(),
        }
    }
}

/// The copperhead tiers, in the order they are reported.
pub fn copperhead_engines(binary: &std::path::Path) -> Vec<Engine> {
    vec![
        Engine::new(
            "copperhead -X tier2=off",
            "interpreter only",
            binary.into(),
            &["-X", "tier2=off"],
        ),
        Engine::new(
            "copperhead -X tier2=on -X jit=off",
            "micro-op interpreter",
            binary.into(),
            &["-X", "tier2=on", "-X", "jit=off"],
        ),
        Engine::new(
            "copperhead -X tier2=on",
            "full JIT",
            binary.into(),
            &["-X", "tier2=on"],
        ),
    ]
}

/// The repetitions of one benchmark on one engine. A single failed run marks
/// the whole cell failed: its times are then never used.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Cell {
    pub times: Vec<f64>,
    pub max_rss_kib: u64,
    pub failure: Option<String>,
}

impl Cell {
    pub fn failed(reason: &str) -> Cell {
        Cell {
            failure: Some(reason.to_string()),
            ..Cell::default()
        }
    }

    pub fn median(&self) -> Option<f64> {
        if self.failure.is_some() {
            return None;
        }
        stats::median(&self.times)
    }
}

#[derive(Debug, Clone)]
pub struct Row {
    pub name: String,
    pub size: u64,
    /// One per engine, in engine order.
    pub cells: Vec<Cell>,
}

#[derive(Debug, Clone, Default)]
pub struct Startup {
    /// `-c pass`, many repetitions.
    pub pass: Cell,
    /// Peak RSS of `-c "print('hello, world')"`.
    pub hello: Cell,
}

#[derive(Debug, Clone, Default)]
pub struct Meta {
    pub date: String,
    pub nproc: usize,
    pub cpu: String,
    pub commit: String,
    pub command: String,
    pub reps: usize,
    pub startup_reps: usize,
    pub small: bool,
}

#[derive(Debug, Clone)]
pub struct Results {
    pub meta: Meta,
    pub engines: Vec<Engine>,
    pub rows: Vec<Row>,
    /// One per engine; empty if start-up was not measured.
    pub startup: Vec<Startup>,
}

/// The geometric mean of one engine's ratios and what was left out of it.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub geomean: Option<f64>,
    /// Benchmarks whose ratio went into the mean.
    pub counted: usize,
    /// Benchmarks this engine failed (left out of the mean).
    pub failed: usize,
    /// Benchmarks the baseline failed (no ratio possible, left out).
    pub baseline_failed: usize,
}

impl Results {
    /// Engine time / baseline time for one benchmark: above 1 means slower.
    pub fn ratio(&self, row: usize, engine: usize) -> Option<f64> {
        let cells = &self.rows[row].cells;
        let base = cells[0].median()?;
        let t = cells[engine].median()?;
        if base > 0.0 { Some(t / base) } else { None }
    }

    pub fn summary(&self, engine: usize) -> Summary {
        let mut ratios = Vec::new();
        let (mut failed, mut baseline_failed) = (0, 0);
        for (i, row) in self.rows.iter().enumerate() {
            if row.cells[engine].failure.is_some() {
                failed += 1;
            } else if row.cells[0].failure.is_some() {
                baseline_failed += 1;
            } else if let Some(r) = self.ratio(i, engine) {
                ratios.push(r);
            }
        }
        Summary {
            geomean: stats::geomean(&ratios),
            counted: ratios.len(),
            failed,
            baseline_failed,
        }
    }

    /// Every failed cell, grouped by interpreter and reason:
    /// (engine label, reason, benchmarks), in order of first appearance.
    pub fn failures(&self) -> Vec<(String, String, Vec<String>)> {
        let mut out: Vec<(String, String, Vec<String>)> = Vec::new();
        for (j, engine) in self.engines.iter().enumerate() {
            for row in &self.rows {
                let Some(reason) = &row.cells[j].failure else {
                    continue;
                };
                match out
                    .iter_mut()
                    .find(|(e, r, _)| e == &engine.label && r == reason)
                {
                    Some(group) => group.2.push(row.name.clone()),
                    None => {
                        out.push((engine.label.clone(), reason.clone(), vec![row.name.clone()]))
                    }
                }
            }
        }
        out
    }

    pub fn failure_count(&self) -> usize {
        self.failures().iter().map(|g| g.2.len()).sum()
    }
}

#[cfg(test)]
pub mod tests {
    use super::*;

    fn ok(times: &[f64], rss: u64) -> Cell {
        Cell {
            times: times.to_vec(),
            max_rss_kib: rss,
            failure: None,
        }
    }

    /// A small made-up run used by the writer tests too.
    pub fn sample() -> Results {
        let mut engines = vec![Engine::new("python3", "python3", "python3".into(), &[])];
        engines.extend(copperhead_engines(std::path::Path::new("copperhead")));
        let rows = vec![
            Row {
                name: "fib".into(),
                size: 32,
                cells: vec![
                    ok(&[1.0, 1.2, 0.8], 9000),
                    ok(&[2.0, 2.0, 2.0], 5000),
                    ok(&[0.5, 0.5, 0.5], 5000),
                    Cell::failed("exit 2: copperhead: the interpreter is not built yet"),
                ],
            },
            Row {
                name: "n&body".into(),
                size: 1000,
                cells: vec![
                    ok(&[0.5], 10000),
                    ok(&[2.0], 6000),
                    ok(&[0.125], 6000),
                    Cell::failed("signal 11"),
                ],
            },
        ];
        let startup = (0..4)
            .map(|i| Startup {
                pass: if i == 3 {
                    Cell::failed("exit 2")
                } else {
                    ok(&[0.010, 0.012, 0.011], 8000)
                },
                hello: ok(&[0.01], 8200),
            })
            .collect();
        Results {
            meta: Meta {
                date: "2026-11-24".into(),
                nproc: 2,
                cpu: "Test CPU".into(),
                commit: "abc1234".into(),
                command: "copperhead-bench --reps 3".into(),
                reps: 3,
                startup_reps: 20,
                small: false,
            },
            engines,
            rows,
            startup,
        }
    }

    #[test]
    fn ratios_and_geomean_exclude_failures() {
        let r = sample();
        assert_eq!(r.ratio(0, 1), Some(2.0));
        assert_eq!(r.ratio(1, 1), Some(4.0));
        assert_eq!(r.ratio(0, 3), None);
        let s = r.summary(1);
        assert!((s.geomean.unwrap() - 8f64.sqrt()).abs() < 1e-12);
        assert_eq!((s.counted, s.failed), (2, 0));
        let s = r.summary(2);
        assert!((s.geomean.unwrap() - (0.5f64 * 0.25).sqrt()).abs() < 1e-12);
        let s = r.summary(3);
        assert_eq!(s.geomean, None);
        assert_eq!((s.counted, s.failed), (0, 2));
        assert_eq!(r.failure_count(), 2);
        let groups = r.failures();
        assert_eq!(groups.len(), 2);
        assert_eq!(groups[0].0, "copperhead -X tier2=on");
        assert_eq!(groups[0].2, ["fib"]);
    }
}
