//! The methods `str`, `bytes` and `bytearray` share, written once: each reads its receiver as a
//! `Text` (the bytes plus how to count units) and builds results of the receiver's kind.
//! Argument errors follow CPython 3.11's wording for each method and kind.

use alloc::borrow::Cow;
use alloc::format;
use alloc::vec::Vec;

use super::args::{Args, Signature};
use super::error::{PyErr, PyResult};
use super::slice_helpers::{clamp_int, slice_bound};
use super::str::StrData;
use super::text_algo::{self as algo, Case, Units};
use super::value::Value;
use crate::runtime::Runtime;

/// Which of the three text types a receiver (or result) is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Str,
    Bytes,
    ByteArray,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Str => "str",
            Kind::Bytes => "bytes",
            Kind::ByteArray => "bytearray",
        }
    }
    pub fn units(self) -> Units {
        if self == Kind::Str {
            Units::Utf8
        } else {
            Units::Bytes
        }
    }
}

/// A method receiver: its bytes (a bytearray's are copied, since argument conversion may run
/// Python code that mutates it) and, for str, the payload for index conversions.
pub struct Text<'a> {
    pub kind: Kind,
    pub bytes: Cow<'a, [u8]>,
    pub str_data: Option<&'a StrData>,
}

impl Text<'_> {
    pub fn units(&self) -> Units {
        self.kind.units()
    }
    /// Length in units (characters for str).
    pub fn len(&self) -> usize {
        self.str_data.map_or(self.bytes.len(), |d| d.char_len())
    }
    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }
    fn is_ascii(&self) -> bool {
        self.str_data.is_none_or(|d| d.is_ascii())
    }
    /// Byte offset of unit index `i` (clamped to the end).
    pub fn to_byte(&self, i: usize) -> usize {
        match self.str_data {
            Some(d) => d.byte_offset(i),
            None => i.min(self.bytes.len()),
        }
    }
    /// Unit index of byte offset `b`.
    pub fn to_unit(&self, b: usize) -> usize {
        match self.str_data {
            Some(d) => d.char_index(b),
            None => b,
        }
    }
    /// Units in a byte range.
    fn units_in(&self, a: usize, b: usize) -> usize {
        if self.is_ascii() {
            b - a
        } else {
            // Characters start at every byte that is not a continuation byte (also for the
            // generalized UTF-8 of a str with surrogates).
            self.bytes[a..b]
                .iter()
                .filter(|&&c| c & 0xc0 != 0x80)
                .count()
        }
    }
}

/// Reads a receiver of any of the three kinds.
pub fn text_of<'a>(rt: &Runtime, v: &'a Value) -> PyResult<Text<'a>> {
    if let Some(d) = rt.str_data(v) {
        return Ok(Text {
            kind: Kind::Str,
            bytes: Cow::Borrowed(d.wtf8()),
            str_data: Some(d),
        });
    }
    if let Some(b) = rt.bytes_of(v) {
        return Ok(Text {
            kind: Kind::Bytes,
            bytes: Cow::Borrowed(b),
            str_data: None,
        });
    }
    if let Some(b) = rt.bytearray_data(v) {
        return Ok(Text {
            kind: Kind::ByteArray,
            bytes: Cow::Owned(b.to_vec()),
            str_data: None,
        });
    }
    Err(rt.type_error(format!(
        "descriptor requires a 'str', 'bytes' or 'bytearray' object but received a '{}'",
        rt.type_name(v)
    )))
}

/// A new value of kind `kind` holding `bytes` (UTF-8 for str).
pub fn make(rt: &Runtime, kind: Kind, bytes: Vec<u8>) -> PyResult<Value> {
    match kind {
        Kind::Str => rt.new_str_wtf8(bytes),
        Kind::Bytes => rt.new_bytes_vec(bytes),
        Kind::ByteArray => rt.new_bytearray(bytes),
    }
}

fn make_slice(rt: &Runtime, t: &Text, a: usize, b: usize) -> PyResult<Value> {
    make(rt, t.kind, t.bytes[a..b].to_vec())
}

/// The receiver itself when it is exactly str/bytes (immutable: sharing is safe), else a copy.
fn same_or_copy(rt: &Runtime, v: &Value, t: &Text) -> PyResult<Value> {
    let exact = match t.kind {
        Kind::Str => rt.type_of(v) == rt.types().str,
        Kind::Bytes => rt.type_of(v) == rt.types().bytes,
        Kind::ByteArray => false,
    };
    if exact {
        Ok(v.clone())
    } else {
        make(rt, t.kind, t.bytes.to_vec())
    }
}

// ---- argument helpers -------------------------------------------------------------------------

/// `X.m()` takes no arguments (METH_NOARGS wording).
pub fn no_args(rt: &Runtime, args: &Args<'_>, kind: Kind, name: &str) -> PyResult<()> {
    if args.has_kwargs() {
        return Err(rt.type_error(format!(
            "{}.{name}() takes no keyword arguments",
            kind.name()
        )));
    }
    let n = args.all.len() - 1;
    if n != 0 {
        return Err(rt.type_error(format!(
            "{}.{name}() takes no arguments ({n} given)",
            kind.name()
        )));
    }
    Ok(())
}

/// `X.m(arg)` (METH_O wording).
pub fn one_arg<'a>(rt: &Runtime, args: &Args<'a>, kind: Kind, name: &str) -> PyResult<&'a Value> {
    if args.has_kwargs() {
        return Err(rt.type_error(format!(
            "{}.{name}() takes no keyword arguments",
            kind.name()
        )));
    }
    let n = args.all.len() - 1;
    if n != 1 {
        return Err(rt.type_error(format!(
            "{}.{name}() takes exactly one argument ({n} given)",
            kind.name()
        )));
    }
    Ok(&args.all[1])
}

/// Positional-only arguments, "m expected at most N arguments, got M" wording.
pub fn pos_args<'a>(
    rt: &Runtime,
    args: &Args<'a>,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    let rest = args.skip_self();
    rest.check_count(rt, name, min, max)
}

/// Positional-only arguments, "m() takes at least N argument (M given)" wording.
fn pos_args_old<'a>(
    rt: &Runtime,
    args: &Args<'a>,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    let rest = args.skip_self();
    rest.no_kwargs(rt, name)?;
    let n = rest.all.len();
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if n < min {
        return Err(rt.type_error(format!(
            "{name}() takes at least {min} argument{} ({n} given)",
            plural(min)
        )));
    }
    if n > max {
        return Err(rt.type_error(format!(
            "{name}() takes at most {max} argument{} ({n} given)",
            plural(max)
        )));
    }
    Ok(rest.all)
}

/// An int argument as isize ("Python int too large to convert to C ssize_t" on overflow).
pub fn ssize_arg(rt: &Runtime, v: &Value) -> PyResult<isize> {
    if let Some(i) = v.as_small_int() {
        return Ok(i);
    }
    let i = match rt.int_ref(v) {
        Some(_) => v.clone(),
        None => rt.index(v)?,
    };
    match rt.int_ref(&i) {
        Some(super::int::IntRef::Small(i)) => Ok(i),
        Some(super::int::IntRef::Big(b)) => num_traits::ToPrimitive::to_isize(b)
            .ok_or_else(|| rt.overflow_error("Python int too large to convert to C ssize_t")),
        None => Err(rt.type_error("__index__ returned non-int")),
    }
}

/// CPython's ADJUST_INDICES for optional start/end in units, as byte offsets; `None` when the
/// range is empty because start passed the end (find then fails even for an empty needle).
fn byte_range(
    rt: &Runtime,
    t: &Text,
    start: Option<&Value>,
    end: Option<&Value>,
) -> PyResult<Option<(usize, usize)>> {
    let len = t.len() as isize;
    let bound = |v: Option<&Value>| -> PyResult<Option<isize>> {
        match v {
            Some(v) => slice_bound(rt, v),
            None => Ok(None),
        }
    };
    let mut s = bound(start)?.unwrap_or(0);
    let mut e = bound(end)?.unwrap_or(isize::MAX);
    if e > len {
        e = len;
    } else if e < 0 {
        e = (e + len).max(0);
    }
    if s < 0 {
        s = (s + len).max(0);
    }
    if s > e {
        return Ok(None);
    }
    Ok(Some((t.to_byte(s as usize), t.to_byte(e as usize))))
}

/// An argument that must be the same text kind: str for str, any bytes-like object for bytes.
fn text_arg<'a>(rt: &Runtime, kind: Kind, v: &'a Value, str_msg: &str) -> PyResult<Cow<'a, [u8]>> {
    if kind == Kind::Str {
        return match rt.str_bytes(v) {
            Some(s) => Ok(Cow::Borrowed(s)),
            None => Err(rt.type_error(format!("{str_msg}{}", rt.type_name(v)))),
        };
    }
    super::bytes::buffer_of(rt, v).ok_or_else(|| bytes_like_error(rt, v))
}

pub fn bytes_like_error(rt: &Runtime, v: &Value) -> PyErr {
    rt.type_error(format!(
        "a bytes-like object is required, not '{}'",
        rt.type_name(v)
    ))
}

/// A byte value 0..=255 from an int argument.
pub fn byte_value(rt: &Runtime, v: &Value) -> PyResult<u8> {
    let i = ssize_arg(rt, v).map_err(|e| {
        if rt.err_matches(&e, rt.exc().overflow_error) {
            rt.value_error("byte must be in range(0, 256)")
        } else {
            e
        }
    })?;
    u8::try_from(i).map_err(|_| rt.value_error("byte must be in range(0, 256)"))
}

/// The needle of find/count/index: str for str; bytes-like or an int byte for bytes.
fn needle_arg<'a>(rt: &Runtime, kind: Kind, v: &'a Value) -> PyResult<Cow<'a, [u8]>> {
    if kind != Kind::Str && super::str::has_index(rt, v) && rt.str_of(v).is_none() {
        return Ok(Cow::Owned(alloc::vec![byte_value(rt, v)?]));
    }
    if kind != Kind::Str && super::bytes::buffer_of(rt, v).is_none() {
        return Err(rt.type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            rt.type_name(v)
        )));
    }
    text_arg(rt, kind, v, "must be str, not ")
}

// ---- searching --------------------------------------------------------------------------------

/// The receiver, the needle and the byte range of find/rfind/index/rindex/count.
type SearchArgs<'a> = (Text<'a>, Cow<'a, [u8]>, Option<(usize, usize)>);

/// Parses find/rfind/index/rindex/count arguments.
fn search_args<'a>(rt: &Runtime, args: &Args<'a>, name: &str) -> PyResult<SearchArgs<'a>> {
    let t = text_of(rt, &args.all[0])?;
    let a = pos_args_old(rt, args, name, 1, 3)?;
    let needle = needle_arg(rt, t.kind, &a[0])?;
    let range = byte_range(rt, &t, a.get(1), a.get(2))?;
    Ok((t, needle, range))
}

fn find_impl(rt: &Runtime, args: &Args<'_>, name: &str, rev: bool, raise: bool) -> PyResult<Value> {
    let (t, needle, range) = search_args(rt, args, name)?;
    let found = range.and_then(|(s, e)| {
        if rev {
            algo::rfind(&t.bytes, &needle, s, e)
        } else {
            algo::find(&t.bytes, &needle, s, e)
        }
    });
    match found {
        Some(p) => rt.new_int(t.to_unit(p) as i64),
        None if raise => Err(rt.value_error(if t.kind == Kind::Str {
            "substring not found"
        } else {
            "subsection not found"
        })),
        None => rt.new_int(-1),
    }
}

pub fn find(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    find_impl(rt, &args, "find", false, false)
}
pub fn rfind(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    find_impl(rt, &args, "rfind", true, false)
}
pub fn index(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    find_impl(rt, &args, "index", false, true)
}
pub fn rindex(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    find_impl(rt, &args, "rindex", true, true)
}

pub fn count(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let (t, needle, range) = search_args(rt, &args, "count")?;
    let n = match range {
        Some((s, e)) if s <= t.bytes.len() => {
            algo::count(&t.bytes, &needle, s, e, t.units_in(s, e), usize::MAX)
        }
        _ => 0,
    };
    rt.new_int(n as i64)
}

fn affix_impl(rt: &Runtime, args: &Args<'_>, name: &str, at_end: bool) -> PyResult<Value> {
    let t = text_of(rt, &args.all[0])?;
    let a = pos_args_old(rt, args, name, 1, 3)?;
    let range = byte_range(rt, &t, a.get(1), a.get(2))?;
    let test = |affix: &[u8]| -> bool {
        let Some((s, e)) = range else { return false };
        if s > t.bytes.len() {
            return false;
        }
        let w = &t.bytes[s..e];
        if at_end {
            w.ends_with(affix)
        } else {
            w.starts_with(affix)
        }
    };
    let what = if t.kind == Kind::Str { "str" } else { "bytes" };
    if let Some(items) = rt.tuple_items(&a[0]) {
        for item in items {
            let affix = match t.kind {
                Kind::Str => text_arg(rt, t.kind, item, "").map_err(|_| {
                    rt.type_error(format!(
                        "tuple for {name} must only contain str, not {}",
                        rt.type_name(item)
                    ))
                })?,
                _ => text_arg(rt, t.kind, item, "")?,
            };
            if test(&affix) {
                return Ok(rt.bool_value(true));
            }
        }
        return Ok(rt.bool_value(false));
    }
    let affix = text_arg(rt, t.kind, &a[0], "").map_err(|_| {
        rt.type_error(format!(
            "{name} first arg must be {what} or a tuple of {what}, not {}",
            rt.type_name(&a[0])
        ))
    })?;
    Ok(rt.bool_value(test(&affix)))
}

pub fn startswith(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    affix_impl(rt, &args, "startswith", false)
}
pub fn endswith(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    affix_impl(rt, &args, "endswith", true)
}

// ---- splitting --------------------------------------------------------------------------------

fn list_of_ranges(rt: &Runtime, t: &Text, ranges: &[(usize, usize)]) -> PyResult<Value> {
    let mut items = Vec::new();
    items
        .try_reserve(ranges.len())
        .map_err(|_| rt.memory_error())?;
    for &(a, b) in ranges {
        items.push(make_slice(rt, t, a, b)?);
    }
    rt.new_list(items)
}

fn split_impl(rt: &Runtime, args: &Args<'_>, name: &'static str, rev: bool) -> PyResult<Value> {
    let t = text_of(rt, &args.all[0])?;
    let [sep, maxsplit] = args.skip_self().bind(
        rt,
        &Signature {
            fname: name,
            names: ["sep", "maxsplit"],
            posonly: 0,
            required: 0,
            kwonly: 2,
        },
    )?;
    let maxsplit = match &maxsplit {
        Some(m) => ssize_arg(rt, m)?,
        None => -1,
    };
    let ranges = match sep.as_ref().filter(|s| !rt.is_none(s)) {
        None if rev => algo::rsplit_whitespace(t.units(), &t.bytes, maxsplit),
        None => algo::split_whitespace(t.units(), &t.bytes, maxsplit),
        Some(s) => {
            let sep = text_arg(rt, t.kind, s, "must be str or None, not ")?;
            if sep.is_empty() {
                return Err(rt.value_error("empty separator"));
            }
            if rev {
                algo::rsplit(&t.bytes, &sep, maxsplit)
            } else {
                algo::split(&t.bytes, &sep, maxsplit)
            }
        }
    };
    list_of_ranges(rt, &t, &ranges)
}

pub fn split(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    split_impl(rt, &args, "split", false)
}
pub fn rsplit(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    split_impl(rt, &args, "rsplit", true)
}

pub fn splitlines(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let t = text_of(rt, &args.all[0])?;
    let [keepends] = args.skip_self().bind(
        rt,
        &Signature {
            fname: "splitlines",
            names: ["keepends"],
            posonly: 0,
            required: 0,
            kwonly: 1,
        },
    )?;
    let keep = match &keepends {
        Some(k) => ssize_arg(rt, k)? != 0,
        None => false,
    };
    let ranges = algo::splitlines(t.units(), &t.bytes, keep);
    list_of_ranges(rt, &t, &ranges)
}

fn partition_impl(rt: &Runtime, args: &Args<'_>, name: &str, rev: bool) -> PyResult<Value> {
    let t = text_of(rt, &args.all[0])?;
    let sep_v = one_arg(rt, args, t.kind, name)?;
    let sep = text_arg(rt, t.kind, sep_v, "must be str, not ")?;
    if sep.is_empty() {
        return Err(rt.value_error("empty separator"));
    }
    let n = t.bytes.len();
    let found = if rev {
        algo::rfind(&t.bytes, &sep, 0, n)
    } else {
        algo::find(&t.bytes, &sep, 0, n)
    };
    let empty = || make(rt, t.kind, Vec::new());
    let items = match found {
        Some(p) => alloc::vec![
            make_slice(rt, &t, 0, p)?,
            make(rt, t.kind, sep.to_vec())?,
            make_slice(rt, &t, p + sep.len(), n)?,
        ],
        None if rev => alloc::vec![empty()?, empty()?, same_or_copy(rt, &args.all[0], &t)?],
        None => alloc::vec![same_or_copy(rt, &args.all[0], &t)?, empty()?, empty()?],
    };
    rt.new_tuple(items)
}

pub fn partition(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    partition_impl(rt, &args, "partition", false)
}
pub fn rpartition(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    partition_impl(rt, &args, "rpartition", true)
}

// ---- building -------------------------------------------------------------------------------

pub fn join(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let t = text_of(rt, &args.all[0])?;
    let iterable = one_arg(rt, &args, t.kind, "join")?;
    let items = rt.collect(iterable)?;
    let mut out: Vec<u8> = Vec::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&t.bytes);
        }
        let piece = if t.kind == Kind::Str {
            rt.str_bytes(item).map(Cow::Borrowed)
        } else {
            super::bytes::buffer_of(rt, item)
        };
        let Some(piece) = piece else {
            return Err(rt.type_error(if t.kind == Kind::Str {
                format!(
                    "sequence item {i}: expected str instance, {} found",
                    rt.type_name(item)
                )
            } else {
                format!(
                    "sequence item {i}: expected a bytes-like object, {} found",
                    rt.type_name(item)
                )
            }));
        };
        out.try_reserve(piece.len())
            .map_err(|_| rt.memory_error())?;
        out.extend_from_slice(&piece);
    }
    if items.len() == 1 && t.kind != Kind::ByteArray {
        let only = &items[0];
        let exact = if t.kind == Kind::Str {
            rt.type_of(only) == rt.types().str
        } else {
            rt.type_of(only) == rt.types().bytes
        };
        if exact {
            return Ok(only.clone());
        }
    }
    make(rt, t.kind, out)
}

pub fn replace(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let t = text_of(rt, &args.all[0])?;
    let a = pos_args(rt, &args, "replace", 2, 3)?;
    let msg = "replace() argument 1 must be str, not ";
    let old = text_arg(rt, t.kind, &a[0], msg)?;
    let new = text_arg(rt, t.kind, &a[1], "replace() argument 2 must be str, not ")?;
    let count = match a.get(2) {
        Some(c) => ssize_arg(rt, c)?,
        None => -1,
    };
    if count == 0 || (!old.is_empty() && algo::find(&t.bytes, &old, 0, t.bytes.len()).is_none()) {
        return same_or_copy(rt, &args.all[0], &t);
    }
    let out = algo::replace(t.units(), &t.bytes, &old, &new, count);
    make(rt, t.kind, out)
}

fn strip_impl(
    rt: &Runtime,
    args: &Args<'_>,
    name: &str,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    let t = text_of(rt, &args.all[0])?;
    let a = pos_args(rt, args, name, 0, 1)?;
    let chars = match a.first().filter(|c| !rt.is_none(c)) {
        None => None,
        Some(c) if t.kind == Kind::Str => match rt.str_bytes(c) {
            Some(s) => Some(Cow::Borrowed(s)),
            None => return Err(rt.type_error(format!("{name} arg must be None or str"))),
        },
        Some(c) => Some(text_arg(rt, t.kind, c, "")?),
    };
    let units = t.units();
    let (i, j) = match &chars {
        None => algo::strip_range(units, &t.bytes, left, right, &|c| units.is_space(c)),
        Some(set) if t.kind == Kind::Str => match core::str::from_utf8(set) {
            Ok(set) if !t.str_data.is_some_and(|d| d.has_surrogates()) => {
                algo::strip_range(units, &t.bytes, left, right, &|c| set.contains(c))
            }
            _ => {
                // By code point, so a surrogate only strips itself (not U+FFFD).
                let set: Vec<u32> = super::str_wtf8::code_points(set).collect();
                super::str_wtf8::strip_range(&t.bytes, left, right, &|c| set.contains(&c))
            }
        },
        Some(set) => algo::strip_range(units, &t.bytes, left, right, &|c| {
            set.contains(&(c as u32 as u8))
        }),
    };
    if i == 0 && j == t.bytes.len() {
        return same_or_copy(rt, &args.all[0], &t);
    }
    make_slice(rt, &t, i, j)
}

pub fn strip(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    strip_impl(rt, &args, "strip", true, true)
}
pub fn lstrip(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    strip_impl(rt, &args, "lstrip", true, false)
}
pub fn rstrip(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    strip_impl(rt, &args, "rstrip", false, true)
}

fn affix_remove(rt: &Runtime, args: &Args<'_>, name: &str, suffix: bool) -> PyResult<Value> {
    let t = text_of(rt, &args.all[0])?;
    let v = one_arg(rt, args, t.kind, name)?;
    let affix = text_arg(
        rt,
        t.kind,
        v,
        &format!("{name}() argument must be str, not "),
    )?;
    let b = &t.bytes;
    let (hit, range) = if suffix {
        (b.ends_with(&affix), (0, b.len() - affix.len().min(b.len())))
    } else {
        (b.starts_with(&affix), (affix.len().min(b.len()), b.len()))
    };
    if !hit || affix.is_empty() {
        return same_or_copy(rt, &args.all[0], &t);
    }
    make_slice(rt, &t, range.0, range.1)
}

pub fn removeprefix(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    affix_remove(rt, &args, "removeprefix", false)
}
pub fn removesuffix(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    affix_remove(rt, &args, "removesuffix", true)
}

/// The fill unit of center/ljust/rjust, as bytes.
fn fill_arg(rt: &Runtime, kind: Kind, name: &str, v: Option<&Value>) -> PyResult<Vec<u8>> {
    let Some(v) = v else {
        return Ok(alloc::vec![b' ']);
    };
    if kind == Kind::Str {
        let Some(d) = rt.str_data(v) else {
            return Err(rt.type_error(format!(
                "The fill character must be a unicode character, not {}",
                rt.type_name(v)
            )));
        };
        if d.char_len() != 1 {
            return Err(rt.type_error("The fill character must be exactly one character long"));
        }
        return Ok(d.wtf8().to_vec());
    }
    let ok = rt
        .bytes_of(v)
        .map(<[u8]>::to_vec)
        .or_else(|| rt.bytearray_data(v).map(|b| b.to_vec()));
    match ok {
        Some(b) if b.len() == 1 => Ok(b),
        _ => Err(rt.type_error(format!(
            "{name}() argument 2 must be a byte string of length 1, not {}",
            rt.type_name(v)
        ))),
    }
}

fn pad_impl(rt: &Runtime, args: &Args<'_>, name: &str, how: u8) -> PyResult<Value> {
    let t = text_of(rt, &args.all[0])?;
    let a = pos_args(rt, args, name, 1, 2)?;
    let width = ssize_arg(rt, &a[0])?;
    let fill = fill_arg(rt, t.kind, name, a.get(1))?;
    let len = t.len();
    if width <= len as isize {
        return same_or_copy(rt, &args.all[0], &t);
    }
    let width = width as usize;
    let (left, right) = match how {
        b'l' => (0, width - len),
        b'r' => (width - len, 0),
        _ => algo::center_pads(len, width),
    };
    let total = (left + right)
        .checked_mul(fill.len())
        .and_then(|p| p.checked_add(t.bytes.len()))
        .ok_or_else(|| rt.memory_error())?;
    super::str::check_room(rt, total)?;
    let mut out = Vec::new();
    out.try_reserve_exact(total)
        .map_err(|_| rt.memory_error())?;
    for _ in 0..left {
        out.extend_from_slice(&fill);
    }
    out.extend_from_slice(&t.bytes);
    for _ in 0..right {
        out.extend_from_slice(&fill);
    }
    make(rt, t.kind, out)
}

pub fn center(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    pad_impl(rt, &args, "center", b'c')
}
pub fn ljust(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    pad_impl(rt, &args, "ljust", b'l')
}
pub fn rjust(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    pad_impl(rt, &args, "rjust", b'r')
}

pub fn zfill(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let t = text_of(rt, &args.all[0])?;
    let w = one_arg(rt, &args, t.kind, "zfill")?;
    let width = ssize_arg(rt, w)?;
    if width <= t.len() as isize {
        return same_or_copy(rt, &args.all[0], &t);
    }
    let width = width as usize;
    super::str::check_room(rt, width)?;
    make(rt, t.kind, algo::zfill(&t.bytes, t.len(), width))
}

pub fn expandtabs(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    let t = text_of(rt, &args.all[0])?;
    let [tabsize] = args.skip_self().bind(
        rt,
        &Signature {
            fname: "expandtabs",
            names: ["tabsize"],
            posonly: 0,
            required: 0,
            kwonly: 1,
        },
    )?;
    let tabsize = match &tabsize {
        Some(v) => ssize_arg(rt, v)?,
        None => 8,
    };
    let out = algo::expandtabs(t.units(), &t.bytes, tabsize)
        .ok_or_else(|| rt.overflow_error("new string is too long"))?;
    make(rt, t.kind, out)
}

// ---- case and classification --------------------------------------------------------------------

fn case_impl(
    rt: &Runtime,
    args: &Args<'_>,
    name: &str,
    f: fn(Units, &[u8]) -> Vec<u8>,
) -> PyResult<Value> {
    let t = text_of(rt, &args.all[0])?;
    no_args(rt, args, t.kind, name)?;
    make(rt, t.kind, f(t.units(), &t.bytes))
}

pub fn upper(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    case_impl(rt, &args, "upper", |u, s| algo::map_case(u, s, Case::Upper))
}
pub fn lower(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    case_impl(rt, &args, "lower", |u, s| algo::map_case(u, s, Case::Lower))
}
pub fn casefold(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    case_impl(rt, &args, "casefold", |u, s| {
        algo::map_case(u, s, Case::Fold)
    })
}
pub fn swapcase(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    case_impl(rt, &args, "swapcase", algo::swapcase)
}
pub fn title(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    case_impl(rt, &args, "title", algo::title)
}
pub fn capitalize(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    case_impl(rt, &args, "capitalize", algo::capitalize)
}

fn predicate(
    rt: &Runtime,
    args: &Args<'_>,
    name: &str,
    f: &dyn Fn(&Text) -> bool,
) -> PyResult<Value> {
    let t = text_of(rt, &args.all[0])?;
    no_args(rt, args, t.kind, name)?;
    Ok(rt.bool_value(f(&t)))
}

/// `is*` methods whose rule is "non-empty and every unit passes".
fn all_units(
    rt: &Runtime,
    args: &Args<'_>,
    name: &str,
    pred: fn(Units, char) -> bool,
) -> PyResult<Value> {
    predicate(rt, args, name, &|t| {
        let u = t.units();
        algo::all_units(u, &t.bytes, &|c| pred(u, c))
    })
}

pub fn isalpha(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    all_units(rt, &args, "isalpha", |u, c| match u {
        Units::Bytes => c.is_ascii_alphabetic(),
        Units::Utf8 => super::unicode::is_alpha(c),
    })
}
pub fn isalnum(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    all_units(rt, &args, "isalnum", |u, c| match u {
        Units::Bytes => c.is_ascii_alphanumeric(),
        Units::Utf8 => super::unicode::is_alnum(c),
    })
}
pub fn isdigit(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    all_units(rt, &args, "isdigit", |u, c| match u {
        Units::Bytes => c.is_ascii_digit(),
        Units::Utf8 => super::unicode::is_digit(c),
    })
}
pub fn isspace(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    all_units(rt, &args, "isspace", |u, c| u.is_space(c))
}
pub fn isdecimal(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    all_units(rt, &args, "isdecimal", |_, c| super::unicode::is_decimal(c))
}
pub fn isnumeric(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    all_units(rt, &args, "isnumeric", |_, c| super::unicode::is_numeric(c))
}
pub fn isascii(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    predicate(rt, &args, "isascii", &|t| t.bytes.is_ascii())
}
pub fn isprintable(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    predicate(rt, &args, "isprintable", &|t| {
        // A lone surrogate (category Cs) is never printable.
        super::str_wtf8::code_points(&t.bytes)
            .all(|u| char::from_u32(u).is_some_and(super::unicode::is_printable))
    })
}
pub fn isidentifier(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    predicate(rt, &args, "isidentifier", &|t| {
        core::str::from_utf8(&t.bytes).is_ok_and(super::unicode::is_identifier)
    })
}
pub fn islower(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    predicate(rt, &args, "islower", &|t| {
        algo::is_case(t.units(), &t.bytes, false)
    })
}
pub fn isupper(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    predicate(rt, &args, "isupper", &|t| {
        algo::is_case(t.units(), &t.bytes, true)
    })
}
pub fn istitle(rt: &Runtime, args: Args<'_>) -> PyResult<Value> {
    predicate(rt, &args, "istitle", &|t| {
        algo::istitle(t.units(), &t.bytes)
    })
}

/// Clamps a huge int to isize (used where CPython saturates).
pub fn clamp(rt: &Runtime, v: &Value) -> isize {
    clamp_int(rt.int_ref(v))
}
