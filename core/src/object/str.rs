//! `str`: UTF-8 text with its length in characters and an ASCII flag cached, so ASCII strings
//! index and slice in O(1). The hash is computed once and kept.

use alloc::boxed::Box;
use core::cell::Cell;

use super::error::PyResult;
use super::header::{Payload, alloc_object};
use super::typeobj::flags;
use super::value::Value;
use crate::runtime::Runtime;

pub struct StrData {
    text: Box<str>,
    char_len: usize,
    ascii: bool,
    /// -1 until computed.
    hash: Cell<i64>,
}

impl Default for StrData {
    fn default() -> Self {
        StrData::new(Box::from(""))
    }
}

impl Payload for StrData {}

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
            hash: Cell::new(-1),
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
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = hash_bytes(self.text.as_bytes());
        self.hash.set(h);
        h
    }
    /// Byte offset of character `i` (O(1) for ASCII).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.ascii {
            i
        } else {
            self.text
                .char_indices()
                .nth(i)
                .map_or(self.text.len(), |(b, _)| b)
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

    pub fn new_str_owned(&self, s: Box<str>) -> PyResult<Value> {
        let extra = s.len();
        if !self.heap().grow(extra) {
            return Err(self.memory_error());
        }
        match unsafe { alloc_object(self, self.types().str.0, StrData::new(s)) } {
            Some(v) => Ok(v),
            None => {
                self.heap().shrink(extra);
                Err(self.memory_error())
            }
        }
    }

    /// The interned (immortal, unique) str object for `s`.
    pub fn intern(&self, s: &str) -> Value {
        if let Some(v) = self.interned().get(s) {
            return v;
        }
        let v = unsafe { alloc_object(self, self.types().str.0, StrData::new(Box::from(s))) }
            .expect("interning needs memory");
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

pub fn spec() -> super::typespec::TypeSpec {
    super::typespec::TypeSpec::base::<StrData>("str", init).flags(flags::STR_SUBCLASS)
}

fn init(_rt: &Runtime, ty: super::typeobj::TypeRef) {
    let s = unsafe { ty.data().slots_mut() };
    s.str = Some(|rt, v| {
        if rt.type_of(v) == rt.types().str {
            Ok(v.clone())
        } else {
            rt.new_str(rt.str_of(v).unwrap_or(""))
        }
    });
    s.hash = Some(|rt, v| Ok(rt.str_data(v).map_or(0, |d| d.hash())));
    s.len = Some(|rt, v| Ok(rt.str_data(v).map_or(0, |d| d.char_len())));
    s.richcompare = Some(|rt, a, b, op| match (rt.str_of(a), rt.str_of(b)) {
        (Some(x), Some(y)) => Ok(rt.bool_value(op.test(x.cmp(y)))),
        _ => Ok(rt.not_implemented()),
    });
}
