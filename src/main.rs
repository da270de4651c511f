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

fn print_syntax_error(e: &SyntaxError) {
    let mut out = String::new();
    if let Some(line) = e.lineno {
        out.push_str(&format!("  File \"{}\", line {}\n", e.filename, line));
        if let Some(text) = &e.text {
            let raw = text.trim_end_matches(['\n', '\r']);
            let stripped = raw.trim_start();
            let indent = raw.chars().count() - stripped.chars().count();
            if !stripped.is_empty() {
                out.push_str(&format!("    {stripped}\n"));
                if let Some(off) = e.offset.filter(|o| *o > 0) {
                    let start = (off as usize).saturating_sub(1).saturating_sub(indent);
                    let end = match (e.end_lineno, e.end_offset) {
                        (Some(el), Some(eo)) if el == line && eo > off => {
                            (eo as usize).saturating_sub(1).saturating_sub(indent)
                        }
                        _ => start + 1,
                    };
                    let width = stripped.chars().count();
                    let start = start.min(width);
                    let end = end.clamp(start + 1, width.max(start + 1));
                    out.push_str(&format!(
                        "    {}{}\n",
                        " ".repeat(start),
                        "^".repeat(end - start)
                    ));
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
                let r = with_stack(move || compile(&data, &p, Mode::Exec, 0));
                match r {
                    Ok(code) => {
                        if !quiet {
                            print!("{}", dis::dis(&code));
                        }
                    }
                    Err(e) => {
                        print_syntax_error(&e);
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
