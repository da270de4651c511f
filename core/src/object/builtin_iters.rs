//! The lazy iterator types of the builtins: `enumerate`, `zip` (with `strict=True`), `map`,
//! `filter` and `reversed`.

use alloc::format;
use alloc::vec::Vec;
use core::cell::{Cell, UnsafeCell};

use num_bigint::BigInt;

use super::args::Args;
use super::descr::MethodDef;
use super::error::PyResult;
use super::header::{Payload, alloc_object};
use super::int::IntRef;
use super::typeobj::TypeRef;
use super::typespec::TypeSpec;
use super::value::Value;
use crate::runtime::Runtime;

fn payload<T>(v: &Value) -> &T {
    unsafe { v.heap().unwrap_unchecked().payload::<T>() }
}

fn alloc<T: Payload>(rt: &Runtime, ty: TypeRef, data: T) -> PyResult<Value> {
    unsafe { alloc_object(rt, ty.0, data) }.ok_or_else(|| rt.memory_error())
}

fn iter_self(ty: TypeRef, next: super::typeobj::NextFn, new: super::typeobj::CallFn) {
    let s = unsafe { ty.data().slots_mut() };
    s.iter = Some(|_, v| Ok(v.clone()));
    s.next = Some(next);
    s.new = Some(new);
}

// ---- enumerate ----

pub struct Enumerate {
    it: Value,
    count: UnsafeCell<Value>,
}

impl Payload for Enumerate {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.it);
        visit(unsafe { &*self.count.get() });
    }
}

fn enumerate_new(rt: &Runtime, _cls: &Value, args: Args<'_>) -> PyResult<Value> {
    if args.all.len() > 2 {
        return Err(rt.type_error(format!(
            "enumerate() takes at most 2 arguments ({} given)",
            args.all.len()
        )));
    }
    let mut slots: [Option<Value>; 2] = [None, None];
    for (i, v) in args.pos().iter().enumerate() {
        slots[i] = Some(v.clone());
    }
    for (k, v) in args.kwargs() {
        let i = match rt.str_of(k) {
            Some("iterable") => 0,
            Some("start") => 1,
            other => {
                return Err(rt.type_error(format!(
                    "'{}' is an invalid keyword argument for enumerate()",
                    other.unwrap_or("")
                )));
            }
        };
        slots[i] = Some(v.clone());
    }
    let [iterable, start] = slots;
    let Some(iterable) = iterable else {
        return Err(rt.type_error("enumerate() missing required argument 'iterable'"));
    };
    let it = rt.iter(&iterable)?;
    let count = match start {
        Some(s) => rt.index(&s)?,
        None => Value::small_int(0).ok_or_else(|| rt.memory_error())?,
    };
    alloc(
        rt,
        rt.types().enumerate,
        Enumerate {
            it,
            count: UnsafeCell::new(count),
        },
    )
}

fn enumerate_next(rt: &Runtime, v: &Value) -> PyResult<Option<Value>> {
    let e = payload::<Enumerate>(v);
    let Some(x) = rt.next(&e.it)? else {
        return Ok(None);
    };
    let n = unsafe { (*e.count.get()).clone() };
    let next = match rt.int_ref(&n) {
        Some(IntRef::Small(i)) if i < isize::MAX => rt.new_int(i as i64 + 1)?,
        Some(r) => rt.new_int_big(r.to_bigint() + BigInt::from(1))?,
        None => n.clone(),
    };
    let old = unsafe { core::mem::replace(&mut *e.count.get(), next) };
    drop(old);
    Ok(Some(rt.new_tuple(Vec::from([n, x]))?))
}

pub fn enumerate_spec() -> TypeSpec {
    TypeSpec::new::<Enumerate>("enumerate", |_, ty| {
        iter_self(ty, enumerate_next, enumerate_new)
    })
}

// ---- zip ----

pub struct Zip {
    its: Vec<Value>,
    strict: bool,
}

impl Payload for Zip {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        for i in &self.its {
            visit(i);
        }
    }
}

fn zip_new(rt: &Runtime, _cls: &Value, args: Args<'_>) -> PyResult<Value> {
    let mut strict = false;
    for (k, v) in args.kwargs() {
        match rt.str_of(k) {
            Some("strict") => strict = rt.truthy(v)?,
            other => {
                return Err(rt.type_error(format!(
                    "'{}' is an invalid keyword argument for zip()",
                    other.unwrap_or("")
                )));
            }
        }
    }
    let mut its = Vec::with_capacity(args.pos().len());
    for x in args.pos() {
        its.push(rt.iter(x)?);
    }
    alloc(rt, rt.types().zip, Zip { its, strict })
}

fn plural(i: usize) -> &'static str {
    if i == 1 { " " } else { "s 1-" }
}

fn zip_next(rt: &Runtime, v: &Value) -> PyResult<Option<Value>> {
    let z = payload::<Zip>(v);
    if z.its.is_empty() {
        return Ok(None);
    }
    let mut items = Vec::with_capacity(z.its.len());
    for (i, it) in z.its.iter().enumerate() {
        match rt.next(it)? {
            Some(x) => items.push(x),
            None => {
                if !z.strict {
                    return Ok(None);
                }
                if i > 0 {
                    return Err(rt.value_error(format!(
                        "zip() argument {} is shorter than argument{}{i}",
                        i + 1,
                        plural(i)
                    )));
                }
                for (j, other) in z.its.iter().enumerate().skip(1) {
                    if rt.next(other)?.is_some() {
                        return Err(rt.value_error(format!(
                            "zip() argument {} is longer than argument{}{j}",
                            j + 1,
                            plural(j)
                        )));
                    }
                }
                return Ok(None);
            }
        }
    }
    Ok(Some(rt.new_tuple(items)?))
}

pub fn zip_spec() -> TypeSpec {
    TypeSpec::new::<Zip>("zip", |_, ty| iter_self(ty, zip_next, zip_new))
}

// ---- map ----

pub struct Map {
    func: Value,
    its: Vec<Value>,
}

impl Payload for Map {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.func);
        for i in &self.its {
            visit(i);
        }
    }
}

fn map_new(rt: &Runtime, _cls: &Value, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs(rt, "map")?;
    if args.all.len() < 2 {
        return Err(rt.type_error("map() must have at least two arguments."));
    }
    let mut its = Vec::with_capacity(args.all.len() - 1);
    for x in &args.all[1..] {
        its.push(rt.iter(x)?);
    }
    alloc(
        rt,
        rt.types().map,
        Map {
            func: args.all[0].clone(),
            its,
        },
    )
}

fn map_next(rt: &Runtime, v: &Value) -> PyResult<Option<Value>> {
    let m = payload::<Map>(v);
    let mut items = Vec::with_capacity(m.its.len());
    for it in &m.its {
        match rt.next(it)? {
            Some(x) => items.push(x),
            None => return Ok(None),
        }
    }
    rt.call(&m.func, Args::positional(&items)).map(Some)
}

pub fn map_spec() -> TypeSpec {
    TypeSpec::new::<Map>("map", |_, ty| iter_self(ty, map_next, map_new))
}

// ---- filter ----

pub struct Filter {
    func: Value,
    it: Value,
}

impl Payload for Filter {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.func);
        visit(&self.it);
    }
}

fn filter_new(rt: &Runtime, _cls: &Value, args: Args<'_>) -> PyResult<Value> {
    let a = args.check_count(rt, "filter", 2, 2)?;
    let it = rt.iter(&a[1])?;
    alloc(
        rt,
        rt.types().filter,
        Filter {
            func: a[0].clone(),
            it,
        },
    )
}

fn filter_next(rt: &Runtime, v: &Value) -> PyResult<Option<Value>> {
    let f = payload::<Filter>(v);
    let plain_truth = rt.is_none(&f.func) || rt.types().bool.is(&f.func);
    while let Some(x) = rt.next(&f.it)? {
        let keep = if plain_truth {
            rt.truthy(&x)?
        } else {
            let r = rt.call(&f.func, Args::positional(core::slice::from_ref(&x)))?;
            rt.truthy(&r)?
        };
        if keep {
            return Ok(Some(x));
        }
    }
    Ok(None)
}

pub fn filter_spec() -> TypeSpec {
    TypeSpec::new::<Filter>("filter", |_, ty| iter_self(ty, filter_next, filter_new))
}

// ---- reversed ----

pub struct Reversed {
    seq: UnsafeCell<Option<Value>>,
    /// Next position + 1 (0 = done).
    index: Cell<usize>,
}

impl Payload for Reversed {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some(s) = unsafe { &*self.seq.get() } {
            visit(s);
        }
    }
    fn clear(&self) {
        let s = unsafe { (*self.seq.get()).take() };
        drop(s);
    }
}

fn reversed_new(rt: &Runtime, _cls: &Value, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs(rt, "reversed")?;
    if args.all.len() != 1 {
        return Err(rt.type_error(format!(
            "reversed expected 1 argument, got {}",
            args.all.len()
        )));
    }
    let seq = &args.all[0];
    let ty = rt.type_of(seq);
    if let Some(r) = rt.lookup_in_type(ty, "__reversed__") {
        if rt.is_none(&r) {
            return Err(rt.type_error(format!("'{}' object is not reversible", rt.type_name(seq))));
        }
        return rt.call(&r, Args::positional(core::slice::from_ref(seq)));
    }
    let slots = ty.data().slots();
    if slots.getitem.is_none() || slots.len.is_none() || rt.dict_data(seq).is_some() {
        return Err(rt.type_error(format!("'{}' object is not reversible", rt.type_name(seq))));
    }
    let n = rt.len(seq)?;
    alloc(
        rt,
        rt.types().reversed,
        Reversed {
            seq: UnsafeCell::new(Some(seq.clone())),
            index: Cell::new(n),
        },
    )
}

fn reversed_next(rt: &Runtime, v: &Value) -> PyResult<Option<Value>> {
    let r = payload::<Reversed>(v);
    let Some(seq) = (unsafe { (*r.seq.get()).clone() }) else {
        return Ok(None);
    };
    let i = r.index.get();
    if i > 0 {
        let key = rt.new_int((i - 1) as i64)?;
        match rt.getitem(&seq, &key) {
            Ok(x) => {
                r.index.set(i - 1);
                return Ok(Some(x));
            }
            Err(e)
                if !(rt.err_matches(&e, rt.exc().index_error)
                    || rt.err_matches(&e, rt.exc().stop_iteration)) =>
            {
                return Err(e);
            }
            Err(_) => {}
        }
    }
    r.index.set(0);
    let old = unsafe { (*r.seq.get()).take() };
    drop(old);
    Ok(None)
}

pub fn reversed_spec() -> TypeSpec {
    TypeSpec::new::<Reversed>("reversed", |rt, ty| {
        iter_self(ty, reversed_next, reversed_new);
        rt.add_methods(
            ty,
            &[MethodDef::method("__length_hint__", |rt, args| {
                let r = payload::<Reversed>(&args.all[0]);
                rt.new_int(r.index.get() as i64)
            })],
        );
    })
}

// ---- callable_iterator: iter(callable, sentinel) ----

pub struct CallableIter {
    /// `None` once the sentinel was seen.
    func: UnsafeCell<Option<Value>>,
    sentinel: Value,
}

impl Payload for CallableIter {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some(f) = unsafe { &*self.func.get() } {
            visit(f);
        }
        visit(&self.sentinel);
    }
    fn clear(&self) {
        let f = unsafe { (*self.func.get()).take() };
        drop(f);
    }
}

/// `iter(func, sentinel)`: calls `func()` until it returns something equal to `sentinel`.
pub fn new_callable_iterator(rt: &Runtime, func: Value, sentinel: Value) -> PyResult<Value> {
    alloc(
        rt,
        rt.types().callable_iterator,
        CallableIter {
            func: UnsafeCell::new(Some(func)),
            sentinel,
        },
    )
}

fn callable_iter_next(rt: &Runtime, v: &Value) -> PyResult<Option<Value>> {
    let c = payload::<CallableIter>(v);
    let Some(f) = (unsafe { (*c.func.get()).clone() }) else {
        return Ok(None);
    };
    let x = match rt.call(&f, Args::positional(&[])) {
        Ok(x) => x,
        Err(e) if rt.err_matches(&e, rt.exc().stop_iteration) => {
            let old = unsafe { (*c.func.get()).take() };
            drop(old);
            return Ok(None);
        }
        Err(e) => return Err(e),
    };
    if rt.eq(&x, &c.sentinel)? {
        let old = unsafe { (*c.func.get()).take() };
        drop(old);
        return Ok(None);
    }
    Ok(Some(x))
}

pub fn callable_iterator_spec() -> TypeSpec {
    TypeSpec::new::<CallableIter>("callable_iterator", |_, ty| {
        let s = unsafe { ty.data().slots_mut() };
        s.iter = Some(|_, v| Ok(v.clone()));
        s.next = Some(callable_iter_next);
    })
}
