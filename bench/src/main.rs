//! copperhead-bench: runs the programs in `bench/programs` on copperhead at
//! each tier and on python3 (plus any other interpreter named), alternating
//! interpreters per repetition, and reports medians, ratios, peak memory and
//! start-up; writes a generated Markdown table and an SVG chart.

mod compile_corpus;
mod machine;
mod options;
mod process;
mod programs;
mod report;
mod results;
mod stats;
mod svg;
mod tier2_stats;

use options::{Options, Parsed};
use process::{Outcome, Scratch};
use programs::Program;
use results::{Cell, Engine, Meta, Results, Row, Startup};
use std::io::Write;
use std::path::{Path, PathBuf};

fn main() {
    let code = match run() {
        Ok(code) => code,
        Err(e) => {
            eprintln!("copperhead-bench: {e}");
            2
        }
    };
    std::process::exit(code);
}

fn run() -> Result<i32, String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let opts = match options::parse(args.clone())? {
        Parsed::Help => {
            println!("{}", options::USAGE);
            return Ok(0);
        }
        Parsed::Run(o) => o,
    };
    let programs = programs::discover(&opts.programs, &opts.only)?;
    let mut engines = engines(&opts);
    let scratch = Scratch::new().map_err(|e| format!("scratch directory: {e}"))?;
    for e in engines.iter_mut() {
        resolve(e, &scratch);
    }
    if let Some(c) = opts.copperhead.as_ref().filter(|c| !c.exists()) {
        eprintln!(
            "copperhead-bench: note: {} does not exist (build it with `cargo build --release`); \
             its runs will be reported as failed",
            c.display()
        );
    }
    if opts.compile_corpus {
        let copperhead = opts
            .copperhead
            .clone()
            .ok_or("--compile-corpus needs copperhead")?;
        let python = engines[0].program.display().to_string();
        let r = compile_corpus::run(&python, &copperhead, opts.reps, &scratch)?;
        println!(
            "compile corpus: {} files, python3 {:.2} s, copperhead {:.2} s, ratio {:.2} (below 1 = faster)",
            r.files,
            r.python_seconds,
            r.copperhead_seconds,
            r.ratio()
        );
        if let Some(prefix) = &opts.out {
            let path = PathBuf::from(format!("{}-compile.md", prefix.display()));
            let md = compile_corpus::markdown(&r, &opts.python, &options::workspace_root());
            std::fs::write(&path, md).map_err(|e| format!("{}: {e}", path.display()))?;
        }
        return Ok(0);
    }
    if opts.tier2_stats {
        let copperhead = opts
            .copperhead
            .clone()
            .ok_or("--tier2-stats needs copperhead")?;
        let md = tier2_stats::table(&opts, &copperhead, &programs, &scratch);
        print!("{md}");
        if let Some(prefix) = &opts.out {
            let path = PathBuf::from(format!("{}-tier2.md", prefix.display()));
            std::fs::write(&path, md).map_err(|e| format!("{}: {e}", path.display()))?;
        }
        return Ok(0);
    }
    if opts.check {
        return Ok(check(&opts, &programs, &engines, &scratch));
    }
    let results = measure(&opts, &args, &programs, engines, &scratch);
    print!("{}", report::console_summary(&results));
    if let Some(prefix) = &opts.out {
        write_outputs(prefix, &results)?;
    }
    Ok(0)
}

fn engines(opts: &Options) -> Vec<Engine> {
    let mut list = vec![Engine::new(
        &opts.python,
        &opts.python,
        PathBuf::from(&opts.python),
        &[],
    )];
    if let Some(c) = &opts.copperhead {
        list.extend(results::copperhead_engines(c));
    }
    for other in &opts.also {
        list.push(Engine::new(other, other, PathBuf::from(other), &[]));
    }
    list
}

/// Replaces a launcher such as a pyenv shim (a shell script that costs tens
/// of milliseconds per start) with the interpreter it starts, as reported by
/// `sys.executable`, and records the version. Copperhead is left as given.
fn resolve(engine: &mut Engine, scratch: &Scratch) {
    if !engine.prefix.is_empty() || engine.label.starts_with("copperhead") {
        let root = options::workspace_root();
        let shown = engine
            .program
            .strip_prefix(&root)
            .unwrap_or(&engine.program);
        engine.detail = format!("`{}`", shown.display());
        return;
    }
    let code = "import sys; print(sys.executable); print(sys.version.split()[0])";
    let args = ["-c".to_string(), code.to_string()];
    let out = process::run(
        &engine.program,
        &args,
        std::time::Duration::from_secs(60),
        scratch,
    );
    let mut lines = out.stdout.lines();
    if let (true, Some(exe), Some(version)) = (out.succeeded(), lines.next(), lines.next())
        && Path::new(exe).is_absolute()
        && Path::new(exe).exists()
    {
        engine.program = PathBuf::from(exe);
        engine.detail = format!("`{exe}` ({version})");
        return;
    }
    engine.detail = format!("`{}`", engine.program.display());
}

/// One run of a benchmark; Err with the reason if it did not succeed. A run
/// succeeds when it exits 0 and its last line of output ends in "ok" (the
/// program's own check of its result passed).
fn run_program(
    engine: &Engine,
    program: &Program,
    size: u64,
    opts: &Options,
    scratch: &Scratch,
) -> Result<Outcome, String> {
    let mut args = engine.prefix.clone();
    args.push(program.path.display().to_string());
    args.push(size.to_string());
    let out = process::run(&engine.program, &args, opts.timeout, scratch);
    if !out.succeeded() {
        return Err(out.failure_reason());
    }
    let last = out.stdout.lines().last().unwrap_or("").trim();
    if !last.ends_with(" ok") {
        return Err(format!("result not confirmed (last output line {last:?})"));
    }
    Ok(out)
}

struct Progress {
    tty: bool,
}

impl Progress {
    fn new() -> Progress {
        // SAFETY: isatty only inspects a file descriptor number.
        let tty = unsafe { libc::isatty(2) } == 1;
        Progress { tty }
    }

    fn show(&self, text: &str) {
        if self.tty {
            eprint!("\r\x1b[K{text}");
            let _ = std::io::stderr().flush();
        }
    }

    fn line(&self, text: &str) {
        if self.tty {
            eprint!("\r\x1b[K");
        }
        eprintln!("{text}");
    }

    fn clear(&self) {
        if self.tty {
            eprint!("\r\x1b[K");
        }
    }
}

fn check(opts: &Options, programs: &[Program], engines: &[Engine], scratch: &Scratch) -> i32 {
    let mut failures = 0;
    let mut runs = 0;
    for p in programs {
        for e in engines {
            runs += 1;
            match run_program(e, p, p.small_size, opts, scratch) {
                Ok(out) => println!(
                    "ok      {:<16} {:>7} on {} ({})",
                    p.name,
                    p.small_size,
                    e.label,
                    report::seconds(out.seconds)
                ),
                Err(why) => {
                    failures += 1;
                    println!(
                        "FAILED  {:<16} {:>7} on {}: {why}",
                        p.name, p.small_size, e.label
                    );
                }
            }
        }
    }
    println!("{} runs, {failures} failed", runs);
    i32::from(failures > 0)
}

fn measure(
    opts: &Options,
    args: &[String],
    programs: &[Program],
    engines: Vec<Engine>,
    scratch: &Scratch,
) -> Results {
    let progress = Progress::new();
    let n = engines.len();
    let mut results = Results {
        meta: Meta {
            date: machine::today(),
            nproc: machine::nproc(),
            cpu: machine::cpu_model(),
            commit: machine::git_commit(&options::workspace_root()),
            command: command_line(args),
            reps: opts.reps,
            startup_reps: opts.startup_reps,
            small: opts.small,
        },
        engines,
        rows: Vec::new(),
        startup: Vec::new(),
    };
    let labels: Vec<String> = results.engines.iter().map(|e| e.label.clone()).collect();
    println!(
        "benchmark            size | interpreter: median time, ratio to {} (>1 = slower), peak RSS",
        labels[0]
    );
    for (i, p) in programs.iter().enumerate() {
        let size = if opts.small {
            p.small_size
        } else {
            p.default_size
        };
        progress.line(&format!(
            "[{}/{}] {} (size {size})",
            i + 1,
            programs.len(),
            p.name
        ));
        let mut cells = vec![Cell::default(); n];
        for rep in 0..opts.reps {
            // Alternate which interpreter goes first in each repetition.
            for k in 0..n {
                let j = (rep + k) % n;
                if cells[j].failure.is_some() {
                    continue;
                }
                progress.show(&format!(
                    "[{}/{}] {} rep {}/{}: {}",
                    i + 1,
                    programs.len(),
                    p.name,
                    rep + 1,
                    opts.reps,
                    labels[j]
                ));
                match run_program(&results.engines[j], p, size, opts, scratch) {
                    Ok(out) => {
                        cells[j].times.push(out.seconds);
                        cells[j].max_rss_kib = cells[j].max_rss_kib.max(out.max_rss_kib);
                    }
                    Err(why) => cells[j] = Cell::failed(&why),
                }
            }
        }
        progress.clear();
        results.rows.push(Row {
            name: p.name.clone(),
            size,
            cells,
        });
        println!("{}", report::console_row(&results, i));
    }
    results.startup = startup(opts, &results.engines, scratch, &progress);
    progress.clear();
    results
}

fn startup(
    opts: &Options,
    engines: &[Engine],
    scratch: &Scratch,
    progress: &Progress,
) -> Vec<Startup> {
    let n = engines.len();
    let mut out = vec![Startup::default(); n];
    let run_c = |e: &Engine, code: &str| -> Result<Outcome, String> {
        let mut args = e.prefix.clone();
        args.push("-c".to_string());
        args.push(code.to_string());
        let o = process::run(&e.program, &args, opts.timeout, scratch);
        if o.succeeded() {
            Ok(o)
        } else {
            Err(o.failure_reason())
        }
    };
    for rep in 0..opts.startup_reps {
        progress.show(&format!("start-up: rep {}/{}", rep + 1, opts.startup_reps));
        for k in 0..n {
            let j = (rep + k) % n;
            let cell = &mut out[j].pass;
            if cell.failure.is_some() {
                continue;
            }
            match run_c(&engines[j], "pass") {
                Ok(o) => {
                    cell.times.push(o.seconds);
                    cell.max_rss_kib = cell.max_rss_kib.max(o.max_rss_kib);
                }
                Err(why) => *cell = Cell::failed(&why),
            }
        }
    }
    for (j, e) in engines.iter().enumerate() {
        out[j].hello = match run_c(e, "print('hello, world')") {
            Ok(o) if o.stdout == "hello, world\n" => Cell {
                times: vec![o.seconds],
                max_rss_kib: o.max_rss_kib,
                failure: None,
            },
            Ok(o) => Cell::failed(&format!("printed {:?}", o.stdout)),
            Err(why) => Cell::failed(&why),
        };
    }
    out
}

fn command_line(args: &[String]) -> String {
    let mut s = "cargo run --release -p copperhead-bench --".to_string();
    for a in args {
        s.push(' ');
        if a.is_empty() || a.contains([' ', '\'', '"', '`']) {
            s.push_str(&format!("'{}'", a.replace('\'', "'\\''")));
        } else {
            s.push_str(a);
        }
    }
    s
}

fn with_suffix(prefix: &Path, suffix: &str) -> PathBuf {
    let mut s = prefix.as_os_str().to_owned();
    s.push(suffix);
    PathBuf::from(s)
}

fn write_outputs(prefix: &Path, results: &Results) -> Result<(), String> {
    if let Some(dir) = prefix.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    let table = with_suffix(prefix, "-table.md");
    let chart = with_suffix(prefix, "-ratios.svg");
    std::fs::write(&table, report::markdown(results))
        .map_err(|e| format!("{}: {e}", table.display()))?;
    std::fs::write(&chart, svg::chart(results)).map_err(|e| format!("{}: {e}", chart.display()))?;
    println!("wrote {} and {}", table.display(), chart.display());
    Ok(())
}
