//! The `copperhead` command.
//!
//! `copperhead FILE [args]` runs a script; `copperhead -c CMD` runs a command string;
//! `copperhead --dis FILE` prints the disassembly of every code object (like
//! `python3 -m dis FILE`); `copperhead --compile-only FILE...` compiles and prints nothing.
//! `-X tier2=off` and `-X jit=off` are accepted (reserved for the later tiers).
//! An uncaught exception prints its traceback to stderr and exits 1.

#![allow(clippy::result_large_err)]

use copperhead::{config_for_stack, format_syntax_error, run_source, with_stack};
use copperhead_core::bytecode::dis;
use copperhead_core::compile::{Mode, compile};
use std::process::exit;

/// Native stack for the interpreter thread.
const STACK: usize = 256 << 20;

fn usage() -> ! {
    eprintln!("usage: copperhead [-X opt] (FILE | -c CMD | --dis FILE...) [args]");
    exit(2)
}

fn run(source: Vec<u8>, filename: String, argv: Vec<String>) -> ! {
    let code = with_stack(STACK, move || {
        let out = run_source(&source, &filename, &argv, false, config_for_stack(STACK));
        if let Some(e) = &out.error {
            eprint!("{e}");
        }
        out.exit_code
    });
    exit(code.unwrap_or(2))
}

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    // Options before the script.
    while args.first().map(String::as_str) == Some("-X") {
        if args.len() < 2 {
            usage();
        }
        args.drain(..2);
    }
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
                let r = with_stack(16 << 20, move || compile(&data, &p, Mode::Exec, 0));
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
            exit(status);
        }
        Some("-c") => {
            let Some(cmd) = args.get(1) else { usage() };
            let mut argv = vec!["-c".to_string()];
            argv.extend(args[2..].iter().cloned());
            run(cmd.clone().into_bytes(), "<string>".into(), argv);
        }
        Some(path) if !path.starts_with('-') => {
            let path = path.to_string();
            match std::fs::read(&path) {
                Ok(d) => run(d, path, args.clone()),
                Err(e) => {
                    // As CPython: the absolute path and the OS message without Rust's suffix.
                    let shown = std::path::absolute(&path).unwrap_or_else(|_| path.clone().into());
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
        }
        _ => usage(),
    }
}
