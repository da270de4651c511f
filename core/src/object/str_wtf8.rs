//! Text that may hold lone surrogates (U+D800..U+DFFF), which a Python `str` can and a Rust
//! `str` cannot. Such text is kept as "generalized UTF-8" (WTF-8 without pair joining): valid
//! UTF-8 except that each surrogate code point is its own 3-byte sequence `ED A0..BF 80..BF`.
//! A high surrogate followed by a low one stays two code points, as in CPython.
//!
//! Two facts make this cheap to combine with ordinary UTF-8:
//! - the bytes order like the code points (surrogates sort between U+D7FF and U+E000), and the
//!   encoding is self-synchronizing, so byte-wise search, split, replace and compare are exact;
//! - the lossy view, with every surrogate replaced by U+FFFD (`EF BF BD`), has the same byte
//!   length and the same character offsets, so indexes computed on one apply to the other.

use alloc::string::String;
use alloc::vec::Vec;
use core::ops::Deref;

/// Whether the 3 bytes at `i` encode a surrogate.
#[inline]
pub fn is_surrogate_at(b: &[u8], i: usize) -> bool {
    b.get(i) == Some(&0xed) && b.get(i + 1).is_some_and(|&c| c >= 0xa0)
}

/// Whether `cp` is a surrogate code point.
#[inline]
pub fn is_surrogate(cp: u32) -> bool {
    (0xd800..=0xdfff).contains(&cp)
}

/// Appends code point `cp` (surrogates included; values past U+10FFFF become U+FFFD).
pub fn push_cp(out: &mut Vec<u8>, cp: u32) {
    if let Some(c) = char::from_u32(cp) {
        let mut buf = [0u8; 4];
        out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
    } else if is_surrogate(cp) {
        out.extend_from_slice(&[
            0xe0 | (cp >> 12) as u8,
            0x80 | ((cp >> 6) & 0x3f) as u8,
            0x80 | (cp & 0x3f) as u8,
        ]);
    } else {
        out.extend_from_slice("\u{fffd}".as_bytes());
    }
}

/// The code point starting at byte `i` and its length in bytes (never panics: malformed or
/// truncated input reads as U+FFFD).
#[inline]
pub fn decode_at(b: &[u8], i: usize) -> (u32, usize) {
    let Some(&lead) = b.get(i) else {
        return (0xfffd, 1);
    };
    if lead < 0x80 {
        return (lead as u32, 1);
    }
    let len = super::text_algo::utf8_len(lead);
    let Some(seq) = b.get(i..i + len) else {
        return (0xfffd, b.len() - i);
    };
    let init = match len {
        2 => (lead & 0x1f) as u32,
        3 => (lead & 0x0f) as u32,
        _ => (lead & 0x07) as u32,
    };
    let cp = seq[1..]
        .iter()
        .fold(init, |acc, &c| (acc << 6) | (c & 0x3f) as u32);
    (cp, len)
}

/// The code points of generalized UTF-8 text.
pub fn code_points(b: &[u8]) -> impl Iterator<Item = u32> + '_ {
    let mut i = 0;
    core::iter::from_fn(move || {
        if i >= b.len() {
            return None;
        }
        let (cp, n) = decode_at(b, i);
        i += n;
        Some(cp)
    })
}

/// The lossy UTF-8 view of generalized UTF-8 (`None` when the bytes are malformed otherwise).
pub fn lossy(b: &[u8]) -> Option<String> {
    let mut v = b.to_vec();
    let mut i = 0;
    while i + 2 < v.len() {
        if is_surrogate_at(&v, i) {
            v[i..i + 3].copy_from_slice("\u{fffd}".as_bytes());
            i += 3;
        } else {
            i += 1;
        }
    }
    String::from_utf8(v).ok()
}

/// Text that may hold lone surrogates, for compile-time constants: dereferences to its lossy
/// UTF-8 view (surrogates as U+FFFD) so name-like uses keep working, while equality, `exact()`
/// and the runtime str built from it keep the exact code points.
#[derive(Clone, Default, PartialEq)]
pub struct WtfString {
    text: String,
    /// The exact bytes, only when they differ from `text` (some surrogate present).
    exact: Option<Vec<u8>>,
}

impl WtfString {
    pub fn new() -> WtfString {
        WtfString::default()
    }
    /// From generalized UTF-8 bytes (malformed parts read as U+FFFD).
    pub fn from_wtf8(bytes: Vec<u8>) -> WtfString {
        match String::from_utf8(bytes) {
            Ok(text) => WtfString { text, exact: None },
            Err(e) => {
                let bytes = e.into_bytes();
                match lossy(&bytes) {
                    Some(text) => WtfString {
                        text,
                        exact: Some(bytes),
                    },
                    None => String::from_utf8_lossy(&bytes).into_owned().into(),
                }
            }
        }
    }
    /// The exact generalized UTF-8 bytes.
    pub fn exact(&self) -> &[u8] {
        self.exact.as_deref().unwrap_or(self.text.as_bytes())
    }
    pub fn has_surrogates(&self) -> bool {
        self.exact.is_some()
    }
    pub fn push(&mut self, c: char) {
        self.text.push(c);
        if let Some(e) = &mut self.exact {
            push_cp(e, c as u32);
        }
    }
    pub fn push_str(&mut self, s: &str) {
        self.text.push_str(s);
        if let Some(e) = &mut self.exact {
            e.extend_from_slice(s.as_bytes());
        }
    }
    /// Appends any code point, surrogates included.
    pub fn push_cp(&mut self, cp: u32) {
        match char::from_u32(cp) {
            Some(c) => self.push(c),
            None => {
                let e = self
                    .exact
                    .get_or_insert_with(|| self.text.as_bytes().to_vec());
                push_cp(e, cp);
                self.text.push('\u{fffd}');
            }
        }
    }
    pub fn push_wtf(&mut self, other: &WtfString) {
        if other.exact.is_some() && self.exact.is_none() {
            self.exact = Some(self.text.as_bytes().to_vec());
        }
        self.text.push_str(&other.text);
        if let Some(e) = &mut self.exact {
            e.extend_from_slice(other.exact());
        }
    }
    /// `self * n` (the caller bounds the size).
    pub fn repeat(&self, n: usize) -> WtfString {
        WtfString {
            text: self.text.repeat(n),
            exact: self.exact.as_ref().map(|e| e.repeat(n)),
        }
    }
}

impl Deref for WtfString {
    type Target = str;
    fn deref(&self) -> &str {
        &self.text
    }
}

/// Equal to a Rust string only without surrogates (never '\ud800' == "\u{fffd}").
impl PartialEq<str> for WtfString {
    fn eq(&self, other: &str) -> bool {
        self.exact.is_none() && self.text == other
    }
}

impl PartialEq<&str> for WtfString {
    fn eq(&self, other: &&str) -> bool {
        *self == **other
    }
}

impl From<String> for WtfString {
    fn from(text: String) -> WtfString {
        WtfString { text, exact: None }
    }
}

impl From<&str> for WtfString {
    fn from(text: &str) -> WtfString {
        WtfString {
            text: String::from(text),
            exact: None,
        }
    }
}

impl core::fmt::Debug for WtfString {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        if self.exact.is_some() {
            f.write_str(&super::text_repr::repr_wtf8(self.exact()))
        } else {
            core::fmt::Debug::fmt(&self.text, f)
        }
    }
}

/// The byte range of `s` left after stripping code points matching `strip` from the chosen ends.
pub fn strip_range(
    s: &[u8],
    left: bool,
    right: bool,
    strip: &dyn Fn(u32) -> bool,
) -> (usize, usize) {
    let mut i = 0;
    let mut j = s.len();
    if left {
        while i < j {
            let (c, n) = decode_at(s, i);
            if !strip(c) {
                break;
            }
            i += n;
        }
    }
    if right {
        while j > i {
            let mut k = j - 1;
            while k > i && s[k] & 0xc0 == 0x80 {
                k -= 1;
            }
            if !strip(decode_at(s, k).0) {
                break;
            }
            j = k;
        }
    }
    (i, j)
}

/// The byte length of the first `n` code points of `b` (all of it when shorter).
pub fn prefix_len(b: &[u8], n: usize) -> usize {
    let mut i = 0;
    for _ in 0..n {
        if i >= b.len() {
            break;
        }
        i += decode_at(b, i).1;
    }
    i.min(b.len())
}

/// The number of code points in `b`.
pub fn count(b: &[u8]) -> usize {
    b.iter().filter(|&&c| c & 0xc0 != 0x80).count()
}
