//! String algorithms shared by `str`, `bytes` and `bytearray`, written once over byte slices.
//!
//! A `str` is UTF-8, which is self-synchronizing: a substring search over its bytes only matches
//! at character boundaries, so find/count/replace/split-by-separator work unchanged on both kinds.
//! Where the unit matters (whitespace, line breaks, case), `Units` says how to step over the text:
//! one byte at a time (bytes, ASCII rules) or one UTF-8 character at a time (str, Unicode rules).

use alloc::vec::Vec;

use super::unicode;

/// How to read units out of a byte slice.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Units {
    /// `bytes`/`bytearray`: each byte is a unit; classification is ASCII only.
    Bytes,
    /// `str`: UTF-8 characters; classification is Unicode.
    Utf8,
}

impl Units {
    /// The unit starting at byte `i` and its length in bytes.
    #[inline]
    pub fn next(self, s: &[u8], i: usize) -> (char, usize) {
        let b = s[i];
        if b < 0x80 || self == Units::Bytes {
            return (b as char, 1);
        }
        let len = utf8_len(b);
        let end = (i + len).min(s.len());
        let c = core::str::from_utf8(&s[i..end])
            .ok()
            .and_then(|t| t.chars().next())
            .unwrap_or('\u{fffd}');
        (c, end - i)
    }

    /// The unit ending at byte `i` (exclusive) and its length.
    #[inline]
    pub fn prev(self, s: &[u8], i: usize) -> (char, usize) {
        let mut start = i - 1;
        if self == Units::Utf8 {
            while start > 0 && s[start] & 0xc0 == 0x80 {
                start -= 1;
            }
        }
        let (c, _) = self.next(s, start);
        (c, i - start)
    }

    pub fn is_space(self, c: char) -> bool {
        match self {
            Units::Bytes => matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c'),
            Units::Utf8 => unicode::is_space(c),
        }
    }

    /// Line boundaries for `splitlines` (`\r\n` is handled by the caller).
    pub fn is_linebreak(self, c: char) -> bool {
        match self {
            Units::Bytes => matches!(c, '\n' | '\r'),
            Units::Utf8 => matches!(
                c,
                '\n' | '\r'
                    | '\x0b'
                    | '\x0c'
                    | '\x1c'
                    | '\x1d'
                    | '\x1e'
                    | '\u{85}'
                    | '\u{2028}'
                    | '\u{2029}'
            ),
        }
    }

    pub fn is_lower(self, c: char) -> bool {
        match self {
            Units::Bytes => c.is_ascii_lowercase(),
            Units::Utf8 => unicode::is_lower(c),
        }
    }
    pub fn is_upper(self, c: char) -> bool {
        match self {
            Units::Bytes => c.is_ascii_uppercase(),
            Units::Utf8 => unicode::is_upper(c),
        }
    }
    pub fn is_title(self, c: char) -> bool {
        self == Units::Utf8 && unicode::is_titlecase(c)
    }
    pub fn is_cased(self, c: char) -> bool {
        self.is_lower(c) || self.is_upper(c) || self.is_title(c)
    }

    /// Appends a unit (bytes: the low byte; the case operations keep byte units below 256).
    #[inline]
    pub fn push(self, out: &mut Vec<u8>, c: char) {
        match self {
            Units::Bytes => out.push(c as u32 as u8),
            Units::Utf8 => {
                let mut buf = [0u8; 4];
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            }
        }
    }

    /// Appends the upper/lower/title case of `c`; `at`/`s` give the context for final sigma.
    pub fn push_case(self, out: &mut Vec<u8>, c: char, case: Case, s: &[u8], at: usize) {
        match self {
            Units::Bytes => out.push(match case {
                Case::Upper | Case::Title => c.to_ascii_uppercase(),
                Case::Lower | Case::Fold => c.to_ascii_lowercase(),
            } as u8),
            // U+FFFD has no case mappings; copying the source bytes keeps a lone surrogate
            // (which reads as U+FFFD) intact.
            Units::Utf8 if c == '\u{fffd}' => {
                out.extend_from_slice(s.get(at..at + 3).unwrap_or("\u{fffd}".as_bytes()))
            }
            Units::Utf8 => match case {
                Case::Upper => c.to_uppercase().for_each(|u| self.push(out, u)),
                Case::Lower if c == 'Σ' => self.push(out, final_sigma(s, at)),
                Case::Lower => c.to_lowercase().for_each(|u| self.push(out, u)),
                Case::Title => match unicode::titlecase(c) {
                    Some(t) => out.extend_from_slice(t.as_bytes()),
                    None => c.to_uppercase().for_each(|u| self.push(out, u)),
                },
                Case::Fold => match unicode::casefold(c) {
                    Some(t) => out.extend_from_slice(t.as_bytes()),
                    None => c.to_lowercase().for_each(|u| self.push(out, u)),
                },
            },
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Case {
    Upper,
    Lower,
    Title,
    Fold,
}

/// Length of the UTF-8 sequence a lead byte starts.
#[inline]
pub fn utf8_len(b: u8) -> usize {
    match b {
        0x00..=0x7f => 1,
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        _ => 4,
    }
}

/// 'Σ' lowercases to final 'ς' after a cased letter and not before one (case-ignorable
/// characters skipped), as CPython's `lower()`.
fn final_sigma(s: &[u8], at: usize) -> char {
    let u = Units::Utf8;
    let ignorable = |c: char| unicode::is_case_ignorable(c);
    let mut i = at;
    let mut before = false;
    while i > 0 {
        let (c, n) = u.prev(s, i);
        i -= n;
        if !ignorable(c) {
            before = u.is_cased(c);
            break;
        }
    }
    if !before {
        return 'σ';
    }
    let mut j = at + 'Σ'.len_utf8();
    while j < s.len() {
        let (c, n) = u.next(s, j);
        j += n;
        if !ignorable(c) {
            return if u.is_cased(c) { 'σ' } else { 'ς' };
        }
    }
    'ς'
}

/// First occurrence of `needle` in `hay[start..end]`, as an offset into `hay`.
pub fn find(hay: &[u8], needle: &[u8], start: usize, end: usize) -> Option<usize> {
    if start > end || end > hay.len() || needle.len() > end - start {
        return None;
    }
    let h = &hay[start..end];
    if needle.is_empty() {
        return Some(start);
    }
    if needle.len() == 1 {
        return h.iter().position(|&b| b == needle[0]).map(|p| p + start);
    }
    h.windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + start)
}

/// Last occurrence of `needle` in `hay[start..end]`.
pub fn rfind(hay: &[u8], needle: &[u8], start: usize, end: usize) -> Option<usize> {
    if start > end || end > hay.len() || needle.len() > end - start {
        return None;
    }
    if needle.is_empty() {
        return Some(end);
    }
    hay[start..end]
        .windows(needle.len())
        .rposition(|w| w == needle)
        .map(|p| p + start)
}

/// Non-overlapping occurrences of `needle` in `hay[start..end]` (an empty needle matches
/// between every unit: `units + 1` times), up to `max`.
pub fn count(
    hay: &[u8],
    needle: &[u8],
    start: usize,
    end: usize,
    units: usize,
    max: usize,
) -> usize {
    if start > end || end > hay.len() {
        return 0;
    }
    if needle.is_empty() {
        return (units + 1).min(max);
    }
    let mut n = 0;
    let mut i = start;
    while n < max {
        match find(hay, needle, i, end) {
            Some(p) => {
                n += 1;
                i = p + needle.len();
            }
            None => break,
        }
    }
    n
}

/// `replace(old, new, count)`; `count` < 0 means all. An empty `old` inserts `new` between units.
pub fn replace(units: Units, s: &[u8], old: &[u8], new: &[u8], count: isize) -> Vec<u8> {
    let max = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    let mut out = Vec::with_capacity(s.len());
    let mut done = 0;
    if old.is_empty() {
        let mut i = 0;
        while i <= s.len() {
            if done < max {
                out.extend_from_slice(new);
                done += 1;
            }
            if i == s.len() {
                break;
            }
            let (_, n) = units.next(s, i);
            out.extend_from_slice(&s[i..i + n]);
            i += n;
        }
        return out;
    }
    let mut i = 0;
    while done < max {
        match find(s, old, i, s.len()) {
            Some(p) => {
                out.extend_from_slice(&s[i..p]);
                out.extend_from_slice(new);
                i = p + old.len();
                done += 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(&s[i..]);
    out
}

/// Byte ranges of `split(sep, maxsplit)`; `maxsplit` < 0 means no limit.
pub fn split(s: &[u8], sep: &[u8], maxsplit: isize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    let mut left = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    while left > 0 {
        match find(s, sep, i, s.len()) {
            Some(p) => {
                out.push((i, p));
                i = p + sep.len();
                left -= 1;
            }
            None => break,
        }
    }
    out.push((i, s.len()));
    out
}

/// Byte ranges of `rsplit(sep, maxsplit)`, in order.
pub fn rsplit(s: &[u8], sep: &[u8], maxsplit: isize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut end = s.len();
    let mut left = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    while left > 0 {
        match rfind(s, sep, 0, end) {
            Some(p) => {
                out.push((p + sep.len(), end));
                end = p;
                left -= 1;
            }
            None => break,
        }
    }
    out.push((0, end));
    out.reverse();
    out
}

/// Byte ranges of `split()` on runs of whitespace.
pub fn split_whitespace(units: Units, s: &[u8], maxsplit: isize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut left = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let mut i = 0;
    loop {
        while i < s.len() {
            let (c, n) = units.next(s, i);
            if !units.is_space(c) {
                break;
            }
            i += n;
        }
        if i >= s.len() {
            break;
        }
        if left == 0 {
            // The rest, with trailing whitespace kept.
            out.push((i, s.len()));
            break;
        }
        let start = i;
        while i < s.len() {
            let (c, n) = units.next(s, i);
            if units.is_space(c) {
                break;
            }
            i += n;
        }
        out.push((start, i));
        left -= 1;
    }
    out
}

/// Byte ranges of `rsplit()` on runs of whitespace, in order.
pub fn rsplit_whitespace(units: Units, s: &[u8], maxsplit: isize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut left = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let mut i = s.len();
    loop {
        while i > 0 {
            let (c, n) = units.prev(s, i);
            if !units.is_space(c) {
                break;
            }
            i -= n;
        }
        if i == 0 {
            break;
        }
        if left == 0 {
            out.push((0, i));
            break;
        }
        let end = i;
        while i > 0 {
            let (c, n) = units.prev(s, i);
            if units.is_space(c) {
                break;
            }
            i -= n;
        }
        out.push((i, end));
        left -= 1;
    }
    out.reverse();
    out
}

/// Byte ranges of `splitlines(keepends)`.
pub fn splitlines(units: Units, s: &[u8], keepends: bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < s.len() {
        let (c, n) = units.next(s, i);
        if !units.is_linebreak(c) {
            i += n;
            continue;
        }
        let mut eol = i + n;
        if c == '\r' && s.get(eol) == Some(&b'\n') {
            eol += 1;
        }
        out.push((start, if keepends { eol } else { i }));
        start = eol;
        i = eol;
    }
    if start < s.len() {
        out.push((start, s.len()));
    }
    out
}

/// The byte range left after stripping units matching `strip` from the chosen ends.
pub fn strip_range(
    units: Units,
    s: &[u8],
    left: bool,
    right: bool,
    strip: &dyn Fn(char) -> bool,
) -> (usize, usize) {
    let mut i = 0;
    let mut j = s.len();
    if left {
        while i < j {
            let (c, n) = units.next(s, i);
            if !strip(c) {
                break;
            }
            i += n;
        }
    }
    if right {
        while j > i {
            let (c, n) = units.prev(s, j);
            if !strip(c) {
                break;
            }
            j -= n;
        }
    }
    (i, j)
}

/// `expandtabs(tabsize)`: column counting restarts after `\n` and `\r`.
pub fn expandtabs(units: Units, s: &[u8], tabsize: isize) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let mut col: usize = 0;
    let mut i = 0;
    while i < s.len() {
        let (c, n) = units.next(s, i);
        if c == '\t' {
            if tabsize > 0 {
                let pad = tabsize as usize - col % tabsize as usize;
                col = col.checked_add(pad)?;
                out.try_reserve(pad).ok()?;
                out.resize(out.len() + pad, b' ');
            }
        } else {
            out.extend_from_slice(&s[i..i + n]);
            col = if c == '\n' || c == '\r' { 0 } else { col + 1 };
        }
        i += n;
    }
    Some(out)
}

/// `title()`: the first cased unit of each run titlecased, the others lowercased.
pub fn title(units: Units, s: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    let mut prev_cased = false;
    let mut i = 0;
    while i < s.len() {
        let (c, n) = units.next(s, i);
        let case = if prev_cased { Case::Lower } else { Case::Title };
        units.push_case(&mut out, c, case, s, i);
        prev_cased = units.is_cased(c);
        i += n;
    }
    out
}

/// `capitalize()`: the first unit titlecased (str) or uppercased (bytes), the rest lowercased.
pub fn capitalize(units: Units, s: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        let (c, n) = units.next(s, i);
        let case = if i == 0 { Case::Title } else { Case::Lower };
        units.push_case(&mut out, c, case, s, i);
        i += n;
    }
    out
}

/// `swapcase()`.
pub fn swapcase(units: Units, s: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        let (c, n) = units.next(s, i);
        if units.is_upper(c) {
            units.push_case(&mut out, c, Case::Lower, s, i);
        } else if units.is_lower(c) {
            units.push_case(&mut out, c, Case::Upper, s, i);
        } else {
            out.extend_from_slice(&s[i..i + n]);
        }
        i += n;
    }
    out
}

/// Maps every unit through a case function (upper, lower, casefold).
pub fn map_case(units: Units, s: &[u8], case: Case) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        let (c, n) = units.next(s, i);
        if c.is_ascii() {
            out.push(match case {
                Case::Upper | Case::Title => c.to_ascii_uppercase(),
                Case::Lower | Case::Fold => c.to_ascii_lowercase(),
            } as u8);
        } else {
            units.push_case(&mut out, c, case, s, i);
        }
        i += n;
    }
    out
}

/// `istitle()`: uppercase/titlecase units only after uncased ones, lowercase only after cased.
pub fn istitle(units: Units, s: &[u8]) -> bool {
    let mut prev_cased = false;
    let mut any = false;
    let mut i = 0;
    while i < s.len() {
        let (c, n) = units.next(s, i);
        if units.is_upper(c) || units.is_title(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            any = true;
        } else if units.is_lower(c) {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            any = true;
        } else {
            prev_cased = false;
        }
        i += n;
    }
    any
}

/// `islower()` / `isupper()`: at least one cased unit, and none of the other case.
pub fn is_case(units: Units, s: &[u8], upper: bool) -> bool {
    let mut any = false;
    let mut i = 0;
    while i < s.len() {
        let (c, n) = units.next(s, i);
        let (this, other) = if upper {
            (units.is_upper(c), units.is_lower(c) || units.is_title(c))
        } else {
            (units.is_lower(c), units.is_upper(c) || units.is_title(c))
        };
        if other {
            return false;
        }
        any |= this;
        i += n;
    }
    any
}

/// Whether every unit passes `pred` (and there is at least one).
pub fn all_units(units: Units, s: &[u8], pred: &dyn Fn(char) -> bool) -> bool {
    if s.is_empty() {
        return false;
    }
    let mut i = 0;
    while i < s.len() {
        let (c, n) = units.next(s, i);
        if !pred(c) {
            return false;
        }
        i += n;
    }
    true
}

/// `zfill(width)`: pads with '0' after a leading sign; `len` is the length in units.
pub fn zfill(s: &[u8], len: usize, width: usize) -> Vec<u8> {
    if width <= len {
        return s.to_vec();
    }
    let fill = width - len;
    let mut out = Vec::with_capacity(s.len() + fill);
    let signed = matches!(s.first(), Some(b'+' | b'-'));
    if signed {
        out.push(s[0]);
    }
    out.resize(out.len() + fill, b'0');
    out.extend_from_slice(if signed { &s[1..] } else { s });
    out
}

/// Padding on each side for `center(width)` (CPython puts the odd unit on the left when the
/// text length is odd... precisely: left = pad/2 + (pad & width & 1)).
pub fn center_pads(len: usize, width: usize) -> (usize, usize) {
    let pad = width.saturating_sub(len);
    let left = pad / 2 + (pad & width & 1);
    (left, pad - left)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_and_find() {
        assert_eq!(split(b"a,b,,c", b",", -1), [(0, 1), (2, 3), (4, 4), (5, 6)]);
        assert_eq!(rsplit(b"a,b,c", b",", 1), [(0, 3), (4, 5)]);
        assert_eq!(
            split_whitespace(Units::Bytes, b"  a  b c ", 1),
            [(2, 3), (5, 9)]
        );
        assert_eq!(
            rsplit_whitespace(Units::Bytes, b"  a  b c ", 1),
            [(0, 6), (7, 8)]
        );
        assert_eq!(find(b"abcabc", b"ca", 0, 6), Some(2));
        assert_eq!(rfind(b"abcabc", b"", 1, 4), Some(4));
        assert_eq!(count(b"aaaa", b"aa", 0, 4, 4, usize::MAX), 2);
        assert_eq!(center_pads(1, 4), (1, 2));
        assert_eq!(center_pads(2, 5), (2, 1));
    }
}
