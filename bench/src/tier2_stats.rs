//! `--tier2-stats`: what tier 2 did on each benchmark, as a Markdown table (docs/tier2.md
//! quotes it). Each program runs once with `-X tier2=on -X stats` (the counters printed at
//! exit) and once with `--trace` (which instruction each trace ends at, from the last stage
//! printed for each trace: what actually runs).

use crate::options::Options;
use crate::process::{self, Scratch, Status};
use crate::programs::Program;
use std::collections::BTreeMap;
use std::path::Path;

/// The counters shown, as `-X stats` labels them (the number precedes the label).
const COLUMNS: [(&str, &str); 11] = [
    ("tier 2:", "traces built"),
    ("tier 2:", "side traces"),
    ("", "traces through calls"),
    ("", "frames pushed in traces"),
    ("tier 2:", "too short"),
    ("tier 2:", "executions"),
    ("tier 2:", "exits to tier 1"),
    ("optimizer:", "guards"),
    ("optimizer:", "_SET_IP"),
    ("optimizer:", "_CHECK_VALIDITY"),
    ("JIT:", "bytes of code"),
];
const HEADINGS: [&str; 11] = [
    "traces",
    "side traces",
    "through calls",
    "frames pushed",
    "too short",
    "executions",
    "exits to tier 1",
    "guards removed",
    "_SET_IP removed",
    "_CHECK_VALIDITY removed",
    "JIT bytes",
];

pub fn table(opts: &Options, copperhead: &Path, programs: &[Program], scratch: &Scratch) -> String {
    let mut md = String::from("| benchmark | ");
    md += &HEADINGS.join(" | ");
    md += " | trace stops (top) |\n|---|";
    md += &"--:|".repeat(HEADINGS.len());
    md += "---|\n";
    for p in programs {
        let size = if opts.small {
            p.small_size
        } else {
            p.default_size
        };
        let run = |flags: &[&str]| {
            let mut args: Vec<String> = flags.iter().map(|s| s.to_string()).collect();
            args.push(p.path.display().to_string());
            args.push(size.to_string());
            process::run(copperhead, &args, opts.timeout, scratch)
        };
        let stats = run(&["-X", "tier2=on", "-X", "stats"]);
        let trace = run(&["--trace"]);
        let cells: Vec<String> = if matches!(stats.status, Status::Ok) {
            COLUMNS
                .iter()
                .map(|(line, label)| {
                    counter(&stats.stderr, line, label).unwrap_or_else(|| "?".into())
                })
                .collect()
        } else {
            vec!["failed".to_string(); COLUMNS.len()]
        };
        md += &format!(
            "| {} | {} | {} |\n",
            p.name,
            cells.join(" | "),
            trace_stops(&trace.stderr)
        );
    }
    md
}

/// The number before `label` on the first stats line starting with `line` that has it.
fn counter(stderr: &str, line: &str, label: &str) -> Option<String> {
    let l = stderr
        .lines()
        .find(|l| l.starts_with(line) && l.contains(label))?;
    let at = l.find(label)?;
    let before = l[..at].trim_end();
    let start = before
        .rfind(|c: char| !c.is_ascii_digit())
        .map_or(0, |i| i + 1);
    let n = &before[start..];
    (!n.is_empty()).then(|| n.to_string())
}

/// The instructions traces end at (`_EXIT_TRACE ... (NAME)`), most frequent first, counting
/// only the last stage printed for each trace.
fn trace_stops(stderr: &str) -> String {
    let mut last_stage: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut current: Option<String> = None;
    for l in stderr.lines() {
        if let Some(rest) = l.strip_prefix("trace ") {
            let id = rest.split_whitespace().next().unwrap_or("").to_string();
            last_stage.insert(id.clone(), Vec::new());
            current = Some(id);
        } else if l.contains("_EXIT_TRACE")
            && let (Some(id), Some(open), Some(close)) = (&current, l.rfind('('), l.rfind(')'))
            && open < close
            && let Some(v) = last_stage.get_mut(id)
        {
            v.push(l[open + 1..close].to_string());
        }
    }
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for name in last_stage.into_values().flatten() {
        *counts.entry(name).or_default() += 1;
    }
    let mut sorted: Vec<(String, usize)> = counts.into_iter().collect();
    sorted.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    sorted
        .iter()
        .take(3)
        .map(|(n, c)| format!("{n} {c}"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counters_are_read_by_label() {
        let s = "tier 2: 2 traces built, 0 side traces (84 too short), 599985 executions, \
                 5 exits to tier 1\noptimizer: 11 guards, 120 _SET_IP, 29 _CHECK_VALIDITY removed\n\
                 JIT: 2 traces compiled, 61440 bytes of code\n";
        assert_eq!(counter(s, "tier 2:", "too short").as_deref(), Some("84"));
        assert_eq!(
            counter(s, "tier 2:", "executions").as_deref(),
            Some("599985")
        );
        assert_eq!(counter(s, "optimizer:", "_SET_IP").as_deref(), Some("120"));
        assert_eq!(
            counter(s, "JIT:", "bytes of code").as_deref(),
            Some("61440")
        );
        assert_eq!(counter(s, "tier 2:", "frames"), None);
        let t = "tier 2: 4 traces built\n2 traces through calls, 1199880 frames pushed in traces\n";
        assert_eq!(counter(t, "", "frames pushed").as_deref(), Some("1199880"));
    }

    #[test]
    fn stops_count_each_trace_once() {
        let s = "trace 1 for f, as projected\n   3  _EXIT_TRACE   to offset 9 (CALL_PY)\n\
                 trace 1 for f, after pass 1\n   3  _EXIT_TRACE   to offset 9 (CALL_PY)\n\
                 trace 2 for g, as projected\n   4  _EXIT_TRACE   to offset 7 (GET_ITER)\n\
                 trace 2 for g, after pass 1\n   4  _EXIT_TRACE   to offset 7 (GET_ITER)\n\
                    5  _EXIT_TRACE   to offset 8 (CALL_PY)\n";
        assert_eq!(trace_stops(s), "CALL_PY 2, GET_ITER 1");
    }
}
