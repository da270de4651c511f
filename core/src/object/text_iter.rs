//! Iterators over str (`str_ascii_iterator` / `str_iterator`), bytes and bytearray.

use core::cell::{Cell, UnsafeCell};

use super::error::PyResult;
use super::header::{Payload, alloc_object};
use super::typeobj::TypeRef;
use super::typespec::TypeSpec;
use super::value::Value;
use crate::runtime::Runtime;

/// The sequence being walked (dropped when exhausted) and the position: a byte offset for str,
/// an index for bytes and bytearray.
pub struct TextIterData {
    seq: UnsafeCell<Option<Value>>,
    pos: Cell<usize>,
}

impl Payload for TextIterData {
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

fn data(v: &Value) -> &TextIterData {
    // SAFETY: only called from the slots of the iterator types, whose payload this is.
    unsafe { v.heap().unwrap_unchecked().payload::<TextIterData>() }
}

fn new_iter(rt: &Runtime, ty: TypeRef, seq: &Value) -> PyResult<Value> {
    let d = TextIterData {
        seq: UnsafeCell::new(Some(seq.clone())),
        pos: Cell::new(0),
    };
    unsafe { alloc_object(rt, ty.0, d) }.ok_or_else(|| rt.memory_error())
}

fn finish(d: &TextIterData) -> PyResult<Option<Value>> {
    let s = unsafe { (*d.seq.get()).take() };
    drop(s);
    Ok(None)
}

pub fn new_str_iter(rt: &Runtime, s: &Value) -> PyResult<Value> {
    let ascii = rt.str_data(s).is_none_or(|d| d.is_ascii());
    let ty = if ascii {
        rt.types().str_ascii_iterator
    } else {
        rt.types().str_iterator
    };
    new_iter(rt, ty, s)
}

pub fn new_bytes_iter(rt: &Runtime, b: &Value) -> PyResult<Value> {
    let ty = if rt.bytes_of(b).is_some() {
        rt.types().bytes_iterator
    } else {
        rt.types().bytearray_iterator
    };
    new_iter(rt, ty, b)
}

fn str_next(rt: &Runtime, it: &Value) -> PyResult<Option<Value>> {
    let d = data(it);
    let Some(s) = (unsafe { (*d.seq.get()).clone() }) else {
        return Ok(None);
    };
    let Some(sd) = rt.str_data(&s) else {
        return finish(d);
    };
    let pos = d.pos.get();
    if sd.has_surrogates() {
        let b = sd.wtf8();
        if pos >= b.len() {
            return finish(d);
        }
        let (cp, n) = super::str_wtf8::decode_at(b, pos);
        d.pos.set(pos + n);
        return rt.new_str_code_point(cp).map(Some);
    }
    let Some(c) = sd.as_str().get(pos..).and_then(|t| t.chars().next()) else {
        return finish(d);
    };
    d.pos.set(pos + c.len_utf8());
    let mut buf = [0u8; 4];
    rt.new_str(c.encode_utf8(&mut buf)).map(Some)
}

fn bytes_next(rt: &Runtime, it: &Value) -> PyResult<Option<Value>> {
    let d = data(it);
    let Some(b) = (unsafe { (*d.seq.get()).clone() }) else {
        return Ok(None);
    };
    let pos = d.pos.get();
    // A bytearray can shrink while iterated: read it afresh each time.
    let byte = match rt.bytes_of(&b) {
        Some(x) => x.get(pos).copied(),
        None => rt.bytearray_data(&b).and_then(|x| x.get(pos)),
    };
    match byte {
        Some(v) => {
            d.pos.set(pos + 1);
            Ok(Value::small_int(v as isize))
        }
        None => finish(d),
    }
}

fn length_hint(rt: &Runtime, args: super::args::Args<'_>) -> PyResult<Value> {
    let it = &args.all[0];
    let d = data(it);
    let Some(s) = (unsafe { (*d.seq.get()).clone() }) else {
        return rt.new_int(0);
    };
    let pos = d.pos.get();
    let left = if let Some(t) = rt.str_of(&s) {
        t.get(pos..).map_or(0, |r| r.chars().count())
    } else {
        rt.len(&s)?.saturating_sub(pos)
    };
    rt.new_int(left as i64)
}

fn init_common(rt: &Runtime, ty: TypeRef, next: super::typeobj::NextFn) {
    let s = unsafe { ty.data().slots_mut() };
    s.iter = Some(|_, v| Ok(v.clone()));
    s.next = Some(next);
    rt.add_methods(
        ty,
        &[super::descr::MethodDef::method(
            "__length_hint__",
            length_hint,
        )],
    );
}

pub fn str_ascii_iter_spec() -> TypeSpec {
    TypeSpec::new::<TextIterData>("str_ascii_iterator", |rt, ty| init_common(rt, ty, str_next))
}
pub fn str_iter_spec() -> TypeSpec {
    TypeSpec::new::<TextIterData>("str_iterator", |rt, ty| init_common(rt, ty, str_next))
}
pub fn bytes_iter_spec() -> TypeSpec {
    TypeSpec::new::<TextIterData>("bytes_iterator", |rt, ty| init_common(rt, ty, bytes_next))
}
pub fn bytearray_iter_spec() -> TypeSpec {
    TypeSpec::new::<TextIterData>("bytearray_iterator", |rt, ty| {
        init_common(rt, ty, bytes_next)
    })
}
