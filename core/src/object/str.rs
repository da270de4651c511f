//! `str`: UTF-8 text with its length in characters and an ASCII flag cached, so ASCII strings
//! index and slice in O(1). Non-ASCII strings longer than `INDEX_STRIDE` characters build, on
//! first indexing, a sparse index (the byte offset of every 64th character), so indexing walks
//! at most 63 characters. The hash is computed once.
//!
//! Lone surrogates ('\ud800', `chr(0xd800)`, the `surrogateescape` handler) have no Rust `char`.
//! A str holding any keeps, besides `text`, its exact bytes in generalized UTF-8 (see
//! `str_wtf8`); `text` is then the lossy view with each surrogate as U+FFFD, which has the same
//! byte length and character offsets; they live in the box that also holds the sparse index.
//! So every str keeps a valid `&str` (`as_str()`, used for names, messages and most Rust APIs)
//! at no cost for the common surrogate-free string, while
//! equality, hashing, ordering, indexing and the text methods read the exact bytes (`wtf8()`).

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::cell::{Cell, OnceCell};

use super::args::{Args, Signature};
use super::error::PyResult;
use super::header::{Payload, alloc_object};
use super::instance::{Instance, InstanceExt};
use super::slice_helpers::{is_slice, slice_indices};
use super::typeobj::{BinOp, TypeRef, flags};
use super::value::Value;
use crate::runtime::Runtime;

/// `repr(C)`: the same offsets on i686 Windows and i686 Linux (see `Runtime`).
#[repr(C)]
pub struct StrData {
    text: Box<str>,
    char_len: usize,
    ascii: bool,
    /// Whether this is the runtime's interned copy of its text: two distinct interned strs
    /// always differ, so name lookups among interned keys need only compare identities.
    interned: Cell<bool>,
    /// -1 until computed.
    hash: Cell<i64>,
    /// What only some strs need, out of line so the common str pays one word for both: the
    /// sparse index (long non-ASCII strings, on first indexing) and the exact bytes (set at
    /// creation for a str holding lone surrogates).
    aux: OnceCell<Box<Aux>>,
}

struct Aux {
    /// Byte offsets of characters 0, 64, 128, ... (built on demand).
    index: OnceCell<Box<[usize]>>,
    /// The exact generalized UTF-8 bytes of a str with lone surrogates.
    exact: Option<Box<[u8]>>,
}

/// Characters between sparse index entries.
const INDEX_STRIDE: usize = 64;

impl Default for StrData {
    fn default() -> Self {
        StrData::new(Box::from(""))
    }
}

impl Payload for StrData {
    fn extra_bytes(&self) -> usize {
        self.as_str().len() + self.exact().map_or(0, <[u8]>::len)
    }
}

impl StrData {
    pub fn new(text: Box<str>) -> StrData {
        let ascii = text.is_ascii();
        let char_len = if ascii {
            text.len()
        } else {
            text.chars().count()
        };
        StrData {
            text,
            char_len,
            ascii,
            interned: Cell::new(false),
            hash: Cell::new(-1),
            aux: OnceCell::new(),
        }
    }
    /// The exact bytes when they differ from `text` (some lone surrogate).
    #[inline]
    fn exact(&self) -> Option<&[u8]> {
        self.aux.get().and_then(|a| a.exact.as_deref())
    }
    /// From generalized UTF-8 bytes; `None` when they are malformed beyond lone surrogates.
    pub fn from_wtf8(bytes: Vec<u8>) -> Option<StrData> {
        let bytes = match String::from_utf8(bytes) {
            Ok(s) => return Some(StrData::new(s.into_boxed_str())),
            Err(e) => e.into_bytes(),
        };
        let lossy = super::str_wtf8::lossy(&bytes)?;
        let d = StrData::new(lossy.into_boxed_str());
        let aux = Aux {
            index: OnceCell::new(),
            exact: Some(bytes.into_boxed_slice()),
        };
        d.aux.set(Box::new(aux)).ok()?;
        Some(d)
    }
    /// The exact text as generalized UTF-8 (the UTF-8 of `as_str()` unless it has surrogates).
    #[inline]
    pub fn wtf8(&self) -> &[u8] {
        self.exact().unwrap_or(self.text.as_bytes())
    }
    /// Whether the text holds a lone surrogate (then `as_str()` is only a lossy view).
    #[inline]
    pub fn has_surrogates(&self) -> bool {
        self.exact().is_some()
    }
    /// The text as a Rust string when it is exact (no surrogates).
    #[inline]
    pub fn exact_str(&self) -> Option<&str> {
        if self.exact().is_none() {
            Some(&self.text)
        } else {
            None
        }
    }
    /// Whether this str equals the Rust string `s` (a str with surrogates never does).
    #[inline]
    pub fn is_str(&self, s: &str) -> bool {
        *self.text == *s && self.exact().is_none()
    }
    /// Code-point equality with another str.
    #[inline]
    pub fn same_text(&self, other: &StrData) -> bool {
        self.wtf8() == other.wtf8()
    }
    /// Code-point order (generalized UTF-8 sorts like its code points).
    #[inline]
    pub fn cmp_text(&self, other: &StrData) -> core::cmp::Ordering {
        self.wtf8().cmp(other.wtf8())
    }
    /// Code point `i` (`None` past the end); surrogates included.
    pub fn code_point_at(&self, i: usize) -> Option<u32> {
        match self.exact() {
            None => self.char_at(i).map(|c| c as u32),
            Some(e) if i < self.char_len => {
                Some(super::str_wtf8::decode_at(e, self.byte_offset(i)).0)
            }
            Some(_) => None,
        }
    }
    #[inline]
    pub fn as_str(&self) -> &str {
        &self.text
    }
    /// Length in characters (what `len()` returns).
    #[inline]
    pub fn char_len(&self) -> usize {
        self.char_len
    }
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.ascii
    }
    /// Whether this is the interned copy of its text (`Runtime::intern`).
    #[inline]
    pub fn is_interned(&self) -> bool {
        self.interned.get()
    }
    /// The hash, computed on first use and then read from the cache (a name's hash is read on
    /// every dict probe, so the cached path stays small enough to inline).
    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        self.compute_hash()
    }
    #[inline(never)]
    fn compute_hash(&self) -> i64 {
        let h = hash_bytes(self.wtf8());
        self.hash.set(h);
        h
    }
    /// The sparse index of a long non-ASCII string (`None` when walking is cheap enough).
    fn sparse_index(&self) -> Option<&[usize]> {
        if self.ascii || self.char_len <= INDEX_STRIDE {
            return None;
        }
        let aux = self.aux.get_or_init(|| {
            Box::new(Aux {
                index: OnceCell::new(),
                exact: None,
            })
        });
        let idx = aux.index.get_or_init(|| {
            self.text
                .char_indices()
                .step_by(INDEX_STRIDE)
                .map(|(b, _)| b)
                .collect()
        });
        Some(idx)
    }
    /// Byte offset of character `i` (O(1) for ASCII); the text's length when `i` is past it.
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.ascii {
            return i.min(self.text.len());
        }
        if i >= self.char_len {
            return self.text.len();
        }
        let (start, skip) = match self.sparse_index() {
            Some(idx) => (idx[i / INDEX_STRIDE], i % INDEX_STRIDE),
            None => (0, i),
        };
        self.text[start..]
            .char_indices()
            .nth(skip)
            .map_or(self.text.len(), |(b, _)| start + b)
    }
    /// Character index of byte offset `b` (a character boundary).
    pub fn char_index(&self, b: usize) -> usize {
        if self.ascii {
            return b;
        }
        let (start, base) = match self.sparse_index() {
            Some(idx) => {
                let k = idx.partition_point(|&x| x <= b).saturating_sub(1);
                (idx.get(k).copied().unwrap_or(0), k * INDEX_STRIDE)
            }
            None => (0, 0),
        };
        self.text
            .get(start..b)
            .map_or(self.char_len, |t| base + t.chars().count())
    }
    /// Character `i` (`None` past the end).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.ascii {
            self.text.as_bytes().get(i).map(|&b| b as char)
        } else if i < self.char_len {
            self.text[self.byte_offset(i)..].chars().next()
        } else {
            None
        }
    }
}

/// String hash: FNV-1a mixed to 64 bits. Never -1 (CPython reserves it for errors).
pub fn hash_bytes(b: &[u8]) -> i64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &c in b {
        h ^= c as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    let h = h as i64;
    if h == -1 { -2 } else { h }
}

impl Runtime {
    pub fn new_str(&self, s: &str) -> PyResult<Value> {
        if s.is_empty() {
            return Ok(self.singletons().empty_str.clone());
        }
        self.new_str_owned(Box::from(s))
    }

    /// A str taking ownership of `s`'s buffer.
    pub fn new_string(&self, s: String) -> PyResult<Value> {
        if s.is_empty() {
            return Ok(self.singletons().empty_str.clone());
        }
        self.new_str_owned(s.into_boxed_str())
    }

    pub fn new_str_owned(&self, s: Box<str>) -> PyResult<Value> {
        self.alloc_str(self.types().str, s)
    }

    /// A str of type `ty` (str or a subclass made by a `class` statement).
    pub fn new_str_of_type(&self, ty: TypeRef, s: String) -> PyResult<Value> {
        if ty == self.types().str {
            return self.new_string(s);
        }
        self.alloc_str(ty, s.into_boxed_str())
    }

    /// A str from generalized UTF-8 bytes (lone surrogates allowed; see `str_wtf8`).
    pub fn new_str_wtf8(&self, bytes: Vec<u8>) -> PyResult<Value> {
        self.new_str_wtf8_of_type(self.types().str, bytes)
    }

    /// `new_str_wtf8` for str or a subclass.
    pub fn new_str_wtf8_of_type(&self, ty: TypeRef, bytes: Vec<u8>) -> PyResult<Value> {
        if bytes.is_empty() && ty == self.types().str {
            return Ok(self.singletons().empty_str.clone());
        }
        let d = StrData::from_wtf8(bytes)
            .ok_or_else(|| self.new_error(self.exc().system_error, "malformed str data"))?;
        let extra = d.extra_bytes();
        alloc_text(self, ty, self.types().str, d, extra)
    }

    /// A one-character str for any code point (surrogates included).
    pub fn new_str_code_point(&self, cp: u32) -> PyResult<Value> {
        let mut b = Vec::with_capacity(4);
        super::str_wtf8::push_cp(&mut b, cp);
        self.new_str_wtf8(b)
    }

    /// `lookup_in_type` for a name given as a str value: a name with lone surrogates is looked
    /// up by its exact text (its `&str` is only a lossy view, which could name another attribute).
    pub fn lookup_name_in_type(&self, ty: TypeRef, name: &Value) -> Option<Value> {
        let version = ty.data().version.get();
        let cacheable = version != 0 && self.str_data(name).is_some_and(StrData::is_interned);
        if cacheable && let Some(hit) = self.type_cache.get(version, name) {
            return hit;
        }
        let found = self.lookup_name_in_type_uncached(ty, name);
        // The lookup runs no Python code for str names in ordinary class dicts; the version
        // check covers a dict changed under it anyway.
        if cacheable && ty.data().version.get() == version {
            self.type_cache.put(version, name, found.as_ref());
        }
        found
    }

    /// The MRO walk: each class dict is probed by the name's identity, then its cached hash.
    fn lookup_name_in_type_uncached(&self, ty: TypeRef, name: &Value) -> Option<Value> {
        for t in ty.data().mro() {
            let t = TypeRef(t.header_ptr()?);
            if let Some(dd) = self.dict_data(t.data().dict())
                && let Some(v) = dd.get_name(self, name)
            {
                return Some(v);
            }
        }
        None
    }

    /// The exact bytes (generalized UTF-8) of a str value.
    #[inline]
    pub fn str_bytes<'a>(&self, v: &'a Value) -> Option<&'a [u8]> {
        self.str_data(v).map(|d| d.wtf8())
    }

    /// The text of a str value without lone surrogates (`None` for non-str and for a str with
    /// surrogates, whose `str_of` is only a lossy view): for names and keys.
    #[inline]
    pub fn str_exact<'a>(&self, v: &'a Value) -> Option<&'a str> {
        self.str_data(v).and_then(|d| d.exact_str())
    }

    fn alloc_str(&self, ty: TypeRef, s: Box<str>) -> PyResult<Value> {
        let extra = s.len();
        alloc_text(self, ty, self.types().str, StrData::new(s), extra)
    }

    /// The interned (immortal, unique) str object for `s`.
    pub fn intern(&self, s: &str) -> Value {
        if let Some(v) = self.interned().get(s) {
            return v;
        }
        let d = StrData::new(Box::from(s));
        d.interned.set(true);
        let v =
            unsafe { alloc_object(self, self.types().str.0, d) }.expect("interning needs memory");
        self.make_immortal(&v);
        self.interned().insert(s, v.clone());
        v
    }

    /// The text of a str (or str subclass) value.
    #[inline]
    pub fn str_of<'a>(&self, v: &'a Value) -> Option<&'a str> {
        self.str_data(v).map(|d| d.as_str())
    }

    #[inline]
    pub fn str_data<'a>(&self, v: &'a Value) -> Option<&'a StrData> {
        let h = v.heap()?;
        if h.type_data().has_flag(flags::STR_SUBCLASS) {
            Some(unsafe { h.payload::<StrData>() })
        } else {
            None
        }
    }
}

/// Allocates a str/bytes/bytearray object of type `ty`: `base` itself, or a subclass made by a
/// `class` statement (whose instances are the payload followed by attribute storage). `extra`
/// bytes of out-of-line storage are accounted on the heap.
pub(crate) fn alloc_text<T: Payload>(
    rt: &Runtime,
    ty: TypeRef,
    base: TypeRef,
    data: T,
    extra: usize,
) -> PyResult<Value> {
    if !rt.heap().grow(extra) {
        return Err(rt.memory_error());
    }
    let v = if ty == base {
        unsafe { alloc_object(rt, ty.0, data) }
    } else {
        let inst = Instance {
            base: data,
            ext: InstanceExt::default(),
        };
        unsafe { alloc_object(rt, ty.0, inst) }
    };
    v.ok_or_else(|| {
        rt.heap().shrink(extra);
        rt.memory_error()
    })
}

/// MemoryError unless `bytes` more would fit under the heap limit (checked before building a
/// large result, so a runaway size fails before the allocator is asked).
pub(crate) fn check_room(rt: &Runtime, bytes: usize) -> PyResult<()> {
    if !rt.heap().grow(bytes) {
        return Err(rt.memory_error());
    }
    rt.heap().shrink(bytes);
    Ok(())
}

/// The str payload of a value known to be a str (method receivers, slot operands).
pub(crate) fn data_of<'a>(rt: &Runtime, v: &'a Value) -> PyResult<&'a StrData> {
    rt.str_data(v).ok_or_else(|| {
        rt.type_error(format!(
            "descriptor requires a 'str' object but received a '{}'",
            rt.type_name(v)
        ))
    })
}

pub fn spec() -> super::typespec::TypeSpec {
    super::typespec::TypeSpec::base::<StrData>("str", init).flags(flags::STR_SUBCLASS)
}

fn init(rt: &Runtime, ty: TypeRef) {
    let s = unsafe { ty.data().slots_mut() };
    s.repr = Some(|rt, v| rt.new_string(super::text_repr::repr_wtf8(data_of(rt, v)?.wtf8())));
    s.str = Some(|rt, v| {
        if rt.type_of(v) == rt.types().str {
            Ok(v.clone())
        } else {
            rt.new_str_wtf8(data_of(rt, v)?.wtf8().to_vec())
        }
    });
    s.hash = Some(|rt, v| Ok(data_of(rt, v)?.hash()));
    s.len = Some(|rt, v| Ok(data_of(rt, v)?.char_len()));
    s.richcompare = Some(|rt, a, b, op| match (rt.str_data(a), rt.str_data(b)) {
        (Some(x), Some(y)) => Ok(rt.bool_value(op.test(x.cmp_text(y)))),
        _ => Ok(rt.not_implemented()),
    });
    s.binary[BinOp::Add as usize] = Some(str_add);
    s.binary[BinOp::Mul as usize] = Some(str_mul);
    s.binary[BinOp::Mod as usize] = Some(super::printf::str_mod);
    s.contains = Some(|rt, container, item| {
        let hay = data_of(rt, container)?;
        match rt.str_data(item) {
            Some(needle) if !hay.has_surrogates() && !needle.has_surrogates() => {
                Ok(hay.as_str().contains(needle.as_str()))
            }
            Some(needle) => {
                let (h, n) = (hay.wtf8(), needle.wtf8());
                Ok(super::text_algo::find(h, n, 0, h.len()).is_some())
            }
            None => Err(rt.type_error(format!(
                "'in <string>' requires string as left operand, not {}",
                rt.type_name(item)
            ))),
        }
    });
    s.getitem = Some(str_getitem);
    s.iter = Some(super::text_iter::new_str_iter);
    s.new = Some(str_new);
    rt.add_methods(ty, super::str_methods::METHODS);
}

/// `a + b`: concatenation; a non-str right operand gets its own `__radd__` first, as CPython's
/// number protocol runs before sequence concatenation.
fn str_add(rt: &Runtime, a: &Value, b: &Value) -> PyResult<Value> {
    let Some(xd) = rt.str_data(a) else {
        return Ok(rt.not_implemented());
    };
    let Some(yd) = rt.str_data(b) else {
        if let Some(r) = try_other_slot(rt, a, b, BinOp::Add)? {
            return Ok(r);
        }
        return Err(rt.type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            rt.type_name(b)
        )));
    };
    let (x, y) = (xd.wtf8(), yd.wtf8());
    if y.is_empty() && rt.type_of(a) == rt.types().str {
        return Ok(a.clone());
    }
    if x.is_empty() && rt.type_of(b) == rt.types().str {
        return Ok(b.clone());
    }
    if !xd.has_surrogates() && !yd.has_surrogates() {
        let mut s = String::new();
        if s.try_reserve_exact(x.len() + y.len()).is_err() {
            return Err(rt.memory_error());
        }
        s.push_str(xd.as_str());
        s.push_str(yd.as_str());
        return rt.new_string(s);
    }
    let mut s = Vec::new();
    if s.try_reserve_exact(x.len() + y.len()).is_err() {
        return Err(rt.memory_error());
    }
    s.extend_from_slice(x);
    s.extend_from_slice(y);
    // Surrogates are kept apart (never joined into a pair), so plain byte concatenation is exact.
    rt.new_str_wtf8(s)
}

/// Calls the other operand's slot for `op` (when it is a different function from ours).
pub(crate) fn try_other_slot(
    rt: &Runtime,
    a: &Value,
    b: &Value,
    op: BinOp,
) -> PyResult<Option<Value>> {
    let mine = rt.type_of(a).data().slots().binary[op as usize];
    let theirs = rt.type_of(b).data().slots().binary[op as usize];
    if let Some(f) = theirs
        && mine.map(|m| m as usize) != Some(f as usize)
    {
        let r = f(rt, a, b)?;
        if !rt.is_not_implemented(&r) {
            return Ok(Some(r));
        }
    }
    Ok(None)
}

/// Whether `v` can be a repeat count (an int or has `__index__`).
pub(crate) fn has_index(rt: &Runtime, v: &Value) -> bool {
    rt.int_ref(v).is_some() || rt.type_of(v).data().slots().index.is_some()
}

/// Resolves `seq * n` / `n * seq` for a sequence type recognized by `is_seq`: the sequence and
/// the count, or `None` when the other operand's own slot produced a result (`Err` holds it).
pub(crate) fn repeat_operands<'a>(
    rt: &Runtime,
    a: &'a Value,
    b: &'a Value,
    is_seq: &dyn Fn(&Value) -> bool,
) -> PyResult<Result<(&'a Value, isize), Value>> {
    let (seq, n) = if is_seq(a) { (a, b) } else { (b, a) };
    if !has_index(rt, n) {
        if seq.is(a)
            && let Some(r) = try_other_slot(rt, a, b, BinOp::Mul)?
        {
            return Ok(Err(r));
        }
        return Err(rt.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            rt.type_name(n)
        )));
    }
    // A count too big for isize is an OverflowError here (IndexError when indexing).
    let count = rt.index_isize(n).map_err(|e| {
        if rt.err_matches(&e, rt.exc().index_error) {
            rt.overflow_error(format!(
                "cannot fit '{}' into an index-sized integer",
                rt.type_name(n)
            ))
        } else {
            e
        }
    })?;
    Ok(Ok((seq, count)))
}

/// Repeats `unit` `n` times (n <= 0: empty), with CPython's overflow message.
pub(crate) fn repeat_bytes(rt: &Runtime, unit: &[u8], n: isize, what: &str) -> PyResult<Vec<u8>> {
    if n <= 0 || unit.is_empty() {
        return Ok(Vec::new());
    }
    let total = unit
        .len()
        .checked_mul(n as usize)
        .filter(|&t| t <= isize::MAX as usize)
        .ok_or_else(|| rt.overflow_error(format!("repeated {what} too long")))?;
    check_room(rt, total)?;
    let mut out = Vec::new();
    out.try_reserve_exact(total)
        .map_err(|_| rt.memory_error())?;
    for _ in 0..n {
        out.extend_from_slice(unit);
    }
    Ok(out)
}

fn str_mul(rt: &Runtime, a: &Value, b: &Value) -> PyResult<Value> {
    let (seq, n) = match repeat_operands(rt, a, b, &|v| rt.str_of(v).is_some())? {
        Ok(x) => x,
        Err(r) => return Ok(r),
    };
    let d = data_of(rt, seq)?;
    if n == 1 && rt.type_of(seq) == rt.types().str {
        return Ok(seq.clone());
    }
    let out = repeat_bytes(rt, d.wtf8(), n, "string is")?;
    if d.has_surrogates() {
        return rt.new_str_wtf8(out);
    }
    rt.new_string(String::from_utf8(out).map_err(|_| rt.memory_error())?)
}

fn str_getitem(rt: &Runtime, v: &Value, key: &Value) -> PyResult<Value> {
    let d = data_of(rt, v)?;
    if is_slice(rt, key) {
        let (start, _, step, count) = slice_indices(rt, key, d.char_len())?;
        return str_slice(rt, v, start, step, count);
    }
    if !has_index(rt, key) {
        return Err(rt.type_error(format!(
            "string indices must be integers, not '{}'",
            rt.type_name(key)
        )));
    }
    let mut i = rt.index_isize(key)?;
    let len = d.char_len() as isize;
    if i < 0 {
        i += len;
    }
    if i < 0 || i >= len {
        return Err(rt.index_error("string index out of range"));
    }
    if d.is_ascii() {
        // One-character ASCII strs are cached singletons-to-be: keep the cheap path.
        let c = d.char_at(i as usize).unwrap_or('\0');
        let mut buf = [0u8; 4];
        return rt.new_str(c.encode_utf8(&mut buf));
    }
    rt.new_str_code_point(d.code_point_at(i as usize).unwrap_or(0))
}

/// `s[start::step]` for `count` characters (from `slice_indices`).
pub fn str_slice(
    rt: &Runtime,
    v: &Value,
    start: isize,
    step: isize,
    count: usize,
) -> PyResult<Value> {
    let d = data_of(rt, v)?;
    let s = d.as_str();
    if step == 1 {
        if count == d.char_len() && rt.type_of(v) == rt.types().str {
            return Ok(v.clone());
        }
        let b0 = d.byte_offset(start as usize);
        let rest = &s[b0..];
        let b1 = if d.is_ascii() {
            count
        } else {
            rest.char_indices()
                .nth(count)
                .map_or(rest.len(), |(b, _)| b)
        };
        if d.has_surrogates() {
            // Offsets in the lossy view are offsets in the exact bytes too.
            return rt.new_str_wtf8(d.wtf8()[b0..b0 + b1].to_vec());
        }
        return rt.new_str(&rest[..b1]);
    }
    if d.has_surrogates() {
        let cps: Vec<u32> = super::str_wtf8::code_points(d.wtf8()).collect();
        let mut out = Vec::new();
        for p in super::slice_helpers::slice_positions(start, step, count) {
            if let Some(&c) = cps.get(p) {
                super::str_wtf8::push_cp(&mut out, c);
            }
        }
        return rt.new_str_wtf8(out);
    }
    let positions = super::slice_helpers::slice_positions(start, step, count);
    let mut out = String::new();
    if d.is_ascii() {
        let b = s.as_bytes();
        for p in positions {
            out.push(b[p] as char);
        }
    } else {
        let chars: Vec<char> = s.chars().collect();
        for p in positions {
            if let Some(&c) = chars.get(p) {
                out.push(c);
            }
        }
    }
    rt.new_string(out)
}

/// The class a `__new__` of built-in `base` may instantiate: `base` itself or a subclass
/// (whose instances have `base`'s payload first).
pub(crate) fn new_target(rt: &Runtime, cls: &Value, base: TypeRef) -> PyResult<TypeRef> {
    let name = base.data().name();
    let ty = rt.type_ref_of_type_value(cls).ok_or_else(|| {
        rt.type_error(format!(
            "{name}.__new__(X): X is not a type object ({})",
            rt.type_name(cls)
        ))
    })?;
    if ty != base && !(ty.data().is_heap() && rt.is_subtype(ty, base)) {
        let t = ty.data().name();
        return Err(rt.type_error(format!(
            "{name}.__new__({t}): {t} is not a subtype of {name}"
        )));
    }
    Ok(ty)
}

/// `str(object='', encoding=..., errors=...)`.
fn str_new(rt: &Runtime, cls: &Value, args: Args<'_>) -> PyResult<Value> {
    let ty = new_target(rt, cls, rt.types().str)?;
    let [obj, encoding, errors] = args.bind(
        rt,
        &Signature {
            fname: "str",
            names: ["object", "encoding", "errors"],
            posonly: 0,
            required: 0,
            kwonly: 3,
        },
    )?;
    let enc = super::codecs::arg_str(rt, encoding.as_ref(), "str", "encoding")?;
    let err = super::codecs::arg_str(rt, errors.as_ref(), "str", "errors")?;
    let text = match obj {
        None => rt.new_str("")?,
        Some(o) if enc.is_some() || err.is_some() => {
            if rt.str_of(&o).is_some() {
                return Err(rt.type_error("decoding str is not supported"));
            }
            let Some(bytes) = super::bytes::buffer_of(rt, &o) else {
                return Err(rt.type_error(format!(
                    "decoding to str: need a bytes-like object, {} found",
                    rt.type_name(&o)
                )));
            };
            super::codecs::decode_to_value(rt, &o, &bytes, enc.as_deref(), err.as_deref())?
        }
        Some(o) => rt.str(&o)?,
    };
    if ty == rt.types().str {
        return Ok(text);
    }
    let s = rt.str_bytes(&text).unwrap_or_default().to_vec();
    rt.new_str_wtf8_of_type(ty, s)
}

#[cfg(test)]
mod tests {
    #[test]
    fn payload_stays_small() {
        // text (16) + char_len + hash + one pointer for the rare extras + the ASCII flag.
        assert!(core::mem::size_of::<super::StrData>() <= 48);
    }
}
