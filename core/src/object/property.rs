//! `property`: a data descriptor calling fget/fset/fdel, with CPython 3.11's messages.

use alloc::format;
use core::cell::{Cell, UnsafeCell};

use super::args::Args;
use super::descr::MethodDef;
use super::error::PyResult;
use super::getset::GetSetDef;
use super::header::Payload;
use super::method::checked;
use super::value::Value;
use crate::runtime::Runtime;

#[derive(Default)]
pub struct PropertyData {
    pub fget: UnsafeCell<Option<Value>>,
    pub fset: UnsafeCell<Option<Value>>,
    pub fdel: UnsafeCell<Option<Value>>,
    pub doc: UnsafeCell<Option<Value>>,
    /// Set by `__set_name__`, for error messages.
    pub name: UnsafeCell<Option<Value>>,
    /// The doc came from fget (so copies take the new getter's doc).
    pub getter_doc: Cell<bool>,
}

impl Payload for PropertyData {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        for c in [&self.fget, &self.fset, &self.fdel, &self.doc, &self.name] {
            if let Some(v) = unsafe { &*c.get() } {
                visit(v);
            }
        }
    }
    fn clear(&self) {
        for c in [&self.fget, &self.fset, &self.fdel, &self.doc, &self.name] {
            let old = unsafe { (*c.get()).take() };
            drop(old);
        }
    }
}

fn data<'a>(rt: &Runtime, v: &'a Value) -> PyResult<&'a PropertyData> {
    checked(rt, v, rt.types().property, "property")
}

fn get(c: &UnsafeCell<Option<Value>>) -> Option<Value> {
    unsafe { (*c.get()).clone() }
}

fn set(c: &UnsafeCell<Option<Value>>, v: Option<Value>) {
    let old = unsafe { core::mem::replace(&mut *c.get(), v) };
    drop(old);
}

fn not_none(rt: &Runtime, v: Option<Value>) -> Option<Value> {
    v.filter(|x| !rt.is_none(x))
}

fn prop_new(rt: &Runtime, cls: &Value, _args: Args<'_>) -> PyResult<Value> {
    let ty = rt
        .type_ref_of_type_value(cls)
        .ok_or_else(|| rt.type_error("not a type"))?;
    super::heaptype::alloc_default::<PropertyData>(rt, ty, rt.types().property)
}

fn prop_init(rt: &Runtime, p: &Value, args: Args<'_>) -> PyResult<()> {
    const NAMES: [&str; 4] = ["fget", "fset", "fdel", "doc"];
    let pos = args.pos();
    if pos.len() > 4 {
        return Err(rt.type_error(format!(
            "property() takes at most 4 arguments ({} given)",
            pos.len()
        )));
    }
    let mut vals: [Option<Value>; 4] = [None, None, None, None];
    for (slot, v) in vals.iter_mut().zip(pos) {
        *slot = Some(v.clone());
    }
    for (k, v) in args.kwargs() {
        let ks = rt.str_of(k).unwrap_or("");
        match NAMES.iter().position(|n| *n == ks) {
            Some(i) if vals[i].is_none() => vals[i] = Some(v.clone()),
            Some(i) => {
                return Err(rt.type_error(format!(
                    "argument for property() given by name ('{ks}') and position ({})",
                    i + 1
                )));
            }
            None => {
                return Err(rt.type_error(format!(
                    "'{ks}' is an invalid keyword argument for property()"
                )));
            }
        }
    }
    let [fget, fset, fdel, doc] = vals;
    let d = data(rt, p)?;
    let fget = not_none(rt, fget);
    set(&d.fget, fget.clone());
    set(&d.fset, not_none(rt, fset));
    set(&d.fdel, not_none(rt, fdel));
    let mut doc = not_none(rt, doc);
    d.getter_doc.set(false);
    if doc.is_none()
        && let Some(g) = &fget
    {
        doc = not_none(rt, rt.getattr_opt(g, "__doc__")?);
        d.getter_doc.set(doc.is_some());
    }
    set(&d.doc, doc);
    Ok(())
}

/// "property 'x' of 'C' object has no getter" (without a name when `__set_name__` never ran).
fn missing(rt: &Runtime, d: &PropertyData, obj: &Value, what: &str) -> PyResult<Value> {
    let tn = rt.type_name(obj);
    let msg = match get(&d.name) {
        Some(n) => {
            let r = rt.repr_string(&n)?;
            format!("property {r} of '{tn}' object has no {what}")
        }
        None => format!("property of '{tn}' object has no {what}"),
    };
    Err(rt.attribute_error(msg))
}

fn prop_get(rt: &Runtime, p: &Value, obj: Option<&Value>, _owner: &Value) -> PyResult<Value> {
    let Some(obj) = obj else {
        return Ok(p.clone());
    };
    let d = data(rt, p)?;
    match get(&d.fget) {
        Some(f) => rt.call(&f, Args::positional(core::slice::from_ref(obj))),
        None => missing(rt, d, obj, "getter"),
    }
}

fn prop_set(rt: &Runtime, p: &Value, obj: &Value, value: Option<&Value>) -> PyResult<()> {
    let d = data(rt, p)?;
    match value {
        Some(v) => match get(&d.fset) {
            Some(f) => rt.call(&f, Args::positional(&[obj.clone(), v.clone()])),
            None => missing(rt, d, obj, "setter"),
        },
        None => match get(&d.fdel) {
            Some(f) => rt.call(&f, Args::positional(core::slice::from_ref(obj))),
            None => missing(rt, d, obj, "deleter"),
        },
    }
    .map(|_| ())
}

/// `getter`/`setter`/`deleter`: a copy with one accessor replaced (`type(self)(...)`).
fn copy_with(rt: &Runtime, args: Args<'_>, which: usize, fname: &str) -> PyResult<Value> {
    let a = args.check_count(rt, fname, 2, 2)?;
    let d = data(rt, &a[0])?;
    let mut parts = [get(&d.fget), get(&d.fset), get(&d.fdel)];
    parts[which] = Some(a[1].clone());
    let doc = if d.getter_doc.get() {
        None
    } else {
        get(&d.doc)
    };
    let mut all = alloc::vec::Vec::new();
    for p in parts {
        all.push(p.unwrap_or_else(|| rt.none()));
    }
    all.push(doc.unwrap_or_else(|| rt.none()));
    let cls = rt.type_of(&a[0]).value();
    let new = rt.call(&cls, Args::positional(&all))?;
    if let Ok(nd) = data(rt, &new) {
        set(&nd.name, get(&d.name));
    }
    Ok(new)
}

fn set_name(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let a = args.check_count(rt, "__set_name__", 3, 3)?;
    set(&data(rt, &a[0])?.name, Some(a[2].clone()));
    Ok(rt.none())
}

fn getter_of(rt: &Runtime, v: &Value, i: usize) -> PyResult<Value> {
    let d = data(rt, v)?;
    let c = [&d.fget, &d.fset, &d.fdel, &d.doc][i];
    Ok(get(c).unwrap_or_else(|| rt.none()))
}

pub fn spec() -> super::typespec::TypeSpec {
    super::typespec::TypeSpec::base::<PropertyData>("property", |rt, ty| {
        let s = unsafe { ty.data().slots_mut() };
        s.new = Some(prop_new);
        s.init = Some(prop_init);
        s.descr_get = Some(prop_get);
        s.descr_set = Some(prop_set);
        rt.add_methods(
            ty,
            &[
                MethodDef::method("getter", |rt, a| copy_with(rt, a, 0, "getter")),
                MethodDef::method("setter", |rt, a| copy_with(rt, a, 1, "setter")),
                MethodDef::method("deleter", |rt, a| copy_with(rt, a, 2, "deleter")),
                MethodDef::method("__set_name__", set_name),
            ],
        );
        rt.add_getsets(
            ty,
            &[
                GetSetDef {
                    name: "fget",
                    get: |rt, v| getter_of(rt, v, 0),
                    set: None,
                },
                GetSetDef {
                    name: "fset",
                    get: |rt, v| getter_of(rt, v, 1),
                    set: None,
                },
                GetSetDef {
                    name: "fdel",
                    get: |rt, v| getter_of(rt, v, 2),
                    set: None,
                },
                GetSetDef {
                    name: "__doc__",
                    get: |rt, v| getter_of(rt, v, 3),
                    set: Some(|rt, v, x| {
                        set(&data(rt, v)?.doc, x.cloned());
                        Ok(())
                    }),
                },
                GetSetDef {
                    name: "__isabstractmethod__",
                    get: |rt, v| {
                        let d = data(rt, v)?;
                        for f in [get(&d.fget), get(&d.fset), get(&d.fdel)]
                            .into_iter()
                            .flatten()
                        {
                            if let Some(x) = rt.getattr_opt(&f, "__isabstractmethod__")?
                                && rt.truthy(&x)?
                            {
                                return Ok(rt.bool_value(true));
                            }
                        }
                        Ok(rt.bool_value(false))
                    },
                    set: None,
                },
            ],
        );
    })
}
