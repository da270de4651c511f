//! The interactive loop (`copperhead` with a terminal, or `-i`): prompts `>>> ` and `... `,
//! input compiled in "single" mode (expression statements go through `sys.displayhook`, which
//! keeps the value in `builtins._`), tracebacks printed and the loop going on.
//!
//! Whether input is complete is decided from the compiler: source that fails with an error a
//! later line could fix (an unclosed bracket or string, a line continuation, a block not yet
//! written) asks for more; a compound statement (`if`, `def`, ...) goes on until a blank line,
//! as in CPython. Line reading is a `LineReader`, so tests drive the loop with a list of lines
//! and the CLI with rustyline or plain stdin.

use copperhead_core::Runtime;
use copperhead_core::compile::{self, Mode, SyntaxError, ast};
use copperhead_core::interp;

/// One read from the user.
pub enum Input {
    Line(String),
    /// Ctrl-C while reading.
    Interrupted,
    /// Ctrl-D / end of input.
    Eof,
}

/// Where the REPL's lines come from.
pub trait LineReader {
    fn read(&mut self, prompt: &str) -> Input;
    /// A complete entry was run (for history).
    fn add_history(&mut self, _entry: &str) {}
}

/// Reads from a list of lines (tests), ending with EOF.
pub struct ScriptedReader {
    lines: std::vec::IntoIter<String>,
}

impl ScriptedReader {
    pub fn new(lines: &[&str]) -> Self {
        let v: Vec<String> = lines.iter().map(|s| s.to_string()).collect();
        ScriptedReader {
            lines: v.into_iter(),
        }
    }
}

impl LineReader for ScriptedReader {
    fn read(&mut self, _prompt: &str) -> Input {
        match self.lines.next() {
            Some(l) if l == "\u{3}" => Input::Interrupted,
            Some(l) => Input::Line(l),
            None => Input::Eof,
        }
    }
}

/// What feeding a line did.
#[derive(Debug, PartialEq, Eq)]
pub enum Step {
    /// The entry is incomplete: show `... ` and read more.
    More,
    /// The entry ran (or its error was printed).
    Done,
    /// SystemExit: leave with this status.
    Exit(i32),
}

/// Whether an entry compiled, needs more lines, or is wrong.
enum Status {
    Complete,
    Incomplete,
    Error(Box<SyntaxError>),
}

/// Messages of errors that more input could fix.
fn is_incomplete_error(e: &SyntaxError, src: &str) -> bool {
    let m = e.msg.as_str();
    if m.contains("was never closed")
        || m.starts_with("unterminated triple-quoted string")
        || m.starts_with("unexpected EOF")
    {
        return true;
    }
    // "expected an indented block after 'if' statement": more is needed only while the block's
    // header is the last line typed.
    let last = src.trim_end().rsplit('\n').next().unwrap_or("");
    m.starts_with("expected an indented block") && last.trim_end().ends_with(':')
}

fn starts_compound(stmt: &ast::Stmt) -> bool {
    use ast::StmtKind as K;
    matches!(
        stmt.kind,
        K::FunctionDef(_)
            | K::ClassDef(_)
            | K::For { .. }
            | K::While { .. }
            | K::If { .. }
            | K::With { .. }
            | K::Match { .. }
            | K::Try { .. }
    )
}

/// A first line that opens a compound statement (used when it does not parse yet).
fn looks_compound(src: &str) -> bool {
    let first = src.trim_start();
    let word: String = first
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '@')
        .collect();
    first.starts_with('@')
        || matches!(
            word.as_str(),
            "if" | "while" | "for" | "try" | "with" | "def" | "class" | "async" | "match"
        )
}

fn classify(src: &str, ended_by_blank: bool) -> Status {
    match compile::parse(src.as_bytes(), "<stdin>", Mode::Single) {
        Ok(body) => {
            let compound = match &body {
                ast::ModuleBody::Interactive(stmts) => stmts.first().is_some_and(starts_compound),
                _ => false,
            };
            if compound && !ended_by_blank {
                Status::Incomplete
            } else {
                Status::Complete
            }
        }
        Err(e) => {
            if is_incomplete_error(&e, src) {
                return Status::Incomplete;
            }
            // A block still being written (`try:` without its `except` yet) fails at the end.
            let lines = src.trim_end_matches('\n').split('\n').count() as i64;
            let at_end = e.lineno.is_none_or(|l| l >= lines);
            let no_block = e.msg.starts_with("expected an indented block");
            if looks_compound(src) && !ended_by_blank && at_end && lines > 1 && !no_block {
                Status::Incomplete
            } else {
                Status::Error(Box::new(e))
            }
        }
    }
}

/// The REPL's pending input.
#[derive(Default)]
pub struct Repl {
    buf: String,
}

impl Repl {
    pub fn new() -> Self {
        Repl::default()
    }

    /// The prompt for the next line.
    pub fn prompt(&self) -> &'static str {
        if self.buf.is_empty() { ">>> " } else { "... " }
    }

    /// Drops a partly typed entry (Ctrl-C).
    pub fn reset(&mut self) {
        self.buf.clear();
    }

    /// Adds a line; runs the entry once it is complete.
    pub fn feed(&mut self, rt: &Runtime, line: &str) -> Step {
        let blank = line.trim().is_empty();
        if self.buf.is_empty() && blank_or_comment(line) {
            return Step::Done;
        }
        self.buf.push_str(line);
        self.buf.push('\n');
        let src = std::mem::take(&mut self.buf);
        match classify(&src, blank) {
            Status::Incomplete => {
                self.buf = src;
                Step::More
            }
            Status::Error(e) => {
                crate::write_err_text(&crate::format_syntax_error(&e, src.as_bytes()));
                Step::Done
            }
            Status::Complete => run_entry(rt, &src),
        }
    }
}

fn blank_or_comment(line: &str) -> bool {
    let t = line.trim_start();
    t.is_empty() || t.starts_with('#')
}

/// Compiles and runs one complete entry in `__main__`.
fn run_entry(rt: &Runtime, src: &str) -> Step {
    let limits = rt.compile_limits();
    let cu = match compile::compile_with_limits(src.as_bytes(), "<stdin>", Mode::Single, 0, limits)
    {
        Ok(c) => c,
        Err(e) => {
            crate::write_err_text(&crate::format_syntax_error(&e, src.as_bytes()));
            return Step::Done;
        }
    };
    rt.interrupt_flag()
        .store(false, std::sync::atomic::Ordering::SeqCst);
    let r = interp::convert::code_object(rt, &cu)
        .and_then(|code| interp::import::run_in_main(rt, &code, None));
    crate::flush_stdout();
    match r {
        Ok(_) => Step::Done,
        Err(e) => {
            let is_exit = rt.isinstance_type(e.value(), rt.exc().system_exit);
            let rep = crate::report_exception(rt, e);
            if let Some(t) = &rep.text {
                crate::write_err_text(t);
            }
            if is_exit {
                Step::Exit(rep.status)
            } else {
                Step::Done
            }
        }
    }
}

/// Runs the loop until EOF (status 0) or SystemExit (its status).
pub fn run(rt: &Runtime, reader: &mut dyn LineReader) -> i32 {
    let mut repl = Repl::new();
    let mut entry = String::new();
    loop {
        crate::flush_stdout();
        match reader.read(repl.prompt()) {
            Input::Line(l) => {
                if !entry.is_empty() {
                    entry.push('\n');
                }
                entry.push_str(&l);
                match repl.feed(rt, &l) {
                    Step::More => {}
                    Step::Done => {
                        if !entry.trim().is_empty() {
                            reader.add_history(entry.trim_end());
                        }
                        entry.clear();
                    }
                    Step::Exit(code) => return code,
                }
            }
            Input::Interrupted => {
                crate::write_err_text("\nKeyboardInterrupt\n");
                repl.reset();
                entry.clear();
            }
            Input::Eof => return 0,
        }
    }
}
