//! Unicode character classification with CPython's definitions, from the generated tables in
//! `unicode_tables.rs` (CPython 3.11's Unicode 14.0 data).
//!
//! Rust's `char` methods use different definitions for several predicates: `is_alphabetic` is the
//! Alphabetic property (it includes Nl and combining marks; CPython's `isalpha` is L* only),
//! `is_numeric` is the N* categories (CPython's `isnumeric` is the Numeric_Type property, which
//! adds CJK ideographs such as '一'; `isdigit`/`isdecimal` are narrower still), and
//! `is_whitespace` misses U+001C..U+001F, which CPython treats as whitespace. So every predicate
//! reads our table. Case mapping uses `char::to_uppercase` /
//! `to_lowercase` (full mappings, e.g. 'ß'.upper() == 'SS'), plus tables for the titlecase and
//! casefold exceptions; the Rust toolchain's Unicode version may be newer than 14.0 for newly
//! assigned characters.

use super::unicode_tables as t;

/// The property bits of `c`.
#[inline]
pub fn props(c: char) -> u32 {
    let c = c as u32;
    let i = t::PROPS.partition_point(|&r| (r & 0x1f_ffff) <= c);
    // PROPS[0] starts at 0, so i >= 1.
    t::PROPS.get(i.wrapping_sub(1)).map_or(0, |r| r >> 21)
}

#[inline]
fn has(c: char, flag: u32) -> bool {
    if c.is_ascii() {
        return ascii_props(c as u8) & flag != 0;
    }
    props(c) & flag != 0
}

fn ascii_props(b: u8) -> u32 {
    let mut f = 0;
    if b.is_ascii_alphabetic() {
        f |= t::ALPHA | t::XID_START | t::XID_CONTINUE;
    }
    if b.is_ascii_digit() {
        f |= t::DECIMAL | t::DIGIT | t::NUMERIC | t::XID_CONTINUE;
    }
    if b == b'_' {
        f |= t::XID_START | t::XID_CONTINUE;
    }
    if (0x20..0x7f).contains(&b) {
        f |= t::PRINTABLE;
    }
    if matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c | 0x1c..=0x1f) {
        f |= t::SPACE;
    }
    if b.is_ascii_lowercase() {
        f |= t::LOWER;
    }
    if b.is_ascii_uppercase() {
        f |= t::UPPER;
    }
    f
}

pub fn is_alpha(c: char) -> bool {
    has(c, t::ALPHA)
}
pub fn is_decimal(c: char) -> bool {
    has(c, t::DECIMAL)
}
pub fn is_digit(c: char) -> bool {
    has(c, t::DIGIT)
}
pub fn is_numeric(c: char) -> bool {
    has(c, t::NUMERIC)
}
pub fn is_alnum(c: char) -> bool {
    has(c, t::ALPHA | t::DECIMAL | t::DIGIT | t::NUMERIC)
}
pub fn is_printable(c: char) -> bool {
    has(c, t::PRINTABLE)
}
pub fn is_xid_start(c: char) -> bool {
    has(c, t::XID_START)
}
pub fn is_xid_continue(c: char) -> bool {
    has(c, t::XID_CONTINUE)
}
pub fn is_space(c: char) -> bool {
    has(c, t::SPACE)
}
pub fn is_lower(c: char) -> bool {
    has(c, t::LOWER)
}
pub fn is_upper(c: char) -> bool {
    has(c, t::UPPER)
}
pub fn is_titlecase(c: char) -> bool {
    has(c, t::TITLE)
}

/// Characters skipped when deciding whether 'Σ' ends a word (an approximation of the
/// Case_Ignorable property: apostrophes, dots, colons and combining marks).
pub fn is_case_ignorable(c: char) -> bool {
    matches!(
        c,
        '\'' | '.' | ':' | '^' | '`' | '\u{ad}' | '\u{b7}' | '\u{2018}' | '\u{2019}' | '\u{2024}'
    ) || ('\u{300}'..='\u{36f}').contains(&c)
}

/// The titlecase of `c` when it differs from its uppercase.
pub fn titlecase(c: char) -> Option<&'static str> {
    lookup(&t::TITLECASE, c)
}

/// The case folding of `c` when it differs from its lowercase.
pub fn casefold(c: char) -> Option<&'static str> {
    lookup(&t::CASEFOLD, c)
}

fn lookup(table: &'static [(u32, &'static str)], c: char) -> Option<&'static str> {
    table
        .binary_search_by_key(&(c as u32), |&(k, _)| k)
        .ok()
        .map(|i| table[i].1)
}

/// `str.isidentifier()` for the text of a str.
pub fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if is_xid_start(c) => chars.all(is_xid_continue),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_cpython() {
        // Expected values from python3 3.11.
        assert!(is_alpha('é') && !is_alpha('\u{16ee}') && '\u{16ee}'.is_alphabetic());
        assert!(is_space('\x1c') && !'\x1c'.is_whitespace());
        assert!(is_numeric('一') && !is_digit('一') && is_digit('²') && !is_decimal('²'));
        assert!(is_decimal('٣') && is_printable('é') && !is_printable('\u{a0}'));
        assert!(!is_printable('\u{ad}') && is_printable(' ') && !is_printable('\n'));
        assert!(is_titlecase('ǅ') && is_identifier("_a1") && !is_identifier("1a"));
        assert_eq!(titlecase('ǆ'), Some("ǅ"));
        assert_eq!(casefold('ß'), Some("ss"));
        assert!(is_identifier("ñandú") && !is_identifier(""));
    }
}
