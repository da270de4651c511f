//! Builtins that look at the running frame or run code: globals, locals, vars, dir, exec, eval,
//! `__build_class__`.

use alloc::vec::Vec;

use crate::Runtime;
use crate::interp::frame::Frame;
use crate::object::args::Args;
use crate::object::{PyResult, Value};

fn top(rt: &Runtime) -> Option<&Frame> {
    unsafe { (*rt.interp.frames.get()).last() }
}

pub fn globals(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    a.check_count(rt, "globals", 0, 0)?;
    top(rt)
        .map(|f| f.globals.clone())
        .ok_or_else(|| rt.runtime_error("no frame"))
}

/// The current frame's locals: its mapping, or (in a function) the frame's own dict refreshed
/// from the fast locals, as CPython 3.11's `locals()`: the same dict on every call, so names
/// `exec` stores in it stay there, while unbound variables leave it.
pub(crate) fn frame_locals(rt: &Runtime) -> PyResult<Value> {
    let f = top(rt).ok_or_else(|| rt.runtime_error("no frame"))?;
    if let Some(l) = &f.locals {
        return Ok(l.clone());
    }
    let depth = unsafe { (*rt.interp.frames.get()).len() };
    let fo = crate::interp::frameobj::frame_object(rt, depth - 1)?;
    let hf = crate::interp::generator::heap_frame(rt, &fo).ok_or_else(|| rt.memory_error())?;
    let d = match unsafe { (*hf.snapshot.get()).clone() } {
        Some(d) => d,
        None => {
            let d = rt.new_dict()?;
            unsafe { *hf.snapshot.get() = Some(d.clone()) };
            d
        }
    };
    let f = top(rt).ok_or_else(|| rt.runtime_error("no frame"))?;
    let dd = rt.dict_data(&d).ok_or_else(|| rt.memory_error())?;
    let cd = rt
        .code_data(&f.code)
        .ok_or_else(|| rt.runtime_error("no code"))?;
    for i in 0..f.nlocalsplus {
        let v = unsafe { (*f.lp.add(i)).clone() };
        let name = crate::interp::call::localsplus_name(rt, cd, i);
        let v = match v {
            Some(c) if rt.type_of(&c) == rt.types().cell => rt.cell_get(&c),
            v => v,
        };
        match v {
            Some(v) => dd.set(rt, rt.intern(&name), v)?,
            None => {
                let _ = dd.remove(rt, &rt.intern(&name))?;
            }
        }
    }
    Ok(d)
}

pub fn locals(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    a.check_count(rt, "locals", 0, 0)?;
    frame_locals(rt)
}

pub fn vars(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "vars", 0, 1)?;
    match v.first() {
        None => frame_locals(rt),
        Some(o) => rt.getattr_str(o, "__dict__").map_err(|e| {
            if rt.err_matches(&e, rt.exc().attribute_error) {
                rt.type_error("vars() argument must have __dict__ attribute")
            } else {
                e
            }
        }),
    }
}

/// `dir(obj)` without a `__dir__`: a class lists the names in the dicts along its MRO, a
/// module its dict, and any other object its own `__dict__` plus its class's names.
fn default_dir(rt: &Runtime, o: &Value) -> PyResult<Vec<Value>> {
    let set = rt.new_dict()?;
    let d = rt.dict_data(&set).ok_or_else(|| rt.memory_error())?;
    let mut add_keys = |m: &Value| -> PyResult<()> {
        for (k, _) in crate::interp::ops::mapping_items(rt, m)? {
            d.set(rt, k, rt.none())?;
        }
        Ok(())
    };
    let class_names = |ty: crate::object::typeobj::TypeRef,
                       add: &mut dyn FnMut(&Value) -> PyResult<()>|
     -> PyResult<()> {
        for t in ty.data().mro().to_vec() {
            if let Some(t) = rt.type_ref_of_type_value(&t) {
                add(t.data().dict())?;
            }
        }
        Ok(())
    };
    if let Some(ty) = rt.type_ref_of_type_value(o) {
        class_names(ty, &mut add_keys)?;
    } else if let Some(m) = rt.module_dict(o) {
        // A module-level `__dir__` (PEP 562) answers for the module.
        if let Some(f) = rt.dict_data(&m).and_then(|d| d.get_str(rt, "__dir__")) {
            let r = rt.call(&f, Args::positional(&[]))?;
            return rt.collect(&r);
        }
        add_keys(&m)?;
    } else {
        if let Some(own) = rt.getattr_opt(o, "__dict__")? {
            add_keys(&own)?;
        }
        class_names(rt.type_of(o), &mut add_keys)?;
    }
    Ok(d.keys())
}

pub fn dir(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "dir", 0, 1)?;
    let names = match v.first() {
        None => {
            let l = frame_locals(rt)?;
            crate::interp::ops::mapping_items(rt, &l)?
                .into_iter()
                .map(|(k, _)| k)
                .collect()
        }
        Some(o) => match rt.lookup_in_type(rt.type_of(o), "__dir__") {
            Some(m) => {
                let r = rt.call(&m, Args::positional(core::slice::from_ref(o)))?;
                rt.collect(&r)?
            }
            None => default_dir(rt, o)?,
        },
    };
    let list = rt.new_list(names)?;
    rt.call_method(&list, "sort", &[])?;
    Ok(list)
}

/// `__build_class__(func, name, *bases, metaclass=None, **kwds)`.
pub fn build_class(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let pos = a.pos();
    if pos.len() < 2 {
        return Err(rt.type_error("__build_class__: not enough arguments"));
    }
    let func = &pos[0];
    if rt.function_data(func).is_none() {
        return Err(rt.type_error("__build_class__: func must be a function"));
    }
    let name = &pos[1];
    if rt.str_of(name).is_none() {
        return Err(rt.type_error("__build_class__: name is not a string"));
    }
    let orig_bases = &pos[2..];
    let bases = resolve_bases(rt, orig_bases)?;
    let mut meta = None;
    let mut kwnames = Vec::new();
    let mut kwvals = Vec::new();
    for (k, v) in a.kwargs() {
        if rt.str_of(k) == Some("metaclass") {
            meta = Some(v.clone());
        } else {
            kwnames.push(k.clone());
            kwvals.push(v.clone());
        }
    }
    let is_class = meta
        .as_ref()
        .is_none_or(|m| rt.type_ref_of_type_value(m).is_some());
    let mut meta = meta.unwrap_or_else(|| match bases.first() {
        Some(b) => rt.type_of(b).value(),
        None => rt.types().type_.value(),
    });
    if is_class {
        // The most derived metaclass among the given one and the bases' types.
        for b in &bases {
            let bt = rt.type_of(b);
            if let Some(mt) = rt.type_ref_of_type_value(&meta) {
                if rt.is_subtype(mt, bt) {
                    continue;
                }
                if rt.is_subtype(bt, mt) {
                    meta = bt.value();
                    continue;
                }
                return Err(rt.type_error(
                    "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
                ));
            }
        }
    }
    let bases_t = rt.new_tuple(bases.clone())?;
    let ns = match rt.getattr_opt(&meta, "__prepare__")? {
        Some(p) => {
            let mut all = Vec::from([name.clone(), bases_t.clone()]);
            all.extend(kwvals.iter().cloned());
            rt.call(&p, Args::new(&all, &kwnames))?
        }
        None => rt.new_dict()?,
    };
    // Run the class body with `ns` as its locals.
    crate::interp::push_function_frame(rt, func, &[], &[], true)?;
    if let Some(f) = unsafe { (*rt.interp.frames.get()).last_mut() } {
        f.locals = Some(ns.clone());
    }
    let cell = match crate::interp::eval::run(rt, None)? {
        crate::interp::eval::Exit::Return(v) | crate::interp::eval::Exit::Yield(v) => v,
    };
    if orig_bases.len() != bases.len() || orig_bases.iter().zip(&bases).any(|(a, b)| !a.is(b)) {
        rt.setitem(
            &ns,
            &rt.intern("__orig_bases__"),
            &rt.new_tuple(orig_bases.to_vec())?,
        )?;
    }
    let mut all = Vec::from([name.clone(), bases_t, ns]);
    all.extend(kwvals);
    let cls = rt.call(&meta, Args::new(&all, &kwnames))?;
    if rt.type_of(&cell) == rt.types().cell && rt.cell_get(&cell).is_none() {
        rt.cell_set(&cell, Some(cls.clone()))?;
    }
    Ok(cls)
}

/// PEP 560: bases that are not classes may supply `__mro_entries__`.
fn resolve_bases(rt: &Runtime, bases: &[Value]) -> PyResult<Vec<Value>> {
    let mut out = Vec::new();
    for b in bases {
        if rt.type_ref_of_type_value(b).is_none()
            && let Some(m) = rt.getattr_opt(b, "__mro_entries__")?
        {
            let r = rt.call(&m, Args::positional(&[rt.new_tuple(bases.to_vec())?]))?;
            out.extend(rt.tuple_items(&r).unwrap_or(&[]).iter().cloned());
            continue;
        }
        out.push(b.clone());
    }
    Ok(out)
}
