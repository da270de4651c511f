//! The report CPython 3.11 prints for an uncaught exception when exception groups are
//! involved: each group's sub-exceptions are drawn nested in a box (`+-+---- 1 ----`, `| `
//! margins), at most 15 per group and 10 levels deep, with chained exceptions (cause,
//! context) and `__notes__` inside the box they belong to.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::traceback::{exception_line, line_of, tb_data};
use crate::object::value::Value;
use crate::runtime::Runtime;

const MAX_WIDTH: usize = 15;
const MAX_DEPTH: usize = 10;

struct Ctx<'a> {
    rt: &'a Runtime,
    source_line: &'a dyn Fn(&str, i32) -> Option<String>,
    out: String,
    depth: usize,
    need_close: bool,
    chain_depth: usize,
    seen: Vec<Value>,
}

impl Ctx<'_> {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }
    fn margin(&self) -> &'static str {
        if self.depth > 0 { "| " } else { "" }
    }
    /// One line (text without its newline) behind the current indent and margin.
    fn line(&mut self, text: &str) {
        let (i, m) = (self.indent(), self.margin());
        self.out.push_str(&i);
        self.out.push_str(m);
        self.out.push_str(text);
        self.out.push('\n');
    }
}

fn is_group(rt: &Runtime, e: &Value) -> bool {
    rt.isinstance_type(e, rt.exc().base_exception_group)
}

/// Whether `exc` or an exception chained to it is a group (then this module prints it).
pub fn involves_group(rt: &Runtime, exc: &Value) -> bool {
    let mut cur = Some(exc.clone());
    let mut steps = 0;
    while let Some(e) = cur {
        if is_group(rt, &e) {
            return true;
        }
        steps += 1;
        if steps > 100 {
            return false;
        }
        let Ok(d) = crate::object::exceptions::exc_data(rt, &e) else {
            return false;
        };
        cur = unsafe {
            (*d.cause.get())
                .clone()
                .or_else(|| (*d.context.get()).clone())
        };
    }
    false
}

/// The full report for `exc` (chained exceptions first), CPython's format.
pub fn format(
    rt: &Runtime,
    exc: &Value,
    source_line: &dyn Fn(&str, i32) -> Option<String>,
) -> String {
    let mut ctx = Ctx {
        rt,
        source_line,
        out: String::new(),
        depth: 0,
        need_close: false,
        chain_depth: 0,
        seen: Vec::new(),
    };
    recursive(&mut ctx, exc);
    ctx.out
}

fn recursive(ctx: &mut Ctx<'_>, value: &Value) {
    let rt = ctx.rt;
    // `seen` only stops chains from looping; the exception itself is always printed. Chains
    // are followed at most 100 deep (as traceback.rs does), so printing never recurses deeply.
    ctx.seen.push(value.clone());
    if ctx.chain_depth < 100
        && let Ok(d) = crate::object::exceptions::exc_data(rt, value)
    {
        let cause = unsafe { (*d.cause.get()).clone() };
        let context = unsafe { (*d.context.get()).clone() };
        let unseen = |v: &Value, seen: &[Value]| !seen.iter().any(|s| s.is(v));
        if let Some(c) = cause.filter(|c| unseen(c, &ctx.seen)) {
            chained(
                ctx,
                &c,
                "The above exception was the direct cause of the following exception:",
            );
        } else if let Some(c) =
            context.filter(|c| !d.suppress_context.get() && unseen(c, &ctx.seen))
        {
            chained(
                ctx,
                &c,
                "During handling of the above exception, another exception occurred:",
            );
        }
    }
    if is_group(rt, value) {
        group(ctx, value);
    } else {
        single(ctx, value);
    }
}

fn chained(ctx: &mut Ctx<'_>, value: &Value, message: &str) {
    let need_close = ctx.need_close;
    ctx.chain_depth += 1;
    recursive(ctx, value);
    ctx.chain_depth -= 1;
    ctx.need_close = need_close;
    ctx.line("");
    ctx.line(message);
    ctx.line("");
}

/// The traceback (if any), `Type: message` and the notes of one exception.
fn single(ctx: &mut Ctx<'_>, value: &Value) {
    let rt = ctx.rt;
    if let Some(tb) = rt.exception_traceback(value) {
        let header = if is_group(rt, value) {
            "Exception Group Traceback (most recent call last):"
        } else {
            "Traceback (most recent call last):"
        };
        let hm = if is_group(rt, value) && ctx.depth == 1 {
            "+ "
        } else {
            ctx.margin()
        };
        let i = ctx.indent();
        ctx.out.push_str(&format!("{i}{hm}{header}\n"));
        let mut t = Some(tb);
        while let Some(v) = t {
            let Some(d) = tb_data(rt, &v) else { break };
            let cd = rt.code_data(&d.code);
            let file = cd.and_then(|c| rt.str_of(&c.filename)).unwrap_or("?");
            let name = cd.and_then(|c| rt.str_of(&c.name)).unwrap_or("?");
            match line_of(rt, &d.code, d.lasti) {
                Some(line) => {
                    ctx.line(&format!("  File \"{file}\", line {line}, in {name}"));
                    if let Some(src) = (ctx.source_line)(file, line) {
                        let s = src.trim();
                        if !s.is_empty() {
                            ctx.line(&format!("    {s}"));
                        }
                    }
                }
                None => ctx.line(&format!("  File \"{file}\", in {name}")),
            }
            t = d.next.clone();
        }
    }
    let l = exception_line(rt, value);
    for part in l.split('\n') {
        ctx.line(part);
    }
    notes(ctx, value);
}

fn notes(ctx: &mut Ctx<'_>, value: &Value) {
    let rt = ctx.rt;
    let Ok(Some(n)) = rt.getattr_opt(value, "__notes__") else {
        return;
    };
    let items: Option<Vec<Value>> = rt
        .list_data(&n)
        .map(|l| l.items().to_vec())
        .or_else(|| rt.tuple_items(&n).map(|t| t.to_vec()));
    match items {
        Some(items) => {
            for note in items {
                let text = match rt.str_of(&note) {
                    Some(s) => String::from(s),
                    None => rt
                        .str_string(&note)
                        .unwrap_or_else(|_| String::from("<note str() failed>")),
                };
                for part in text.split('\n') {
                    ctx.line(part);
                }
            }
        }
        None => {
            let r = rt
                .repr_string(&n)
                .unwrap_or_else(|_| String::from("<__notes__ repr() failed>"));
            ctx.line(&r);
        }
    }
}

fn group(ctx: &mut Ctx<'_>, value: &Value) {
    let rt = ctx.rt;
    if ctx.depth > MAX_DEPTH {
        ctx.line(&format!("... (max_group_depth is {MAX_DEPTH})"));
        return;
    }
    if ctx.depth == 0 {
        ctx.depth += 1;
    }
    single(ctx, value);
    let excs: Vec<Value> = rt
        .getattr_opt(value, "exceptions")
        .ok()
        .flatten()
        .and_then(|t| rt.tuple_items(&t).map(|x| x.to_vec()))
        .unwrap_or_default();
    let n = excs.len().min(MAX_WIDTH + 1);
    ctx.need_close = false;
    for i in 0..n {
        let last = i == n - 1;
        if last {
            ctx.need_close = true;
        }
        let lead = if i == 0 { "+-" } else { "  " };
        let truncated = i >= MAX_WIDTH;
        let label = if truncated {
            String::from("...")
        } else {
            format!("{}", i + 1)
        };
        let ind = ctx.indent();
        ctx.out.push_str(&format!(
            "{ind}{lead}+---------------- {label} ----------------\n"
        ));
        ctx.depth += 1;
        if truncated {
            let more = excs.len() - MAX_WIDTH;
            let s = if more > 1 { "s" } else { "" };
            ctx.line(&format!("and {more} more exception{s}"));
        } else {
            recursive(ctx, &excs[i]);
        }
        if last && ctx.need_close {
            let ind = ctx.indent();
            ctx.out
                .push_str(&format!("{ind}+------------------------------------\n"));
            ctx.need_close = false;
        }
        ctx.depth -= 1;
    }
    if ctx.depth == 1 {
        ctx.depth -= 1;
    }
}
