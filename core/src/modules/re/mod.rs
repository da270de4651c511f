//! Regular expressions: the `_re` native module (the engine and the Pattern/Match types, in
//! Rust for speed) under the `re` module (`re.py`, frozen Python: flags, the error class, the
//! compile cache and the module-level functions, which are glue).
//!
//! Pipeline: `parser.rs` (pattern text to `ast.rs` tree, CPython's errors) -> `program.rs`
//! (instructions) -> `matcher.rs` (backtracking with an explicit stack); `pattern.rs` and
//! `match_obj.rs` are the Python objects, `template.rs` the `sub()` replacement templates.

pub mod ast;
pub mod charclass;
pub mod match_obj;
pub mod matcher;
pub mod parser;
pub mod pattern;
pub mod program;
pub mod scanner;
pub mod template;

use alloc::borrow::Cow;
use alloc::vec::Vec;

use super::native_type::native_type;
use super::{native_module, set_attr};
use crate::Runtime;
use crate::object::args::Args;
use crate::object::typeobj::TypeRef;
use crate::object::{PyResult, Value};

/// The text being searched, as symbols the matcher indexes in O(1): bytes for bytes-like
/// objects and ASCII str (no copy), code points for other str (decoded once per call; the
/// matcher then never walks UTF-8 and positions are already code point indices).
pub enum Text<'a> {
    Narrow(Cow<'a, [u8]>),
    Wide(Vec<u32>),
}

impl Text<'_> {
    pub fn len(&self) -> usize {
        match self {
            Text::Narrow(b) => b.len(),
            Text::Wide(w) => w.len(),
        }
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Runs `$body` with `$t` bound to the text's symbol slice (monomorphized for both widths).
#[macro_export]
macro_rules! with_text {
    ($text:expr, |$t:ident| $body:expr) => {
        match $text {
            $crate::modules::re::Text::Narrow(b) => {
                let $t: &[u8] = b;
                $body
            }
            $crate::modules::re::Text::Wide(w) => {
                let $t: &[u32] = w;
                $body
            }
        }
    };
}

/// The text of `v` for a str pattern (`bytes == false`) or a bytes pattern.
pub fn text_of<'a>(rt: &Runtime, v: &'a Value, bytes: bool) -> PyResult<Text<'a>> {
    if let Some(d) = rt.str_data(v) {
        if bytes {
            return Err(rt.type_error("cannot use a bytes pattern on a string-like object"));
        }
        if d.is_ascii() {
            return Ok(Text::Narrow(Cow::Borrowed(d.as_str().as_bytes())));
        }
        let n = d.char_len();
        if !rt.heap().grow(n * 4) {
            return Err(rt.memory_error());
        }
        let w: Vec<u32> = d.as_str().chars().map(|c| c as u32).collect();
        rt.heap().shrink(n * 4);
        return Ok(Text::Wide(w));
    }
    if let Some(b) = crate::object::bytes::buffer_of(rt, v) {
        if !bytes {
            return Err(rt.type_error("cannot use a string pattern on a bytes-like object"));
        }
        return Ok(Text::Narrow(b));
    }
    Err(rt.type_error(alloc::format!(
        "expected string or bytes-like object, got '{}'",
        rt.type_name(v)
    )))
}

/// `string[a:b]` for the searched object (str, bytes, or another bytes-like type).
pub fn slice_of(rt: &Runtime, s: &Value, a: usize, b: usize) -> PyResult<Value> {
    let b = b.max(a);
    if let Some(d) = rt.str_data(s) {
        let t = d.as_str();
        let (x, y) = (d.byte_offset(a), d.byte_offset(b));
        return rt.new_str(t.get(x..y).unwrap_or(""));
    }
    // Groups of any bytes-like text are bytes, as in CPython.
    match crate::object::bytes::buffer_of(rt, s) {
        Some(bs) => rt.new_bytes(bs.get(a..b).unwrap_or(&[])),
        None => Ok(rt.none()),
    }
}

/// `re.Pattern`, `re.Match` and the finditer scanner are made on first import of `_re` and
/// found by name afterwards (`modules::native_type`).
pub fn pattern_type(rt: &Runtime) -> PyResult<TypeRef> {
    native_type(rt, "re.Pattern", pattern::spec)
}
pub fn match_type(rt: &Runtime) -> PyResult<TypeRef> {
    native_type(rt, "re.Match", match_obj::spec)
}
pub fn scanner_type(rt: &Runtime) -> PyResult<TypeRef> {
    native_type(rt, "re.Scanner", scanner::spec)
}

/// Whether `v` is an instance of the built-in type called `name` (these types are final and
/// not heap types, so the payload is known).
pub fn is_instance_of(rt: &Runtime, v: &Value, name: &str) -> bool {
    v.heap().is_some() && {
        let t = rt.type_of(v);
        !t.data().is_heap() && t.data().full_name() == name
    }
}

/// `_re.compile(pattern, flags, error)`: `error` is the class raised for bad patterns.
fn re_compile(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "compile", 3, 3)?;
    let flags = rt.index_isize(&v[1])?;
    pattern::compile(rt, &v[0], flags as i64 as u32, &v[2])
}

pub fn make(rt: &Runtime) -> PyResult<Value> {
    let m = native_module(rt, "_re", &[("compile", re_compile)])?;
    set_attr(rt, &m, "Pattern", pattern_type(rt)?.value())?;
    set_attr(rt, &m, "Match", match_type(rt)?.value())?;
    scanner_type(rt)?;
    Ok(m)
}
