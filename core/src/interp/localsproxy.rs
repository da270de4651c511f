//! `FrameLocalsProxy` (PEP 667): a function frame's `f_locals`, a mapping over its variables.
//! Reads see the current values (cells read through), writes store into the variable so the
//! running function sees them; other keys live in a dict on the frame object.

use alloc::string::String;
use alloc::vec::Vec;

use super::frameobj;
use crate::object::args::Args;
use crate::object::descr::MethodDef;
use crate::object::error::PyResult;
use crate::object::header::{Payload, alloc_object};
use crate::object::typeobj::CmpOp;
use crate::object::value::Value;
use crate::runtime::Runtime;

pub struct ProxyData {
    frame: Value,
}

impl Payload for ProxyData {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.frame);
    }
}

pub fn new(rt: &Runtime, frame: Value) -> PyResult<Value> {
    unsafe { alloc_object(rt, rt.types().frame_locals_proxy.0, ProxyData { frame }) }
        .ok_or_else(|| rt.memory_error())
}

fn frame_of<'a>(rt: &Runtime, v: &'a Value) -> PyResult<&'a Value> {
    if rt.type_of(v) != rt.types().frame_locals_proxy {
        return Err(rt.type_error("descriptor requires a 'FrameLocalsProxy' object"));
    }
    let h = v
        .heap()
        .ok_or_else(|| rt.type_error("bad FrameLocalsProxy"))?;
    Ok(&unsafe { h.payload::<ProxyData>() }.frame)
}

/// Each localsplus slot's name and whether it holds a cell (cell and free variables).
fn slot_names(rt: &Runtime, fo: &Value) -> PyResult<Vec<(String, bool)>> {
    let hf = frameobj::data(rt, fo)?;
    let cd = rt
        .code_data(&hf.code)
        .ok_or_else(|| rt.type_error("frame without code"))?;
    let cells: Vec<&str> = [&cd.cellvars, &cd.freevars]
        .into_iter()
        .flat_map(|t| rt.tuple_items(t).unwrap_or(&[]).iter())
        .filter_map(|c| rt.str_of(c))
        .collect();
    Ok((0..hf.nlocalsplus)
        .map(|i| {
            let name = super::call::localsplus_name(rt, cd, i);
            let cell = cells.contains(&name.as_str());
            (name, cell)
        })
        .collect())
}

/// The value of slot `i` (None: unbound).
fn read_slot(rt: &Runtime, fo: &Value, i: usize, cell: bool) -> PyResult<Option<Value>> {
    let hf = frameobj::data(rt, fo)?;
    let (lp, n) = frameobj::slots(rt, fo, hf);
    if i >= n {
        return Ok(None);
    }
    let v = unsafe { (*lp.add(i)).clone() };
    Ok(match v {
        Some(c) if cell && rt.type_of(&c) == rt.types().cell => rt.cell_get(&c),
        v => v,
    })
}

/// The slot a key names, if it is one of the frame's variables.
fn find(rt: &Runtime, fo: &Value, key: &Value) -> PyResult<Option<(usize, bool)>> {
    let Some(k) = rt.str_of(key) else {
        return Ok(None);
    };
    Ok(slot_names(rt, fo)?
        .into_iter()
        .enumerate()
        .find(|(_, (n, _))| n == k)
        .map(|(i, (_, c))| (i, c)))
}

fn extra(rt: &Runtime, fo: &Value, create: bool) -> PyResult<Option<Value>> {
    let hf = frameobj::data(rt, fo)?;
    let slot = unsafe { &mut *hf.extra.get() };
    if slot.is_none() && create {
        *slot = Some(rt.new_dict()?);
    }
    Ok(slot.clone())
}

/// The current (name, value) pairs: bound variables in slot order, then the extra keys.
fn items_of(rt: &Runtime, v: &Value) -> PyResult<Vec<(Value, Value)>> {
    let fo = frame_of(rt, v)?;
    let mut out = Vec::new();
    for (i, (name, cell)) in slot_names(rt, fo)?.into_iter().enumerate() {
        if let Some(val) = read_slot(rt, fo, i, cell)? {
            out.push((rt.new_str(&name)?, val));
        }
    }
    if let Some(e) = extra(rt, fo, false)?
        && let Some(d) = rt.dict_data(&e)
    {
        out.extend(d.items());
    }
    Ok(out)
}

fn to_dict(rt: &Runtime, v: &Value) -> PyResult<Value> {
    let d = rt.new_dict()?;
    let dd = rt.dict_data(&d).ok_or_else(|| rt.memory_error())?;
    for (k, val) in items_of(rt, v)? {
        dd.set(rt, k, val)?;
    }
    Ok(d)
}

fn getitem(rt: &Runtime, v: &Value, key: &Value) -> PyResult<Value> {
    let fo = frame_of(rt, v)?;
    if let Some((i, cell)) = find(rt, fo, key)? {
        return read_slot(rt, fo, i, cell)?.ok_or_else(|| rt.key_error(key.clone()));
    }
    match extra(rt, fo, false)? {
        Some(e) => rt.getitem(&e, key),
        None => Err(rt.key_error(key.clone())),
    }
}

fn setitem(rt: &Runtime, v: &Value, key: &Value, val: Option<&Value>) -> PyResult<()> {
    let fo = frame_of(rt, v)?;
    if let Some((i, cell)) = find(rt, fo, key)? {
        let Some(val) = val else {
            return Err(rt.value_error("cannot remove local variables from FrameLocalsProxy"));
        };
        let hf = frameobj::data(rt, fo)?;
        let (lp, n) = frameobj::slots(rt, fo, hf);
        if i >= n {
            return Ok(());
        }
        let cur = unsafe { (*lp.add(i)).clone() };
        if let Some(c) = cur.filter(|c| cell && rt.type_of(c) == rt.types().cell) {
            return rt.cell_set(&c, Some(val.clone()));
        }
        // The old value is dropped after the store (its `__del__` may look at the frame).
        let old = unsafe { (*lp.add(i)).replace(val.clone()) };
        // A local changed behind the code's back: no trace may assume it (tier 2).
        crate::tier2::invalidate::invalidate_all(rt);
        drop(old);
        return Ok(());
    }
    let e = extra(rt, fo, val.is_some())?;
    match (e, val) {
        (Some(e), Some(val)) => rt.setitem(&e, key, val),
        (Some(e), None) => rt.delitem(&e, key),
        (None, _) => Err(rt.key_error(key.clone())),
    }
}

fn contains(rt: &Runtime, v: &Value, key: &Value) -> PyResult<bool> {
    let fo = frame_of(rt, v)?;
    if let Some((i, cell)) = find(rt, fo, key)? {
        return Ok(read_slot(rt, fo, i, cell)?.is_some());
    }
    match extra(rt, fo, false)? {
        Some(e) => rt.contains(&e, key),
        None => Ok(false),
    }
}

fn keys(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let items = items_of(rt, &a.all[0])?;
    rt.new_list(items.into_iter().map(|(k, _)| k).collect())
}

fn values(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let items = items_of(rt, &a.all[0])?;
    rt.new_list(items.into_iter().map(|(_, v)| v).collect())
}

fn items(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let mut out = Vec::new();
    for (k, v) in items_of(rt, &a.all[0])? {
        out.push(rt.new_tuple(alloc::vec![k, v])?);
    }
    rt.new_list(out)
}

fn get(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "get", 2, 3)?;
    match getitem(rt, &v[0], &v[1]) {
        Ok(x) => Ok(x),
        Err(e) if rt.err_matches(&e, rt.exc().key_error) => {
            Ok(v.get(2).cloned().unwrap_or_else(|| rt.none()))
        }
        Err(e) => Err(e),
    }
}

fn setdefault(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "setdefault", 2, 3)?;
    if contains(rt, &v[0], &v[1])? {
        return getitem(rt, &v[0], &v[1]);
    }
    let d = v.get(2).cloned().unwrap_or_else(|| rt.none());
    setitem(rt, &v[0], &v[1], Some(&d))?;
    Ok(d)
}

fn update(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "update", 2, 2)?;
    let d = rt.new_dict()?;
    rt.call_method(&d, "update", &[v[1].clone()])?;
    let pairs = rt.dict_data(&d).map(|dd| dd.items()).unwrap_or_default();
    for (k, val) in pairs {
        setitem(rt, &v[0], &k, Some(&val))?;
    }
    Ok(rt.none())
}

fn copy(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    to_dict(rt, &a.all[0])
}

pub fn spec() -> crate::object::typespec::TypeSpec {
    crate::object::typespec::TypeSpec::new::<ProxyData>("FrameLocalsProxy", |rt, ty| {
        let s = unsafe { ty.data().slots_mut() };
        s.getitem = Some(getitem);
        s.setitem = Some(setitem);
        s.contains = Some(contains);
        s.len = Some(|rt, v| Ok(items_of(rt, v)?.len()));
        s.iter = Some(|rt, v| {
            let ks: Vec<Value> = items_of(rt, v)?.into_iter().map(|(k, _)| k).collect();
            rt.iter(&rt.new_list(ks)?)
        });
        s.repr = Some(|rt, v| {
            // A function's locals often hold the proxy itself (`loc = f.f_locals`).
            if !rt.repr_guard.enter(v) {
                return rt.new_str("{...}");
            }
            let r = to_dict(rt, v).and_then(|d| rt.repr(&d));
            rt.repr_guard.leave(v);
            r
        });
        s.richcompare = Some(|rt, v, w, op| {
            if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
                return Ok(rt.not_implemented());
            }
            let other = if rt.type_of(w) == rt.types().frame_locals_proxy {
                to_dict(rt, w)?
            } else if rt.dict_data(w).is_some() {
                w.clone()
            } else {
                return Ok(rt.not_implemented());
            };
            rt.rich_compare(&to_dict(rt, v)?, &other, op)
        });
        rt.add_methods(
            ty,
            &[
                MethodDef::method("keys", keys),
                MethodDef::method("values", values),
                MethodDef::method("items", items),
                MethodDef::method("get", get),
                MethodDef::method("setdefault", setdefault),
                MethodDef::method("update", update),
                MethodDef::method("copy", copy),
            ],
        );
    })
}
