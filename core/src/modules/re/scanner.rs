//! The lazy iterator behind `finditer()` (and `Pattern.scanner()`): each step searches from
//! where the previous match ended, with the 3.7+ rule for empty matches.

use alloc::borrow::Cow;
use core::cell::Cell;

use super::match_obj::new_match;
use super::matcher::{Matcher, NONE};
use super::pattern::pd;
use super::{Text, text_of};
use crate::Runtime;
use crate::object::args::Args;
use crate::object::descr::MethodDef;
use crate::object::header::{Payload, alloc_object};
use crate::object::typeobj::TypeRef;
use crate::object::typespec::TypeSpec;
use crate::object::{PyResult, Value};
use crate::with_text;

pub struct ScannerData {
    pattern: Value,
    string: Value,
    /// The symbols when they cannot be borrowed from `string` on each step (non-ASCII str is
    /// decoded once; bytearray is copied once).
    owned: Option<Text<'static>>,
    /// Next search position; `NONE` once exhausted.
    pos: Cell<usize>,
    endpos: usize,
    start_pos: usize,
    must_advance: Cell<bool>,
    extra: usize,
}

impl Payload for ScannerData {
    fn extra_bytes(&self) -> usize {
        self.extra
    }
}

/// A scanner over `string[pos:endpos]` (already clamped).
pub fn new_scanner(
    rt: &Runtime,
    pattern: &Value,
    string: &Value,
    text: Text<'_>,
    pos: usize,
    endpos: usize,
) -> PyResult<Value> {
    let owned = match text {
        Text::Narrow(Cow::Borrowed(_)) => None,
        Text::Narrow(Cow::Owned(v)) => Some(Text::Narrow(Cow::Owned(v))),
        Text::Wide(w) => Some(Text::Wide(w)),
    };
    let extra = match &owned {
        Some(Text::Narrow(v)) => v.len(),
        Some(Text::Wide(w)) => w.len() * 4,
        None => 0,
    };
    if !rt.heap().grow(extra) {
        return Err(rt.memory_error());
    }
    let data = ScannerData {
        pattern: pattern.clone(),
        string: string.clone(),
        owned,
        pos: Cell::new(if pos <= endpos { pos } else { NONE }),
        endpos,
        start_pos: pos,
        must_advance: Cell::new(false),
        extra,
    };
    let ty = super::scanner_type(rt)?;
    unsafe { alloc_object(rt, ty.0, data) }.ok_or_else(|| rt.memory_error())
}

fn sd<'a>(rt: &Runtime, v: &'a Value) -> PyResult<&'a ScannerData> {
    match v.heap() {
        Some(h) if super::is_instance_of(rt, v, "re.Scanner") => {
            Ok(unsafe { h.payload::<ScannerData>() })
        }
        _ => Err(rt.type_error("expected a scanner")),
    }
}

/// The next match (searching, or matching exactly at the position with `anchored`).
fn step(rt: &Runtime, v: &Value, anchored: bool) -> PyResult<Option<Value>> {
    let s = sd(rt, v)?;
    let pos = s.pos.get();
    if pos == NONE {
        return Ok(None);
    }
    let p = pd(&s.pattern);
    let borrowed;
    let text: &Text<'_> = match &s.owned {
        Some(t) => t,
        None => {
            borrowed = text_of(rt, &s.string, p.bytes)?;
            &borrowed
        }
    };
    let mut m = Matcher::new(rt, &p.prog);
    m.forbid_empty_at = if s.must_advance.get() { pos } else { NONE };
    let end = s.endpos.min(text.len());
    let found = with_text!(text, |t| {
        let t = &t[..end];
        if anchored {
            m.run(t, pos, false)
        } else {
            m.search(t, pos)
        }
    })?;
    if !found {
        s.pos.set(NONE);
        return Ok(None);
    }
    let (a, b) = (m.slots[0], m.slots[1]);
    s.pos.set(b);
    s.must_advance.set(a == b);
    new_match(
        rt,
        &s.pattern,
        &s.string,
        &m.slots,
        m.lastindex(),
        s.start_pos,
        s.endpos,
    )
    .map(Some)
}

fn sc_match(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "match", 1, 1)?;
    Ok(step(rt, &v[0], true)?.unwrap_or_else(|| rt.none()))
}

fn sc_search(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "search", 1, 1)?;
    Ok(step(rt, &v[0], false)?.unwrap_or_else(|| rt.none()))
}

pub fn spec() -> TypeSpec {
    TypeSpec::new::<ScannerData>("re.Scanner", init)
}

fn init(rt: &Runtime, ty: TypeRef) {
    let s = unsafe { ty.data().slots_mut() };
    s.iter = Some(|_, v| Ok(v.clone()));
    s.next = Some(|rt, v| step(rt, v, false));
    rt.add_methods(
        ty,
        &[
            MethodDef::method("match", sc_match),
            MethodDef::method("search", sc_search),
        ],
    );
}
