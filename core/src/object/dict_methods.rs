//! `dict` as Python sees it: construction, repr, comparison, `|`, `__missing__`, and the method
//! table. The table itself (probing, resizing) lives in `dict.rs`.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::args::{Args, count_message};
use super::descr::MethodDef;
use super::dict::DictData;
use super::error::{PyErr, PyResult};
use super::list::method_args;
use super::typeobj::{BinOp, CmpOp, TypeRef};
use super::value::Value;
use crate::runtime::Runtime;

fn d(v: &Value) -> &DictData {
    unsafe { v.heap().unwrap_unchecked().payload::<DictData>() }
}

pub fn init(rt: &Runtime, ty: TypeRef) {
    let s = unsafe { ty.data().slots_mut() };
    s.new = Some(dict_new);
    s.init = Some(dict_init);
    s.repr = Some(dict_repr);
    s.richcompare = Some(dict_richcompare);
    s.len = Some(|_, v| Ok(d(v).len()));
    s.getitem = Some(dict_getitem);
    s.setitem = Some(|rt, v, k, x| match x {
        Some(x) => d(v).set(rt, k.clone(), x.clone()),
        None => match d(v).remove(rt, k)? {
            Some(old) => {
                drop(old);
                Ok(())
            }
            None => Err(rt.key_error(k.clone())),
        },
    });
    s.contains = Some(|rt, v, k| Ok(d(v).get(rt, k)?.is_some()));
    s.iter =
        Some(|rt, v| super::dict_iter::new_dict_iter(rt, v, super::dict_iter::Kind::Keys, false));
    s.binary[BinOp::Or as usize] = Some(dict_or);
    s.inplace[BinOp::Or as usize] = Some(dict_ior);
    rt.add_methods(
        ty,
        &[
            MethodDef::method("keys", |rt, a| {
                view(rt, a, "dict.keys", rt.types().dict_keys)
            }),
            MethodDef::method("values", |rt, a| {
                view(rt, a, "dict.values", rt.types().dict_values)
            }),
            MethodDef::method("items", |rt, a| {
                view(rt, a, "dict.items", rt.types().dict_items)
            }),
            MethodDef::method("get", dict_get),
            MethodDef::method("setdefault", dict_setdefault),
            MethodDef::method("pop", dict_pop),
            MethodDef::method("popitem", dict_popitem),
            MethodDef::method("update", dict_update_method),
            MethodDef::method("clear", dict_clear),
            MethodDef::method("copy", dict_copy),
            MethodDef::class("fromkeys", dict_fromkeys),
            MethodDef::method("__reversed__", |rt, a| {
                method_args(rt, &a, "dict.__reversed__", "dict.__reversed__", 0, 0)?;
                super::dict_iter::new_dict_iter(rt, &a.all[0], super::dict_iter::Kind::Keys, true)
            }),
        ],
    );
}

fn view(rt: &Runtime, args: Args<'_>, name: &str, ty: TypeRef) -> PyResult<Value> {
    method_args(rt, &args, name, name, 0, 0)?;
    super::dict_views::new_view(rt, ty, args.all[0].clone())
}

fn dict_new(rt: &Runtime, cls: &Value, _args: Args<'_>) -> PyResult<Value> {
    let ty = rt
        .type_ref_of_type_value(cls)
        .ok_or_else(|| rt.type_error("dict.__new__(X): X is not a type object"))?;
    if ty == rt.types().dict {
        rt.new_dict()
    } else {
        super::object_type::alloc_instance(rt, ty)
    }
}

fn dict_init(rt: &Runtime, this: &Value, args: Args<'_>) -> PyResult<()> {
    update_common(rt, this, args, "dict")
}

/// `dict.update`/`dict.__init__`: one optional positional (mapping or pairs), then keywords.
fn update_common(rt: &Runtime, this: &Value, args: Args<'_>, fname: &str) -> PyResult<()> {
    let pos = args.pos();
    if pos.len() > 1 {
        return Err(rt.type_error(count_message(fname, 0, 1, pos.len())));
    }
    if let Some(src) = pos.first() {
        update_from(rt, this, src)?;
    }
    for (k, v) in args.kwargs() {
        d(this).set(rt, k.clone(), v.clone())?;
    }
    Ok(())
}

/// Merges a mapping (anything with `keys`) or an iterable of key/value pairs into `this`.
pub fn update_from(rt: &Runtime, this: &Value, src: &Value) -> PyResult<()> {
    if let Some(sd) = rt.dict_data(src)
        && rt.type_of(src) == rt.types().dict
    {
        for (k, v) in sd.items() {
            d(this).set(rt, k, v)?;
        }
        return Ok(());
    }
    if rt.dict_data(src).is_some() || rt.getattr_opt(src, "keys")?.is_some() {
        let keys = rt.call_method(src, "keys", &[])?;
        let it = rt.iter(&keys)?;
        while let Some(k) = rt.next(&it)? {
            let v = rt.getitem(src, &k)?;
            d(this).set(rt, k, v)?;
        }
        return Ok(());
    }
    let it = rt.iter(src)?;
    let mut n = 0usize;
    while let Some(item) = rt.next(&it)? {
        let pair = if let Some(t) = rt.tuple_items(&item) {
            t.to_vec()
        } else if let Some(l) = rt.list_data(&item) {
            l.items().to_vec()
        } else {
            let inner = rt.iter(&item).map_err(|e| {
                if rt.err_matches(&e, rt.exc().type_error) {
                    rt.type_error(format!(
                        "cannot convert dictionary update sequence element #{n} to a sequence"
                    ))
                } else {
                    e
                }
            })?;
            let mut v = Vec::new();
            while let Some(x) = rt.next(&inner)? {
                v.push(x);
            }
            v
        };
        if pair.len() != 2 {
            return Err(rt.value_error(format!(
                "dictionary update sequence element #{n} has length {}; 2 is required",
                pair.len()
            )));
        }
        let mut p = pair.into_iter();
        if let (Some(k), Some(v)) = (p.next(), p.next()) {
            d(this).set(rt, k, v)?;
        }
        n += 1;
    }
    Ok(())
}

fn dict_repr(rt: &Runtime, v: &Value) -> PyResult<Value> {
    let dd = d(v);
    if dd.is_empty() {
        return rt.new_str("{}");
    }
    if !rt.repr_guard.enter(v) {
        return rt.new_str("{...}");
    }
    let r = (|| {
        let mut s = String::from("{");
        let mut first = true;
        let mut i = 0;
        while i < dd.entry_capacity() {
            if let Some((k, x)) = dd.entry_at(i) {
                if !first {
                    s.push_str(", ");
                }
                first = false;
                s.push_str(&rt.repr_string(&k)?);
                s.push_str(": ");
                s.push_str(&rt.repr_string(&x)?);
            }
            i += 1;
        }
        s.push('}');
        Ok::<String, PyErr>(s)
    })();
    rt.repr_guard.leave(v);
    rt.new_str(&r?)
}

/// `a == b` for dicts: same length, and every key of `a` maps to an equal value in `b`.
pub fn dict_equal(rt: &Runtime, a: &Value, b: &Value) -> PyResult<bool> {
    let (x, y) = (d(a), d(b));
    if x.len() != y.len() {
        return Ok(false);
    }
    let mut i = 0;
    while i < x.entry_capacity() {
        if let Some((k, v)) = x.entry_at(i) {
            match y.get(rt, &k)? {
                None => return Ok(false),
                Some(w) => {
                    if !rt.eq(&v, &w)? {
                        return Ok(false);
                    }
                }
            }
        }
        i += 1;
    }
    Ok(true)
}

fn dict_richcompare(rt: &Runtime, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    if rt.dict_data(a).is_none() || rt.dict_data(b).is_none() {
        return Ok(rt.not_implemented());
    }
    match op {
        CmpOp::Eq => Ok(rt.bool_value(dict_equal(rt, a, b)?)),
        CmpOp::Ne => Ok(rt.bool_value(!dict_equal(rt, a, b)?)),
        _ => Ok(rt.not_implemented()),
    }
}

fn dict_getitem(rt: &Runtime, v: &Value, k: &Value) -> PyResult<Value> {
    if let Some(x) = d(v).get(rt, k)? {
        return Ok(x);
    }
    let ty = rt.type_of(v);
    if ty != rt.types().dict
        && let Some(missing) = rt.lookup_in_type(ty, "__missing__")
    {
        return rt.call(&missing, Args::positional(&[v.clone(), k.clone()]));
    }
    Err(rt.key_error(k.clone()))
}

/// A plain dict with the same items (`dict.copy` and `|` return exact dicts).
pub fn copy_dict(rt: &Runtime, v: &Value) -> PyResult<Value> {
    let n = rt.new_dict()?;
    for (k, x) in d(v).items() {
        d(&n).set(rt, k, x)?;
    }
    Ok(n)
}

fn dict_or(rt: &Runtime, a: &Value, b: &Value) -> PyResult<Value> {
    if rt.dict_data(a).is_none() || rt.dict_data(b).is_none() {
        return Ok(rt.not_implemented());
    }
    let n = copy_dict(rt, a)?;
    update_from(rt, &n, b)?;
    Ok(n)
}

fn dict_ior(rt: &Runtime, a: &Value, b: &Value) -> PyResult<Value> {
    if rt.dict_data(a).is_none() {
        return Ok(rt.not_implemented());
    }
    update_from(rt, a, b)?;
    Ok(a.clone())
}

fn dict_get(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let a = method_args(rt, &args, "get", "dict.get", 1, 2)?;
    match d(&args.all[0]).get(rt, &a[0])? {
        Some(v) => Ok(v),
        None => Ok(a.get(1).cloned().unwrap_or_else(|| rt.none())),
    }
}

fn dict_setdefault(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let a = method_args(rt, &args, "setdefault", "dict.setdefault", 1, 2)?;
    let dd = d(&args.all[0]);
    let hash = rt.hash(&a[0])?;
    if let Some(v) = dd.get_hashed(rt, &a[0], hash)? {
        return Ok(v);
    }
    let dflt = a.get(1).cloned().unwrap_or_else(|| rt.none());
    dd.set_hashed(rt, a[0].clone(), hash, dflt.clone())?;
    Ok(dflt)
}

fn dict_pop(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let a = method_args(rt, &args, "pop", "dict.pop", 1, 2)?;
    match d(&args.all[0]).remove(rt, &a[0])? {
        Some(v) => Ok(v),
        None => match a.get(1) {
            Some(dflt) => Ok(dflt.clone()),
            None => Err(rt.key_error(a[0].clone())),
        },
    }
}

fn dict_popitem(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    method_args(rt, &args, "dict.popitem", "dict.popitem", 0, 0)?;
    match d(&args.all[0]).pop_last() {
        Some((k, v)) => rt.new_tuple(Vec::from([k, v])),
        None => {
            let msg = rt.new_str("popitem(): dictionary is empty")?;
            Err(rt.key_error(msg))
        }
    }
}

fn dict_update_method(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let this = args.all[0].clone();
    update_common(rt, &this, args.skip_self(), "update")?;
    Ok(rt.none())
}

fn dict_clear(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    method_args(rt, &args, "dict.clear", "dict.clear", 0, 0)?;
    d(&args.all[0]).clear_all();
    Ok(rt.none())
}

fn dict_copy(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    method_args(rt, &args, "dict.copy", "dict.copy", 0, 0)?;
    copy_dict(rt, &args.all[0])
}

fn dict_fromkeys(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let a = method_args(rt, &args, "fromkeys", "dict.fromkeys", 1, 2)?;
    let cls = &args.all[0];
    let value = a.get(1).cloned().unwrap_or_else(|| rt.none());
    let out = if rt.types().dict.is(cls) {
        rt.new_dict()?
    } else {
        rt.call(cls, Args::positional(&[]))?
    };
    let exact = rt.type_of(&out) == rt.types().dict;
    let it = rt.iter(&a[0])?;
    while let Some(k) = rt.next(&it)? {
        if exact {
            d(&out).set(rt, k, value.clone())?;
        } else {
            rt.setitem(&out, &k, &value)?;
        }
    }
    Ok(out)
}
