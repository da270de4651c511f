//! `re.Pattern`: a compiled pattern and its methods (match, search, fullmatch, findall,
//! finditer, sub, subn, split).

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::ast::*;
use super::match_obj::new_match;
use super::matcher::{Matcher, NONE, Sym};
use super::parser::{ParseError, parse};
use super::program::{Program, compile as compile_program};
use super::template::{self, Part, TemplateError};
use super::{Text, text_of};
use crate::Runtime;
use crate::object::args::{Args, Signature};
use crate::object::descr::MethodDef;
use crate::object::getset::GetSetDef;
use crate::object::header::{Payload, alloc_object};
use crate::object::typeobj::{CmpOp, TypeRef};
use crate::object::typespec::TypeSpec;
use crate::object::{PyErr, PyResult, Value};
use crate::with_text;

pub struct PatternData {
    pub prog: Program,
    pub pattern: Value,
    pub flags: u32,
    pub bytes: bool,
    pub names: Vec<(String, u32)>,
    /// The `re.error` class (raised for bad templates).
    pub error: Value,
    /// `re.Match`, kept here so making a match needs no type lookup.
    pub match_type: TypeRef,
    extra: usize,
}

impl Payload for PatternData {
    fn extra_bytes(&self) -> usize {
        self.extra
    }
}

pub fn pd(v: &Value) -> &PatternData {
    // Only called on values whose type was checked (methods of re.Pattern).
    unsafe { v.heap().unwrap_unchecked().payload::<PatternData>() }
}

fn pattern_arg<'a>(rt: &Runtime, v: &'a Value) -> PyResult<&'a PatternData> {
    match v.heap() {
        Some(_) if super::is_instance_of(rt, v, "re.Pattern") => Ok(pd(v)),
        _ => Err(rt.type_error(format!(
            "descriptor requires a 're.Pattern' object but received a '{}'",
            rt.type_name(v)
        ))),
    }
}

fn raise_error(
    rt: &Runtime,
    error: &Value,
    msg: &str,
    pattern: &Value,
    pos: Option<usize>,
) -> PyErr {
    let args = (|| -> PyResult<Vec<Value>> {
        Ok(alloc::vec![
            rt.new_str(msg)?,
            if pos.is_some() {
                pattern.clone()
            } else {
                rt.none()
            },
            match pos {
                Some(p) => rt.new_int(p as i64)?,
                None => rt.none(),
            },
        ])
    })();
    match args.and_then(|a| rt.call(error, Args::positional(&a))) {
        Ok(e) => PyErr(e),
        Err(e) => e,
    }
}

/// `_re.compile`: parses and compiles `pattern` (str or bytes).
pub fn compile(rt: &Runtime, pattern: &Value, flags: u32, error: &Value) -> PyResult<Value> {
    let (codes, bytes): (Vec<u32>, bool) = if let Some(s) = rt.str_of(pattern) {
        (s.chars().map(|c| c as u32).collect(), false)
    } else if let Some(b) = rt.bytes_of(pattern) {
        (b.iter().map(|&b| b as u32).collect(), true)
    } else {
        return Err(rt.type_error("first argument must be string or compiled pattern"));
    };
    if !bytes && flags & FLAG_LOCALE != 0 {
        return Err(rt.value_error("cannot use LOCALE flag with a str pattern"));
    }
    if bytes && flags & FLAG_UNICODE != 0 {
        return Err(rt.value_error("cannot use UNICODE flag with a bytes pattern"));
    }
    if flags & FLAG_ASCII != 0 && flags & FLAG_UNICODE != 0 {
        return Err(rt.value_error("ASCII and UNICODE flags are incompatible"));
    }
    let parsed = match parse(&codes, bytes, flags) {
        Ok(p) => p,
        Err(ParseError::Re { msg, pos }) => {
            return Err(raise_error(rt, error, &msg, pattern, pos));
        }
        Err(ParseError::Overflow(m)) => return Err(rt.overflow_error(m)),
        Err(ParseError::Recursion) => {
            return Err(rt.recursion_error("maximum recursion depth exceeded"));
        }
    };
    let mut flags = parsed.flags;
    if !bytes {
        if flags & FLAG_ASCII == 0 {
            flags |= FLAG_UNICODE;
        } else if flags & FLAG_UNICODE != 0 {
            return Err(rt.value_error("ASCII and UNICODE flags are incompatible"));
        }
    }
    let prog = compile_program(&parsed.root, parsed.groups);
    let extra =
        prog.insts.len() * core::mem::size_of::<super::program::Inst>() + prog.classes.len() * 64;
    if !rt.heap().grow(extra) {
        return Err(rt.memory_error());
    }
    let data = PatternData {
        prog,
        pattern: pattern.clone(),
        flags,
        bytes,
        names: parsed.names,
        error: error.clone(),
        match_type: super::match_type(rt)?,
        extra,
    };
    let ty = super::pattern_type(rt)?;
    unsafe { alloc_object(rt, ty.0, data) }.ok_or_else(|| rt.memory_error())
}

/// `pos`/`endpos` arguments clamped to the text as CPython does.
fn bounds(
    rt: &Runtime,
    pos: &Option<Value>,
    endpos: &Option<Value>,
    len: usize,
) -> PyResult<(usize, usize)> {
    let clamp = |v: &Option<Value>, dflt: usize| -> PyResult<usize> {
        Ok(match v {
            None => dflt,
            Some(v) => {
                let i = rt.index_isize(v)?;
                if i < 0 { 0 } else { (i as usize).min(len) }
            }
        })
    };
    Ok((clamp(pos, 0)?, clamp(endpos, len)?))
}

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Match,
    Full,
    Search,
}

fn exec(rt: &Runtime, a: Args<'_>, mode: Mode, fname: &'static str) -> PyResult<Value> {
    let pv = &a.all[0];
    let p = pattern_arg(rt, pv)?;
    let [string, pos, endpos] = Signature {
        fname,
        names: ["string", "pos", "endpos"],
        posonly: 0,
        required: 1,
        kwonly: 3,
    }
    .bind(rt, a.skip_self())?;
    let string = string.unwrap_or_else(|| rt.none());
    let text = text_of(rt, &string, p.bytes)?;
    let (pos, endpos) = bounds(rt, &pos, &endpos, text.len())?;
    if pos > endpos {
        return Ok(rt.none());
    }
    let mut m = Matcher::new(rt, &p.prog);
    let found = with_text!(&text, |t| {
        let t = &t[..endpos];
        match mode {
            Mode::Match => m.run(t, pos, false),
            Mode::Full => m.run(t, pos, true),
            Mode::Search => m.search(t, pos),
        }
    })?;
    if !found {
        return Ok(rt.none());
    }
    new_match(rt, pv, &string, &m.slots, m.lastindex(), pos, endpos)
}

fn p_match(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    exec(rt, a, Mode::Match, "match")
}
fn p_fullmatch(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    exec(rt, a, Mode::Full, "fullmatch")
}
fn p_search(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    exec(rt, a, Mode::Search, "search")
}

/// Calls `f(matcher)` for each successive match from `pos` (3.7+ rules: an empty match may
/// not start where the previous empty match was found); `f` returns false to stop.
fn each_match<T: Sym>(
    m: &mut Matcher<'_>,
    t: &[T],
    pos: usize,
    mut f: impl FnMut(&Matcher<'_>) -> PyResult<bool>,
) -> PyResult<()> {
    let mut p = pos;
    let mut must_advance = false;
    loop {
        m.forbid_empty_at = if must_advance { p } else { NONE };
        if !m.search(t, p)? {
            return Ok(());
        }
        let (s, e) = (m.slots[0], m.slots[1]);
        if !f(m)? {
            return Ok(());
        }
        must_advance = s == e;
        p = e;
    }
}

/// A piece of the searched text as a str or bytes value.
fn piece(rt: &Runtime, text: &Text<'_>, bytes: bool, a: usize, b: usize) -> PyResult<Value> {
    let b = b.max(a);
    match text {
        Text::Narrow(t) => {
            let s = t.get(a..b).unwrap_or(&[]);
            if bytes {
                rt.new_bytes(s)
            } else {
                // SAFETY: narrow text of a str pattern is an ASCII str's bytes.
                debug_assert!(s.is_ascii());
                rt.new_str(unsafe { core::str::from_utf8_unchecked(s) })
            }
        }
        Text::Wide(w) => {
            let s: String = w
                .get(a..b)
                .unwrap_or(&[])
                .iter()
                .map(|&c| char::from_u32(c).unwrap_or('\u{fffd}'))
                .collect();
            rt.new_string(s)
        }
    }
}

fn group_piece(
    rt: &Runtime,
    text: &Text<'_>,
    bytes: bool,
    slots: &[usize],
    g: usize,
    missing: &Value,
) -> PyResult<Value> {
    let s = slots.get(2 * g).copied().unwrap_or(NONE);
    let e = slots.get(2 * g + 1).copied().unwrap_or(NONE);
    if s == NONE || e == NONE {
        Ok(missing.clone())
    } else {
        piece(rt, text, bytes, s, e)
    }
}

fn scan_args(
    rt: &Runtime,
    a: Args<'_>,
    fname: &'static str,
) -> PyResult<(Value, Option<Value>, Option<Value>)> {
    let [string, pos, endpos] = Signature {
        fname,
        names: ["string", "pos", "endpos"],
        posonly: 0,
        required: 1,
        kwonly: 3,
    }
    .bind(rt, a.skip_self())?;
    Ok((string.unwrap_or_else(|| rt.none()), pos, endpos))
}

fn p_findall(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let p = pattern_arg(rt, &a.all[0])?;
    let (string, pos, endpos) = scan_args(rt, a, "findall")?;
    let text = text_of(rt, &string, p.bytes)?;
    let (pos, endpos) = bounds(rt, &pos, &endpos, text.len())?;
    let mut out = Vec::new();
    if pos > endpos {
        return rt.new_list(out);
    }
    let empty = if p.bytes {
        rt.new_bytes(&[])?
    } else {
        rt.new_str("")?
    };
    let groups = p.prog.groups as usize;
    let mut m = Matcher::new(rt, &p.prog);
    with_text!(&text, |t| each_match(&mut m, &t[..endpos], pos, |m| {
        let item = match groups {
            0 => piece(rt, &text, p.bytes, m.slots[0], m.slots[1])?,
            1 => group_piece(rt, &text, p.bytes, &m.slots, 1, &empty)?,
            _ => {
                let mut items = Vec::with_capacity(groups);
                for g in 1..=groups {
                    items.push(group_piece(rt, &text, p.bytes, &m.slots, g, &empty)?);
                }
                rt.new_tuple(items)?
            }
        };
        out.push(item);
        Ok(true)
    }))?;
    rt.new_list(out)
}

fn scanner(rt: &Runtime, a: Args<'_>, fname: &'static str) -> PyResult<Value> {
    let pv = &a.all[0];
    let p = pattern_arg(rt, pv)?;
    let (string, pos, endpos) = scan_args(rt, a, fname)?;
    let text = text_of(rt, &string, p.bytes)?;
    let (pos, endpos) = bounds(rt, &pos, &endpos, text.len())?;
    super::scanner::new_scanner(rt, pv, &string, text, pos, endpos)
}

fn p_finditer(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    scanner(rt, a, "finditer")
}

fn p_scanner(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    scanner(rt, a, "scanner")
}

fn p_split(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let p = pattern_arg(rt, &a.all[0])?;
    let [string, maxsplit] = Signature {
        fname: "split",
        names: ["string", "maxsplit"],
        posonly: 0,
        required: 1,
        kwonly: 2,
    }
    .bind(rt, a.skip_self())?;
    let string = string.unwrap_or_else(|| rt.none());
    let maxsplit = match maxsplit {
        Some(v) => rt.index_isize(&v)?,
        None => 0,
    };
    let text = text_of(rt, &string, p.bytes)?;
    let mut out = Vec::new();
    let mut last = 0;
    let mut n = 0isize;
    let groups = p.prog.groups as usize;
    let none = rt.none();
    if maxsplit >= 0 {
        let mut m = Matcher::new(rt, &p.prog);
        with_text!(&text, |t| each_match(&mut m, t, 0, |m| {
            if maxsplit > 0 && n >= maxsplit {
                return Ok(false);
            }
            out.push(piece(rt, &text, p.bytes, last, m.slots[0])?);
            for g in 1..=groups {
                out.push(group_piece(rt, &text, p.bytes, &m.slots, g, &none)?);
            }
            last = m.slots[1];
            n += 1;
            Ok(true)
        }))?;
    }
    out.push(piece(rt, &text, p.bytes, last, text.len())?);
    rt.new_list(out)
}

/// The text `sub()` builds.
enum Out {
    Str(String),
    Bytes(Vec<u8>),
}

impl Out {
    fn push_codes(&mut self, codes: &[u32]) {
        match self {
            Out::Str(s) => s.extend(
                codes
                    .iter()
                    .map(|&c| char::from_u32(c).unwrap_or('\u{fffd}')),
            ),
            Out::Bytes(b) => b.extend(codes.iter().map(|&c| c as u8)),
        }
    }
    fn push_text(&mut self, text: &Text<'_>, a: usize, b: usize) {
        if a >= b {
            return;
        }
        match (self, text) {
            (Out::Str(s), Text::Narrow(t)) => {
                s.push_str(core::str::from_utf8(t.get(a..b).unwrap_or(&[])).unwrap_or(""))
            }
            (Out::Bytes(o), Text::Narrow(t)) => o.extend_from_slice(t.get(a..b).unwrap_or(&[])),
            (out, Text::Wide(w)) => out.push_codes(w.get(a..b).unwrap_or(&[])),
        }
    }
}

/// What replaces each match.
enum Repl {
    Parts(Vec<Part>),
    Call(Value),
}

fn template_error(rt: &Runtime, p: &PatternData, tmpl: &Value, e: TemplateError) -> PyErr {
    match e {
        TemplateError::Re(msg, pos) => raise_error(rt, &p.error, &msg, tmpl, Some(pos)),
        TemplateError::Index(msg) => rt.index_error(msg),
    }
}

/// Parses a replacement template for pattern `p`.
pub fn parse_template(rt: &Runtime, p: &PatternData, repl: &Value) -> PyResult<Vec<Part>> {
    let codes: Vec<u32> = if p.bytes {
        match crate::object::bytes::buffer_of(rt, repl) {
            Some(b) => b.iter().map(|&b| b as u32).collect(),
            None if rt.str_data(repl).is_some() => {
                return Err(
                    rt.type_error("sequence item 0: expected a bytes-like object, str found")
                );
            }
            None => {
                return Err(rt.type_error(format!(
                    "expected a bytes-like object, {} found",
                    rt.type_name(repl)
                )));
            }
        }
    } else {
        match rt.str_of(repl) {
            Some(s) => s.chars().map(|c| c as u32).collect(),
            None if rt.bytes_of(repl).is_some() => {
                return Err(rt.type_error("sequence item 0: expected str instance, bytes found"));
            }
            None => {
                return Err(rt.type_error(format!(
                    "decoding to str: need a bytes-like object, {} found",
                    rt.type_name(repl)
                )));
            }
        }
    };
    template::parse(&codes, p.prog.groups, &p.names, p.bytes)
        .map_err(|e| template_error(rt, p, repl, e))
}

fn subx(rt: &Runtime, a: Args<'_>, fname: &'static str, with_count: bool) -> PyResult<Value> {
    let pv = &a.all[0];
    let p = pattern_arg(rt, pv)?;
    let [repl, string, count] = Signature {
        fname,
        names: ["repl", "string", "count"],
        posonly: 0,
        required: 2,
        kwonly: 3,
    }
    .bind(rt, a.skip_self())?;
    let repl = repl.unwrap_or_else(|| rt.none());
    let string = string.unwrap_or_else(|| rt.none());
    let count = match count {
        Some(v) => rt.index_isize(&v)?,
        None => 0,
    };
    // A negative count replaces nothing.
    let count = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    let skip_all = count == usize::MAX;
    let text = text_of(rt, &string, p.bytes)?;
    let repl = if rt.type_of(&repl).data().slots().call.is_some() {
        Repl::Call(repl)
    } else {
        Repl::Parts(parse_template(rt, p, &repl)?)
    };
    let mut out = if p.bytes {
        Out::Bytes(Vec::new())
    } else {
        Out::Str(String::new())
    };
    let mut last = 0;
    let mut n = 0usize;
    let mut items = 0usize;
    let mut m = Matcher::new(rt, &p.prog);
    with_text!(&text, |t| each_match(&mut m, t, 0, |m| {
        if skip_all || (count > 0 && n >= count) {
            return Ok(false);
        }
        let (s, e) = (m.slots[0], m.slots[1]);
        if last < s {
            items += 1;
        }
        out.push_text(&text, last, s);
        match &repl {
            Repl::Parts(parts) => {
                for part in parts {
                    match part {
                        Part::Lit(c) => out.push_codes(c),
                        Part::Group(g) => {
                            let gs = m.slots.get(2 * *g as usize).copied().unwrap_or(NONE);
                            let ge = m.slots.get(2 * *g as usize + 1).copied().unwrap_or(NONE);
                            if gs != NONE && ge != NONE {
                                out.push_text(&text, gs, ge);
                            }
                        }
                    }
                }
            }
            Repl::Call(f) => {
                let mo = new_match(rt, pv, &string, &m.slots, m.lastindex(), 0, t.len())?;
                let r = rt.call(f, Args::positional(&[mo]))?;
                if !r.is(&rt.none()) {
                    push_value(rt, &mut out, &r, items)?;
                }
            }
        }
        items += 1;
        last = e;
        n += 1;
        Ok(true)
    }))?;
    let result = if n == 0
        && (rt.type_of(&string) == rt.types().str || rt.type_of(&string) == rt.types().bytes)
    {
        string.clone()
    } else {
        out.push_text(&text, last, text.len());
        match out {
            Out::Str(s) => rt.new_string(s)?,
            Out::Bytes(b) => rt.new_bytes_vec(b)?,
        }
    };
    if with_count {
        rt.new_tuple(alloc::vec![result, rt.new_int(n as i64)?])
    } else {
        Ok(result)
    }
}

/// Appends a callable's result (str for str patterns, bytes-like for bytes patterns).
fn push_value(rt: &Runtime, out: &mut Out, v: &Value, item: usize) -> PyResult<()> {
    match out {
        Out::Str(s) => match rt.str_of(v) {
            Some(t) => s.push_str(t),
            None => {
                return Err(rt.type_error(format!(
                    "sequence item {item}: expected str instance, {} found",
                    rt.type_name(v)
                )));
            }
        },
        Out::Bytes(b) => match crate::object::bytes::buffer_of(rt, v) {
            Some(t) => b.extend_from_slice(&t),
            None => {
                return Err(rt.type_error(format!(
                    "sequence item {item}: expected a bytes-like object, {} found",
                    rt.type_name(v)
                )));
            }
        },
    }
    Ok(())
}

fn p_sub(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    subx(rt, a, "sub", false)
}
fn p_subn(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    subx(rt, a, "subn", true)
}

const FLAG_NAMES: [(u32, &str); 9] = [
    (FLAG_TEMPLATE, "re.TEMPLATE"),
    (FLAG_IGNORECASE, "re.IGNORECASE"),
    (FLAG_LOCALE, "re.LOCALE"),
    (FLAG_MULTILINE, "re.MULTILINE"),
    (FLAG_DOTALL, "re.DOTALL"),
    (FLAG_UNICODE, "re.UNICODE"),
    (FLAG_VERBOSE, "re.VERBOSE"),
    (FLAG_DEBUG, "re.DEBUG"),
    (FLAG_ASCII, "re.ASCII"),
];

fn p_repr(rt: &Runtime, v: &Value) -> PyResult<Value> {
    let p = pattern_arg(rt, v)?;
    let r = rt.repr_string(&p.pattern)?;
    let r: String = r.chars().take(200).collect();
    let mut flags = p.flags;
    if !p.bytes && flags & (FLAG_LOCALE | FLAG_UNICODE | FLAG_ASCII) == FLAG_UNICODE {
        flags &= !FLAG_UNICODE;
    }
    let mut s = format!("re.compile({r}");
    if flags != 0 {
        s.push_str(", ");
        let mut first = true;
        for (bit, name) in FLAG_NAMES {
            if flags & bit != 0 {
                if !first {
                    s.push('|');
                }
                s.push_str(name);
                first = false;
                flags &= !bit;
            }
        }
        if flags != 0 {
            if !first {
                s.push('|');
            }
            s.push_str(&format!("0x{flags:x}"));
        }
    }
    s.push(')');
    rt.new_string(s)
}

fn p_hash(rt: &Runtime, v: &Value) -> PyResult<i64> {
    let p = pattern_arg(rt, v)?;
    let h = rt.hash(&p.pattern)? ^ (p.flags as i64).wrapping_mul(1_000_003);
    Ok(if h == -1 { -2 } else { h })
}

fn p_richcompare(rt: &Runtime, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    if !super::is_instance_of(rt, a, "re.Pattern")
        || !super::is_instance_of(rt, b, "re.Pattern")
        || !matches!(op, CmpOp::Eq | CmpOp::Ne)
    {
        return Ok(rt.not_implemented());
    }
    let (x, y) = (pd(a), pd(b));
    let same =
        a.is(b) || (x.flags == y.flags && x.bytes == y.bytes && rt.eq(&x.pattern, &y.pattern)?);
    Ok(rt.bool_value(same == matches!(op, CmpOp::Eq)))
}

fn p_groupindex(rt: &Runtime, v: &Value) -> PyResult<Value> {
    let p = pattern_arg(rt, v)?;
    let d = rt.new_dict()?;
    let dd = rt.dict_data(&d).ok_or_else(|| rt.memory_error())?;
    for (n, g) in &p.names {
        dd.set(rt, rt.new_str(n)?, rt.new_int(*g as i64)?)?;
    }
    Ok(d)
}

fn p_copy(_rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    Ok(a.all[0].clone())
}

pub fn spec() -> TypeSpec {
    TypeSpec::new::<PatternData>("re.Pattern", init)
}

fn init(rt: &Runtime, ty: TypeRef) {
    let s = unsafe { ty.data().slots_mut() };
    s.repr = Some(p_repr);
    s.hash = Some(p_hash);
    s.richcompare = Some(p_richcompare);
    rt.add_methods(
        ty,
        &[
            MethodDef::method("match", p_match),
            MethodDef::method("search", p_search),
            MethodDef::method("fullmatch", p_fullmatch),
            MethodDef::method("findall", p_findall),
            MethodDef::method("finditer", p_finditer),
            MethodDef::method("scanner", p_scanner),
            MethodDef::method("split", p_split),
            MethodDef::method("sub", p_sub),
            MethodDef::method("subn", p_subn),
            MethodDef::method("__copy__", p_copy),
            MethodDef::method("__deepcopy__", p_copy),
            // `re.Pattern[str]` in annotations; without `types.GenericAlias` the class
            // itself stands in.
            // (Static: `rt.getitem` calls it with the item only.)
            MethodDef::static_("__class_getitem__", |rt, _| {
                Ok(super::pattern_type(rt)?.value())
            }),
        ],
    );
    rt.add_getsets(
        ty,
        &[
            GetSetDef {
                name: "pattern",
                get: |rt, v| Ok(pattern_arg(rt, v)?.pattern.clone()),
                set: None,
            },
            GetSetDef {
                name: "flags",
                get: |rt, v| rt.new_int(pattern_arg(rt, v)?.flags as i64),
                set: None,
            },
            GetSetDef {
                name: "groups",
                get: |rt, v| rt.new_int(pattern_arg(rt, v)?.prog.groups as i64),
                set: None,
            },
            GetSetDef {
                name: "groupindex",
                get: p_groupindex,
                set: None,
            },
        ],
    );
}
