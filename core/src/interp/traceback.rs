//! `traceback` objects (one per frame an exception passed through, outermost first) and the
//! text CPython 3.11 prints for an uncaught exception: chained exceptions, exception groups,
//! the caret lines under the failing sub-expression, repeated-line collapsing and the
//! "Did you mean" suggestions (`suggest.rs`).

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::bytecode::tables::decode_locations;
use crate::object::error::PyResult;
use crate::object::getset::GetSetDef;
use crate::object::header::{Payload, alloc_object};
use crate::object::value::Value;
use crate::runtime::Runtime;

pub struct TracebackData {
    pub next: Option<Value>,
    /// The code object of the frame.
    pub code: Value,
    /// Code unit offset of the instruction that raised.
    pub lasti: u32,
    /// The frame's globals (for NameError suggestions).
    pub globals: Option<Value>,
    /// The frame object, when introspection or tracing had made one (`tb_frame`).
    pub frame: Option<Value>,
}

impl Payload for TracebackData {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some(n) = &self.next {
            visit(n);
        }
        visit(&self.code);
        if let Some(g) = &self.globals {
            visit(g);
        }
        if let Some(f) = &self.frame {
            visit(f);
        }
    }
}

pub fn tb_data<'a>(rt: &Runtime, v: &'a Value) -> Option<&'a TracebackData> {
    if rt.type_of(v) != rt.types().traceback {
        return None;
    }
    Some(unsafe { v.heap()?.payload::<TracebackData>() })
}

/// Line number of code unit `lasti` of `code` (None when it has no location).
pub fn line_of(rt: &Runtime, code: &Value, lasti: u32) -> Option<i32> {
    let cd = rt.code_data(code)?;
    let locs = decode_locations(cd.firstlineno as i32, &cd.linetable)?;
    let line = locs.get(lasti as usize)?.line;
    (line >= 0).then_some(line)
}

/// Prepends an entry for a frame running `code` at `lasti` to `exc.__traceback__`.
pub fn add_entry(rt: &Runtime, exc: &Value, code: &Value, lasti: u32) {
    if crate::specialize::uops_init::is_init_shim(rt, code) {
        return;
    }
    let next = rt.exception_traceback(exc);
    let top = unsafe { (*rt.interp.frames.get()).last() }.filter(|f| f.code.is(code));
    let globals = top.map(|f| f.globals.clone());
    let frame = top.and_then(|f| f.obj.clone());
    let d = TracebackData {
        next,
        code: code.clone(),
        lasti,
        globals,
        frame,
    };
    if let Some(tb) = unsafe { alloc_object(rt, rt.types().traceback.0, d) } {
        let _ = rt.set_exception_traceback(exc, Some(tb));
    }
}

fn tb_line(rt: &Runtime, d: &TracebackData) -> PyResult<Value> {
    match line_of(rt, &d.code, d.lasti) {
        Some(l) => rt.new_int(l as i64),
        None => Ok(rt.none()),
    }
}

pub fn spec() -> crate::object::typespec::TypeSpec {
    crate::object::typespec::TypeSpec::new::<TracebackData>("traceback", |rt, ty| {
        rt.add_getsets(
            ty,
            &[
                GetSetDef {
                    name: "tb_next",
                    get: |rt, v| {
                        Ok(tb_data(rt, v)
                            .and_then(|d| d.next.clone())
                            .unwrap_or_else(|| rt.none()))
                    },
                    set: None,
                },
                GetSetDef {
                    name: "tb_lineno",
                    get: |rt, v| match tb_data(rt, v) {
                        Some(d) => tb_line(rt, d),
                        None => Ok(rt.none()),
                    },
                    set: None,
                },
                GetSetDef {
                    name: "tb_lasti",
                    get: |rt, v| rt.new_int(tb_data(rt, v).map_or(0, |d| d.lasti as i64 * 2)),
                    set: None,
                },
                GetSetDef {
                    name: "tb_frame",
                    get: |rt, v| {
                        Ok(tb_data(rt, v)
                            .and_then(|d| d.frame.clone())
                            .unwrap_or_else(|| rt.none()))
                    },
                    set: None,
                },
                // The entry's code object, for the `traceback` module while `tb_frame` is
                // not materialized (not a CPython attribute).
                GetSetDef {
                    name: "_tb_code",
                    get: |rt, v| {
                        Ok(tb_data(rt, v)
                            .map(|d| d.code.clone())
                            .unwrap_or_else(|| rt.none()))
                    },
                    set: None,
                },
            ],
        );
    })
}

/// `ExcType: message` (the last line of a traceback), with 3.11's "Did you mean" suggestion.
pub fn exception_line(rt: &Runtime, exc: &Value) -> String {
    let ty = rt.type_of(exc);
    let mut name = String::from(ty.data().name());
    if let Some(m) = rt.lookup_in_type(ty, "__module__")
        && let Some(m) = rt.str_of(&m)
        && m != "builtins"
        && m != "__main__"
    {
        name = format!("{m}.{name}");
    }
    // A SyntaxError's location is printed above the line; the line holds only `msg`.
    let syntax_msg = if rt.isinstance_type(exc, rt.exc().syntax_error) {
        rt.getattr_opt(exc, "msg")
            .ok()
            .flatten()
            .filter(|m| !rt.is_none(m))
            .and_then(|m| rt.str_string(&m).ok())
    } else {
        None
    };
    let msg = match syntax_msg {
        Some(m) => m,
        // As stderr shows it: lone surrogates backslash-escaped (CPython's stderr handler).
        None => match rt
            .str(exc)
            .and_then(|s| crate::object::codecs::utf8_text(rt, &s, true).map(|t| String::from(&*t)))
        {
            Ok(m) => m,
            Err(_) => String::from("<exception str() failed>"),
        },
    };
    let mut line = if msg.is_empty() {
        name
    } else {
        format!("{name}: {msg}")
    };
    if let Some(s) = super::suggest::for_exception(rt, exc) {
        line.push_str(&format!(". Did you mean: '{s}'?"));
    }
    line
}

/// Entries of a traceback chain (outermost first).
fn entries(rt: &Runtime, tb: Option<Value>) -> Vec<Value> {
    let mut out = Vec::new();
    let mut t = tb;
    while let Some(v) = t {
        let Some(d) = tb_data(rt, &v) else { break };
        t = d.next.clone();
        out.push(v);
        if out.len() > 1_000_000 {
            break;
        }
    }
    out
}

/// Where an instruction is: (line, end line, column, end column); columns are UTF-8 byte
/// offsets, -1 when unknown. An instruction without a line takes the nearest one before it.
fn position(rt: &Runtime, code: &Value, lasti: u32) -> Option<(i32, i32, i32, i32)> {
    let cd = rt.code_data(code)?;
    let locs = decode_locations(cd.firstlineno as i32, &cd.linetable)?;
    let at = (lasti as usize).min(locs.len().checked_sub(1)?);
    let l = locs.get(at)?;
    if l.line >= 0 {
        return Some((l.line, l.end_line, l.col, l.end_col));
    }
    let line = locs[..at].iter().rev().find(|l| l.line >= 0)?.line;
    Some((line, line, -1, -1))
}

/// Character offset of UTF-8 byte offset `b` in `s`.
fn char_offset(s: &str, b: usize) -> usize {
    let b = b.min(s.len());
    String::from_utf8_lossy(&s.as_bytes()[..b]).chars().count()
}

/// 3.11's anchors inside a failing expression `seg`: (left end, right start, primary char,
/// secondary char) as character offsets in `seg`, for a binary operation (the operator) or a
/// subscript (the brackets).
fn anchors(seg: &str) -> Option<(usize, usize, char, char)> {
    use crate::compile::ast::{ExprKind, ModuleBody, StmtKind};
    let body =
        crate::compile::parse(seg.as_bytes(), "<segment>", crate::compile::Mode::Exec).ok()?;
    let ModuleBody::Module(stmts) = body else {
        return None;
    };
    let [stmt] = &stmts[..] else { return None };
    let StmtKind::Expr(e) = &stmt.kind else {
        return None;
    };
    if e.pos.lineno != 1 {
        return None;
    }
    let b = seg.as_bytes();
    match &e.kind {
        ExprKind::BinOp { left, right, .. } => {
            if left.pos.end_lineno != 1 || right.pos.lineno != 1 {
                return None;
            }
            let (from, to) = (
                left.pos.end_col_offset as usize,
                right.pos.col_offset as usize,
            );
            let mut i = from;
            while i < to.min(b.len()) {
                if !b[i].is_ascii_whitespace() && b[i] != b'(' && b[i] != b')' {
                    let mut end = i + 1;
                    if end < to && !b[end].is_ascii_whitespace() {
                        end += 1;
                    }
                    return Some((char_offset(seg, i), char_offset(seg, end), '~', '^'));
                }
                i += 1;
            }
            None
        }
        ExprKind::Subscript { value, slice, .. } => {
            if value.pos.end_lineno != 1 || slice.pos.end_lineno != 1 {
                return None;
            }
            let mut left = value.pos.end_col_offset as usize;
            let mut right = slice.pos.end_col_offset as usize + 1;
            while left < b.len() && b[left] != b'[' {
                left += 1;
            }
            while right < b.len() && b[right] != b']' {
                right += 1;
            }
            if right < b.len() {
                right += 1;
            }
            Some((char_offset(seg, left), char_offset(seg, right), '~', '^'))
        }
        _ => None,
    }
}

/// The caret line for a traceback entry, or None where 3.11 prints none.
fn caret_line(line: &str, pos: (i32, i32, i32, i32)) -> Option<String> {
    let (start_line, end_line, col, end_col) = pos;
    if start_line < 0 || end_line < 0 || col < 0 || end_col < 0 {
        return None;
    }
    let indent = line
        .chars()
        .take_while(|c| matches!(c, ' ' | '\t' | '\x0c'))
        .count();
    let total = line.chars().count();
    let start = char_offset(line, col as usize);
    let mut end = char_offset(line, end_col as usize);
    let mut anchor = None;
    if start_line == end_line {
        if start < end {
            let seg: String = line.chars().skip(start).take(end - start).collect();
            anchor = anchors(&seg).map(|(l, r, p, s)| (start + l, start + r, p, s));
        }
    } else {
        end = line.trim_end().chars().count();
    }
    if end <= start {
        return None;
    }
    if end - start == total - indent && anchor.is_none() {
        return None;
    }
    let mut out = String::from("    ");
    for _ in indent..start {
        out.push(' ');
    }
    for p in start..end {
        let c = match anchor {
            Some((l, r, _, s)) if l <= p && p < r => s,
            Some((_, _, pc, _)) => pc,
            None => '^',
        };
        out.push(c);
    }
    Some(out)
}

/// Writes CPython 3.11's report of an uncaught exception.
struct Printer<'a> {
    rt: &'a Runtime,
    source_line: &'a dyn Fn(&str, i32) -> Option<String>,
    out: String,
    /// Exception group nesting (0 outside groups).
    depth: usize,
    need_close: bool,
    seen: Vec<Value>,
}

/// Entries repeated more often than this are collapsed.
const RECURSIVE_CUTOFF: usize = 3;
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

impl Printer<'_> {
    fn indent(&mut self) {
        for _ in 0..2 * self.depth {
            self.out.push(' ');
        }
    }

    fn margin(&mut self) {
        self.indent();
        if self.depth > 0 {
            self.out.push_str("| ");
        }
    }

    fn line(&mut self, s: &str) {
        self.margin();
        self.out.push_str(s);
        self.out.push('\n');
    }

    fn is_group(&self, v: &Value) -> bool {
        self.rt
            .isinstance_type(v, self.rt.exc().base_exception_group)
    }

    fn recursive(&mut self, v: &Value) {
        if self.seen.len() > 10_000 {
            return;
        }
        self.cause_and_context(v);
        if self.is_group(v) {
            self.group(v);
        } else {
            self.exception(v);
        }
    }

    fn cause_and_context(&mut self, v: &Value) {
        self.seen.push(v.clone());
        let Ok(d) = crate::object::exceptions::exc_data(self.rt, v) else {
            return;
        };
        let cause = unsafe { (*d.cause.get()).clone() };
        if let Some(c) = cause {
            if !self.seen.iter().any(|s| s.is(&c))
                && crate::object::exceptions::exc_data(self.rt, &c).is_ok()
            {
                self.chained(
                    &c,
                    "The above exception was the direct cause of the following exception:",
                );
            }
            return;
        }
        if d.suppress_context.get() {
            return;
        }
        let context = unsafe { (*d.context.get()).clone() };
        if let Some(c) = context
            && !self.seen.iter().any(|s| s.is(&c))
            && crate::object::exceptions::exc_data(self.rt, &c).is_ok()
        {
            self.chained(
                &c,
                "During handling of the above exception, another exception occurred:",
            );
        }
    }

    fn chained(&mut self, v: &Value, message: &str) {
        let need_close = self.need_close;
        self.recursive(v);
        self.line("");
        self.line(message);
        self.line("");
        self.need_close = need_close;
    }

    fn exception(&mut self, v: &Value) {
        let rt = self.rt;
        if let Some(tb) = rt.exception_traceback(v) {
            let header = if self.is_group(v) {
                "Exception Group Traceback (most recent call last):"
            } else {
                "Traceback (most recent call last):"
            };
            self.indent();
            self.out.push_str(if self.is_group(v) && self.depth == 1 {
                "+ "
            } else if self.depth > 0 {
                "| "
            } else {
                ""
            });
            self.out.push_str(header);
            self.out.push('\n');
            self.traceback(tb);
        }
        let line = exception_line(rt, v);
        for l in line.split('\n') {
            self.line(l);
        }
        self.notes(v);
    }

    fn notes(&mut self, v: &Value) {
        let rt = self.rt;
        let Ok(Some(notes)) = rt.getattr_opt(v, "__notes__") else {
            return;
        };
        let items = match rt.collect(&notes) {
            Ok(items) => items,
            Err(_) => {
                let r = rt.repr_string(&notes).unwrap_or_default();
                self.line(&r);
                return;
            }
        };
        for n in items {
            let text = match rt.str_of(&n) {
                Some(s) => String::from(s),
                None => rt
                    .str_string(&n)
                    .unwrap_or_else(|_| String::from("<note str() failed>")),
            };
            for l in text.split('\n') {
                self.line(l);
            }
        }
    }

    fn traceback(&mut self, tb: Value) {
        let rt = self.rt;
        let all = entries(rt, Some(tb));
        let limit = 1000;
        let skip = all.len().saturating_sub(limit);
        let mut last: Option<(Value, i32)> = None;
        let mut count = 0usize;
        for v in &all[skip..] {
            let Some(d) = tb_data(rt, v) else { break };
            let pos = position(rt, &d.code, d.lasti);
            let line = pos.map_or(-1, |p| p.0);
            let same = last
                .as_ref()
                .is_some_and(|(c, l)| same_place(rt, c, &d.code) && *l == line && line != -1);
            if !same {
                self.repeated(count);
                last = Some((d.code.clone(), line));
                count = 0;
            }
            count += 1;
            if count <= RECURSIVE_CUTOFF {
                self.entry(&d.code, line, pos);
            }
        }
        self.repeated(count);
    }

    fn repeated(&mut self, count: usize) {
        if count > RECURSIVE_CUTOFF {
            let n = count - RECURSIVE_CUTOFF;
            let s = if n > 1 { "s" } else { "" };
            self.line(&format!("  [Previous line repeated {n} more time{s}]"));
        }
    }

    fn entry(&mut self, code: &Value, line: i32, pos: Option<(i32, i32, i32, i32)>) {
        let rt = self.rt;
        let cd = rt.code_data(code);
        let file = cd.and_then(|c| rt.str_of(&c.filename)).unwrap_or("?");
        let name = cd.and_then(|c| rt.str_of(&c.name)).unwrap_or("?");
        self.line(&format!("  File \"{file}\", line {line}, in {name}"));
        let Some(src) = (self.source_line)(file, line) else {
            return;
        };
        let stripped = src.trim_start_matches([' ', '\t', '\x0c']);
        if stripped.is_empty() {
            return;
        }
        self.line(&format!("    {stripped}"));
        if let Some(p) = pos
            && let Some(c) = caret_line(&src, p)
        {
            self.line(&c);
        }
    }

    fn group(&mut self, v: &Value) {
        let rt = self.rt;
        if self.depth > MAX_GROUP_DEPTH {
            self.line(&format!("... (max_group_depth is {MAX_GROUP_DEPTH})"));
            return;
        }
        let top = self.depth == 0;
        if top {
            self.depth += 1;
        }
        self.exception(v);
        let excs = rt
            .getattr_str(v, "exceptions")
            .ok()
            .and_then(|t| rt.collect(&t).ok())
            .unwrap_or_default();
        let n = excs.len().min(MAX_GROUP_WIDTH + 1);
        self.need_close = false;
        for (i, e) in excs.iter().take(n).enumerate() {
            let last = i == n - 1;
            if last {
                self.need_close = true;
            }
            self.indent();
            self.out.push_str(if i == 0 { "+-" } else { "  " });
            if i < MAX_GROUP_WIDTH {
                self.out
                    .push_str(&format!("+---------------- {} ----------------\n", i + 1));
            } else {
                self.out
                    .push_str("+---------------- ... ----------------\n");
            }
            self.depth += 1;
            if i < MAX_GROUP_WIDTH {
                self.recursive(e);
            } else {
                let more = excs.len() - MAX_GROUP_WIDTH;
                let s = if more > 1 { "s" } else { "" };
                self.line(&format!("and {more} more exception{s}"));
            }
            if last && self.need_close {
                self.indent();
                self.out.push_str("+------------------------------------\n");
                self.need_close = false;
            }
            self.depth -= 1;
        }
        if self.depth == 1 {
            self.depth -= 1;
        }
    }
}

/// Two code objects at the same place for collapsing (same file and function name).
fn same_place(rt: &Runtime, a: &Value, b: &Value) -> bool {
    if a.is(b) {
        return true;
    }
    match (rt.code_data(a), rt.code_data(b)) {
        (Some(x), Some(y)) => {
            rt.str_of(&x.filename) == rt.str_of(&y.filename)
                && rt.str_of(&x.name) == rt.str_of(&y.name)
        }
        _ => false,
    }
}

/// The full report CPython prints for an uncaught exception, chained exceptions first.
/// `source_line(filename, line)` supplies source text when the host can read files.
pub fn format_exception(
    rt: &Runtime,
    exc: &Value,
    source_line: &dyn Fn(&str, i32) -> Option<String>,
) -> String {
    let mut p = Printer {
        rt,
        source_line,
        out: String::new(),
        depth: 0,
        need_close: false,
        seen: Vec::new(),
    };
    p.recursive(exc);
    p.out
}
