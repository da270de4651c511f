//! `bytes`: an immutable byte string. Its hash is cached and equals the hash of the str with the
//! same (ASCII) text, as in CPython. The methods it shares with str and bytearray live in
//! `text_methods.rs`; the ones bytes and bytearray share in `bytes_methods.rs`.

use alloc::borrow::Cow;
use alloc::boxed::Box;
use alloc::format;
use alloc::vec::Vec;
use core::cell::Cell;

use super::args::{Args, Signature};
use super::error::{PyErr, PyResult};
use super::header::Payload;
use super::slice_helpers::{is_slice, slice_indices, slice_positions};
use super::str::{has_index, repeat_bytes, repeat_operands, try_other_slot};
use super::text_methods::{Kind, byte_value, bytes_like_error};
use super::typeobj::{BinOp, TypeRef, flags};
use super::value::Value;
use crate::runtime::Runtime;

#[derive(Default)]
pub struct BytesData {
    data: Box<[u8]>,
    /// -1 until computed.
    hash: Cell<i64>,
}

impl Payload for BytesData {
    fn extra_bytes(&self) -> usize {
        self.as_bytes().len()
    }
}

impl BytesData {
    pub fn as_bytes(&self) -> &[u8] {
        &self.data
    }
}

impl Runtime {
    pub fn new_bytes(&self, b: &[u8]) -> PyResult<Value> {
        if b.is_empty() {
            return Ok(self.singletons().empty_bytes.clone());
        }
        self.new_bytes_of_type(self.types().bytes, b.to_vec())
    }

    pub fn new_bytes_vec(&self, b: Vec<u8>) -> PyResult<Value> {
        if b.is_empty() {
            return Ok(self.singletons().empty_bytes.clone());
        }
        self.new_bytes_of_type(self.types().bytes, b)
    }

    /// A bytes object of type `ty` (bytes or a subclass made by a `class` statement).
    pub fn new_bytes_of_type(&self, ty: TypeRef, b: Vec<u8>) -> PyResult<Value> {
        let extra = b.len();
        let data = BytesData {
            data: b.into_boxed_slice(),
            hash: Cell::new(-1),
        };
        super::str::alloc_text(self, ty, self.types().bytes, data, extra)
    }

    /// The contents of a bytes (or bytes subclass) value.
    #[inline]
    pub fn bytes_of<'a>(&self, v: &'a Value) -> Option<&'a [u8]> {
        let h = v.heap()?;
        if h.type_data().has_flag(flags::BYTES_SUBCLASS) {
            Some(unsafe { h.payload::<BytesData>() }.as_bytes())
        } else {
            None
        }
    }
}

/// The bytes of any object supporting the buffer protocol we know (bytes, bytearray): borrowed
/// for bytes, copied for bytearray (which may change while we work).
pub fn buffer_of<'a>(rt: &Runtime, v: &'a Value) -> Option<Cow<'a, [u8]>> {
    if let Some(b) = rt.bytes_of(v) {
        return Some(Cow::Borrowed(b));
    }
    rt.bytearray_data(v).map(|b| Cow::Owned(b.to_vec()))
}

pub fn spec() -> super::typespec::TypeSpec {
    super::typespec::TypeSpec::base::<BytesData>("bytes", init).flags(flags::BYTES_SUBCLASS)
}

fn data(v: &Value) -> &[u8] {
    // SAFETY: the slots of bytes only receive bytes instances as their bytes operand.
    unsafe { v.heap().unwrap_unchecked().payload::<BytesData>() }.as_bytes()
}

fn init(rt: &Runtime, ty: TypeRef) {
    let s = unsafe { ty.data().slots_mut() };
    s.repr = Some(|rt, v| rt.new_string(super::text_repr::repr_bytes(data(v))));
    s.hash = Some(|rt, v| {
        let d = unsafe { v.heap().unwrap_unchecked().payload::<BytesData>() };
        let _ = rt;
        if d.hash.get() == -1 {
            d.hash.set(super::str::hash_bytes(&d.data));
        }
        Ok(d.hash.get())
    });
    s.len = Some(|_, v| Ok(data(v).len()));
    s.richcompare = Some(|rt, a, b, op| match (rt.bytes_of(a), rt.bytes_of(b)) {
        (Some(x), Some(y)) => Ok(rt.bool_value(op.test(x.cmp(y)))),
        _ => Ok(rt.not_implemented()),
    });
    s.binary[BinOp::Add as usize] = Some(|rt, a, b| concat(rt, a, b, Kind::Bytes));
    s.binary[BinOp::Mul as usize] = Some(|rt, a, b| repeat(rt, a, b, Kind::Bytes));
    s.binary[BinOp::Mod as usize] = Some(super::printf::bytes_mod);
    s.contains = Some(|rt, c, item| contains(rt, data(c), item));
    s.getitem = Some(getitem);
    s.iter = Some(super::text_iter::new_bytes_iter);
    s.new = Some(bytes_new);
    rt.add_methods(ty, super::bytes_methods::SHARED);
    rt.add_methods(ty, super::bytes_methods::BYTES_ONLY);
}

/// `a + b` for bytes and bytearray: the result has the left operand's kind.
pub(crate) fn concat(rt: &Runtime, a: &Value, b: &Value, kind: Kind) -> PyResult<Value> {
    let mine = |v: &Value| match kind {
        Kind::Bytes => rt.bytes_of(v).is_some(),
        _ => rt.bytearray_data(v).is_some(),
    };
    if !mine(a) {
        return Ok(rt.not_implemented());
    }
    let (Some(x), Some(y)) = (buffer_of(rt, a), buffer_of(rt, b)) else {
        if let Some(r) = try_other_slot(rt, a, b, BinOp::Add)? {
            return Ok(r);
        }
        return Err(rt.type_error(format!(
            "can't concat {} to {}",
            rt.type_name(b),
            rt.type_name(a)
        )));
    };
    let mut out = Vec::new();
    out.try_reserve_exact(x.len() + y.len())
        .map_err(|_| rt.memory_error())?;
    out.extend_from_slice(&x);
    out.extend_from_slice(&y);
    super::text_methods::make(rt, kind, out)
}

/// `seq * n` / `n * seq` for bytes and bytearray.
pub(crate) fn repeat(rt: &Runtime, a: &Value, b: &Value, kind: Kind) -> PyResult<Value> {
    let is_seq = |v: &Value| match kind {
        Kind::Bytes => rt.bytes_of(v).is_some(),
        _ => rt.bytearray_data(v).is_some(),
    };
    let (seq, n) = match repeat_operands(rt, a, b, &is_seq)? {
        Ok(x) => x,
        Err(r) => return Ok(r),
    };
    let unit = buffer_of(rt, seq).unwrap_or_default();
    if kind == Kind::Bytes && n == 1 && rt.type_of(seq) == rt.types().bytes {
        return Ok(seq.clone());
    }
    let out = repeat_bytes(rt, &unit, n, "bytes are").map_err(|e| {
        // CPython's bytearray reports the overflow as MemoryError.
        if kind == Kind::ByteArray && rt.err_matches(&e, rt.exc().overflow_error) {
            rt.memory_error()
        } else {
            e
        }
    })?;
    super::text_methods::make(rt, kind, out)
}

/// `item in b`: an int byte or a bytes-like subsequence.
pub(crate) fn contains(rt: &Runtime, hay: &[u8], item: &Value) -> PyResult<bool> {
    if has_index(rt, item) && rt.str_of(item).is_none() {
        let b = byte_value(rt, item)?;
        return Ok(hay.contains(&b));
    }
    match buffer_of(rt, item) {
        Some(n) => Ok(super::text_algo::find(hay, &n, 0, hay.len()).is_some()),
        None => Err(bytes_like_error(rt, item)),
    }
}

/// Indexing shared by bytes and bytearray: an int, or a new object of `kind` for a slice.
pub(crate) fn index_or_slice(rt: &Runtime, d: &[u8], key: &Value, kind: Kind) -> PyResult<Value> {
    if is_slice(rt, key) {
        let (start, _, step, count) = slice_indices(rt, key, d.len())?;
        let out: Vec<u8> = if step == 1 {
            d[start as usize..start as usize + count].to_vec()
        } else {
            slice_positions(start, step, count).map(|p| d[p]).collect()
        };
        return super::text_methods::make(rt, kind, out);
    }
    if !has_index(rt, key) {
        let what = if kind == Kind::Bytes {
            "byte"
        } else {
            "bytearray"
        };
        return Err(rt.type_error(format!(
            "{what} indices must be integers or slices, not {}",
            rt.type_name(key)
        )));
    }
    let i = normalize_index(rt, key, d.len())?.ok_or_else(|| {
        rt.index_error(if kind == Kind::Bytes {
            "index out of range"
        } else {
            "bytearray index out of range"
        })
    })?;
    Ok(Value::small_int(d[i] as isize).unwrap_or_else(|| rt.none()))
}

/// An index with negative values counted from the end; `None` when out of range.
pub(crate) fn normalize_index(rt: &Runtime, key: &Value, len: usize) -> PyResult<Option<usize>> {
    let mut i = rt.index_isize(key)?;
    if i < 0 {
        i += len as isize;
    }
    Ok(if i < 0 || i as usize >= len {
        None
    } else {
        Some(i as usize)
    })
}

fn getitem(rt: &Runtime, v: &Value, key: &Value) -> PyResult<Value> {
    index_or_slice(rt, data(v), key, Kind::Bytes)
}

/// The contents `bytes(...)` / `bytearray(...)` build from their arguments.
pub(crate) fn from_source(
    rt: &Runtime,
    source: Option<&Value>,
    encoding: Option<&Value>,
    errors: Option<&Value>,
    kind: Kind,
) -> PyResult<Vec<u8>> {
    let fname = kind.name();
    let Some(src) = source else {
        if encoding.is_some() || errors.is_some() {
            return Err(rt.type_error("encoding without a string argument"));
        }
        return Ok(Vec::new());
    };
    if let Some(s) = rt.str_bytes(src) {
        let Some(enc) = encoding else {
            return Err(rt.type_error("string argument without an encoding"));
        };
        let enc = super::codecs::arg_str(rt, Some(enc), fname, "encoding")?;
        let err = super::codecs::arg_str(rt, errors, fname, "errors")?;
        return super::codecs::encode(rt, src, s, enc.as_deref(), err.as_deref());
    }
    if encoding.is_some() || errors.is_some() {
        return Err(rt.type_error("encoding without a string argument"));
    }
    if kind == Kind::Bytes
        && let Some(f) = rt.lookup_in_type(rt.type_of(src), "__bytes__")
    {
        let r = rt.call(&f, Args::positional(core::slice::from_ref(src)))?;
        return match rt.bytes_of(&r) {
            Some(b) => Ok(b.to_vec()),
            None => Err(rt.type_error(format!(
                "__bytes__ returned non-bytes (type {})",
                rt.type_name(&r)
            ))),
        };
    }
    if let Some(b) = buffer_of(rt, src) {
        return Ok(b.into_owned());
    }
    if has_index(rt, src) {
        let n = rt.index_isize(src)?;
        if n < 0 {
            return Err(rt.value_error("negative count"));
        }
        let n = n as usize;
        super::str::check_room(rt, n)?;
        let mut out = Vec::new();
        out.try_reserve_exact(n).map_err(|_| rt.memory_error())?;
        out.resize(n, 0);
        return Ok(out);
    }
    let range_msg = if kind == Kind::Bytes {
        "bytes must be in range(0, 256)"
    } else {
        "byte must be in range(0, 256)"
    };
    ints_from_iterable(rt, src, range_msg).map_err(|e| match e {
        Some(e) => e,
        None => rt.type_error(format!(
            "cannot convert '{}' object to {fname}",
            rt.type_name(src)
        )),
    })
}

/// Collects an iterable of ints in range(256) (`msg` for values out of range); `Err(None)`
/// when the object is not iterable at all.
pub(crate) fn ints_from_iterable(
    rt: &Runtime,
    src: &Value,
    msg: &str,
) -> Result<Vec<u8>, Option<PyErr>> {
    let items = if rt.tuple_items(src).is_some() || rt.list_data(src).is_some() {
        rt.collect(src).map_err(Some)?
    } else {
        let it = rt.iter(src).map_err(|_| None)?;
        rt.collect(&it).map_err(Some)?
    };
    let mut out = Vec::new();
    out.try_reserve_exact(items.len())
        .map_err(|_| Some(rt.memory_error()))?;
    for x in &items {
        let b = byte_value(rt, x).map_err(|e| {
            if rt.err_matches(&e, rt.exc().value_error) {
                rt.value_error(msg)
            } else {
                e
            }
        })?;
        out.push(b);
    }
    Ok(out)
}

fn bytes_new(rt: &Runtime, cls: &Value, args: Args<'_>) -> PyResult<Value> {
    let ty = super::str::new_target(rt, cls, rt.types().bytes)?;
    let [source, encoding, errors] = args.bind(
        rt,
        &Signature {
            fname: "bytes",
            names: ["source", "encoding", "errors"],
            posonly: 0,
            required: 0,
            kwonly: 3,
        },
    )?;
    if ty == rt.types().bytes
        && encoding.is_none()
        && let Some(s) = &source
        && rt.type_of(s) == rt.types().bytes
    {
        return Ok(s.clone());
    }
    let out = from_source(
        rt,
        source.as_ref(),
        encoding.as_ref(),
        errors.as_ref(),
        Kind::Bytes,
    )?;
    if ty == rt.types().bytes {
        rt.new_bytes_vec(out)
    } else {
        rt.new_bytes_of_type(ty, out)
    }
}
