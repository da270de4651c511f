//! Pattern text to syntax tree, with CPython 3.11's error messages and positions.
//!
//! Recursive descent over the pattern's code points (bytes patterns: one code point per byte).
//! Nesting is limited (CPython itself stops with RecursionError near 1,000 levels), so the
//! recursion here and in the compiler is bounded.

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::ast::*;

/// Deepest group nesting accepted (CPython accepts 300, fails at 1,000).
const MAX_DEPTH: usize = 400;
const MAX_REPEAT: u64 = 4_294_967_295;

pub enum ParseError {
    /// `re.error(msg, pattern, pos)`.
    Re { msg: String, pos: Option<usize> },
    /// OverflowError (repeat counts too large).
    Overflow(String),
    /// RecursionError (nesting too deep).
    Recursion,
}

type PResult<T> = Result<T, ParseError>;

fn err<T>(msg: impl Into<String>, pos: usize) -> PResult<T> {
    Err(ParseError::Re {
        msg: msg.into(),
        pos: Some(pos),
    })
}

pub struct Parsed {
    pub root: Node,
    /// The pattern's flags including inline global flags.
    pub flags: u32,
    /// Number of capturing groups (without group 0).
    pub groups: u32,
    pub names: Vec<(String, u32)>,
}

/// What an escape stands for.
enum Esc {
    Char(u32),
    Cat(ClassItem),
    Anchor(Anchor),
    Backref(u32),
}

struct Parser<'a> {
    p: &'a [u32],
    i: usize,
    bytes: bool,
    flags: u32,
    /// Groups opened so far plus one (the next group's number).
    next_group: u32,
    names: Vec<(String, u32)>,
    open: Vec<u32>,
    widths: Vec<(usize, Option<usize>)>,
    /// Groups numbered from here on were defined inside the lookbehind being parsed.
    lookbehind_from: Option<u32>,
    depth: usize,
    /// Conditional group numbers, checked against the final group count: (group, position).
    cond_refs: Vec<(u32, usize)>,
}

pub fn parse(p: &[u32], bytes: bool, flags: u32) -> PResult<Parsed> {
    let mut ps = Parser {
        p,
        i: 0,
        bytes,
        flags,
        next_group: 1,
        names: Vec::new(),
        open: Vec::new(),
        widths: alloc::vec![(0, Some(0))],
        lookbehind_from: None,
        depth: 0,
        cond_refs: Vec::new(),
    };
    let root = ps.parse_alt(flags, true)?;
    if let Some(&c) = p.get(ps.i)
        && c == b')' as u32
    {
        return err("unbalanced parenthesis", ps.i);
    }
    for &(g, pos) in &ps.cond_refs {
        if g >= ps.next_group {
            return err(format!("invalid group reference {g}"), pos);
        }
    }
    Ok(Parsed {
        root,
        flags: ps.flags,
        groups: ps.next_group - 1,
        names: ps.names,
    })
}

fn is_digit(c: u32) -> bool {
    (b'0' as u32..=b'9' as u32).contains(&c)
}
fn is_octal(c: u32) -> bool {
    (b'0' as u32..=b'7' as u32).contains(&c)
}
fn hex_val(c: u32) -> Option<u32> {
    char::from_u32(c).and_then(|c| c.to_digit(16))
}
fn ch(c: u32) -> char {
    char::from_u32(c).unwrap_or('\u{fffd}')
}

fn case_of(flags: u32, bytes: bool) -> Case {
    if flags & FLAG_IGNORECASE == 0 {
        Case::Exact
    } else if bytes || flags & (FLAG_ASCII | FLAG_LOCALE) != 0 {
        Case::Ascii
    } else {
        Case::Unicode
    }
}

fn uni_of(flags: u32, bytes: bool) -> bool {
    !bytes && flags & (FLAG_ASCII | FLAG_LOCALE) == 0
}

impl Parser<'_> {
    fn peek(&self) -> Option<u32> {
        self.p.get(self.i).copied()
    }
    fn peek_is(&self, c: u8) -> bool {
        self.peek() == Some(c as u32)
    }
    fn text(&self, from: usize, to: usize) -> String {
        self.p
            .get(from..to.min(self.p.len()))
            .unwrap_or(&[])
            .iter()
            .map(|&c| ch(c))
            .collect()
    }

    fn skip_verbose(&mut self, flags: u32) {
        if flags & FLAG_VERBOSE == 0 {
            return;
        }
        while let Some(c) = self.peek() {
            if matches!(c, 0x20 | 0x09 | 0x0a | 0x0d | 0x0b | 0x0c) {
                self.i += 1;
            } else if c == b'#' as u32 {
                while let Some(c) = self.peek() {
                    self.i += 1;
                    if c == b'\n' as u32 {
                        break;
                    }
                }
            } else {
                break;
            }
        }
    }

    /// Alternatives up to `)` or the end.
    fn parse_alt(&mut self, flags: u32, top: bool) -> PResult<Node> {
        let mut branches = Vec::new();
        let mut flags = flags;
        loop {
            let first = branches.is_empty();
            branches.push(self.parse_seq(&mut flags, top && first)?);
            if self.peek_is(b'|') {
                self.i += 1;
            } else {
                break;
            }
        }
        Ok(if branches.len() == 1 {
            branches.pop().unwrap_or(Node::Empty)
        } else {
            Node::Alt(branches)
        })
    }

    /// One branch: items and their quantifiers. `at_start` allows global inline flags.
    fn parse_seq(&mut self, flags: &mut u32, at_start: bool) -> PResult<Node> {
        let mut items: Vec<Node> = Vec::new();
        let mut last_repeat = false;
        // A bare anchor (`^`, `\b`...) cannot be repeated; one inside a group can.
        let mut last_anchor = false;
        let mut start_ok = at_start;
        loop {
            self.skip_verbose(*flags);
            let Some(c) = self.peek() else { break };
            let pos = self.i;
            if c == b'|' as u32 || c == b')' as u32 {
                break;
            }
            if let Some((min, max, qlen)) = self.quantifier_at(pos)? {
                let Some(last) = items.pop() else {
                    return err("nothing to repeat", pos);
                };
                if last_anchor {
                    return err("nothing to repeat", pos);
                }
                if last_repeat {
                    return err("multiple repeat", pos);
                }
                if min > max {
                    return err("min repeat greater than max repeat", pos + 1);
                }
                self.i = pos + qlen;
                let kind = if self.peek_is(b'?') {
                    self.i += 1;
                    RepeatKind::Lazy
                } else if self.peek_is(b'+') {
                    self.i += 1;
                    RepeatKind::Possessive
                } else {
                    RepeatKind::Greedy
                };
                items.push(Node::Repeat {
                    node: Box::new(last),
                    min,
                    max,
                    kind,
                });
                last_repeat = true;
                continue;
            }
            last_repeat = false;
            last_anchor = matches!(c, 0x5e | 0x24);
            self.i += 1;
            let node = match c {
                0x5b => self.parse_class(pos, *flags)?, // [
                0x2e => Node::Any {
                    dotall: *flags & FLAG_DOTALL != 0,
                },
                0x5e => Node::Anchor(if *flags & FLAG_MULTILINE != 0 {
                    Anchor::LineStart
                } else {
                    Anchor::Start
                }),
                0x24 => Node::Anchor(if *flags & FLAG_MULTILINE != 0 {
                    Anchor::LineEnd
                } else {
                    Anchor::End
                }),
                0x5c => match self.parse_escape(pos, false, *flags)? {
                    Esc::Char(c) => Node::Lit {
                        c,
                        case: case_of(*flags, self.bytes),
                    },
                    Esc::Cat(item) => Node::Class {
                        set: ClassSet {
                            items: alloc::vec![item],
                            negated: false,
                        },
                        case: Case::Exact,
                    },
                    Esc::Anchor(a) => {
                        last_anchor = true;
                        Node::Anchor(a)
                    }
                    Esc::Backref(g) => Node::Backref {
                        group: g,
                        case: case_of(*flags, self.bytes),
                    },
                },
                0x28 => {
                    let only_items = start_ok && items.is_empty();
                    match self.parse_group(pos, flags, only_items)? {
                        Some(n) => n,
                        None => continue,
                    }
                }
                _ => Node::Lit {
                    c,
                    case: case_of(*flags, self.bytes),
                },
            };
            start_ok = false;
            items.push(node);
        }
        Ok(if items.len() == 1 {
            items.pop().unwrap_or(Node::Empty)
        } else if items.is_empty() {
            Node::Empty
        } else {
            Node::Concat(items)
        })
    }

    /// A quantifier starting at `pos`: (min, max, length in code points).
    fn quantifier_at(&self, pos: usize) -> PResult<Option<(u32, u32, usize)>> {
        let Some(c) = self.p.get(pos).copied() else {
            return Ok(None);
        };
        Ok(match c {
            0x2a => Some((0, INF, 1)),
            0x2b => Some((1, INF, 1)),
            0x3f => Some((0, 1, 1)),
            0x7b => {
                // {m}, {m,}, {,n}, {m,n}, {,}; anything else is a literal '{'.
                let mut j = pos + 1;
                let num = |j: &mut usize| -> Option<u64> {
                    let s = *j;
                    let mut v: u64 = 0;
                    while let Some(&d) = self.p.get(*j) {
                        if !is_digit(d) {
                            break;
                        }
                        v = v.saturating_mul(10).saturating_add((d - 0x30) as u64);
                        *j += 1;
                    }
                    (*j > s).then_some(v)
                };
                let lo = num(&mut j);
                let hi = if self.p.get(j) == Some(&0x2c) {
                    j += 1;
                    num(&mut j)
                } else {
                    if lo.is_none() {
                        return Ok(None);
                    }
                    lo
                };
                if self.p.get(j) != Some(&0x7d) {
                    return Ok(None);
                }
                let min = lo.unwrap_or(0);
                let max = hi.unwrap_or(MAX_REPEAT);
                if min >= MAX_REPEAT || (hi.is_some() && max >= MAX_REPEAT) {
                    return Err(ParseError::Overflow(String::from(
                        "the repetition number is too large",
                    )));
                }
                let max = if hi.is_none() { INF } else { max as u32 };
                Some((min as u32, max, j + 1 - pos))
            }
            _ => None,
        })
    }

    fn parse_class(&mut self, start: usize, flags: u32) -> PResult<Node> {
        let mut set = ClassSet {
            items: Vec::new(),
            negated: false,
        };
        if self.peek_is(b'^') {
            self.i += 1;
            set.negated = true;
        }
        let body_start = self.i;
        loop {
            let Some(c) = self.peek() else {
                return err("unterminated character set", start);
            };
            if c == b']' as u32 && self.i > body_start {
                self.i += 1;
                break;
            }
            let item_pos = self.i;
            let lo = self.class_atom(flags)?;
            if self.peek_is(b'-') {
                self.i += 1;
                match self.peek() {
                    None => return err("unterminated character set", start),
                    Some(0x5d) => {
                        set.items.push(lo);
                        set.items.push(ClassItem::Range(0x2d, 0x2d));
                        self.i += 1;
                        break;
                    }
                    Some(_) => {
                        let hi = self.class_atom(flags)?;
                        match (lo, hi) {
                            (ClassItem::Range(a, _), ClassItem::Range(b, _)) => {
                                if a > b {
                                    let t = self.text(item_pos, self.i);
                                    return err(format!("bad character range {t}"), item_pos);
                                }
                                set.items.push(ClassItem::Range(a, b));
                            }
                            _ => {
                                let t = self.text(item_pos, self.i);
                                return err(format!("bad character range {t}"), item_pos);
                            }
                        }
                    }
                }
            } else {
                set.items.push(lo);
            }
        }
        Ok(Node::Class {
            set,
            case: case_of(flags, self.bytes),
        })
    }

    /// One character or category inside `[...]`.
    fn class_atom(&mut self, flags: u32) -> PResult<ClassItem> {
        let pos = self.i;
        let c = self.peek().unwrap_or(0);
        self.i += 1;
        if c != b'\\' as u32 {
            return Ok(ClassItem::Range(c, c));
        }
        match self.parse_escape(pos, true, flags)? {
            Esc::Char(c) => Ok(ClassItem::Range(c, c)),
            Esc::Cat(item) => Ok(item),
            _ => {
                let t = self.text(pos, self.i);
                err(format!("bad escape {t}"), pos)
            }
        }
    }

    /// Reads `n` hex digits for `\x`, `\u`, `\U`.
    fn hex_escape(&mut self, start: usize, n: usize) -> PResult<u32> {
        let mut v: u32 = 0;
        for _ in 0..n {
            match self.peek().and_then(hex_val) {
                Some(d) => {
                    v = v.wrapping_mul(16).wrapping_add(d);
                    self.i += 1;
                }
                None => {
                    let t = self.text(start, self.i);
                    return err(format!("incomplete escape {t}"), start);
                }
            }
        }
        Ok(v)
    }

    /// After a backslash at `start` (already consumed).
    fn parse_escape(&mut self, start: usize, in_class: bool, flags: u32) -> PResult<Esc> {
        let Some(c) = self.peek() else {
            return err("bad escape (end of pattern)", start);
        };
        self.i += 1;
        let uni = uni_of(flags, self.bytes);
        let cat = |cat, negated| Ok(Esc::Cat(ClassItem::Cat { cat, negated, uni }));
        let Some(cc) = char::from_u32(c).filter(char::is_ascii) else {
            return Ok(Esc::Char(c));
        };
        match cc {
            'a' => Ok(Esc::Char(7)),
            'f' => Ok(Esc::Char(12)),
            'n' => Ok(Esc::Char(10)),
            'r' => Ok(Esc::Char(13)),
            't' => Ok(Esc::Char(9)),
            'v' => Ok(Esc::Char(11)),
            'b' if in_class => Ok(Esc::Char(8)),
            'd' => cat(Category::Digit, false),
            'D' => cat(Category::Digit, true),
            'w' => cat(Category::Word, false),
            'W' => cat(Category::Word, true),
            's' => cat(Category::Space, false),
            'S' => cat(Category::Space, true),
            'A' if !in_class => Ok(Esc::Anchor(Anchor::Start)),
            'Z' if !in_class => Ok(Esc::Anchor(Anchor::StrEnd)),
            'b' => Ok(Esc::Anchor(Anchor::WordBoundary { uni })),
            'B' if !in_class => Ok(Esc::Anchor(Anchor::NotWordBoundary { uni })),
            'x' => Ok(Esc::Char(self.hex_escape(start, 2)?)),
            'u' | 'U' if !self.bytes => {
                let v = self.hex_escape(start, if cc == 'u' { 4 } else { 8 })?;
                if char::from_u32(v).is_none() && v > 0x10ffff {
                    let t = self.text(start, self.i);
                    return err(format!("bad escape {t}"), start);
                }
                Ok(Esc::Char(v))
            }
            'N' if !self.bytes => {
                if !self.peek_is(b'{') {
                    return err("missing {", self.i);
                }
                self.i += 1;
                let name_start = self.i;
                while let Some(c) = self.peek() {
                    if c == b'}' as u32 {
                        break;
                    }
                    self.i += 1;
                }
                if self.i == name_start {
                    return err("missing character name", name_start);
                }
                if self.peek().is_none() {
                    return err("missing }, unterminated name", name_start);
                }
                let name = self.text(name_start, self.i);
                self.i += 1;
                match unicode_names2::character(&name) {
                    Some(c) => Ok(Esc::Char(c as u32)),
                    None => err(format!("undefined character name '{name}'"), start),
                }
            }
            '0' => {
                let mut v = 0;
                for _ in 0..2 {
                    match self.peek() {
                        Some(d) if is_octal(d) => {
                            v = v * 8 + (d - 0x30);
                            self.i += 1;
                        }
                        _ => break,
                    }
                }
                Ok(Esc::Char(v))
            }
            '1'..='9' => {
                let d1 = c;
                let d2 = self.peek();
                let d3 = self.p.get(self.i + 1).copied();
                if let (Some(d2), Some(d3)) = (d2, d3)
                    && is_octal(d1)
                    && is_octal(d2)
                    && is_octal(d3)
                {
                    self.i += 2;
                    let v = (d1 - 0x30) * 64 + (d2 - 0x30) * 8 + (d3 - 0x30);
                    if v > 0o377 {
                        let t = self.text(start, self.i);
                        return err(
                            format!("octal escape value {t} outside of range 0-0o377"),
                            start,
                        );
                    }
                    return Ok(Esc::Char(v));
                }
                if in_class {
                    if is_octal(d1) {
                        let mut v = d1 - 0x30;
                        if let Some(d2) = d2.filter(|&d| is_octal(d)) {
                            self.i += 1;
                            v = v * 8 + (d2 - 0x30);
                        }
                        return Ok(Esc::Char(v));
                    }
                    let t = self.text(start, self.i);
                    return err(format!("bad escape {t}"), start);
                }
                let mut g = d1 - 0x30;
                if let Some(d2) = d2.filter(|&d| is_digit(d)) {
                    self.i += 1;
                    g = g * 10 + (d2 - 0x30);
                }
                self.check_backref(g, start)?;
                Ok(Esc::Backref(g))
            }
            _ if cc.is_ascii_alphanumeric() => {
                let t = self.text(start, self.i);
                err(format!("bad escape {t}"), start)
            }
            _ => Ok(Esc::Char(c)),
        }
    }

    /// `pos` is the backslash.
    fn check_backref(&self, g: u32, pos: usize) -> PResult<()> {
        if g == 0 || g >= self.next_group {
            return err(format!("invalid group reference {g}"), pos + 1);
        }
        if self.open.contains(&g) {
            return err("cannot refer to an open group", pos);
        }
        if self.lookbehind_from.is_some_and(|from| g >= from) {
            return err(
                "cannot refer to group defined in the same lookbehind subpattern",
                self.i,
            );
        }
        Ok(())
    }

    /// A group name up to `end`; returns (name, start position).
    fn read_name(&mut self, end: u8) -> PResult<(String, usize)> {
        let start = self.i;
        while let Some(c) = self.peek() {
            if c == end as u32 {
                break;
            }
            self.i += 1;
        }
        if self.peek().is_none() {
            if self.i == start {
                return err("missing group name", start);
            }
            let msg = if end == b'>' {
                "missing >, unterminated name"
            } else {
                "missing ), unterminated name"
            };
            return err(msg, start);
        }
        let name = self.text(start, self.i);
        self.i += 1;
        if name.is_empty() {
            return err("missing group name", start);
        }
        Ok((name, start))
    }

    fn is_name(&self, s: &str) -> bool {
        crate::object::unicode::is_identifier(s)
    }

    fn lookup_name(&self, name: &str, pos: usize) -> PResult<u32> {
        if !self.is_name(name) {
            return err(format!("bad character in group name '{name}'"), pos);
        }
        match self.names.iter().find(|(n, _)| n == name) {
            Some(&(_, g)) => Ok(g),
            None => err(format!("unknown group name '{name}'"), pos),
        }
    }

    fn enter(&mut self) -> PResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(ParseError::Recursion);
        }
        Ok(())
    }

    /// The body of a group up to its `)`.
    fn group_body(&mut self, open: usize, flags: u32) -> PResult<Node> {
        self.enter()?;
        let n = self.parse_alt(flags, false)?;
        self.depth -= 1;
        if !self.peek_is(b')') {
            return err("missing ), unterminated subpattern", open);
        }
        self.i += 1;
        Ok(n)
    }

    /// After `(` at `open`. None for items that match nothing (comments, global flags).
    fn parse_group(
        &mut self,
        open: usize,
        flags: &mut u32,
        at_start: bool,
    ) -> PResult<Option<Node>> {
        if !self.peek_is(b'?') {
            return self.capture(open, None, *flags).map(Some);
        }
        self.i += 1;
        let Some(c) = self.peek() else {
            return err("unexpected end of pattern", self.i);
        };
        let ext = |this: &Self, extra: usize| {
            let t = this.text(open + 1, (open + 3 + extra).min(this.p.len()));
            err(format!("unknown extension {t}"), open + 1)
        };
        self.i += 1;
        match ch(c) {
            ':' => self.group_body(open, *flags).map(Some),
            '>' => Ok(Some(Node::Atomic(Box::new(self.group_body(open, *flags)?)))),
            '=' | '!' => Ok(Some(Node::Look {
                behind: false,
                negate: c == b'!' as u32,
                node: Box::new(self.group_body(open, *flags)?),
                width: 0,
            })),
            '<' => {
                let Some(d) = self.peek() else {
                    return err("unexpected end of pattern", self.i);
                };
                if d != b'=' as u32 && d != b'!' as u32 {
                    return ext(self, 1);
                }
                self.i += 1;
                let saved = self.lookbehind_from;
                if saved.is_none() {
                    self.lookbehind_from = Some(self.next_group);
                }
                let body = self.group_body(open, *flags)?;
                self.lookbehind_from = saved;
                let (lo, hi) = body.width(&self.widths);
                if hi != Some(lo) {
                    return Err(ParseError::Re {
                        msg: String::from("look-behind requires fixed-width pattern"),
                        pos: None,
                    });
                }
                Ok(Some(Node::Look {
                    behind: true,
                    negate: d == b'!' as u32,
                    node: Box::new(body),
                    width: lo.min(u32::MAX as usize) as u32,
                }))
            }
            'P' => {
                let Some(d) = self.peek() else {
                    return err("unexpected end of pattern", self.i);
                };
                self.i += 1;
                if d == b'<' as u32 {
                    let (name, pos) = self.read_name(b'>')?;
                    if !self.is_name(&name) {
                        return err(format!("bad character in group name '{name}'"), pos);
                    }
                    if let Some(&(_, g)) = self.names.iter().find(|(n, _)| *n == name) {
                        return err(
                            format!(
                                "redefinition of group name '{name}' as group {}; was group {g}",
                                self.next_group
                            ),
                            pos,
                        );
                    }
                    self.names.push((name, self.next_group));
                    self.capture(open, Some(()), *flags).map(Some)
                } else if d == b'=' as u32 {
                    let (name, pos) = self.read_name(b')')?;
                    let g = self.lookup_name(&name, pos)?;
                    if self.open.contains(&g) {
                        return err("cannot refer to an open group", pos);
                    }
                    if self.lookbehind_from.is_some_and(|from| g >= from) {
                        return err(
                            "cannot refer to group defined in the same lookbehind subpattern",
                            self.i - 1,
                        );
                    }
                    Ok(Some(Node::Backref {
                        group: g,
                        case: case_of(*flags, self.bytes),
                    }))
                } else {
                    ext(self, 1)
                }
            }
            '#' => {
                while let Some(c) = self.peek() {
                    self.i += 1;
                    if c == b')' as u32 {
                        return Ok(None);
                    }
                }
                err("missing ), unterminated comment", open)
            }
            '(' => self.conditional(open, *flags).map(Some),
            'a' | 'i' | 'L' | 'm' | 's' | 'u' | 'x' | '-' => {
                self.i -= 1;
                self.inline_flags(open, flags, at_start)
            }
            _ => ext(self, 0),
        }
    }

    fn capture(&mut self, open: usize, _named: Option<()>, flags: u32) -> PResult<Node> {
        let index = self.next_group;
        self.next_group += 1;
        self.widths.push((0, None));
        self.open.push(index);
        let body = self.group_body(open, flags)?;
        self.open.retain(|&g| g != index);
        let w = body.width(&self.widths);
        if let Some(slot) = self.widths.get_mut(index as usize) {
            *slot = w;
        }
        Ok(Node::Group {
            index,
            node: Box::new(body),
        })
    }

    fn conditional(&mut self, open: usize, flags: u32) -> PResult<Node> {
        let (name, pos) = self.read_name(b')')?;
        let group = if self.is_name(&name) {
            self.lookup_name(&name, pos)?
        } else if name.chars().all(|c| c.is_ascii_digit()) {
            let g: u32 = name.parse().unwrap_or(u32::MAX);
            if g == 0 {
                return err("bad group number", pos);
            }
            self.cond_refs.push((g, pos));
            g
        } else {
            return err(format!("bad character in group name '{name}'"), pos);
        };
        self.enter()?;
        let mut f = flags;
        let yes = self.parse_seq(&mut f, false)?;
        let mut no = Node::Empty;
        if self.peek_is(b'|') {
            self.i += 1;
            no = self.parse_seq(&mut f, false)?;
            if self.peek_is(b'|') {
                return err("conditional backref with more than two branches", self.i);
            }
        }
        self.depth -= 1;
        if !self.peek_is(b')') {
            return err("missing ), unterminated subpattern", open);
        }
        self.i += 1;
        Ok(Node::Cond {
            group,
            yes: Box::new(yes),
            no: Box::new(no),
        })
    }

    fn flag_bit(c: u32) -> Option<u32> {
        Some(match ch(c) {
            'a' => FLAG_ASCII,
            'i' => FLAG_IGNORECASE,
            'L' => FLAG_LOCALE,
            'm' => FLAG_MULTILINE,
            's' => FLAG_DOTALL,
            'u' => FLAG_UNICODE,
            'x' => FLAG_VERBOSE,
            _ => return None,
        })
    }

    /// `(?aiLmsux)`, `(?aiLmsux-imsx:...)`; self.i is at the first flag letter or '-'.
    fn inline_flags(
        &mut self,
        open: usize,
        flags: &mut u32,
        at_start: bool,
    ) -> PResult<Option<Node>> {
        const TYPE_FLAGS: u32 = FLAG_ASCII | FLAG_LOCALE | FLAG_UNICODE;
        let mut add = 0;
        let mut del = 0;
        while let Some(bit) = self.peek().and_then(Self::flag_bit) {
            let c = self.peek().unwrap_or(0);
            self.i += 1;
            if bit == FLAG_LOCALE && !self.bytes {
                return err(
                    "bad inline flags: cannot use 'L' flag with a str pattern",
                    self.i,
                );
            }
            if bit == FLAG_UNICODE && self.bytes {
                return err(
                    "bad inline flags: cannot use 'u' flag with a bytes pattern",
                    self.i,
                );
            }
            if bit & TYPE_FLAGS != 0 && add & TYPE_FLAGS != 0 && add & bit == 0 {
                return err(
                    "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                    self.i,
                );
            }
            let _ = c;
            add |= bit;
        }
        match self.peek() {
            None => return err("missing -, : or )", self.i),
            Some(0x29) if add != 0 => {
                // Global flags: only at the very start of the pattern.
                self.i += 1;
                if !at_start {
                    return err("global flags not at the start of the expression", open);
                }
                self.flags |= add;
                *flags |= add;
                return Ok(None);
            }
            Some(0x3a) | Some(0x2d) => {}
            Some(c) if char::from_u32(c).is_some_and(|c| c.is_ascii_alphabetic()) => {
                return err("unknown flag", self.i);
            }
            Some(_) => return err("missing -, : or )", self.i),
        }
        if self.peek_is(b'-') {
            self.i += 1;
            let Some(c) = self.peek() else {
                return err("missing flag", self.i);
            };
            if Self::flag_bit(c).is_none() {
                let msg = if char::from_u32(c).is_some_and(|c| c.is_ascii_alphabetic()) {
                    "unknown flag"
                } else {
                    "missing flag"
                };
                return err(msg, self.i);
            }
            while let Some(bit) = self.peek().and_then(Self::flag_bit) {
                self.i += 1;
                if bit & TYPE_FLAGS != 0 {
                    return err(
                        "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                        self.i,
                    );
                }
                del |= bit;
            }
            if add & del != 0 {
                return err("bad inline flags: flag turned on and off", self.i);
            }
            match self.peek() {
                Some(0x3a) => {}
                Some(c) if char::from_u32(c).is_some_and(|c| c.is_ascii_alphabetic()) => {
                    return err("unknown flag", self.i);
                }
                _ => return err("missing :", self.i),
            }
        }
        self.i += 1; // ':'
        let mut inner = (*flags | add) & !del;
        if add & TYPE_FLAGS != 0 {
            inner = (inner & !TYPE_FLAGS) | (add & TYPE_FLAGS);
        }
        self.group_body(open, inner).map(Some)
    }
}
