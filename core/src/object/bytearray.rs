//! `bytearray`: a mutable byte string. Every change goes through `ByteArrayData::splice` or
//! `set_byte`, which keep the runtime's heap account in step with the length. Values produced
//! by Python code (an iterable's items, `__index__`) are computed before the buffer is touched.

use alloc::format;
use alloc::vec::Vec;
use core::cell::UnsafeCell;

use super::args::{Args, Signature};
use super::descr::MethodDef;
use super::error::PyResult;
use super::header::Payload;
use super::slice_helpers::{is_slice, slice_indices, slice_positions};
use super::str::has_index;
use super::text_methods::{self as tm, Kind, byte_value};
use super::typeobj::{BinOp, TypeRef, flags};
use super::value::Value;
use crate::runtime::Runtime;

#[derive(Default)]
pub struct ByteArrayData {
    data: UnsafeCell<Vec<u8>>,
}

impl Payload for ByteArrayData {
    fn extra_bytes(&self) -> usize {
        self.len()
    }
}

impl ByteArrayData {
    fn vec(&self) -> &Vec<u8> {
        unsafe { &*self.data.get() }
    }
    pub fn len(&self) -> usize {
        self.vec().len()
    }
    pub fn is_empty(&self) -> bool {
        self.vec().is_empty()
    }
    pub fn get(&self, i: usize) -> Option<u8> {
        self.vec().get(i).copied()
    }
    /// A copy of the contents (safe to hold while Python code runs).
    pub fn to_vec(&self) -> Vec<u8> {
        self.vec().clone()
    }
    /// Replaces `start..end` with `new`, accounting the growth on the heap (MemoryError past
    /// the limit, before anything changes).
    pub fn splice(&self, rt: &Runtime, start: usize, end: usize, new: &[u8]) -> PyResult<()> {
        let v = unsafe { &mut *self.data.get() };
        let (start, end) = (start.min(v.len()), end.min(v.len()).max(start.min(v.len())));
        let removed = end - start;
        if new.len() > removed {
            let grow = new.len() - removed;
            if !rt.heap().grow(grow) {
                return Err(rt.memory_error());
            }
            if v.try_reserve(grow).is_err() {
                rt.heap().shrink(grow);
                return Err(rt.memory_error());
            }
        } else {
            rt.heap().shrink(removed - new.len());
        }
        v.splice(start..end, new.iter().copied());
        Ok(())
    }
    pub fn set_byte(&self, i: usize, b: u8) {
        if let Some(x) = unsafe { (&mut *self.data.get()).get_mut(i) } {
            *x = b;
        }
    }
    /// Runs `f` on the contents in place (the length cannot change): native modules keep
    /// fixed-size state in a bytearray (`random`'s generator). `f` must not run Python code.
    pub fn with_bytes_mut<R>(&self, f: impl FnOnce(&mut [u8]) -> R) -> R {
        f(unsafe { (&mut *self.data.get()).as_mut_slice() })
    }
    /// Replaces everything.
    pub fn set_all(&self, rt: &Runtime, new: &[u8]) -> PyResult<()> {
        self.splice(rt, 0, self.len(), new)
    }
}

impl Runtime {
    pub fn new_bytearray(&self, b: Vec<u8>) -> PyResult<Value> {
        new_of_type(self, self.types().bytearray, b)
    }

    /// The payload of a bytearray (or subclass) value.
    pub fn bytearray_data<'a>(&self, v: &'a Value) -> Option<&'a ByteArrayData> {
        let h = v.heap()?;
        let ba = self.types().bytearray;
        let ty = TypeRef(h.type_ptr());
        // Exact type first: the MRO walk is only for subclasses.
        if ty == ba || (ty.data().is_heap() && self.is_subtype(ty, ba)) {
            Some(unsafe { h.payload::<ByteArrayData>() })
        } else {
            None
        }
    }
}

fn new_of_type(rt: &Runtime, ty: TypeRef, b: Vec<u8>) -> PyResult<Value> {
    let n = b.len();
    let data = ByteArrayData {
        data: UnsafeCell::new(b),
    };
    super::str::alloc_text(rt, ty, rt.types().bytearray, data, n)
}

pub fn spec() -> super::typespec::TypeSpec {
    super::typespec::TypeSpec::base::<ByteArrayData>("bytearray", init).flags(flags::UNHASHABLE)
}

fn data<'a>(rt: &Runtime, v: &'a Value) -> PyResult<&'a ByteArrayData> {
    rt.bytearray_data(v).ok_or_else(|| {
        rt.type_error(format!(
            "descriptor requires a 'bytearray' object but received a '{}'",
            rt.type_name(v)
        ))
    })
}

static METHODS: &[MethodDef] = &[
    MethodDef::method("append", append),
    MethodDef::method("extend", extend),
    MethodDef::method("insert", insert),
    MethodDef::method("pop", pop),
    MethodDef::method("remove", remove),
    MethodDef::method("reverse", reverse),
    MethodDef::method("clear", clear),
    MethodDef::method("copy", copy),
    MethodDef::method("__alloc__", alloc_size),
    MethodDef::method("__sizeof__", sizeof),
];

fn init(rt: &Runtime, ty: TypeRef) {
    let s = unsafe { ty.data().slots_mut() };
    s.repr = Some(|rt, v| {
        let body = super::text_repr::repr_bytearray_body(&data(rt, v)?.to_vec());
        rt.new_string(format!("{}({body})", rt.type_name(v)))
    });
    s.len = Some(|rt, v| Ok(data(rt, v)?.len()));
    s.richcompare = Some(|rt, a, b, op| {
        match (
            super::bytes::buffer_of(rt, a),
            super::bytes::buffer_of(rt, b),
        ) {
            (Some(x), Some(y)) => Ok(rt.bool_value(op.test(x.cmp(&y)))),
            _ => Ok(rt.not_implemented()),
        }
    });
    s.binary[BinOp::Add as usize] =
        Some(|rt, a, b| super::bytes::concat(rt, a, b, Kind::ByteArray));
    s.binary[BinOp::Mul as usize] =
        Some(|rt, a, b| super::bytes::repeat(rt, a, b, Kind::ByteArray));
    s.binary[BinOp::Mod as usize] = Some(super::printf::bytes_mod);
    s.inplace[BinOp::Add as usize] = Some(iadd);
    s.inplace[BinOp::Mul as usize] = Some(imul);
    s.contains = Some(|rt, c, item| super::bytes::contains(rt, &data(rt, c)?.to_vec(), item));
    s.getitem = Some(|rt, v, key| {
        let d = data(rt, v)?.to_vec();
        super::bytes::index_or_slice(rt, &d, key, Kind::ByteArray)
    });
    s.setitem = Some(setitem);
    s.iter = Some(super::text_iter::new_bytes_iter);
    s.new = Some(|rt, cls, _args| {
        let ty = super::str::new_target(rt, cls, rt.types().bytearray)?;
        new_of_type(rt, ty, Vec::new())
    });
    s.init = Some(bytearray_init);
    rt.add_methods(ty, super::bytes_methods::SHARED);
    rt.add_methods(ty, METHODS);
}

fn bytearray_init(rt: &Runtime, v: &Value, args: Args<'_>) -> PyResult<()> {
    let [source, encoding, errors] = args.bind(
        rt,
        &Signature {
            fname: "bytearray",
            names: ["source", "encoding", "errors"],
            posonly: 0,
            required: 0,
            kwonly: 3,
        },
    )?;
    let out = super::bytes::from_source(
        rt,
        source.as_ref(),
        encoding.as_ref(),
        errors.as_ref(),
        Kind::ByteArray,
    )?;
    data(rt, v)?.set_all(rt, &out)
}

/// The bytes a slice assignment stores: a buffer, or an iterable of ints (not a str or int).
fn assigned_bytes(rt: &Runtime, value: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = super::bytes::buffer_of(rt, value) {
        return Ok(b.into_owned());
    }
    let msg = "can assign only bytes, buffers, or iterables of ints in range(0, 256)";
    if rt.str_of(value).is_some() || has_index(rt, value) {
        return Err(rt.type_error(msg));
    }
    super::bytes::ints_from_iterable(rt, value, "byte must be in range(0, 256)")
        .map_err(|e| e.unwrap_or_else(|| rt.type_error(msg)))
}

fn setitem(rt: &Runtime, v: &Value, key: &Value, value: Option<&Value>) -> PyResult<()> {
    let d = data(rt, v)?;
    if is_slice(rt, key) {
        let new = match value {
            Some(val) => Some(assigned_bytes(rt, val)?),
            None => None,
        };
        let (start, stop, step, count) = slice_indices(rt, key, d.len())?;
        if step == 1 {
            let start = start as usize;
            let end = (stop.max(start as isize)) as usize;
            return d.splice(rt, start, end, new.as_deref().unwrap_or(&[]));
        }
        let positions: Vec<usize> = slice_positions(start, step, count).collect();
        match new {
            Some(new) => {
                if new.len() != count {
                    return Err(rt.value_error(format!(
                        "attempt to assign bytes of size {} to extended slice of size {count}",
                        new.len()
                    )));
                }
                for (p, b) in positions.into_iter().zip(new) {
                    d.set_byte(p, b);
                }
                Ok(())
            }
            None => {
                let old = d.to_vec();
                let kept: Vec<u8> = old
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| !positions.contains(i))
                    .map(|(_, &b)| b)
                    .collect();
                d.set_all(rt, &kept)
            }
        }
    } else if has_index(rt, key) {
        let b = match value {
            Some(val) => Some(byte_value(rt, val)?),
            None => None,
        };
        let i = super::bytes::normalize_index(rt, key, d.len())?
            .ok_or_else(|| rt.index_error("bytearray index out of range"))?;
        match b {
            Some(b) => {
                d.set_byte(i, b);
                Ok(())
            }
            None => d.splice(rt, i, i + 1, &[]),
        }
    } else {
        Err(rt.type_error(format!(
            "bytearray indices must be integers or slices, not {}",
            rt.type_name(key)
        )))
    }
}

fn iadd(rt: &Runtime, a: &Value, b: &Value) -> PyResult<Value> {
    let d = data(rt, a)?;
    let Some(extra) = super::bytes::buffer_of(rt, b) else {
        return Err(rt.type_error(format!(
            "can't concat {} to {}",
            rt.type_name(b),
            rt.type_name(a)
        )));
    };
    let extra = extra.into_owned();
    d.splice(rt, d.len(), d.len(), &extra)?;
    Ok(a.clone())
}

fn imul(rt: &Runtime, a: &Value, b: &Value) -> PyResult<Value> {
    let d = data(rt, a)?;
    let n = rt.index_isize(b)?;
    let out = super::str::repeat_bytes(rt, &d.to_vec(), n, "bytes are").map_err(|e| {
        if rt.err_matches(&e, rt.exc().overflow_error) {
            rt.memory_error()
        } else {
            e
        }
    })?;
    d.set_all(rt, &out)?;
    Ok(a.clone())
}

fn append(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let item = tm::one_arg(rt, &args, Kind::ByteArray, "append")?;
    let b = byte_value(rt, item)?;
    let d = data(rt, &args.all[0])?;
    d.splice(rt, d.len(), d.len(), &[b])?;
    Ok(rt.none())
}

fn extend(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let src = tm::one_arg(rt, &args, Kind::ByteArray, "extend")?;
    let new = match super::bytes::buffer_of(rt, src) {
        Some(b) => b.into_owned(),
        None => super::bytes::ints_from_iterable(rt, src, "byte must be in range(0, 256)")
            .map_err(|e| {
                e.unwrap_or_else(|| {
                    rt.type_error(format!("can't extend bytearray with {}", rt.type_name(src)))
                })
            })?,
    };
    let d = data(rt, &args.all[0])?;
    d.splice(rt, d.len(), d.len(), &new)?;
    Ok(rt.none())
}

fn insert(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let a = tm::pos_args(rt, &args, "insert", 2, 2)?;
    let index = rt.index_isize(&a[0])?;
    let b = byte_value(rt, &a[1])?;
    let d = data(rt, &args.all[0])?;
    let len = d.len() as isize;
    let i = if index < 0 {
        (index + len).max(0)
    } else {
        index.min(len)
    } as usize;
    d.splice(rt, i, i, &[b])?;
    Ok(rt.none())
}

fn pop(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let a = tm::pos_args(rt, &args, "pop", 0, 1)?;
    let index = match a.first() {
        Some(v) => rt.index_isize(v)?,
        None => -1,
    };
    let d = data(rt, &args.all[0])?;
    if d.is_empty() {
        return Err(rt.index_error("pop from empty bytearray"));
    }
    let len = d.len() as isize;
    let i = if index < 0 { index + len } else { index };
    if i < 0 || i >= len {
        return Err(rt.index_error("pop index out of range"));
    }
    let b = d.get(i as usize).unwrap_or(0);
    d.splice(rt, i as usize, i as usize + 1, &[])?;
    rt.new_int(b as i64)
}

fn remove(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let item = tm::one_arg(rt, &args, Kind::ByteArray, "remove")?;
    let b = byte_value(rt, item)?;
    let d = data(rt, &args.all[0])?;
    match d.vec().iter().position(|&x| x == b) {
        Some(i) => d.splice(rt, i, i + 1, &[])?,
        None => return Err(rt.value_error("value not found in bytearray")),
    }
    Ok(rt.none())
}

fn reverse(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    tm::no_args(rt, &args, Kind::ByteArray, "reverse")?;
    let d = data(rt, &args.all[0])?;
    let mut v = d.to_vec();
    v.reverse();
    d.set_all(rt, &v)?;
    Ok(rt.none())
}

fn clear(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    tm::no_args(rt, &args, Kind::ByteArray, "clear")?;
    data(rt, &args.all[0])?.set_all(rt, &[])?;
    Ok(rt.none())
}

fn copy(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    tm::no_args(rt, &args, Kind::ByteArray, "copy")?;
    rt.new_bytearray(data(rt, &args.all[0])?.to_vec())
}

/// Bytes allocated, as CPython counts them (the contents plus a NUL, 0 when never filled).
fn allocated(d: &ByteArrayData) -> i64 {
    let cap = d.vec().capacity();
    if cap == 0 {
        0
    } else {
        cap.max(d.len()) as i64 + 1
    }
}

fn alloc_size(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    tm::no_args(rt, &args, Kind::ByteArray, "__alloc__")?;
    rt.new_int(allocated(data(rt, &args.all[0])?))
}

fn sizeof(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    tm::no_args(rt, &args, Kind::ByteArray, "__sizeof__")?;
    rt.new_int(56 + allocated(data(rt, &args.all[0])?))
}
