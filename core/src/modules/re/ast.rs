//! The syntax tree a pattern parses to. Leaves carry the flags in force where they were written
//! (scoped flags such as `(?i:...)` make flags a per-leaf property).

use alloc::boxed::Box;
use alloc::vec::Vec;

pub const FLAG_TEMPLATE: u32 = 1;
pub const FLAG_IGNORECASE: u32 = 2;
pub const FLAG_LOCALE: u32 = 4;
pub const FLAG_MULTILINE: u32 = 8;
pub const FLAG_DOTALL: u32 = 16;
pub const FLAG_UNICODE: u32 = 32;
pub const FLAG_VERBOSE: u32 = 64;
pub const FLAG_DEBUG: u32 = 128;
pub const FLAG_ASCII: u32 = 256;

/// A repeat count meaning "no upper bound".
pub const INF: u32 = u32::MAX;

/// How case is ignored for one leaf: not at all, ASCII letters only, or Unicode simple folding.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Case {
    Exact,
    Ascii,
    Unicode,
}

/// `\d`, `\w`, `\s` and their negations; `uni` selects Unicode or ASCII definitions.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Category {
    Digit,
    Word,
    Space,
}

#[derive(Clone, Copy, Debug)]
pub enum ClassItem {
    Range(u32, u32),
    Cat {
        cat: Category,
        negated: bool,
        uni: bool,
    },
}

#[derive(Clone, Debug)]
pub struct ClassSet {
    pub items: Vec<ClassItem>,
    pub negated: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Anchor {
    /// `^` without MULTILINE and `\A`.
    Start,
    /// `^` with MULTILINE.
    LineStart,
    /// `$` without MULTILINE: the end, or before a final newline.
    End,
    /// `$` with MULTILINE.
    LineEnd,
    /// `\Z`.
    StrEnd,
    WordBoundary {
        uni: bool,
    },
    NotWordBoundary {
        uni: bool,
    },
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum RepeatKind {
    Greedy,
    Lazy,
    Possessive,
}

#[derive(Debug)]
pub enum Node {
    Empty,
    Lit {
        c: u32,
        case: Case,
    },
    Any {
        dotall: bool,
    },
    Class {
        set: ClassSet,
        case: Case,
    },
    Anchor(Anchor),
    Concat(Vec<Node>),
    Alt(Vec<Node>),
    Repeat {
        node: Box<Node>,
        min: u32,
        max: u32,
        kind: RepeatKind,
    },
    Group {
        index: u32,
        node: Box<Node>,
    },
    Atomic(Box<Node>),
    Look {
        behind: bool,
        negate: bool,
        node: Box<Node>,
        width: u32,
    },
    Backref {
        group: u32,
        case: Case,
    },
    Cond {
        group: u32,
        yes: Box<Node>,
        no: Box<Node>,
    },
}

impl Node {
    /// (min, max) width in characters; max `None` when unbounded. `group_widths` gives the
    /// widths of groups referred to by backreferences.
    pub fn width(&self, group_widths: &[(usize, Option<usize>)]) -> (usize, Option<usize>) {
        match self {
            Node::Empty | Node::Anchor(_) | Node::Look { .. } => (0, Some(0)),
            Node::Lit { .. } | Node::Any { .. } | Node::Class { .. } => (1, Some(1)),
            Node::Concat(v) => v.iter().fold((0, Some(0)), |(a, b), n| {
                let (c, d) = n.width(group_widths);
                (
                    a.saturating_add(c),
                    b.zip(d).map(|(x, y)| x.saturating_add(y)),
                )
            }),
            Node::Alt(v) => {
                let mut lo = usize::MAX;
                let mut hi = Some(0usize);
                for n in v {
                    let (c, d) = n.width(group_widths);
                    lo = lo.min(c);
                    hi = hi.zip(d).map(|(x, y)| x.max(y));
                }
                (if v.is_empty() { 0 } else { lo }, hi)
            }
            Node::Repeat { node, min, max, .. } => {
                let (c, d) = node.width(group_widths);
                let lo = c.saturating_mul(*min as usize);
                let hi = if *max == INF {
                    if d == Some(0) { Some(0) } else { None }
                } else {
                    d.map(|d| d.saturating_mul(*max as usize))
                };
                (lo, hi)
            }
            Node::Group { node, .. } | Node::Atomic(node) => node.width(group_widths),
            Node::Backref { group, .. } => group_widths
                .get(*group as usize)
                .copied()
                .unwrap_or((0, None)),
            Node::Cond { yes, no, .. } => {
                let (a, b) = yes.width(group_widths);
                let (c, d) = no.width(group_widths);
                (a.min(c), b.zip(d).map(|(x, y)| x.max(y)))
            }
        }
    }
}
