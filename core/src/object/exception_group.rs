//! `BaseExceptionGroup` / `ExceptionGroup` (PEP 654): construction rules, `derive`, `split`
//! and `subgroup`.

use alloc::format;
use alloc::vec::Vec;

use super::args::Args;
use super::descr::MethodDef;
use super::error::PyResult;
use super::getset::GetSetDef;
use super::typeobj::TypeRef;
use super::value::Value;
use crate::runtime::Runtime;

const MESSAGE: usize = 0;
const EXCEPTIONS: usize = 1;

fn field(rt: &Runtime, e: &Value, i: usize) -> Value {
    super::exceptions::exc_data(rt, e)
        .ok()
        .and_then(|d| unsafe { (&(*d.ext.slots.get())).get(i).cloned().flatten() })
        .unwrap_or_else(|| rt.none())
}

fn set_field(rt: &Runtime, e: &Value, i: usize, v: Value) -> PyResult<()> {
    let d = super::exceptions::exc_data(rt, e)?;
    let slots = unsafe { &mut *d.ext.slots.get() };
    if slots.len() <= i {
        slots.resize(i + 1, None);
    }
    let old = slots[i].replace(v);
    drop(old);
    Ok(())
}

pub fn init(rt: &Runtime, ty: TypeRef) {
    let s = unsafe { ty.data().slots_mut() };
    s.new = Some(group_new);
    s.init = Some(|_, _, _| Ok(()));
    s.str = Some(group_str);
    rt.add_methods(
        ty,
        &[
            MethodDef::method("derive", derive),
            MethodDef::method("split", split),
            MethodDef::method("subgroup", subgroup),
            MethodDef::class("__class_getitem__", |rt, a| {
                let v = a.check_count(rt, "__class_getitem__", 2, 2)?;
                super::generic_alias::new_alias(rt, v[0].clone(), v[1].clone())
            }),
        ],
    );
    let ro: super::getset::Setter = |rt, _, _| Err(rt.attribute_error("readonly attribute"));
    rt.add_getsets(
        ty,
        &[
            GetSetDef {
                name: "message",
                get: |rt, e| Ok(field(rt, e, MESSAGE)),
                set: Some(ro),
            },
            GetSetDef {
                name: "exceptions",
                get: |rt, e| Ok(field(rt, e, EXCEPTIONS)),
                set: Some(ro),
            },
        ],
    );
}

fn group_new(rt: &Runtime, cls: &Value, args: Args<'_>) -> PyResult<Value> {
    let x = rt.exc();
    let mut ty = rt
        .type_ref_of_type_value(cls)
        .ok_or_else(|| rt.type_error("BaseExceptionGroup.__new__(X): X is not a type object"))?;
    let p = args.pos();
    if args.has_kwargs() {
        return Err(rt.type_error(format!("{}() takes no keyword arguments", ty.data().name())));
    }
    if p.len() != 2 {
        return Err(rt.type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            p.len()
        )));
    }
    let (message, excs) = (&p[0], &p[1]);
    if rt.str_of(message).is_none() {
        return Err(rt.type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            rt.type_name(message)
        )));
    }
    let is_seq = rt.tuple_items(excs).is_some()
        || rt.list_data(excs).is_some()
        || (rt.dict_data(excs).is_none()
            && rt.type_of(excs).data().slots().getitem.is_some()
            && rt.type_of(excs).data().slots().len.is_some());
    if !is_seq {
        return Err(rt.type_error("second argument (exceptions) must be a sequence"));
    }
    let items = rt.collect(excs)?;
    if items.is_empty() {
        return Err(rt.value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let mut all_exceptions = true;
    for (i, e) in items.iter().enumerate() {
        if !rt.isinstance_type(e, x.base_exception) {
            return Err(rt.value_error(format!(
                "Item {i} of second argument (exceptions) is not an exception"
            )));
        }
        if !rt.isinstance_type(e, x.exception) {
            all_exceptions = false;
        }
    }
    if ty == x.base_exception_group {
        if all_exceptions {
            ty = x.exception_group;
        }
    } else if ty == x.exception_group {
        if !all_exceptions {
            return Err(rt.type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
    } else if rt.is_subtype(ty, x.exception) && !all_exceptions {
        return Err(rt.type_error(format!(
            "Cannot nest BaseExceptions in '{}'",
            ty.data().name()
        )));
    }
    let e = super::exceptions::new_exception_of(rt, ty, p)?;
    set_field(rt, &e, MESSAGE, message.clone())?;
    set_field(rt, &e, EXCEPTIONS, rt.new_tuple(items)?)?;
    Ok(e)
}

fn group_str(rt: &Runtime, e: &Value) -> PyResult<Value> {
    let m = field(rt, e, MESSAGE);
    let n = rt
        .tuple_items(&field(rt, e, EXCEPTIONS))
        .map_or(0, |t| t.len());
    let s = if n == 1 { "" } else { "s" };
    rt.new_str(&format!(
        "{} ({n} sub-exception{s})",
        rt.str_of(&m).unwrap_or("")
    ))
}

fn derive(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let a = args.check_count(rt, "derive", 2, 2)?;
    let m = field(rt, &a[0], MESSAGE);
    rt.call(
        &rt.exc().base_exception_group.value(),
        Args::positional(&[m, a[1].clone()]),
    )
}

enum Matcher {
    Types(Vec<TypeRef>),
    Predicate(Value),
    /// Leaf exceptions by identity (except*'s re-raise projection).
    Leaves(Vec<usize>),
}

fn matcher(rt: &Runtime, cond: &Value) -> PyResult<Matcher> {
    let is_exc_type = |v: &Value| {
        rt.type_ref_of_type_value(v)
            .filter(|t| rt.is_subtype(*t, rt.exc().base_exception))
    };
    if let Some(t) = is_exc_type(cond) {
        return Ok(Matcher::Types(alloc::vec![t]));
    }
    if let Some(items) = rt.tuple_items(cond) {
        let ts: Option<Vec<TypeRef>> = items.iter().map(is_exc_type).collect();
        if let Some(ts) = ts {
            return Ok(Matcher::Types(ts));
        }
    } else if rt.type_of(cond).data().slots().call.is_some()
        && rt.type_ref_of_type_value(cond).is_none()
    {
        return Ok(Matcher::Predicate(cond.clone()));
    }
    Err(rt.type_error("expected a function, exception type or tuple of exception types"))
}

fn matches(rt: &Runtime, m: &Matcher, e: &Value) -> PyResult<bool> {
    match m {
        Matcher::Types(ts) => Ok(ts.iter().any(|t| rt.isinstance_type(e, *t))),
        Matcher::Predicate(f) => {
            let r = rt.call(f, Args::positional(core::slice::from_ref(e)))?;
            rt.truthy(&r)
        }
        Matcher::Leaves(ids) => Ok(ids.contains(&e.bits())),
    }
}

/// `eg.derive(excs)` plus the traceback, cause, context and notes of `eg`.
fn derive_and_copy(rt: &Runtime, eg: &Value, excs: Vec<Value>) -> PyResult<Value> {
    let list = rt.new_list(excs)?;
    let new = rt.call_method(eg, "derive", &[list])?;
    if !rt.isinstance_type(&new, rt.exc().base_exception_group) {
        return Err(rt.type_error("derive must return an instance of BaseExceptionGroup"));
    }
    let (src, dst) = (
        super::exceptions::exc_data(rt, eg)?,
        super::exceptions::exc_data(rt, &new)?,
    );
    for (s, d) in [
        (&src.traceback, &dst.traceback),
        (&src.cause, &dst.cause),
        (&src.context, &dst.context),
    ] {
        let v = unsafe { (*s.get()).clone() };
        let old = unsafe { core::mem::replace(&mut *d.get(), v) };
        drop(old);
    }
    if let Some(notes) = rt.getattr_opt(eg, "__notes__")? {
        rt.setattr(&new, &rt.intern("__notes__"), Some(&notes))?;
    }
    Ok(new)
}

fn split_rec(
    rt: &Runtime,
    e: &Value,
    m: &Matcher,
    want_rest: bool,
) -> PyResult<(Option<Value>, Option<Value>)> {
    rt.with_recursion_guard(" in split", || {
        if matches(rt, m, e)? {
            return Ok((Some(e.clone()), None));
        }
        if !rt.isinstance_type(e, rt.exc().base_exception_group) {
            return Ok((None, Some(e.clone())));
        }
        let items = rt
            .tuple_items(&field(rt, e, EXCEPTIONS))
            .map(|t| t.to_vec())
            .unwrap_or_default();
        let (mut ms, mut rs) = (Vec::new(), Vec::new());
        for x in &items {
            let (a, b) = split_rec(rt, x, m, want_rest)?;
            ms.extend(a);
            rs.extend(b);
        }
        let mt = if ms.is_empty() {
            None
        } else {
            Some(derive_and_copy(rt, e, ms)?)
        };
        let rest = if want_rest && !rs.is_empty() {
            Some(derive_and_copy(rt, e, rs)?)
        } else {
            None
        };
        Ok((mt, rest))
    })
}

fn split(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let a = args.check_count(rt, "split", 2, 2)?;
    let m = matcher(rt, &a[1])?;
    let (mt, rest) = split_rec(rt, &a[0], &m, true)?;
    rt.new_tuple(alloc::vec![
        mt.unwrap_or_else(|| rt.none()),
        rest.unwrap_or_else(|| rt.none())
    ])
}

fn subgroup(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let a = args.check_count(rt, "subgroup", 2, 2)?;
    let m = matcher(rt, &a[1])?;
    let (mt, _) = split_rec(rt, &a[0], &m, false)?;
    Ok(mt.unwrap_or_else(|| rt.none()))
}

// ---- except* (PEP 654) ----

fn is_group(rt: &Runtime, e: &Value) -> bool {
    rt.isinstance_type(e, rt.exc().base_exception_group)
}

/// The types an `except*` clause names must be exception types, and not groups.
fn check_star_type(rt: &Runtime, typ: &Value) -> PyResult<Vec<TypeRef>> {
    let one = |t: &Value| -> PyResult<TypeRef> {
        match rt.type_ref_of_type_value(t) {
            Some(tr) if rt.is_subtype(tr, rt.exc().base_exception) => {
                if rt.is_subtype(tr, rt.exc().base_exception_group) {
                    return Err(rt.type_error(
                        "catching ExceptionGroup with except* is not allowed. Use except instead.",
                    ));
                }
                Ok(tr)
            }
            _ => Err(rt.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    };
    match rt.tuple_items(typ) {
        Some(items) => items.iter().map(one).collect(),
        None => Ok(alloc::vec![one(typ)?]),
    }
}

/// CHECK_EG_MATCH: splits `exc` by the clause's types into (rest, match); a naked exception
/// that matches is wrapped in a new group carrying its traceback. No match: (exc, None).
pub fn eg_match(rt: &Runtime, exc: &Value, typ: &Value) -> PyResult<(Value, Value)> {
    let types = check_star_type(rt, typ)?;
    let none = rt.none();
    if rt.is_none(exc) {
        return Ok((none.clone(), none));
    }
    if types.iter().any(|t| rt.isinstance_type(exc, *t)) {
        if is_group(rt, exc) {
            return Ok((none, exc.clone()));
        }
        let excs = rt.new_tuple(alloc::vec![exc.clone()])?;
        let empty = rt.new_str("")?;
        let g = rt.call(
            &rt.exc().base_exception_group.value(),
            Args::positional(&[empty, excs]),
        )?;
        if let Some(tb) = rt.exception_traceback(exc) {
            let d = super::exceptions::exc_data(rt, &g)?;
            let old = unsafe { (*d.traceback.get()).replace(tb) };
            drop(old);
        }
        return Ok((none, g));
    }
    if is_group(rt, exc) {
        let (m, r) = split_rec(rt, exc, &Matcher::Types(types), true)?;
        return Ok((r.unwrap_or_else(|| none.clone()), m.unwrap_or(none)));
    }
    Ok((exc.clone(), none))
}

fn leaf_ids(rt: &Runtime, e: &Value, out: &mut Vec<usize>) -> PyResult<()> {
    rt.with_recursion_guard(" in except*", || {
        if is_group(rt, e) {
            let items = rt
                .tuple_items(&field(rt, e, EXCEPTIONS))
                .map(|t| t.to_vec())
                .unwrap_or_default();
            for x in &items {
                leaf_ids(rt, x, out)?;
            }
        } else {
            out.push(e.bits());
        }
        Ok(())
    })
}

/// Same traceback, cause, context and notes: a part of the original group re-raised.
fn same_metadata(rt: &Runtime, a: &Value, b: &Value) -> PyResult<bool> {
    let (da, db) = (
        super::exceptions::exc_data(rt, a)?,
        super::exceptions::exc_data(rt, b)?,
    );
    let same = |x: &Option<Value>, y: &Option<Value>| match (x, y) {
        (Some(x), Some(y)) => x.is(y),
        (None, None) => true,
        _ => false,
    };
    let meta = unsafe {
        same(&*da.traceback.get(), &*db.traceback.get())
            && same(&*da.cause.get(), &*db.cause.get())
            && same(&*da.context.get(), &*db.context.get())
    };
    let na = rt.getattr_opt(a, "__notes__")?;
    let nb = rt.getattr_opt(b, "__notes__")?;
    Ok(meta && same(&na, &nb))
}

/// INTRINSIC_PREP_RERAISE_STAR: what a `try ... except*` raises once every clause ran, from
/// the original exception and the list of exceptions the clauses raised (plus the unhandled
/// rest, last). Re-raised parts keep the shape of the original group; new ones join them in
/// a new group. None: nothing to raise.
pub fn prep_reraise_star(rt: &Runtime, orig: &Value, excs: &Value) -> PyResult<Value> {
    let list: Vec<Value> = rt
        .list_data(excs)
        .map(|l| l.items().to_vec())
        .unwrap_or_default();
    let list: Vec<Value> = list.into_iter().filter(|e| !rt.is_none(e)).collect();
    if list.is_empty() {
        return Ok(rt.none());
    }
    if !is_group(rt, orig) {
        // A naked exception: at most one clause ran, so at most one thing to raise.
        return Ok(list[0].clone());
    }
    let (mut raised, mut reraised) = (Vec::new(), Vec::new());
    for e in list {
        if same_metadata(rt, &e, orig)? {
            reraised.push(e);
        } else {
            raised.push(e);
        }
    }
    let mut ids = Vec::new();
    for e in &reraised {
        leaf_ids(rt, e, &mut ids)?;
    }
    let reraised_eg = if ids.is_empty() {
        None
    } else {
        split_rec(rt, orig, &Matcher::Leaves(ids), false)?.0
    };
    if raised.is_empty() {
        return Ok(reraised_eg.unwrap_or_else(|| rt.none()));
    }
    raised.extend(reraised_eg);
    if raised.len() == 1 {
        return Ok(raised.remove(0));
    }
    let empty = rt.new_str("")?;
    let l = rt.new_list(raised)?;
    rt.call(
        &rt.exc().base_exception_group.value(),
        Args::positional(&[empty, l]),
    )
}
