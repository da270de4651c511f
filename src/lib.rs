//! The `copperhead` crate: the Rust API to embed Copperhead, over the no_std core and the
//! platform crate of the target OS.

pub use copperhead_core as core;

pub mod embed;
mod host;
mod host_math;
pub mod repl;

use copperhead_core::interp::{self, RunError};
use copperhead_core::{Config, FileKind, PyErr, Runtime};
use std::cell::RefCell;
use std::sync::atomic::{AtomicBool, AtomicPtr, Ordering};

thread_local! {
    /// Where `print` output goes on this thread: captured (tests) or written to stdout.
    static OUT: RefCell<Output> =
        const { RefCell::new(Output { capture: false, buf: Vec::new(), err: String::new() }) };
}

struct Output {
    capture: bool,
    buf: Vec<u8>,
    /// Captured stderr text.
    err: String,
}

/// Writes buffered stdout text to the process's stdout.
pub fn flush_stdout() {
    use std::io::Write;
    OUT.with(|o| {
        let mut o = o.borrow_mut();
        if !o.capture && !o.buf.is_empty() {
            let mut out = std::io::stdout().lock();
            let _ = out.write_all(&o.buf);
            let _ = out.flush();
            o.buf.clear();
        }
    });
}

fn write_stdout(_rt: &Runtime, s: &str) {
    let full = OUT.with(|o| {
        let mut o = o.borrow_mut();
        o.buf.extend_from_slice(s.as_bytes());
        !o.capture && o.buf.len() > 1 << 16
    });
    if full {
        flush_stdout();
    }
}

fn write_stderr(_rt: &Runtime, s: &str) {
    write_err_text(s);
}

/// Writes to stderr (after pending stdout text), or to the capture buffer.
pub fn write_err_text(s: &str) {
    let captured = OUT.with(|o| {
        let mut o = o.borrow_mut();
        if o.capture {
            o.err.push_str(s);
        }
        o.capture
    });
    if !captured {
        flush_stdout();
        eprint!("{s}");
    }
}

/// Starts (or stops) capturing this thread's stdout and stderr text.
pub fn set_capture(capture: bool) {
    OUT.with(|o| {
        let mut o = o.borrow_mut();
        o.capture = capture;
        o.buf.clear();
        o.err.clear();
    });
}

/// The captured (stdout, stderr) text so far, emptying the buffers.
pub fn take_captured() -> (String, String) {
    OUT.with(|o| {
        let mut o = o.borrow_mut();
        let out = String::from_utf8_lossy(&std::mem::take(&mut o.buf)).into_owned();
        (out, std::mem::take(&mut o.err))
    })
}

fn file_kind(_rt: &Runtime, path: &str) -> FileKind {
    match std::fs::metadata(path) {
        Ok(m) if m.is_dir() => FileKind::Dir,
        Ok(_) => FileKind::File,
        Err(_) => FileKind::Missing,
    }
}

fn read_file(_rt: &Runtime, path: &str) -> Option<Vec<u8>> {
    std::fs::read(path).ok()
}

/// One line of stdin, newline included (None at end of input or on a read error).
fn read_stdin_line(_rt: &Runtime) -> Option<String> {
    flush_stdout();
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) | Err(_) => None,
        Ok(_) => Some(line),
    }
}

/// A runtime with the platform hooks (stdout, stderr, file access for `import`) installed.
pub fn new_runtime(config: Config) -> copperhead_core::RuntimeBox {
    let rt = Runtime::new(config);
    let mut h = rt.hooks.get();
    h.write_stdout = Some(write_stdout);
    h.write_stderr = Some(write_stderr);
    host::install(&mut h);
    h.file_kind = Some(file_kind);
    h.read_file = Some(read_file);
    h.read_stdin_line = Some(read_stdin_line);
    h.source_line = Some(source_line);
    h.exec_memory = exec_memory();
    rt.hooks.set(h);
    rt
}

/// The platform crate's executable memory for the JIT, chosen by target OS.
fn exec_memory() -> Option<copperhead_core::jit::platform::ExecMemory> {
    #[cfg(target_os = "linux")]
    return Some(copperhead_platform_linux::EXEC_MEMORY);
    #[cfg(target_os = "macos")]
    return Some(copperhead_platform_macos::EXEC_MEMORY);
    #[cfg(windows)]
    return Some(copperhead_platform_windows::EXEC_MEMORY);
    #[allow(unreachable_code)]
    None
}

/// Sets `sys.path`: `first` (the script's directory, or '' for `-c`, `-m`, stdin and the REPL)
/// followed by the directories in `PYTHONPATH`.
pub fn init_sys_path(rt: &Runtime, first: &str) {
    let mut entries = vec![first.to_string()];
    if let Some(pp) = std::env::var_os("PYTHONPATH") {
        for p in std::env::split_paths(&pp) {
            let s = p.to_string_lossy().into_owned();
            if !s.is_empty() {
                entries.push(s);
            }
        }
    }
    let refs: Vec<&str> = entries.iter().map(String::as_str).collect();
    let _ = interp::import::set_sys_path(rt, &refs);
}

/// `sys.path[0]` for a program read from `filename`: its directory as an absolute path, or ''
/// for pseudo-files such as `<string>` and `<stdin>`.
pub fn script_dir(filename: &str) -> String {
    if filename.starts_with('<') {
        return String::new();
    }
    let abs = std::path::absolute(filename).unwrap_or_else(|_| filename.into());
    abs.parent()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// The running runtime's interrupt flag, for the SIGINT handler.
static INTERRUPT: AtomicPtr<AtomicBool> = AtomicPtr::new(std::ptr::null_mut());

/// Makes Ctrl-C (SIGINT) interrupt the running code of `rt` with KeyboardInterrupt. The flag
/// must stay valid while the handler may run: call `clear_interrupt_target` before `rt` dies.
pub fn set_interrupt_target(rt: &Runtime) {
    let flag = rt.interrupt_flag() as *const AtomicBool as *mut AtomicBool;
    INTERRUPT.store(flag, Ordering::SeqCst);
}

pub fn clear_interrupt_target() {
    INTERRUPT.store(std::ptr::null_mut(), Ordering::SeqCst);
}

#[cfg(unix)]
extern "C" fn on_sigint(_sig: libc::c_int) {
    let p = INTERRUPT.load(Ordering::SeqCst);
    if !p.is_null() {
        // SAFETY: the pointer is cleared before its runtime is dropped; storing to an atomic is
        // async-signal-safe.
        unsafe { (*p).store(true, Ordering::SeqCst) };
    }
}

/// Ctrl-C and Ctrl-Break on a Windows console: set the flag while a runtime runs (handled);
/// otherwise let the default handler end the process.
#[cfg(windows)]
mod console_ctrl {
    use super::{INTERRUPT, Ordering};

    const CTRL_C_EVENT: u32 = 0;
    const CTRL_BREAK_EVENT: u32 = 1;

    #[link(name = "kernel32")]
    unsafe extern "system" {
        fn SetConsoleCtrlHandler(
            handler: Option<unsafe extern "system" fn(u32) -> i32>,
            add: i32,
        ) -> i32;
    }

    unsafe extern "system" fn on_ctrl(kind: u32) -> i32 {
        let p = INTERRUPT.load(Ordering::SeqCst);
        if (kind == CTRL_C_EVENT || kind == CTRL_BREAK_EVENT) && !p.is_null() {
            // SAFETY: as for SIGINT: the pointer is cleared before its runtime is dropped.
            unsafe { (*p).store(true, Ordering::SeqCst) };
            return 1;
        }
        0
    }

    pub fn install() {
        // SAFETY: registers a handler function that lives for the whole process.
        unsafe { SetConsoleCtrlHandler(Some(on_ctrl), 1) };
    }
}

/// Installs the Ctrl-C handler: SIGINT on unix, a console-control handler on Windows.
pub fn install_sigint_handler() {
    #[cfg(unix)]
    unsafe {
        let handler: extern "C" fn(libc::c_int) = on_sigint;
        libc::signal(libc::SIGINT, handler as libc::sighandler_t);
    }
    #[cfg(windows)]
    console_ctrl::install();
}

/// How a program ended.
pub struct RunOutcome {
    /// Everything `print` wrote (only when captured).
    pub stdout: String,
    /// The traceback text of an uncaught exception or SyntaxError, if any.
    pub error: Option<String>,
    /// The last line of that report (`ZeroDivisionError: division by zero`).
    pub error_line: Option<String>,
    pub exit_code: i32,
}

fn source_line(file: &str, line: i32) -> Option<String> {
    let text = std::fs::read_to_string(file).ok()?;
    text.lines()
        .nth(usize::try_from(line - 1).ok()?)
        .map(String::from)
}

/// Config sized for a thread with `stack` bytes of native stack.
pub fn config_for_stack(stack: usize) -> Config {
    Config {
        native_stack_budget: stack / 4 * 3,
        ..Config::default()
    }
}

/// Runs `source` as `__main__` on the current thread (which should have a large stack; see
/// `config_for_stack`); `argv` becomes `sys.argv`. With `capture`, print output is returned instead of written.
pub fn run_source(
    source: &[u8],
    filename: &str,
    argv: &[String],
    capture: bool,
    config: Config,
) -> RunOutcome {
    set_capture(capture);
    let rt = new_runtime(config);
    init_sys_path(&rt, &script_dir(filename));
    let args: Vec<&str> = argv.iter().map(String::as_str).collect();
    let _ = copperhead_core::modules::sys::set_argv(&rt, &args);
    let result = interp::run_main(&rt, source, filename);
    let mut main_globals = None;
    let (error, error_line, exit_code) = match result {
        Ok(g) => {
            main_globals = Some(g);
            (None, None, 0)
        }
        Err(RunError::Syntax(e)) => {
            let text = format_syntax_error(&e, source);
            let last = text.lines().last().map(String::from);
            (Some(text), last, 1)
        }
        Err(RunError::Exception(e)) => {
            let r = report_exception(&rt, e);
            (r.text, r.last_line, r.status)
        }
    };
    copperhead_core::modules::run_atexit(&rt);
    // CPython's shutdown: the modules go, and what their objects' finalizers print (a suspended
    // generator's `finally`, a `__del__`) is part of the program's output.
    interp::shutdown::finalize(&rt, main_globals);
    let stdout = OUT.with(|o| {
        let mut o = o.borrow_mut();
        if o.capture {
            String::from_utf8_lossy(&std::mem::take(&mut o.buf)).into_owned()
        } else {
            String::new()
        }
    });
    flush_stdout();
    RunOutcome {
        stdout,
        error,
        error_line,
        exit_code,
    }
}

/// What an uncaught exception means for the process.
pub struct ExceptionReport {
    /// What to write to stderr (a traceback, or SystemExit's message).
    pub text: Option<String>,
    /// The traceback's last line (`ZeroDivisionError: division by zero`).
    pub last_line: Option<String>,
    pub status: i32,
}

/// As CPython at exit: SystemExit's code (None: 0; an int: itself; anything else is printed
/// and gives 1), KeyboardInterrupt 130 (what shells report for SIGINT), any other exception
/// prints its traceback and gives 1.
pub fn report_exception(rt: &Runtime, e: PyErr) -> ExceptionReport {
    let exc = e.into_value();
    if rt.isinstance_type(&exc, rt.exc().system_exit) {
        let code = rt.getattr_str(&exc, "code").ok();
        let (text, status) = match code {
            None => (None, 0),
            Some(c) if rt.is_none(&c) => (None, 0),
            Some(c) if rt.int_ref(&c).is_some() => {
                let n = rt.index_isize(&c).unwrap_or(-1);
                (None, n as i32)
            }
            Some(c) => {
                let s = rt.str_string(&c).unwrap_or_default();
                (Some(format!("{s}\n")), 1)
            }
        };
        return ExceptionReport {
            text,
            last_line: None,
            status,
        };
    }
    let status = if rt.isinstance_type(&exc, rt.exc().keyboard_interrupt) {
        130
    } else {
        1
    };
    if copperhead_core::modules::sys::call_custom_excepthook(rt, &exc) {
        // The program's own sys.excepthook reported it.
        return ExceptionReport {
            text: None,
            last_line: None,
            status,
        };
    }
    let text = interp::traceback::format_exception(rt, &exc, &source_line);
    // A group's report ends with its box, not with its own line.
    let last = if rt.isinstance_type(&exc, rt.exc().base_exception_group) {
        text.lines()
            .rfind(|l| !l.trim().is_empty())
            .map_or_else(String::new, String::from)
    } else {
        interp::traceback::exception_line(rt, &exc)
    };
    ExceptionReport {
        text: Some(text),
        last_line: Some(last),
        status,
    }
}

/// The tier switches named by `-X` options (`tier2=off`, `jit=off`, `specialize=off`, `stats`).
pub fn tier_options(xoptions: &[String]) -> copperhead_core::TierOptions {
    let mut t = copperhead_core::TierOptions::default();
    for o in xoptions {
        let (k, v) = o.split_once('=').unwrap_or((o, ""));
        let on = !matches!(v, "off" | "0" | "false" | "no");
        match k {
            "tier2" => t.tier2 = on,
            "jit" => t.jit = on,
            "specialize" => t.specialize = on,
            "stats" => t.stats = on,
            _ => {}
        }
    }
    t
}

/// `sys._xoptions`: `-X name=value` maps name to 'value', `-X name` to True.
fn set_xoptions(rt: &Runtime, xoptions: &[String]) -> copperhead_core::PyResult<()> {
    let d = rt.new_dict()?;
    let dd = rt.dict_data(&d).ok_or_else(|| rt.memory_error())?;
    for o in xoptions {
        match o.split_once('=') {
            Some((k, v)) => dd.set(rt, rt.new_str(k)?, rt.new_str(v)?)?,
            None => dd.set(rt, rt.new_str(o)?, rt.bool_value(true))?,
        }
    }
    let mods = interp::modules(rt)?;
    if let Some(sys) = rt.dict_data(&mods).and_then(|m| m.get_str(rt, "sys")) {
        rt.setattr(&sys, &rt.intern("_xoptions"), Some(&d))?;
    }
    Ok(())
}

/// Appends a line for JIT code to `/tmp/perf-PID.map` (`-X perfmap` or `COPPERHEAD_PERFMAP`
/// set): `perf report` then names the code of each stencil instance instead of `[unknown]`.
fn perf_map_line(start: usize, size: usize, name: &str) {
    use std::io::Write;
    static FILE: std::sync::Mutex<Option<std::fs::File>> = std::sync::Mutex::new(None);
    let Ok(mut file) = FILE.lock() else {
        return;
    };
    if file.is_none() {
        let path = format!("/tmp/perf-{}.map", std::process::id());
        *file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
            .ok();
    }
    if let Some(f) = file.as_mut() {
        let _ = writeln!(f, "{start:x} {size:x} {name}");
    }
}

/// What the `copperhead` command runs.
pub enum Program {
    /// Source text named `filename` (a path, `<string>` for `-c`, `<stdin>`).
    Source { source: Vec<u8>, filename: String },
    /// `-m NAME`.
    Module(String),
    /// Nothing: just the REPL.
    Repl,
}

/// Runs `program` as the command does (errors to stderr) and returns the exit status. With
/// `inspect` (`-i`), or for `Program::Repl`, the REPL reading from `reader` follows, even after
/// an exception (but not after SystemExit).
pub fn run_program(
    program: Program,
    argv: &[String],
    xoptions: &[String],
    inspect: bool,
    reader: &mut dyn repl::LineReader,
    config: Config,
) -> i32 {
    let rt = new_runtime(config);
    set_interrupt_target(&rt);
    if xoptions.iter().any(|o| o == "perfmap") || std::env::var_os("COPPERHEAD_PERFMAP").is_some() {
        copperhead_core::jit::exec::symbols::set_hook(Some(perf_map_line));
    }
    let first = match &program {
        Program::Source { filename, .. } => script_dir(filename),
        _ => String::new(),
    };
    init_sys_path(&rt, &first);
    let args: Vec<&str> = argv.iter().map(String::as_str).collect();
    let _ = copperhead_core::modules::sys::set_argv(&rt, &args);
    let _ = set_xoptions(&rt, xoptions);
    let mut exited = false;
    let mut main_globals = None;
    let is_repl = matches!(program, Program::Repl);
    let mut status = match program {
        Program::Source { source, filename } => {
            // As CPython 3.11: a script's code (its `__file__`, tracebacks) has the absolute path.
            let filename = if filename.starts_with('<') {
                filename
            } else {
                std::path::absolute(&filename)
                    .map(|p| p.to_string_lossy().into_owned())
                    .unwrap_or(filename)
            };
            match interp::run_main(&rt, &source, &filename) {
                Ok(g) => {
                    main_globals = Some(g);
                    0
                }
                Err(RunError::Syntax(e)) => {
                    write_err_text(&format_syntax_error(&e, &source));
                    1
                }
                Err(RunError::Exception(e)) => {
                    exited = rt.isinstance_type(e.value(), rt.exc().system_exit);
                    uncaught(&rt, e)
                }
            }
        }
        Program::Module(name) => match interp::import::run_module_as_main(&rt, &name) {
            Ok(()) => 0,
            Err(interp::import::RunModuleError::Message(m)) => {
                write_err_text(&format!("copperhead: {m}\n"));
                1
            }
            Err(interp::import::RunModuleError::Syntax(e, src)) => {
                write_err_text(&format_syntax_error(&e, &src));
                1
            }
            Err(interp::import::RunModuleError::Exception(e)) => {
                exited = rt.isinstance_type(e.value(), rt.exc().system_exit);
                uncaught(&rt, e)
            }
        },
        Program::Repl => 0,
    };
    flush_stdout();
    if (inspect || is_repl) && !exited {
        status = repl::run(&rt, reader);
    }
    copperhead_core::modules::run_atexit(&rt);
    flush_stdout();
    // CPython's shutdown order for the script's names (see `interp::shutdown`).
    interp::shutdown::finalize(&rt, main_globals);
    if let Some(report) = copperhead_core::specialize::stats_report(&rt) {
        write_err_text(&report);
    }
    clear_interrupt_target();
    drop(rt);
    flush_stdout();
    status
}

fn uncaught(rt: &Runtime, e: PyErr) -> i32 {
    flush_stdout();
    let r = report_exception(rt, e);
    if let Some(t) = &r.text {
        write_err_text(t);
    }
    r.status
}

/// CPython's report for a SyntaxError; like CPython, a missing `text` is read from the source.
pub fn format_syntax_error(e: &copperhead_core::compile::SyntaxError, source: &[u8]) -> String {
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
    out
}

/// Runs `f` on a new thread with `stack` bytes of native stack.
pub fn with_stack<T: Send + 'static>(
    stack: usize,
    f: impl FnOnce() -> T + Send + 'static,
) -> Option<T> {
    std::thread::Builder::new()
        .stack_size(stack)
        .spawn(f)
        .ok()?
        .join()
        .ok()
}
