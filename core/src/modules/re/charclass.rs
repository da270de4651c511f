//! Character predicates: `\d \w \s` (Unicode definitions from `object::unicode`, the same
//! ones `str.isdecimal`/`isalnum`/`isspace` use, as CPython's engine does), case folding for
//! IGNORECASE, and compiled `[...]` sets with an ASCII bitmap for speed.

use alloc::vec::Vec;

use super::ast::{Case, Category, ClassItem, ClassSet};
use crate::object::unicode;

/// CPython's simple lowercase mapping (one character to one character).
pub fn lower(c: u32) -> u32 {
    if c < 128 {
        return (c as u8).to_ascii_lowercase() as u32;
    }
    if c == 0x130 {
        return b'i' as u32;
    }
    let Some(ch) = char::from_u32(c) else {
        return c;
    };
    let mut it = ch.to_lowercase();
    match (it.next(), it.next()) {
        (Some(l), None) => l as u32,
        _ => c,
    }
}

/// The simple uppercase mapping.
pub fn upper(c: u32) -> u32 {
    if c < 128 {
        return (c as u8).to_ascii_uppercase() as u32;
    }
    let Some(ch) = char::from_u32(c) else {
        return c;
    };
    let mut it = ch.to_uppercase();
    match (it.next(), it.next()) {
        (Some(u), None) => u as u32,
        _ => c,
    }
}

/// The representative of `c`'s case-insensitive class: characters with equal folds match each
/// other under IGNORECASE ('k', 'K' and KELVIN SIGN all fold to 'k'; 'ſ' to 's').
#[inline]
pub fn fold(c: u32, case: Case) -> u32 {
    match case {
        Case::Exact => c,
        Case::Ascii => {
            if c < 128 {
                (c as u8).to_ascii_lowercase() as u32
            } else {
                c
            }
        }
        Case::Unicode => {
            if c < 128 {
                // 'k' and 's' have non-ASCII relatives but fold to themselves.
                (c as u8).to_ascii_lowercase() as u32
            } else {
                lower(upper(c))
            }
        }
    }
}

pub fn is_word(c: u32, uni: bool) -> bool {
    if c < 128 {
        let b = c as u8;
        return b.is_ascii_alphanumeric() || b == b'_';
    }
    uni && char::from_u32(c).is_some_and(unicode::is_alnum)
}

pub fn is_digit(c: u32, uni: bool) -> bool {
    if c < 128 {
        return (c as u8).is_ascii_digit();
    }
    uni && char::from_u32(c).is_some_and(unicode::is_decimal)
}

pub fn is_space(c: u32, uni: bool) -> bool {
    if c < 128 {
        return matches!(c, 0x20 | 0x09..=0x0d) || (uni && (0x1c..=0x1f).contains(&c));
    }
    uni && char::from_u32(c).is_some_and(unicode::is_space)
}

fn category(cat: Category, c: u32, uni: bool) -> bool {
    match cat {
        Category::Digit => is_digit(c, uni),
        Category::Word => is_word(c, uni),
        Category::Space => is_space(c, uni),
    }
}

/// A compiled `[...]` (or `\d`-style) set.
#[derive(Debug)]
pub struct Class {
    ascii: [u64; 2],
    items: Vec<ClassItem>,
    negated: bool,
    case: Case,
}

impl Class {
    pub fn new(set: &ClassSet, case: Case) -> Class {
        let mut items = set.items.clone();
        if case == Case::Unicode {
            // Add the folds of small ranges so 'k' finds [\u212a] (KELVIN SIGN).
            for it in &set.items {
                if let ClassItem::Range(a, b) = *it
                    && b.saturating_sub(a) < 512
                {
                    for c in a..=b {
                        let f = fold(c, case);
                        if f != c {
                            items.push(ClassItem::Range(f, f));
                        }
                    }
                }
            }
        }
        let mut cls = Class {
            ascii: [0; 2],
            items,
            negated: set.negated,
            case,
        };
        for c in 0..128u32 {
            if cls.slow(c) {
                cls.ascii[(c >> 6) as usize] |= 1 << (c & 63);
            }
        }
        cls
    }

    fn contains(&self, c: u32) -> bool {
        self.items.iter().any(|it| match *it {
            ClassItem::Range(a, b) => a <= c && c <= b,
            ClassItem::Cat { cat, negated, uni } => category(cat, c, uni) != negated,
        })
    }

    fn slow(&self, c: u32) -> bool {
        let mut hit = self.contains(c);
        if !hit && self.case != Case::Exact {
            let f = fold(c, self.case);
            hit = self.contains(f);
            if !hit {
                let u = if self.case == Case::Ascii && f >= 128 {
                    f
                } else if self.case == Case::Ascii {
                    (f as u8).to_ascii_uppercase() as u32
                } else {
                    upper(f)
                };
                hit = u != c && self.contains(u);
            }
        }
        hit != self.negated
    }

    #[inline]
    pub fn matches(&self, c: u32) -> bool {
        if c < 128 {
            self.ascii[(c >> 6) as usize] & (1 << (c & 63)) != 0
        } else {
            self.slow(c)
        }
    }
}
