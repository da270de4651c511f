//! `re.Match`: the result of a successful match (groups, spans, expand, repr).

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::matcher::NONE;
use super::pattern::{parse_template, pd};
use super::slice_of;
use super::template::Part;
use crate::Runtime;
use crate::object::args::{Args, Signature};
use crate::object::descr::MethodDef;
use crate::object::getset::GetSetDef;
use crate::object::header::{Payload, alloc_object};
use crate::object::typeobj::TypeRef;
use crate::object::typespec::TypeSpec;
use crate::object::{PyResult, Value};

pub struct MatchData {
    pub pattern: Value,
    pub string: Value,
    /// (start, end) per group, `NONE` when the group did not take part.
    pub slots: Vec<usize>,
    pub lastindex: usize,
    pub pos: usize,
    pub endpos: usize,
}

impl Payload for MatchData {
    fn extra_bytes(&self) -> usize {
        self.slots.len() * core::mem::size_of::<usize>()
    }
}

pub fn new_match(
    rt: &Runtime,
    pattern: &Value,
    string: &Value,
    slots: &[usize],
    lastindex: usize,
    pos: usize,
    endpos: usize,
) -> PyResult<Value> {
    let n = 2 * (pd(pattern).prog.groups as usize + 1);
    let slots: Vec<usize> = slots.iter().take(n).copied().collect();
    if !rt.heap().grow(slots.len() * core::mem::size_of::<usize>()) {
        return Err(rt.memory_error());
    }
    let data = MatchData {
        pattern: pattern.clone(),
        string: string.clone(),
        slots,
        lastindex,
        pos,
        endpos,
    };
    let ty = pd(pattern).match_type;
    unsafe { alloc_object(rt, ty.0, data) }.ok_or_else(|| rt.memory_error())
}

fn md<'a>(rt: &Runtime, v: &'a Value) -> PyResult<&'a MatchData> {
    match v.heap() {
        Some(h) if super::is_instance_of(rt, v, "re.Match") => {
            Ok(unsafe { h.payload::<MatchData>() })
        }
        _ => Err(rt.type_error(format!(
            "descriptor requires a 're.Match' object but received a '{}'",
            rt.type_name(v)
        ))),
    }
}

impl MatchData {
    fn span(&self, g: usize) -> (usize, usize) {
        (
            self.slots.get(2 * g).copied().unwrap_or(NONE),
            self.slots.get(2 * g + 1).copied().unwrap_or(NONE),
        )
    }

    fn group_value(&self, rt: &Runtime, g: usize, default: &Value) -> PyResult<Value> {
        let (s, e) = self.span(g);
        if s == NONE || e == NONE {
            return Ok(default.clone());
        }
        slice_of(rt, &self.string, s, e)
    }

    fn groups(&self) -> usize {
        self.slots.len() / 2 - 1
    }
}

/// The group number `g` names (an int or a group name).
fn group_index(rt: &Runtime, m: &MatchData, g: &Value) -> PyResult<usize> {
    let t = rt.type_of(g);
    if t == rt.types().int || t == rt.types().bool || rt.is_subtype(t, rt.types().int) {
        if let Some(i) = rt.int_ref(g).and_then(|i| i.to_i64())
            && i >= 0
            && (i as usize) <= m.groups()
        {
            return Ok(i as usize);
        }
    } else if let Some(name) = rt.str_of(g)
        && let Some((_, n)) = pd(&m.pattern).names.iter().find(|(n, _)| n == name)
    {
        return Ok(*n as usize);
    }
    Err(rt.index_error("no such group"))
}

fn m_group(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs(rt, "group")?;
    let m = md(rt, &a.all[0])?;
    let args = &a.all[1..];
    let none = rt.none();
    match args.len() {
        0 => m.group_value(rt, 0, &none),
        1 => m.group_value(rt, group_index(rt, m, &args[0])?, &none),
        _ => {
            let mut items = Vec::with_capacity(args.len());
            for g in args {
                items.push(m.group_value(rt, group_index(rt, m, g)?, &none)?);
            }
            rt.new_tuple(items)
        }
    }
}

fn m_getitem(rt: &Runtime, v: &Value, g: &Value) -> PyResult<Value> {
    let m = md(rt, v)?;
    m.group_value(rt, group_index(rt, m, g)?, &rt.none())
}

fn default_arg(rt: &Runtime, a: Args<'_>, fname: &'static str) -> PyResult<Value> {
    let [d] = Signature {
        fname,
        names: ["default"],
        posonly: 0,
        required: 0,
        kwonly: 1,
    }
    .bind(rt, a.skip_self())?;
    Ok(d.unwrap_or_else(|| rt.none()))
}

fn m_groups(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let m = md(rt, &a.all[0])?;
    let d = default_arg(rt, a, "groups")?;
    let mut items = Vec::with_capacity(m.groups());
    for g in 1..=m.groups() {
        items.push(m.group_value(rt, g, &d)?);
    }
    rt.new_tuple(items)
}

fn m_groupdict(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let m = md(rt, &a.all[0])?;
    let d = default_arg(rt, a, "groupdict")?;
    let out = rt.new_dict()?;
    let od = rt.dict_data(&out).ok_or_else(|| rt.memory_error())?;
    for (n, g) in &pd(&m.pattern).names {
        od.set(rt, rt.new_str(n)?, m.group_value(rt, *g as usize, &d)?)?;
    }
    Ok(out)
}

fn group_arg(rt: &Runtime, a: Args<'_>, fname: &str) -> PyResult<(usize, usize)> {
    let v = a.check_count(rt, fname, 1, 2)?;
    let m = md(rt, &v[0])?;
    let g = match v.get(1) {
        Some(g) => group_index(rt, m, g)?,
        None => 0,
    };
    Ok(m.span(g))
}

fn pos_value(rt: &Runtime, p: usize) -> PyResult<Value> {
    rt.new_int(if p == NONE { -1 } else { p as i64 })
}

fn m_start(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    pos_value(rt, group_arg(rt, a, "start")?.0)
}
fn m_end(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    pos_value(rt, group_arg(rt, a, "end")?.1)
}
fn m_span(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let (s, e) = group_arg(rt, a, "span")?;
    rt.new_tuple(alloc::vec![pos_value(rt, s)?, pos_value(rt, e)?])
}

fn m_expand(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "expand", 2, 2)?;
    let m = md(rt, &v[0])?;
    let p = pd(&m.pattern);
    let parts = parse_template(rt, p, &v[1])?;
    let mut s = String::new();
    let mut b = Vec::new();
    let none = rt.none();
    for part in parts {
        match part {
            Part::Lit(codes) => {
                if p.bytes {
                    b.extend(codes.iter().map(|&c| c as u8));
                } else {
                    s.extend(
                        codes
                            .iter()
                            .map(|&c| char::from_u32(c).unwrap_or('\u{fffd}')),
                    );
                }
            }
            Part::Group(g) => {
                let gv = m.group_value(rt, g as usize, &none)?;
                if let Some(t) = rt.str_of(&gv) {
                    s.push_str(t);
                } else if let Some(t) = crate::object::bytes::buffer_of(rt, &gv) {
                    b.extend_from_slice(&t);
                }
            }
        }
    }
    if p.bytes {
        rt.new_bytes_vec(b)
    } else {
        rt.new_string(s)
    }
}

fn m_repr(rt: &Runtime, v: &Value) -> PyResult<Value> {
    let m = md(rt, v)?;
    let (s, e) = m.span(0);
    let g = m.group_value(rt, 0, &rt.none())?;
    let r: String = rt.repr_string(&g)?.chars().take(50).collect();
    rt.new_string(format!("<re.Match object; span=({s}, {e}), match={r}>"))
}

fn m_copy(_rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    Ok(a.all[0].clone())
}

fn lastindex(rt: &Runtime, v: &Value) -> PyResult<Value> {
    let m = md(rt, v)?;
    if m.lastindex == NONE {
        Ok(rt.none())
    } else {
        rt.new_int(m.lastindex as i64)
    }
}

fn lastgroup(rt: &Runtime, v: &Value) -> PyResult<Value> {
    let m = md(rt, v)?;
    let names = &pd(&m.pattern).names;
    match names.iter().find(|(_, g)| *g as usize == m.lastindex) {
        Some((n, _)) if m.lastindex != NONE => rt.new_str(n),
        _ => Ok(rt.none()),
    }
}

fn regs(rt: &Runtime, v: &Value) -> PyResult<Value> {
    let m = md(rt, v)?;
    let mut items = Vec::new();
    for g in 0..=m.groups() {
        let (s, e) = m.span(g);
        items.push(rt.new_tuple(alloc::vec![pos_value(rt, s)?, pos_value(rt, e)?])?);
    }
    rt.new_tuple(items)
}

pub fn spec() -> TypeSpec {
    TypeSpec::new::<MatchData>("re.Match", init)
}

fn init(rt: &Runtime, ty: TypeRef) {
    let s = unsafe { ty.data().slots_mut() };
    s.repr = Some(m_repr);
    s.getitem = Some(m_getitem);
    rt.add_methods(
        ty,
        &[
            MethodDef::method("group", m_group),
            MethodDef::method("groups", m_groups),
            MethodDef::method("groupdict", m_groupdict),
            MethodDef::method("start", m_start),
            MethodDef::method("end", m_end),
            MethodDef::method("span", m_span),
            MethodDef::method("expand", m_expand),
            MethodDef::method("__copy__", m_copy),
            MethodDef::method("__deepcopy__", m_copy),
            // `re.Pattern[str]` in annotations; without `types.GenericAlias` the class
            // itself stands in.
            // (Static: `rt.getitem` calls it with the item only.)
            MethodDef::static_("__class_getitem__", |rt, _| {
                Ok(super::match_type(rt)?.value())
            }),
        ],
    );
    rt.add_getsets(
        ty,
        &[
            GetSetDef {
                name: "pos",
                get: |rt, v| rt.new_int(md(rt, v)?.pos as i64),
                set: None,
            },
            GetSetDef {
                name: "endpos",
                get: |rt, v| rt.new_int(md(rt, v)?.endpos as i64),
                set: None,
            },
            GetSetDef {
                name: "lastindex",
                get: lastindex,
                set: None,
            },
            GetSetDef {
                name: "lastgroup",
                get: lastgroup,
                set: None,
            },
            GetSetDef {
                name: "re",
                get: |rt, v| Ok(md(rt, v)?.pattern.clone()),
                set: None,
            },
            GetSetDef {
                name: "string",
                get: |rt, v| Ok(md(rt, v)?.string.clone()),
                set: None,
            },
            GetSetDef {
                name: "regs",
                get: regs,
                set: None,
            },
        ],
    );
}
