//! The `copperhead` crate: the Rust API to embed Copperhead, over the no_std core and the
//! platform crate of the target OS.

pub use copperhead_core as core;

use copperhead_core::interp::{self, RunError};
use copperhead_core::{Config, Runtime, Value};
use std::cell::RefCell;
use std::path::{Path, PathBuf};

thread_local! {
    /// Where `print` output goes on this thread: captured (tests) or written to stdout.
    static OUT: RefCell<Output> = const { RefCell::new(Output { capture: false, buf: Vec::new() }) };
    /// The directory `import` searches for `name.py` (the script's directory).
    static SEARCH_DIR: RefCell<Option<PathBuf>> = const { RefCell::new(None) };
}

struct Output {
    capture: bool,
    buf: Vec<u8>,
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
    flush_stdout();
    eprint!("{s}");
}

fn load_module(rt: &Runtime, name: &str) -> copperhead_core::PyResult<Option<Value>> {
    let Some(dir) = SEARCH_DIR.with(|d| d.borrow().clone()) else {
        return Ok(None);
    };
    let path = dir.join(format!("{}.py", name.replace('.', "/")));
    let Ok(src) = std::fs::read(&path) else {
        return Ok(None);
    };
    interp::exec_module(rt, name, &src, &path.to_string_lossy()).map(Some)
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

/// A runtime with the platform hooks (stdout, stderr, module loading) installed.
pub fn new_runtime(config: Config) -> copperhead_core::RuntimeBox {
    let rt = Runtime::new(config);
    let mut h = rt.hooks.get();
    h.write_stdout = Some(write_stdout);
    h.write_stderr = Some(write_stderr);
    h.load_module = Some(load_module);
    h.read_stdin_line = Some(read_stdin_line);
    h.source_line = Some(source_line);
    rt.hooks.set(h);
    rt
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
    OUT.with(|o| {
        let mut o = o.borrow_mut();
        o.capture = capture;
        o.buf.clear();
    });
    let dir = Path::new(filename).parent().map(Path::to_path_buf);
    SEARCH_DIR.with(|d| *d.borrow_mut() = dir);
    let rt = new_runtime(config);
    let args: Vec<&str> = argv.iter().map(String::as_str).collect();
    let _ = copperhead_core::modules::sys::set_argv(&rt, &args);
    let result = interp::run_main(&rt, source, filename);
    let (error, error_line, exit_code) = match result {
        Ok(_) => (None, None, 0),
        Err(RunError::Syntax(e)) => {
            let text = format_syntax_error(&e, source);
            let last = text.lines().last().map(String::from);
            (Some(text), last, 1)
        }
        Err(RunError::Exception(e)) => {
            let exc = e.into_value();
            if rt.isinstance_type(&exc, rt.exc().system_exit) {
                let code = rt.getattr_str(&exc, "code").ok();
                match code {
                    Some(c) if rt.is_none(&c) => (None, None, 0),
                    Some(c) if c.as_small_int().is_some() => {
                        (None, None, c.as_small_int().unwrap_or(1) as i32)
                    }
                    Some(c) => {
                        let s = rt.str_string(&c).unwrap_or_default();
                        (Some(format!("{s}\n")), None, 1)
                    }
                    None => (None, None, 0),
                }
            } else if copperhead_core::modules::sys::call_custom_excepthook(&rt, &exc) {
                // A program's own sys.excepthook reported it.
                (Some(String::new()), None, 1)
            } else {
                let text = interp::traceback::format_exception(&rt, &exc, &source_line);
                let last = Some(interp::traceback::exception_line(&rt, &exc));
                (Some(text), last, 1)
            }
        }
    };
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
