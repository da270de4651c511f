//! The `copperhead` command.
//!
//! `copperhead --dis FILE` compiles FILE and prints the disassembly of every code object (like
//! `python3 -m dis FILE`); a file that does not compile prints its SyntaxError as CPython does
//! and exits 1. `copperhead --compile-only FILE...` compiles and prints nothing (for timing).
//! Everything else still reports that the interpreter is not built.

#![allow(clippy::result_large_err)]

use copperhead_core::bytecode::dis;
use copperhead_core::compile::{Mode, SyntaxError, compile};
use std::process::exit;

/// Prints the error as CPython's traceback printer does; like CPython, a missing `text` is read
/// from the source file.
fn print_syntax_error(e: &SyntaxError, source: &[u8]) {
    let mut out = String::new();
    if let Some(line) = e.lineno {
        out.push_str(&format!("  File \"{}\", line {}\n", e.filename, line));
        let from_file = String::from_utf8_lossy(source)
            .split('\n')
            .nth((line as usize).wrapping_sub(1))
            .map(|l| format!("{l}\n"));
        if let Some(text) = e.text.as_ref().or(from_file.as_ref()) {
            let raw = text.trim_end_matches(['\n', '\r']);
            let stripped = raw.trim_start();
            let indent = raw.chars().count() - stripped.chars().count();
            if !stripped.is_empty() {
                out.push_str(&format!("    {stripped}\n"));
                // As traceback.py: columns are relative to the stripped line; no caret when
                // the error points into the indentation.
                if let Some(off) = e.offset {
                    let mut end_off = match e.end_offset {
                        Some(v) if v != 0 && e.end_lineno.is_none_or(|l| l == line) => v,
                        _ => off,
                    };
                    if end_off == off || end_off == -1 {
                        end_off = off + 1;
                    }
                    let colno = off - 1 - indent as i64;
                    let end_colno = end_off - 1 - indent as i64;
                    if colno >= 0 {
                        let width = (end_colno - colno).max(1) as usize;
                        out.push_str(&format!(
                            "    {}{}\n",
                            " ".repeat(colno as usize),
                            "^".repeat(width)
                        ));
                    }
                }
            }
        }
    }
    out.push_str(&format!("{}: {}\n", e.kind.name(), e.msg));
    eprint!("{out}");
}

/// Runs `f` on a thread with enough native stack for the compiler.
fn with_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    match std::thread::Builder::new()
        .stack_size(16 << 20)
        .spawn(f)
        .map(|h| h.join())
    {
        Ok(Ok(v)) => v,
        _ => {
            eprintln!("copperhead: internal error");
            exit(2)
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("--dis") | Some("--compile-only") => {
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
                let r = with_stack(move || compile(&data, &p, Mode::Exec, 0));
                match r {
                    Ok(code) => {
                        if !quiet {
                            print!("{}", dis::dis(&code));
                        }
                    }
                    Err(e) => {
                        print_syntax_error(&e, &src);
                        status = 1;
                    }
                }
            }
            exit(status);
        }
        _ => {
            eprintln!("copperhead: the interpreter is not built yet");
            exit(2);
        }
    }
}
