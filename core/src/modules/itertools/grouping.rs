//! `groupby` (with its `_grouper` sub-iterators) and `tee` (copies sharing a chunked buffer).

use alloc::vec::Vec;
use core::cell::{Cell, UnsafeCell};

use super::{VCell, bind_kw, data, iter_slots, new_obj};
use crate::Runtime;
use crate::object::args::{Args, Signature};
use crate::object::descr::MethodDef;
use crate::object::header::Payload;
use crate::object::typeobj::TypeRef;
use crate::object::typespec::TypeSpec;
use crate::object::{PyResult, Value};

pub const GROUPBY: &str = "itertools.groupby";
pub const GROUPER: &str = "itertools._grouper";
pub const TEE: &str = "itertools._tee";
pub const TEE_DATA: &str = "itertools._tee_dataobject";

// ---- groupby ----

#[derive(Default)]
pub struct GroupBy {
    it: VCell,
    keyfunc: VCell,
    tgtkey: VCell,
    currkey: VCell,
    currvalue: VCell,
    /// Bumped whenever the outer iterator advances: older `_grouper`s stop.
    generation: Cell<u64>,
}

impl Payload for GroupBy {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.it.visit(visit);
        self.keyfunc.visit(visit);
        self.tgtkey.visit(visit);
        self.currkey.visit(visit);
        self.currvalue.visit(visit);
    }
    fn clear(&self) {
        self.it.set(None);
        self.keyfunc.set(None);
        self.tgtkey.set(None);
        self.currkey.set(None);
        self.currvalue.set(None);
    }
}

fn groupby_new(rt: &Runtime, _cls: &Value, a: Args<'_>) -> PyResult<Value> {
    let [iterable, key] = bind_kw(
        rt,
        a,
        &Signature {
            fname: "groupby",
            names: ["iterable", "key"],
            posonly: 0,
            required: 1,
            kwonly: 2,
        },
    )?;
    let it = rt.iter(&iterable.ok_or_else(|| rt.memory_error())?)?;
    new_obj(
        rt,
        GROUPBY,
        groupby_spec,
        GroupBy {
            it: VCell::new(Some(it)),
            keyfunc: VCell::new(key.filter(|k| !rt.is_none(k))),
            ..GroupBy::default()
        },
    )
}

/// Advances the source: the next value and its key become current. False at the end.
fn groupby_step(rt: &Runtime, g: &GroupBy) -> PyResult<bool> {
    let Some(it) = g.it.get() else {
        return Ok(false);
    };
    let Some(v) = rt.next(&it)? else {
        return Ok(false);
    };
    let k = match g.keyfunc.get() {
        Some(f) => rt.call(&f, Args::positional(core::slice::from_ref(&v)))?,
        None => v.clone(),
    };
    g.currvalue.set(Some(v));
    g.currkey.set(Some(k));
    Ok(true)
}

fn groupby_next(rt: &Runtime, v: &Value) -> PyResult<Option<Value>> {
    let g = data::<GroupBy>(rt, v)?;
    g.generation.set(g.generation.get().wrapping_add(1));
    // Skip the rest of the current group.
    loop {
        if let Some(cur) = g.currkey.get() {
            match g.tgtkey.get() {
                None => break,
                Some(t) => {
                    if !rt.eq(&t, &cur)? {
                        break;
                    }
                }
            }
        }
        if !groupby_step(rt, g)? {
            return Ok(None);
        }
    }
    let key = g.currkey.get().ok_or_else(|| rt.memory_error())?;
    g.tgtkey.set(Some(key.clone()));
    let grouper = new_obj(
        rt,
        GROUPER,
        grouper_spec,
        Grouper {
            parent: v.clone(),
            tgtkey: key.clone(),
            generation: g.generation.get(),
        },
    )?;
    Ok(Some(rt.new_tuple(alloc::vec![key, grouper])?))
}

fn init_groupby(_rt: &Runtime, ty: TypeRef) {
    iter_slots(ty);
    let s = unsafe { ty.data().slots_mut() };
    s.new = Some(groupby_new);
    s.next = Some(groupby_next);
}

pub fn groupby_spec() -> TypeSpec {
    TypeSpec::new::<GroupBy>(GROUPBY, init_groupby)
}

pub struct Grouper {
    parent: Value,
    tgtkey: Value,
    generation: u64,
}

impl Payload for Grouper {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.parent);
        visit(&self.tgtkey);
    }
}

fn grouper_next(rt: &Runtime, v: &Value) -> PyResult<Option<Value>> {
    let gr = data::<Grouper>(rt, v)?;
    if rt.type_of(&gr.parent).data().full_name() != GROUPBY {
        return Ok(None);
    }
    let g = data::<GroupBy>(rt, &gr.parent)?;
    if g.generation.get() != gr.generation {
        return Ok(None);
    }
    if g.currvalue.is_none() && !groupby_step(rt, g)? {
        return Ok(None);
    }
    let cur = g.currkey.get().ok_or_else(|| rt.memory_error())?;
    if !rt.eq(&gr.tgtkey, &cur)? {
        return Ok(None);
    }
    Ok(g.currvalue.take())
}

fn grouper_new(rt: &Runtime, _cls: &Value, _a: Args<'_>) -> PyResult<Value> {
    Err(rt.type_error("cannot create 'itertools._grouper' instances"))
}

fn init_grouper(_rt: &Runtime, ty: TypeRef) {
    iter_slots(ty);
    let s = unsafe { ty.data().slots_mut() };
    s.new = Some(grouper_new);
    s.next = Some(grouper_next);
}

pub fn grouper_spec() -> TypeSpec {
    TypeSpec::new::<Grouper>(GROUPER, init_grouper)
}

// ---- tee ----

/// Items buffered per chunk; tees holding the same chunk share its items, and a chunk is freed
/// once every tee has moved past it.
const CHUNK: usize = 57;

pub struct TeeData {
    it: Value,
    values: UnsafeCell<Vec<Value>>,
    next: VCell,
    running: Cell<bool>,
}

impl Payload for TeeData {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.it);
        for v in unsafe { &*self.values.get() } {
            visit(v);
        }
        self.next.visit(visit);
    }
    fn clear(&self) {
        let old = core::mem::take(unsafe { &mut *self.values.get() });
        drop(old);
        self.next.set(None);
    }
}

impl Drop for TeeData {
    /// Frees a long chain of chunks iteratively (a recursive drop could exhaust the stack).
    fn drop(&mut self) {
        let mut next = self.next.take();
        while let Some(n) = next {
            let sole = n.heap().is_some_and(|h| h.refcount() == 1)
                && n.heap()
                    .is_some_and(|h| h.type_data().full_name() == TEE_DATA);
            if !sole {
                break;
            }
            // SAFETY: checked above that `n` is a chunk.
            next = unsafe { n.heap().map(|h| h.payload::<TeeData>()) }.and_then(|d| d.next.take());
            drop(n);
        }
    }
}

fn new_tee_data(rt: &Runtime, it: Value) -> PyResult<Value> {
    new_obj(
        rt,
        TEE_DATA,
        tee_data_spec,
        TeeData {
            it,
            values: UnsafeCell::new(Vec::new()),
            next: VCell::default(),
            running: Cell::new(false),
        },
    )
}

fn tee_data_new(rt: &Runtime, _cls: &Value, _a: Args<'_>) -> PyResult<Value> {
    Err(rt.type_error("cannot create 'itertools._tee_dataobject' instances"))
}

fn init_tee_data(_rt: &Runtime, ty: TypeRef) {
    let s = unsafe { ty.data().slots_mut() };
    s.new = Some(tee_data_new);
}

pub fn tee_data_spec() -> TypeSpec {
    TypeSpec::new::<TeeData>(TEE_DATA, init_tee_data)
}

pub struct Tee {
    chunk: VCell,
    index: Cell<usize>,
}

impl Payload for Tee {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.chunk.visit(visit);
    }
    fn clear(&self) {
        self.chunk.set(None);
    }
}

fn new_tee(rt: &Runtime, chunk: Value, index: usize) -> PyResult<Value> {
    new_obj(
        rt,
        TEE,
        tee_spec,
        Tee {
            chunk: VCell::new(Some(chunk)),
            index: Cell::new(index),
        },
    )
}

fn tee_from_iterable(rt: &Runtime, iterable: &Value) -> PyResult<Value> {
    let it = rt.iter(iterable)?;
    if rt.type_of(&it).data().full_name() == TEE {
        return tee_copy_of(rt, &it);
    }
    let chunk = new_tee_data(rt, it)?;
    new_tee(rt, chunk, 0)
}

fn tee_copy_of(rt: &Runtime, v: &Value) -> PyResult<Value> {
    let t = data::<Tee>(rt, v)?;
    let chunk = t.chunk.get().ok_or_else(|| rt.memory_error())?;
    new_tee(rt, chunk, t.index.get())
}

fn tee_type_new(rt: &Runtime, _cls: &Value, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "_tee", 1, 1)?;
    tee_from_iterable(rt, &v[0])
}

fn tee_next(rt: &Runtime, v: &Value) -> PyResult<Option<Value>> {
    let t = data::<Tee>(rt, v)?;
    let mut chunk = t.chunk.get().ok_or_else(|| rt.memory_error())?;
    if t.index.get() >= CHUNK {
        let d = data::<TeeData>(rt, &chunk)?;
        let next = match d.next.get() {
            Some(n) => n,
            None => {
                let n = new_tee_data(rt, d.it.clone())?;
                d.next.set(Some(n.clone()));
                n
            }
        };
        t.chunk.set(Some(next.clone()));
        t.index.set(0);
        chunk = next;
    }
    let d = data::<TeeData>(rt, &chunk)?;
    let i = t.index.get();
    let have = unsafe { &*d.values.get() }.get(i).cloned();
    let x = match have {
        Some(x) => x,
        None => {
            if d.running.get() {
                return Err(rt.runtime_error("cannot re-enter the tee iterator"));
            }
            d.running.set(true);
            let r = rt.next(&d.it);
            d.running.set(false);
            let Some(x) = r? else {
                return Ok(None);
            };
            if !rt.heap().grow(core::mem::size_of::<Value>()) {
                return Err(rt.memory_error());
            }
            let vals = unsafe { &mut *d.values.get() };
            if vals.try_reserve(1).is_err() {
                return Err(rt.memory_error());
            }
            vals.push(x.clone());
            x
        }
    };
    t.index.set(i + 1);
    Ok(Some(x))
}

fn tee_copy_method(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let v = a.check_count(rt, "__copy__", 1, 1)?;
    tee_copy_of(rt, &v[0])
}

fn init_tee(rt: &Runtime, ty: TypeRef) {
    iter_slots(ty);
    let s = unsafe { ty.data().slots_mut() };
    s.new = Some(tee_type_new);
    s.next = Some(tee_next);
    rt.add_methods(ty, &[MethodDef::method("__copy__", tee_copy_method)]);
}

pub fn tee_spec() -> TypeSpec {
    TypeSpec::new::<Tee>(TEE, init_tee)
}

/// `tee(iterable, n=2)`: n independent iterators; an iterator with `__copy__` is copied
/// rather than wrapped.
pub fn tee(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    let [iterable, n] = bind_kw(
        rt,
        a,
        &Signature {
            fname: "tee",
            names: ["iterable", "n"],
            posonly: 2,
            required: 1,
            kwonly: 2,
        },
    )?;
    let iterable = iterable.ok_or_else(|| rt.memory_error())?;
    let n = match n {
        Some(n) => rt.index_isize(&n)?,
        None => 2,
    };
    if n < 0 {
        return Err(rt.value_error("n must be >= 0"));
    }
    let mut out = Vec::new();
    let n = n as usize;
    let bytes = n.saturating_mul(core::mem::size_of::<Value>());
    if !rt.heap().grow(bytes) {
        return Err(rt.memory_error());
    }
    rt.heap().shrink(bytes);
    if out.try_reserve_exact(n).is_err() {
        return Err(rt.memory_error());
    }
    if n == 0 {
        return rt.new_tuple(out);
    }
    let it = rt.iter(&iterable)?;
    let (first, copy) = match rt.getattr_opt(&it, "__copy__")? {
        Some(c) => (it, Some(c)),
        None => (tee_from_iterable(rt, &it)?, None),
    };
    let copy = match copy {
        Some(c) => c,
        None => rt.getattr_str(&first, "__copy__")?,
    };
    out.push(first);
    for _ in 1..n {
        out.push(rt.call(&copy, Args::positional(&[]))?);
    }
    rt.new_tuple(out)
}
