//! The `copperhead` command, behaving like `python3`:
//!
//! `copperhead [options] (FILE | -c CMD | -m MODULE | -) [args]`; with no program it reads a
//! program from stdin, or runs the REPL when stdin is a terminal. `-i` runs the REPL after the
//! program. `-X opt[=value]` options go to `sys._xoptions`; `-X tier2=on|off`, `-X jit=off`,
//! `-X specialize=off` and `-X stats` also reach the runtime's `Config`. `-u -B -E -s -S -q -O
//! -I` are accepted and ignored. Tool modes: `--dis FILE...` prints the disassembly of every
//! code object (like `python3 -m dis FILE`); `--compile-only FILE...` only compiles.
//!
//! Exit status: 0; SystemExit's code; 1 for an uncaught exception or a SyntaxError; 130 for an
//! uncaught KeyboardInterrupt (Ctrl-C); 2 for a bad command line or a missing file.

#![allow(clippy::result_large_err)]

use copperhead::repl::{Input, LineReader};
use copperhead::{Program, config_for_stack, format_syntax_error, run_program, with_stack};
use copperhead_core::bytecode::dis;
use copperhead_core::compile::{Mode, compile};
use std::io::{BufRead, IsTerminal, Read, Write};
use std::process::exit;

/// Native stack for the interpreter thread.
const STACK: usize = 256 << 20;

const USAGE: &str = "usage: copperhead [option] ... [-c cmd | -m mod | file | -] [arg] ...";

const HELP: &str = "\
Options (as python3's):
-c cmd : program passed in as string (terminates option list)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script
-m mod : run library module as a script (terminates option list)
-V     : print the version number and exit (also --version)
-X opt : set implementation-specific option (sys._xoptions); Copperhead reads
         -X tier2=on (tier-2 traces; off by default), -X jit=off,
         -X specialize=off, -X stats, -X perfmap (JIT code named in /tmp/perf-PID.map)
-u -B -E -s -S -q -O -I : accepted and ignored
--trace FILE ...       : run with tier 2 on, printing each trace (micro-ops) to stderr
--dis FILE...          : print the bytecode of every code object
--compile-only FILE... : compile only
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]";

fn bad_usage(msg: &str) -> ! {
    eprintln!("{msg}\n{USAGE}\nTry `copperhead -h' for more information.");
    exit(2)
}

/// Reads the REPL's lines with rustyline (a terminal: editing and history).
struct EditorReader(rustyline::DefaultEditor);

impl LineReader for EditorReader {
    fn read(&mut self, prompt: &str) -> Input {
        use rustyline::error::ReadlineError;
        match self.0.readline(prompt) {
            Ok(l) => Input::Line(l),
            Err(ReadlineError::Interrupted) => Input::Interrupted,
            Err(_) => {
                // As CPython: leave the terminal on a fresh line.
                println!();
                Input::Eof
            }
        }
    }
    fn add_history(&mut self, entry: &str) {
        let _ = self.0.add_history_entry(entry);
    }
}

/// Reads the REPL's lines from a stdin that is not a terminal (prompts go to stderr, as
/// CPython's).
struct PlainReader;

impl LineReader for PlainReader {
    fn read(&mut self, prompt: &str) -> Input {
        eprint!("{prompt}");
        let _ = std::io::stderr().flush();
        let mut line = String::new();
        match std::io::stdin().lock().read_line(&mut line) {
            Ok(0) | Err(_) => {
                eprintln!();
                Input::Eof
            }
            Ok(_) => {
                let l = line.strip_suffix('\n').unwrap_or(&line);
                Input::Line(l.strip_suffix('\r').unwrap_or(l).to_string())
            }
        }
    }
}

fn reader() -> Box<dyn LineReader> {
    if std::io::stdin().is_terminal()
        && let Ok(ed) = rustyline::DefaultEditor::new()
    {
        return Box::new(EditorReader(ed));
    }
    Box::new(PlainReader)
}

/// The command line after the options.
struct Cli {
    inspect: bool,
    /// `-q`: no banner.
    quiet: bool,
    xoptions: Vec<String>,
    program: Option<Program>,
    /// Program arguments (`sys.argv`).
    argv: Vec<String>,
}

fn parse(args: Vec<String>) -> Cli {
    let mut cli = Cli {
        inspect: false,
        quiet: false,
        xoptions: Vec::new(),
        program: None,
        argv: Vec::new(),
    };
    let mut it = args.into_iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--version" => version(),
            "--help" => help(),
            "--" => {
                if let Some(f) = it.next() {
                    return with_file(cli, f, it.collect());
                }
                break;
            }
            "-" => return with_file(cli, a, it.collect()),
            _ if a.starts_with("--") => bad_usage(&format!("unknown option {a}")),
            _ if a.starts_with('-') => {
                // Single-letter flags, possibly combined (`-iu`); -c, -m and -X take the rest
                // of the word or the next argument.
                let flags: Vec<char> = a[1..].chars().collect();
                for (i, f) in flags.iter().enumerate() {
                    match f {
                        'c' | 'm' | 'X' => {
                            let rest: String = flags[i + 1..].iter().collect();
                            let val = if rest.is_empty() {
                                it.next().unwrap_or_else(|| {
                                    bad_usage(&format!("Argument expected for the -{f} option"))
                                })
                            } else {
                                rest
                            };
                            match f {
                                'X' => {
                                    cli.xoptions.push(val);
                                    break;
                                }
                                'c' => {
                                    cli.argv = vec!["-c".into()];
                                    cli.argv.extend(it);
                                    cli.program = Some(Program::Source {
                                        source: val.into_bytes(),
                                        filename: "<string>".into(),
                                    });
                                }
                                _ => {
                                    // argv[0] becomes the module's file once it is found.
                                    cli.argv = vec!["-m".into()];
                                    cli.argv.extend(it);
                                    cli.program = Some(Program::Module(val));
                                }
                            }
                            return cli;
                        }
                        'i' => cli.inspect = true,
                        'q' => cli.quiet = true,
                        'V' => version(),
                        'h' | '?' => help(),
                        'u' | 'B' | 'E' | 's' | 'S' | 'O' | 'I' | 'b' | 'd' | 'v' | 'R' | 'P' => {}
                        _ => bad_usage(&format!("unknown option -{f}")),
                    }
                }
            }
            _ => return with_file(cli, a, it.collect()),
        }
    }
    cli
}

fn with_file(mut cli: Cli, file: String, rest: Vec<String>) -> Cli {
    cli.argv = vec![file.clone()];
    cli.argv.extend(rest);
    if file == "-" {
        cli.program = read_stdin_program(cli.inspect);
        return cli;
    }
    match std::fs::read(&file) {
        Ok(source) => {
            cli.program = Some(Program::Source {
                source,
                filename: file,
            })
        }
        Err(e) => {
            // As CPython: the absolute path and the OS message without Rust's suffix.
            let shown = std::path::absolute(&file).unwrap_or_else(|_| file.clone().into());
            let msg = e.to_string();
            let msg = msg.split(" (os error").next().unwrap_or(&msg).to_string();
            eprintln!(
                "copperhead: can't open file '{}': [Errno {}] {msg}",
                shown.display(),
                e.raw_os_error().unwrap_or(0)
            );
            exit(2);
        }
    }
    cli
}

/// A program read from stdin, or None when stdin is a terminal or `-i` makes it the REPL's.
fn read_stdin_program(inspect: bool) -> Option<Program> {
    if inspect || std::io::stdin().is_terminal() {
        return None;
    }
    let mut source = Vec::new();
    if let Err(e) = std::io::stdin().read_to_end(&mut source) {
        eprintln!("copperhead: can't read stdin: {e}");
        exit(2);
    }
    Some(Program::Source {
        source,
        filename: "<stdin>".into(),
    })
}

fn version() -> ! {
    println!(
        "Copperhead {} (Python 3.11 compatible)",
        env!("CARGO_PKG_VERSION")
    );
    exit(0)
}

fn help() -> ! {
    println!("{USAGE}\n{HELP}");
    exit(0)
}

fn tool(args: &[String]) -> ! {
    let quiet = args[0] == "--compile-only";
    if args.len() < 2 {
        eprintln!("usage: copperhead {} FILE...", args[0]);
        exit(2);
    }
    let mut status = 0;
    for path in &args[1..] {
        let data = match std::fs::read(path) {
            Ok(d) => d,
            Err(e) => {
                eprintln!("copperhead: can't open file '{path}': {e}");
                exit(2);
            }
        };
        let p = path.clone();
        let src = data.clone();
        let r = with_stack(32 << 20, move || compile(&data, &p, Mode::Exec, 0));
        match r {
            Some(Ok(code)) => {
                if !quiet {
                    print!("{}", dis::dis(&code));
                }
            }
            Some(Err(e)) => {
                eprint!("{}", format_syntax_error(&e, &src));
                status = 1;
            }
            None => {
                eprintln!("copperhead: internal error");
                exit(2);
            }
        }
    }
    exit(status)
}

/// glibc gives freed memory at the top of the heap back to the kernel once 128 KiB of it is
/// free, and the program then faults the pages back in on the next allocation: big-integer
/// arithmetic (pidigits) freed and refaulted its buffers 160,000 times, a third of its time in
/// the kernel. The command keeps up to 64 MiB (a host program embedding the runtime keeps its
/// own allocator settings).
fn tune_malloc() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets allocator parameters; called before any other thread exists.
    unsafe {
        libc::mallopt(libc::M_TRIM_THRESHOLD, 64 << 20);
        libc::mallopt(libc::M_MMAP_THRESHOLD, 32 << 20);
    }
}

fn main() {
    tune_malloc();
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    // `--trace FILE ...`: run normally, printing each tier-2 trace to stderr as it is built.
    let print_traces = args.first().is_some_and(|a| a == "--trace");
    if print_traces {
        args.remove(0);
    }
    if matches!(
        args.first().map(String::as_str),
        Some("--dis" | "--compile-only")
    ) {
        tool(&args);
    }
    let mut cli = parse(args);
    if cli.program.is_none() && !cli.inspect {
        // No program: stdin's text, or the REPL on a terminal.
        cli.argv = vec![String::new()];
        cli.program = read_stdin_program(false);
    }
    if cli.argv.is_empty() {
        cli.argv.push(String::new());
    }
    let inspect = cli.inspect;
    let program = cli.program.unwrap_or(Program::Repl);
    if matches!(program, Program::Repl) && !cli.quiet && std::io::stdin().is_terminal() {
        eprintln!(
            "Copperhead {} (Python 3.11 compatible)\nCtrl-D to exit.",
            env!("CARGO_PKG_VERSION")
        );
    }
    let argv = cli.argv;
    let mut config = config_for_stack(STACK);
    config.tiers = copperhead::tier_options(&cli.xoptions);
    config.tiers.print_traces = print_traces;
    if print_traces {
        config.tiers.tier2 = true;
    }
    let xoptions = cli.xoptions;
    copperhead::install_sigint_handler();
    let code = with_stack(STACK, move || {
        let mut reader = reader();
        run_program(program, &argv, &xoptions, inspect, reader.as_mut(), config)
    });
    exit(code.unwrap_or(2))
}
