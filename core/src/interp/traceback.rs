//! `traceback` objects (one per frame an exception passed through, outermost first) and the
//! text CPython prints for an uncaught exception.

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
}

impl Payload for TracebackData {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some(n) = &self.next {
            visit(n);
        }
        visit(&self.code);
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
    let next = rt.exception_traceback(exc);
    let d = TracebackData {
        next,
        code: code.clone(),
        lasti,
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
                    get: |rt, _| Ok(rt.none()),
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

/// `ExcType: message` (the last line of a traceback).
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
    let msg = syntax_msg.unwrap_or_else(|| rt.exception_message(exc));
    if msg.is_empty() {
        name
    } else {
        format!("{name}: {msg}")
    }
}

/// The full report CPython prints for an uncaught exception, chained exceptions first.
/// `source_line(filename, line)` supplies source text when the host can read files.
pub fn format_exception(
    rt: &Runtime,
    exc: &Value,
    source_line: &dyn Fn(&str, i32) -> Option<String>,
) -> String {
    // Exception groups are drawn as nested boxes (exc_group_print.rs).
    if super::exc_group_print::involves_group(rt, exc) {
        return super::exc_group_print::format(rt, exc, source_line);
    }
    let mut chain: Vec<(Value, &'static str)> = Vec::new();
    let mut cur = exc.clone();
    let mut msg = "";
    loop {
        if chain.iter().any(|(v, _)| v.is(&cur)) || chain.len() > 100 {
            break;
        }
        chain.push((cur.clone(), msg));
        let Ok(d) = crate::object::exceptions::exc_data(rt, &cur) else {
            break;
        };
        let cause = unsafe { (*d.cause.get()).clone() };
        let context = unsafe { (*d.context.get()).clone() };
        if let Some(c) = cause {
            msg = "\nThe above exception was the direct cause of the following exception:\n\n";
            cur = c;
        } else if let (Some(c), false) = (context, d.suppress_context.get()) {
            msg = "\nDuring handling of the above exception, another exception occurred:\n\n";
            cur = c;
        } else {
            break;
        }
    }
    let mut out = String::new();
    for (e, sep) in chain.iter().rev() {
        if let Some(tb) = rt.exception_traceback(e) {
            out.push_str("Traceback (most recent call last):\n");
            let mut t = Some(tb);
            while let Some(v) = t {
                let Some(d) = tb_data(rt, &v) else { break };
                let cd = rt.code_data(&d.code);
                let file = cd.and_then(|c| rt.str_of(&c.filename)).unwrap_or("?");
                let name = cd.and_then(|c| rt.str_of(&c.name)).unwrap_or("?");
                match line_of(rt, &d.code, d.lasti) {
                    Some(line) => {
                        out.push_str(&format!("  File \"{file}\", line {line}, in {name}\n"));
                        if let Some(src) = source_line(file, line) {
                            let s = src.trim();
                            if !s.is_empty() {
                                out.push_str(&format!("    {s}\n"));
                            }
                        }
                    }
                    None => out.push_str(&format!("  File \"{file}\", in {name}\n")),
                }
                t = d.next.clone();
            }
        }
        out.push_str(&exception_line(rt, e));
        out.push('\n');
        out.push_str(sep);
    }
    out
}
