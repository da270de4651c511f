//! Iterators over lists (forwards and backwards) and tuples. They hold the sequence and a
//! position, and re-read the length on every step, so mutating a list while iterating over it
//! is safe (items appended are seen; a shrunk list simply ends the iteration).

use core::cell::{Cell, UnsafeCell};

use super::args::Args;
use super::descr::MethodDef;
use super::error::PyResult;
use super::header::{Payload, alloc_object};
use super::typeobj::TypeRef;
use super::typespec::TypeSpec;
use super::value::Value;
use crate::runtime::Runtime;

pub struct SeqIter {
    /// `None` once exhausted (the sequence is released, as CPython does).
    seq: UnsafeCell<Option<Value>>,
    /// Next position (for the reverse iterator: the next position + 1, so 0 means done).
    index: Cell<usize>,
}

impl Payload for SeqIter {
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

impl SeqIter {
    #[inline]
    fn seq(&self) -> Option<Value> {
        unsafe { (*self.seq.get()).clone() }
    }
    /// The sequence, borrowed: only while no code can run (which could exhaust the iterator).
    #[inline(always)]
    fn seq_ref(&self) -> Option<&Value> {
        unsafe { (*self.seq.get()).as_ref() }
    }
    #[inline(always)]
    fn finish(&self) {
        let s = unsafe { (*self.seq.get()).take() };
        drop(s);
    }
}

#[inline(always)]
fn it(v: &Value) -> &SeqIter {
    unsafe { v.heap().unwrap_unchecked().payload::<SeqIter>() }
}

fn alloc(rt: &Runtime, ty: TypeRef, seq: Value, index: usize) -> PyResult<Value> {
    let data = SeqIter {
        seq: UnsafeCell::new(Some(seq)),
        index: Cell::new(index),
    };
    unsafe { alloc_object(rt, ty.0, data) }.ok_or_else(|| rt.memory_error())
}

pub fn new_list_iter(rt: &Runtime, list: Value) -> PyResult<Value> {
    alloc(rt, rt.types().list_iterator, list, 0)
}

pub fn new_list_reverse_iter(rt: &Runtime, list: Value) -> PyResult<Value> {
    let n = rt.list_data(&list).map_or(0, |l| l.len());
    alloc(rt, rt.types().list_reverseiterator, list, n)
}

pub fn new_tuple_iter(rt: &Runtime, tuple: Value) -> PyResult<Value> {
    alloc(rt, rt.types().tuple_iterator, tuple, 0)
}

/// A list or tuple iterator (exact type checked by the caller) has another item. Inline: the
/// JIT's `_GUARD_NOT_EXHAUSTED_LIST` stencil is this check.
#[inline]
pub fn has_next(rt: &Runtime, v: &Value) -> bool {
    let d = it(v);
    let i = d.index.get();
    let n = match d.seq_ref() {
        Some(s) => match rt.list_data(s) {
            Some(l) => l.len(),
            None => rt.tuple_items(s).map_or(0, <[Value]>::len),
        },
        None => 0,
    };
    i < n
}

/// The next item of a list iterator; inline in FOR_ITER_LIST (the sequence is borrowed, not
/// cloned: taking an item runs no code).
#[inline(always)]
pub fn list_next(rt: &Runtime, v: &Value) -> PyResult<Option<Value>> {
    let d = it(v);
    let i = d.index.get();
    if let Some(seq) = d.seq_ref()
        && let Some(x) = rt.list_data(seq).and_then(|l| l.items().get(i))
    {
        let x = x.clone();
        d.index.set(i + 1);
        return Ok(Some(x));
    }
    exhausted(d)
}

/// Ends the iteration (releases the sequence, which may run finalizers). Out of line, but
/// inline in stencils (which may call only the runtime-helper table).
#[cfg_attr(not(copperhead_stencil), cold, inline(never))]
#[cfg_attr(copperhead_stencil, inline(always))]
fn exhausted(d: &SeqIter) -> PyResult<Option<Value>> {
    d.finish();
    Ok(None)
}

fn list_rev_next(rt: &Runtime, v: &Value) -> PyResult<Option<Value>> {
    let d = it(v);
    let Some(seq) = d.seq() else { return Ok(None) };
    let i = d.index.get();
    if i > 0
        && let Some(x) = rt.list_data(&seq).and_then(|l| l.get(i - 1))
    {
        d.index.set(i - 1);
        return Ok(Some(x));
    }
    d.index.set(0);
    d.finish();
    Ok(None)
}

#[inline(always)]
pub fn tuple_next(rt: &Runtime, v: &Value) -> PyResult<Option<Value>> {
    let d = it(v);
    let i = d.index.get();
    if let Some(seq) = d.seq_ref()
        && let Some(x) = rt.tuple_items(seq).and_then(|t| t.get(i))
    {
        let x = x.clone();
        d.index.set(i + 1);
        return Ok(Some(x));
    }
    exhausted(d)
}

fn length_hint(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let v = &args.all[0];
    let d = it(v);
    let ty = rt.type_of(v);
    let n = match d.seq() {
        None => 0,
        Some(s) if ty == rt.types().list_reverseiterator => {
            let len = rt.list_data(&s).map_or(0, |l| l.len());
            if d.index.get() <= len {
                d.index.get()
            } else {
                0
            }
        }
        Some(s) => {
            let len = match rt.list_data(&s) {
                Some(l) => l.len(),
                None => rt.tuple_items(&s).map_or(0, |t| t.len()),
            };
            len.saturating_sub(d.index.get())
        }
    };
    rt.new_int(n as i64)
}

fn init_with(rt: &Runtime, ty: TypeRef, next: super::typeobj::NextFn) {
    let s = unsafe { ty.data().slots_mut() };
    s.iter = Some(|_, v| Ok(v.clone()));
    s.next = Some(next);
    rt.add_methods(ty, &[MethodDef::method("__length_hint__", length_hint)]);
}

pub fn list_iterator_spec() -> TypeSpec {
    TypeSpec::new::<SeqIter>("list_iterator", |rt, ty| init_with(rt, ty, list_next))
}

pub fn list_reverseiterator_spec() -> TypeSpec {
    TypeSpec::new::<SeqIter>("list_reverseiterator", |rt, ty| {
        init_with(rt, ty, list_rev_next)
    })
}

pub fn tuple_iterator_spec() -> TypeSpec {
    TypeSpec::new::<SeqIter>("tuple_iterator", |rt, ty| init_with(rt, ty, tuple_next))
}
