//! The slower parts of instructions, kept out of the evaluation loop: name lookups, unpacking,
//! raising, `with`, imports, pattern matching helpers.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::eval::Regs;
use crate::bytecode::opcode::{self as opc, Opcode};
use crate::object::args::Args;
use crate::object::code::co_flags;
use crate::object::dict::DictData;
use crate::object::error::{PyErr, PyResult};
use crate::object::exceptions::exc_data;
use crate::object::typeobj::BinOp;
use crate::object::value::Value;
use crate::runtime::Runtime;

fn top_frame(rt: &Runtime) -> PyResult<&super::frame::Frame> {
    unsafe { (*rt.interp.frames.get()).last() }.ok_or_else(|| rt.runtime_error("no frame"))
}

pub fn dict_of<'a>(rt: &Runtime, d: &'a Value) -> PyResult<&'a DictData> {
    rt.dict_data(d)
        .ok_or_else(|| rt.type_error(format!("'{}' object is not a dict", rt.type_name(d))))
}

#[cfg_attr(copperhead_stencil, inline(always), allow(unreachable_code))]
pub fn binary_op(rt: &Runtime, a: &Value, b: &Value, arg: u32) -> PyResult<Value> {
    // Stencils reach the generic operation through the runtime-helper table (jit/helpers.rs).
    #[cfg(copperhead_stencil)]
    return crate::jit::helpers::route::binary_op(rt, a, b, arg);
    let i = arg as usize;
    if i < 13 {
        rt.binary_op(a, b, BinOp::ALL[i])
    } else if i < 26 {
        rt.inplace_op(a, b, BinOp::ALL[i - 13])
    } else {
        Err(rt.new_error(rt.exc().system_error, "bad BINARY_OP oparg"))
    }
}

#[inline]
pub fn for_iter_next(rt: &Runtime, it: &Value) -> PyResult<Option<Value>> {
    match rt.type_of(it).data().slots().next {
        Some(f) => f(rt, it),
        None => rt.next(it),
    }
}

pub fn unbound_local(rt: &Runtime, _r: &Regs, i: usize) -> PyErr {
    let name = top_frame(rt)
        .ok()
        .and_then(|f| rt.code_data(&f.code))
        .map(|cd| super::call::localsplus_name(rt, cd, i))
        .unwrap_or_default();
    rt.new_error(
        rt.exc().unbound_local_error,
        format!("cannot access local variable '{name}' where it is not associated with a value"),
    )
}

pub fn unbound_deref(rt: &Runtime, _r: &Regs, i: usize) -> PyErr {
    let name = top_frame(rt)
        .ok()
        .and_then(|f| rt.code_data(&f.code))
        .map(|cd| super::call::localsplus_name(rt, cd, i))
        .unwrap_or_default();
    rt.new_error(
        rt.exc().name_error,
        format!(
            "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
        ),
    )
}

pub fn localsplus_name_value(rt: &Runtime, i: usize) -> PyResult<Value> {
    let f = top_frame(rt)?;
    let cd = rt
        .code_data(&f.code)
        .ok_or_else(|| rt.runtime_error("no code"))?;
    Ok(rt.intern(&super::call::localsplus_name(rt, cd, i)))
}

fn name_error(rt: &Runtime, name: &Value) -> PyErr {
    let e = rt.new_error(
        rt.exc().name_error,
        format!("name '{}' is not defined", rt.str_of(name).unwrap_or("?")),
    );
    // The name is kept for the traceback's "Did you mean" suggestion, as CPython does.
    let _ = rt.setattr(e.value(), &rt.intern("name"), Some(name));
    e
}

/// `mapping[name]` for dicts and other mappings; None when missing.
pub fn mapping_get(rt: &Runtime, m: &Value, name: &Value) -> PyResult<Option<Value>> {
    if let Some(d) = rt.dict_data(m) {
        return d.get(rt, name);
    }
    match rt.getitem(m, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if rt.err_matches(&e, rt.exc().key_error) => Ok(None),
        Err(e) => Err(e),
    }
}

fn builtins_get(rt: &Runtime, builtins: &Value, name: &Value) -> PyResult<Option<Value>> {
    if let Some(d) = rt.dict_data(builtins) {
        return d.get(rt, name);
    }
    if let Some(md) = rt.module_dict(builtins) {
        return dict_of(rt, &md)?.get(rt, name);
    }
    Ok(None)
}

pub fn load_builtin(rt: &Runtime, name: &str) -> PyResult<Value> {
    let f = top_frame(rt)?;
    let n = rt.intern(name);
    builtins_get(rt, &f.builtins, &n)?
        .ok_or_else(|| rt.new_error(rt.exc().name_error, format!("{name} not found")))
}

pub fn load_global(rt: &Runtime, name: &Value) -> PyResult<Value> {
    let f = top_frame(rt)?;
    if let Some(v) = dict_of(rt, &f.globals)?.get(rt, name)? {
        return Ok(v);
    }
    builtins_get(rt, &f.builtins, name)?.ok_or_else(|| name_error(rt, name))
}

pub fn load_name(rt: &Runtime, name: &Value) -> PyResult<Value> {
    let f = top_frame(rt)?;
    if let Some(l) = &f.locals
        && let Some(v) = locals_get(rt, l, name)?
    {
        return Ok(v);
    }
    load_global(rt, name)
}

/// The dict behind a namespace when name operations may bypass `__getitem__`/`__setitem__`:
/// only an exact dict (a metaclass `__prepare__` may return a subclass that hooks stores, as
/// `enum` does).
fn exact_dict<'a>(rt: &Runtime, m: &'a Value) -> Option<&'a DictData> {
    if rt.type_of(m) == rt.types().dict {
        rt.dict_data(m)
    } else {
        None
    }
}

fn locals_get(rt: &Runtime, m: &Value, name: &Value) -> PyResult<Option<Value>> {
    if let Some(d) = exact_dict(rt, m) {
        return d.get(rt, name);
    }
    match rt.getitem(m, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if rt.err_matches(&e, rt.exc().key_error) => Ok(None),
        Err(e) => Err(e),
    }
}

pub fn store_name(rt: &Runtime, name: &Value, v: Option<Value>) -> PyResult<()> {
    let f = top_frame(rt)?;
    let Some(l) = f.locals.clone() else {
        return Err(rt.new_error(rt.exc().system_error, "no locals"));
    };
    match v {
        Some(v) => match exact_dict(rt, &l) {
            Some(d) => d.set(rt, name.clone(), v),
            None => rt.setitem(&l, name, &v),
        },
        None => {
            let found = match exact_dict(rt, &l) {
                Some(d) => d.remove(rt, name)?.is_some(),
                None => rt.delitem(&l, name).is_ok(),
            };
            if found {
                Ok(())
            } else {
                Err(name_error(rt, name))
            }
        }
    }
}

pub fn store_global(rt: &Runtime, name: &Value, v: Option<Value>) -> PyResult<()> {
    let g = top_frame(rt)?.globals.clone();
    let d = dict_of(rt, &g)?;
    match v {
        Some(v) => d.set(rt, name.clone(), v),
        None => match d.remove(rt, name)? {
            Some(_) => Ok(()),
            None => Err(name_error(rt, name)),
        },
    }
}

/// LOAD_ATTR's method form: (function, self) when `name` is a plain function found on the type
/// (skipping the bound-method object), else (attribute, NULL).
pub fn load_method(rt: &Runtime, owner: &Value, name: &Value) -> PyResult<(Value, Option<Value>)> {
    let ty = rt.type_of(owner);
    let generic = ty.data().slots().getattro.map(|f| f as usize)
        == rt
            .types()
            .object
            .data()
            .slots()
            .getattro
            .map(|f| f as usize);
    if generic
        && rt.str_data(name).is_some()
        && let Some(d) = rt.lookup_name_in_type(ty, name)
        && rt.type_of(&d) == rt.types().function
    {
        {
            // An instance attribute of the same name would shadow the function.
            let shadowed = crate::object::object_type::instance_attr(rt, owner, name)?.is_some();
            if !shadowed {
                return Ok((d, Some(owner.clone())));
            }
        }
    }
    Ok((rt.getattr(owner, name)?, None))
}

pub fn load_super_attr(
    rt: &Runtime,
    sup: &Value,
    class: &Value,
    self_: &Value,
    name: &Value,
    arg: u32,
) -> PyResult<(Value, Option<Value>)> {
    let n = rt.str_of(name).unwrap_or("");
    if sup.is(&rt.types().super_.value())
        && let Some(start) = rt.type_ref_of_type_value(class)
    {
        return Ok((rt.super_lookup(start, self_, n)?, None));
    }
    // A replaced global `super` is called as written: `super()` with no arguments.
    let two = [class.clone(), self_.clone()];
    let s = rt.call(sup, Args::positional(if arg & 2 != 0 { &two } else { &[] }))?;
    Ok((rt.getattr(&s, name)?, None))
}

pub fn build_string(rt: &Runtime, parts: &[Value]) -> PyResult<Value> {
    if parts
        .iter()
        .any(|p| rt.str_data(p).is_some_and(|d| d.has_surrogates()))
    {
        // Lone surrogates: join the exact bytes.
        let mut s = alloc::vec::Vec::new();
        for p in parts {
            s.extend_from_slice(rt.str_bytes(p).unwrap_or_default());
        }
        return rt.new_str_wtf8(s);
    }
    let mut s = String::new();
    for p in parts {
        s.push_str(rt.str_of(p).unwrap_or(""));
    }
    rt.new_str(&s)
}

/// LIST_EXTEND, SET_UPDATE, DICT_UPDATE, DICT_MERGE.
pub fn extend(
    rt: &Runtime,
    op: Opcode,
    target: &Value,
    v: &Value,
    func: Option<&Value>,
) -> PyResult<()> {
    match op {
        Opcode::LIST_EXTEND => {
            let items = match rt.collect(v) {
                Ok(i) => i,
                Err(e) => {
                    if rt.err_matches(&e, rt.exc().type_error)
                        && rt.type_of(v).data().slots().iter.is_none()
                        && rt.lookup_in_type(rt.type_of(v), "__getitem__").is_none()
                    {
                        return Err(rt.type_error(format!(
                            "Value after * must be an iterable, not {}",
                            rt.type_name(v)
                        )));
                    }
                    return Err(e);
                }
            };
            let l = rt
                .list_data(target)
                .ok_or_else(|| rt.type_error("not a list"))?;
            for i in items {
                l.push(i);
            }
            Ok(())
        }
        Opcode::SET_UPDATE => {
            for i in rt.collect(v)? {
                crate::object::set::set_add(rt, target, i)?;
            }
            Ok(())
        }
        _ => {
            let d = dict_of(rt, target)?;
            let pairs = mapping_items(rt, v).map_err(|e| {
                if rt.err_matches(&e, rt.exc().attribute_error) {
                    match (op, func) {
                        (Opcode::DICT_MERGE, Some(f)) => rt.type_error(format!(
                            "{} argument after ** must be a mapping, not {}",
                            func_desc(rt, f),
                            rt.type_name(v)
                        )),
                        _ => {
                            rt.type_error(format!("'{}' object is not a mapping", rt.type_name(v)))
                        }
                    }
                } else {
                    e
                }
            })?;
            for (k, val) in pairs {
                if op == Opcode::DICT_MERGE {
                    if rt.str_of(&k).is_none() {
                        return Err(rt.type_error("keywords must be strings"));
                    }
                    if d.get(rt, &k)?.is_some() {
                        let f = func.map(|f| func_desc(rt, f)).unwrap_or_default();
                        return Err(rt.type_error(format!(
                            "{f} got multiple values for keyword argument '{}'",
                            rt.str_of(&k).unwrap_or("")
                        )));
                    }
                }
                d.set(rt, k, val)?;
            }
            Ok(())
        }
    }
}

/// How call-site errors name the callee: `module.qualname()`, without the module for
/// builtins, and the object's str when it has no `__qualname__` (CPython's wording).
fn func_desc(rt: &Runtime, f: &Value) -> String {
    let qualname = match rt.function_data(f) {
        Some(fd) => {
            let q = unsafe { (*fd.qualname.get()).clone() };
            String::from(rt.str_of(&q).unwrap_or("?"))
        }
        None => match rt.getattr_opt(f, "__qualname__") {
            Ok(Some(q)) if rt.str_of(&q).is_some() => String::from(rt.str_of(&q).unwrap_or("")),
            _ => {
                return rt
                    .str_string(f)
                    .unwrap_or_else(|_| format!("{} object", rt.type_name(f)));
            }
        },
    };
    match rt.getattr_opt(f, "__module__") {
        Ok(Some(m)) if rt.str_of(&m).is_some_and(|m| m != "builtins") => {
            format!("{}.{}()", rt.str_of(&m).unwrap_or(""), qualname)
        }
        _ => format!("{qualname}()"),
    }
}

/// (key, value) pairs of a dict or any object with `keys()` and `__getitem__`.
pub fn mapping_items(rt: &Runtime, m: &Value) -> PyResult<Vec<(Value, Value)>> {
    if let Some(d) = rt.dict_data(m)
        && rt.type_of(m) == rt.types().dict
    {
        return Ok(d.items());
    }
    let keys = rt.call_method(m, "keys", &[])?;
    let mut out = Vec::new();
    for k in rt.collect(&keys)? {
        let v = rt.getitem(m, &k)?;
        out.push((k, v));
    }
    Ok(out)
}

/// UNPACK_SEQUENCE (`star` None) and UNPACK_EX (`star` = count after the starred target):
/// returns the items in order.
pub fn unpack(rt: &Runtime, v: &Value, before: usize, star: Option<usize>) -> PyResult<Vec<Value>> {
    let items: Vec<Value> = if let Some(t) = rt.tuple_items(v) {
        t.to_vec()
    } else if let Some(l) = rt.list_data(v) {
        l.items().to_vec()
    } else {
        let it = rt.iter(v).map_err(|e| {
            if rt.err_matches(&e, rt.exc().type_error) {
                rt.type_error(format!(
                    "cannot unpack non-iterable {} object",
                    rt.type_name(v)
                ))
            } else {
                e
            }
        })?;
        let mut out = Vec::new();
        while let Some(x) = rt.next(&it)? {
            out.push(x);
            if star.is_none() && out.len() > before {
                return Err(
                    rt.value_error(format!("too many values to unpack (expected {before})"))
                );
            }
        }
        out
    };
    match star {
        None => {
            if items.len() > before {
                return Err(
                    rt.value_error(format!("too many values to unpack (expected {before})"))
                );
            }
            if items.len() < before {
                return Err(rt.value_error(format!(
                    "not enough values to unpack (expected {before}, got {})",
                    items.len()
                )));
            }
            Ok(items)
        }
        Some(after) => {
            if items.len() < before + after {
                return Err(rt.value_error(format!(
                    "not enough values to unpack (expected at least {}, got {})",
                    before + after,
                    items.len()
                )));
            }
            let mut out = Vec::with_capacity(before + after + 1);
            let mid_end = items.len() - after;
            out.extend_from_slice(&items[..before]);
            out.push(rt.new_list(items[before..mid_end].to_vec())?);
            out.extend_from_slice(&items[mid_end..]);
            Ok(out)
        }
    }
}

pub fn call_ex(
    rt: &Runtime,
    func: &Value,
    callargs: &Value,
    kwargs: Option<&Value>,
) -> PyResult<Value> {
    let mut all: Vec<Value> = match rt.tuple_items(callargs) {
        Some(t) => t.to_vec(),
        None => rt.collect(callargs).map_err(|e| {
            if rt.err_matches(&e, rt.exc().type_error) {
                rt.type_error(format!(
                    "{} argument after * must be an iterable, not {}",
                    func_desc(rt, func),
                    rt.type_name(callargs)
                ))
            } else {
                e
            }
        })?,
    };
    let mut names = Vec::new();
    if let Some(k) = kwargs {
        for (key, v) in mapping_items(rt, k)? {
            names.push(key);
            all.push(v);
        }
    }
    rt.call(func, Args::new(&all, &names))
}

pub fn intrinsic1(rt: &Runtime, which: u32, v: Value) -> PyResult<Value> {
    match which {
        opc::INTRINSIC_PRINT => {
            // Interactive expression statements: `sys.displayhook`, or the default one.
            let sys = dict_of(rt, &super::modules(rt)?)?.get_str(rt, "sys");
            if let Some(sys) = sys
                && let Some(hook) = rt.getattr_opt(&sys, "displayhook")?
            {
                rt.call(&hook, Args::positional(core::slice::from_ref(&v)))?;
            } else {
                display_value(rt, &v)?;
            }
            Ok(rt.none())
        }
        opc::INTRINSIC_IMPORT_STAR => {
            let f = top_frame(rt)?;
            let locals = f.locals.clone().unwrap_or_else(|| f.globals.clone());
            let md = rt.getattr_str(&v, "__dict__")?;
            let all = rt.getattr_opt(&v, "__all__")?;
            let names: Vec<Value> = match all {
                Some(a) => rt.collect(&a)?,
                None => dict_of(rt, &md)?
                    .keys()
                    .into_iter()
                    .filter(|k| !rt.str_of(k).unwrap_or("_").starts_with('_'))
                    .collect(),
            };
            for n in names {
                let val = rt.getattr(&v, &n)?;
                rt.setitem(&locals, &n, &val)?;
            }
            Ok(rt.none())
        }
        opc::INTRINSIC_STOPITERATION_ERROR => {
            let e = PyErr(v.clone());
            let flags = rt.code_data(&top_frame(rt)?.code).map_or(0, |c| c.flags);
            let agen = flags & co_flags::ASYNC_GENERATOR != 0;
            let msg = if rt.err_matches(&e, rt.exc().stop_iteration) {
                Some(if agen {
                    "async generator raised StopIteration"
                } else if flags & co_flags::COROUTINE != 0 {
                    "coroutine raised StopIteration"
                } else {
                    "generator raised StopIteration"
                })
            } else if agen && rt.err_matches(&e, rt.exc().stop_async_iteration) {
                Some("async generator raised StopAsyncIteration")
            } else {
                None
            };
            match msg {
                Some(m) => {
                    let n = rt.runtime_error(m);
                    rt.set_cause(n.value(), v)?;
                    Ok(n.0)
                }
                None => Ok(v),
            }
        }
        opc::INTRINSIC_UNARY_POSITIVE => rt.pos(&v),
        opc::INTRINSIC_ASYNC_GEN_WRAP => super::asyncgen::wrap(rt, v),
        opc::INTRINSIC_LIST_TO_TUPLE => {
            let items = rt
                .list_data(&v)
                .map(|l| l.items().to_vec())
                .unwrap_or_default();
            rt.new_tuple(items)
        }
        _ => Err(rt.not_implemented_error("intrinsic not supported")),
    }
}

pub fn annotations_dict(rt: &Runtime, v: Value) -> PyResult<Value> {
    if rt.dict_data(&v).is_some() {
        return Ok(v);
    }
    // A tuple of alternating names and values.
    let d = rt.new_dict()?;
    if let Some(t) = rt.tuple_items(&v) {
        let dd = dict_of(rt, &d)?;
        for kv in t.chunks(2) {
            if let [k, val] = kv {
                dd.set(rt, k.clone(), val.clone())?;
            }
        }
    }
    Ok(d)
}

pub fn setup_annotations(rt: &Runtime) -> PyResult<()> {
    let f = top_frame(rt)?;
    let Some(l) = f.locals.clone() else {
        return Ok(());
    };
    let key = rt.intern("__annotations__");
    if mapping_get(rt, &l, &key)?.is_none() {
        let d = rt.new_dict()?;
        rt.setitem(&l, &key, &d)?;
    }
    Ok(())
}

/// An exception instance from `raise X` (class or instance).
fn make_exc(rt: &Runtime, v: Value, what: &str) -> PyResult<Value> {
    if let Some(t) = rt.type_ref_of_type_value(&v) {
        if rt.is_subtype(t, rt.exc().base_exception) {
            let e = rt.call(&v, Args::positional(&[]))?;
            if exc_data(rt, &e).is_err() {
                return Err(rt.type_error(format!(
                    "calling {} should have returned an instance of BaseException, not {}",
                    rt.repr_string(&v)?,
                    rt.type_name(&e)
                )));
            }
            return Ok(e);
        }
    } else if exc_data(rt, &v).is_ok() {
        return Ok(v);
    }
    Err(rt.type_error(what))
}

pub fn do_raise(rt: &Runtime, exc: Option<Value>, cause: Option<Value>) -> PyErr {
    let Some(exc) = exc else {
        return match rt.interp.current_exc() {
            Some(e) => PyErr(e),
            None => rt.runtime_error("No active exception to reraise"),
        };
    };
    let e = match make_exc(rt, exc, "exceptions must derive from BaseException") {
        Ok(e) => e,
        Err(err) => return err,
    };
    if let Some(c) = cause {
        let c = if rt.is_none(&c) {
            c
        } else {
            match make_exc(rt, c, "exception causes must derive from BaseException") {
                Ok(c) => c,
                Err(err) => return err,
            }
        };
        if let Err(err) = rt.set_cause(&e, c) {
            return err;
        }
    }
    PyErr(e)
}

/// Implicit chaining: a new exception raised while another is handled gets it as `__context__`
/// (breaking any cycle this would make).
pub fn chain_context(rt: &Runtime, exc: &Value) {
    let Some(cur) = rt.interp.current_exc() else {
        return;
    };
    if cur.is(exc) {
        return;
    }
    // Already chained where it was raised (it may be passing out of a nested native call).
    if let Ok(d) = exc_data(rt, exc)
        && unsafe { (*d.context.get()).is_some() }
    {
        return;
    }
    // If `exc` already appears in cur's context chain, cut it out there.
    let mut o = cur.clone();
    let mut steps = 0;
    while let Ok(d) = exc_data(rt, &o) {
        let next = unsafe { (*d.context.get()).clone() };
        let Some(n) = next else { break };
        if n.is(exc) {
            let _ = rt.set_context(&o, rt.none());
            break;
        }
        o = n;
        steps += 1;
        if steps > 1000 {
            break;
        }
    }
    let _ = rt.set_context(exc, cur);
}

pub fn exc_match(rt: &Runtime, exc: &Value, ty: &Value) -> PyResult<bool> {
    let check = |t: &Value| -> PyResult<bool> {
        match rt.type_ref_of_type_value(t) {
            Some(tr) if rt.is_subtype(tr, rt.exc().base_exception) => {
                Ok(rt.is_subtype(rt.type_of(exc), tr))
            }
            _ => Err(rt.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    };
    if let Some(items) = rt.tuple_items(ty) {
        let mut any = false;
        for t in items {
            if check(t)? {
                any = true;
            }
        }
        return Ok(any);
    }
    check(ty)
}

pub fn before_with(rt: &Runtime, mgr: &Value) -> PyResult<(Value, Value)> {
    let ty = rt.type_of(mgr);
    let missing = |what: &str| {
        rt.type_error(format!(
            "'{}' object does not support the context manager protocol{what}",
            ty.data().name()
        ))
    };
    let Some(enter) = rt.lookup_in_type(ty, "__enter__") else {
        return Err(missing(""));
    };
    let Some(exit) = rt.lookup_in_type(ty, "__exit__") else {
        return Err(missing(" (missed __exit__ method)"));
    };
    let bind = |d: Value| -> PyResult<Value> {
        match rt.type_of(&d).data().slots().descr_get {
            Some(g) => g(rt, &d, Some(mgr), &ty.value()),
            None => Ok(d),
        }
    };
    let exit = bind(exit)?;
    let enter = bind(enter)?;
    let res = rt.call(&enter, Args::positional(&[]))?;
    Ok((exit, res))
}

pub fn format(rt: &Runtime, v: &Value, spec: Option<&Value>) -> PyResult<Value> {
    let spec = match spec {
        Some(s) => s.clone(),
        None => rt.new_str("")?,
    };
    // `__format__` is looked up on the type (a class being formatted must not find its own
    // unbound `__format__`).
    let r = match rt.lookup_in_type(rt.type_of(v), "__format__") {
        Some(f) => rt.call(&f, Args::positional(&[v.clone(), spec]))?,
        None => rt.call_method(v, "__format__", &[spec])?,
    };
    if rt.str_of(&r).is_none() {
        return Err(rt.type_error(format!(
            "__format__ must return a str, not {}",
            rt.type_name(&r)
        )));
    }
    Ok(r)
}

pub fn ascii(rt: &Runtime, v: &Value) -> PyResult<Value> {
    let s = rt.repr_string(v)?;
    let mut out = String::new();
    for c in s.chars() {
        let n = c as u32;
        if n < 128 {
            out.push(c);
        } else if n < 256 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    rt.new_str(&out)
}

pub fn import_name(rt: &Runtime, name: &Value, fromlist: &Value, level: &Value) -> PyResult<Value> {
    let f = top_frame(rt)?;
    let imp = builtins_get(rt, &f.builtins, &rt.intern("__import__"))?
        .ok_or_else(|| rt.new_error(rt.exc().import_error, "__import__ not found"))?;
    let globals = f.globals.clone();
    let locals = f.locals.clone().unwrap_or_else(|| rt.none());
    rt.call(
        &imp,
        Args::positional(&[
            name.clone(),
            globals,
            locals,
            fromlist.clone(),
            level.clone(),
        ]),
    )
}

/// The default `sys.displayhook`: prints the repr of a value that is not None and keeps it in
/// `builtins._`.
pub fn display_value(rt: &Runtime, v: &Value) -> PyResult<()> {
    if rt.is_none(v) {
        return Ok(());
    }
    let b = rt.interp.builtins_dict();
    let bd = b.as_ref().and_then(|b| rt.dict_data(b));
    if let Some(bd) = bd {
        bd.set(rt, rt.intern("_"), rt.none())?;
    }
    let s = rt.repr_string(v)?;
    if let Some(w) = rt.hooks.get().write_stdout {
        w(rt, &s);
        w(rt, "\n");
    }
    if let Some(bd) = bd {
        bd.set(rt, rt.intern("_"), v.clone())?;
    }
    Ok(())
}

pub fn import_from(rt: &Runtime, module: &Value, name: &Value) -> PyResult<Value> {
    super::import::import_from(rt, module, name)
}

pub fn yield_from_iter(rt: &Runtime, v: Value) -> PyResult<Value> {
    let t = rt.types();
    let ty = rt.type_of(&v);
    if ty == t.generator || ty == t.coroutine {
        return Ok(v);
    }
    rt.iter(&v)
}

pub fn match_kind(rt: &Runtime, v: &Value, sequence: bool) -> PyResult<bool> {
    let t = rt.types();
    let ty = rt.type_of(v);
    if sequence {
        if [t.str, t.bytes, t.bytearray, t.dict]
            .iter()
            .any(|x| rt.is_subtype(ty, *x))
        {
            return Ok(false);
        }
        Ok([t.list, t.tuple, t.range]
            .iter()
            .any(|x| rt.is_subtype(ty, *x)))
    } else {
        Ok(rt.is_subtype(ty, t.dict))
    }
}

pub fn match_keys(rt: &Runtime, subject: Option<&Value>, keys: &Value) -> PyResult<Value> {
    let Some(s) = subject else {
        return Ok(rt.none());
    };
    let mut out = Vec::new();
    for k in rt.tuple_items(keys).unwrap_or(&[]) {
        match rt.call_method(s, "get", &[k.clone(), rt.singletons().ellipsis.clone()]) {
            Ok(v) if v.is(&rt.singletons().ellipsis) => return Ok(rt.none()),
            Ok(v) => out.push(v),
            Err(e) => return Err(e),
        }
    }
    rt.new_tuple(out)
}

pub fn match_class(
    rt: &Runtime,
    subject: &Value,
    cls: &Value,
    npos: usize,
    names: &Value,
) -> PyResult<Value> {
    let Some(t) = rt.type_ref_of_type_value(cls) else {
        return Err(rt.type_error("called match pattern must be a type"));
    };
    if !rt.isinstance_type(subject, t) {
        return Ok(rt.none());
    }
    let tname = t.data().name();
    let mut out = Vec::new();
    // Attribute names already matched, for the "multiple sub-patterns" check.
    let mut seen: Vec<Value> = Vec::new();
    let mut positional: Vec<Value> = Vec::new();
    if npos > 0 {
        let (margs, self_match) = match rt.getattr_opt(cls, "__match_args__")? {
            Some(m) => match rt.tuple_items(&m) {
                Some(items) => (items.to_vec(), false),
                None => {
                    return Err(rt.type_error(format!(
                        "{tname}.__match_args__ must be a tuple (got {})",
                        rt.type_name(&m)
                    )));
                }
            },
            // Built-in types like int() and str() match the subject itself positionally.
            None => (Vec::new(), matches_self(rt, t)),
        };
        let allowed = if self_match { 1 } else { margs.len() };
        if npos > allowed {
            return Err(rt.type_error(format!(
                "{tname}() accepts {allowed} positional sub-pattern{} ({npos} given)",
                if allowed == 1 { "" } else { "s" }
            )));
        }
        if self_match {
            out.push(subject.clone());
        } else {
            for n in &margs[..npos] {
                if rt.str_of(n).is_none() {
                    return Err(rt.type_error(format!(
                        "__match_args__ elements must be strings (got {})",
                        rt.type_name(n)
                    )));
                }
                positional.push(n.clone());
            }
        }
    }
    let kw = rt.tuple_items(names).unwrap_or(&[]).to_vec();
    for n in positional.iter().chain(kw.iter()) {
        for s in &seen {
            if rt.eq(s, n)? {
                return Err(rt.type_error(format!(
                    "{tname}() got multiple sub-patterns for attribute {}",
                    rt.repr_string(n)?
                )));
            }
        }
        seen.push(n.clone());
        match rt.getattr(subject, n) {
            Ok(v) => out.push(v),
            Err(e) if rt.err_matches(&e, rt.exc().attribute_error) => return Ok(rt.none()),
            Err(e) => return Err(e),
        }
    }
    rt.new_tuple(out)
}

/// The built-in types whose class pattern with one positional sub-pattern matches the subject
/// itself (CPython's `Py_TPFLAGS_MATCH_SELF`).
fn matches_self(rt: &Runtime, t: crate::object::typeobj::TypeRef) -> bool {
    let t_ = rt.types();
    [
        t_.int,
        t_.float,
        t_.str,
        t_.bytes,
        t_.list,
        t_.tuple,
        t_.dict,
        t_.set,
        t_.frozenset,
        t_.bool,
        t_.bytearray,
    ]
    .iter()
    .any(|x| rt.is_subtype(t, *x))
}

/// A function's `__doc__`: its code's first constant when that is a string (the compiler puts
/// the docstring, or None, there; lambdas never have one).
pub fn set_docstring(rt: &Runtime, f: &Value) {
    let Some(fd) = rt.function_data(f) else {
        return;
    };
    let code = fd.code();
    let Some(cd) = rt.code_data(&code) else {
        return;
    };
    if rt.str_of(&cd.name) == Some("<lambda>") {
        return;
    }
    if let Some(first) = rt.tuple_items(&cd.consts).and_then(|c| c.first())
        && rt.type_of(first) == rt.types().str
    {
        fd.set_doc(first.clone());
    }
}
