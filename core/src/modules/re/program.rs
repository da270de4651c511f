//! The compiled form of a pattern: a flat instruction list for the backtracking matcher
//! (`matcher.rs`), made from the syntax tree.

use alloc::vec::Vec;

use super::ast::*;
use super::charclass::{Class, fold};

/// A test of one character.
#[derive(Clone, Copy, Debug)]
pub enum One {
    Char(u32),
    /// Case-insensitive: the folded character and how to fold.
    Fold(u32, Case),
    Any,
    AnyNoNl,
    /// Index into `Program::classes`.
    Class(u32),
}

#[derive(Clone, Copy, Debug)]
pub enum Inst {
    One(One),
    /// A single-character test repeated `min..=max` times (`\w+`, `.*?`, `[a-z]{2,}+`).
    RepeatOne {
        one: One,
        min: u32,
        max: u32,
        kind: RepeatKind,
    },
    Assert(Anchor),
    /// Try `pc + 1`, on failure `alt`.
    Split(u32),
    /// Try `alt` first, on failure `pc + 1`.
    SplitLazy(u32),
    Jmp(u32),
    /// Start of group `g` (slot 2g).
    SaveStart(u32),
    /// End of group `g` (slot 2g+1); sets lastindex.
    SaveEnd(u32),
    /// Resets loop counter `r` (a general repeat is about to start).
    RepInit(u32),
    /// Decides whether to run loop `r`'s body (at `pc + 1`) again or leave to `exit`.
    RepTest {
        r: u32,
        min: u32,
        max: u32,
        lazy: bool,
        exit: u32,
    },
    /// An iteration of loop `r` starts here (records its start position).
    RepEnter(u32),
    /// An iteration of loop `r` ended: count it and go back to its `RepTest` at `test`.
    RepIncr {
        r: u32,
        test: u32,
    },
    AtomicStart,
    AtomicEnd,
    /// A lookaround whose body follows; `end` is the instruction after its `LookEnd`.
    LookStart {
        behind: Option<u32>,
        negate: bool,
        end: u32,
    },
    LookEnd,
    Backref {
        group: u32,
        case: Case,
    },
    /// Continue if group `group` matched, else jump to `no`.
    Cond {
        group: u32,
        no: u32,
    },
    Match,
}

#[derive(Debug)]
pub struct Program {
    pub insts: Vec<Inst>,
    pub classes: Vec<Class>,
    /// Number of capturing groups (without group 0).
    pub groups: u32,
    pub counters: u32,
    /// A test every match's first character passes, for skipping start positions in search.
    pub first: Option<One>,
    /// Matches can only start at position 0 (`\A...`, `^...` without MULTILINE).
    pub anchored: bool,
    /// Success from (instruction, position) depends on nothing else (no backreferences,
    /// lookarounds, atomic groups, conditionals or loop counters), so the matcher may remember
    /// failed states and stay polynomial.
    pub memo_ok: bool,
}

struct Compiler {
    insts: Vec<Inst>,
    classes: Vec<Class>,
    counters: u32,
    memo_ok: bool,
}

pub fn compile(root: &Node, groups: u32) -> Program {
    let mut c = Compiler {
        insts: Vec::new(),
        classes: Vec::new(),
        counters: 0,
        memo_ok: true,
    };
    c.node(root);
    c.insts.push(Inst::Match);
    let mut prog = Program {
        insts: c.insts,
        classes: c.classes,
        groups,
        counters: c.counters,
        first: None,
        anchored: false,
        memo_ok: c.memo_ok,
    };
    analyse_start(&mut prog);
    prog
}

fn analyse_start(prog: &mut Program) {
    for inst in &prog.insts {
        match *inst {
            Inst::SaveStart(_) => continue,
            Inst::Assert(Anchor::Start) => prog.anchored = true,
            Inst::One(o) => prog.first = Some(o),
            Inst::RepeatOne { one, min, .. } if min > 0 => prog.first = Some(one),
            _ => {}
        }
        break;
    }
}

impl Compiler {
    fn here(&self) -> u32 {
        self.insts.len() as u32
    }

    fn one(&mut self, n: &Node) -> Option<One> {
        Some(match n {
            Node::Lit { c, case } => {
                let f = fold(*c, *case);
                // Characters without case relatives compare exactly (faster).
                if *case == Case::Exact || (f == *c && !has_relatives(*c, *case)) {
                    One::Char(*c)
                } else {
                    One::Fold(f, *case)
                }
            }
            Node::Any { dotall: true } => One::Any,
            Node::Any { dotall: false } => One::AnyNoNl,
            Node::Class { set, case } => {
                self.classes.push(Class::new(set, *case));
                One::Class(self.classes.len() as u32 - 1)
            }
            _ => return None,
        })
    }

    fn patch(&mut self, at: u32, target: u32) {
        if let Some(i) = self.insts.get_mut(at as usize) {
            match i {
                Inst::Split(t) | Inst::SplitLazy(t) | Inst::Jmp(t) => *t = target,
                Inst::RepTest { exit, .. } => *exit = target,
                Inst::LookStart { end, .. } => *end = target,
                Inst::Cond { no, .. } => *no = target,
                _ => {}
            }
        }
    }

    fn node(&mut self, n: &Node) {
        if let Some(o) = self.one(n) {
            self.insts.push(Inst::One(o));
            return;
        }
        match n {
            Node::Empty => {}
            Node::Anchor(a) => self.insts.push(Inst::Assert(*a)),
            Node::Concat(v) => v.iter().for_each(|n| self.node(n)),
            Node::Alt(v) => {
                let mut jumps = Vec::new();
                for (k, b) in v.iter().enumerate() {
                    if k + 1 < v.len() {
                        let split = self.here();
                        self.insts.push(Inst::Split(0));
                        self.node(b);
                        jumps.push(self.here());
                        self.insts.push(Inst::Jmp(0));
                        let next = self.here();
                        self.patch(split, next);
                    } else {
                        self.node(b);
                    }
                }
                let end = self.here();
                for j in jumps {
                    self.patch(j, end);
                }
            }
            Node::Group { index, node } => {
                self.insts.push(Inst::SaveStart(*index));
                self.node(node);
                self.insts.push(Inst::SaveEnd(*index));
            }
            Node::Atomic(node) => {
                self.memo_ok = false;
                self.insts.push(Inst::AtomicStart);
                self.node(node);
                self.insts.push(Inst::AtomicEnd);
            }
            Node::Look {
                behind,
                negate,
                node,
                width,
            } => {
                self.memo_ok = false;
                let width = behind.then_some(*width);
                let start = self.here();
                self.insts.push(Inst::LookStart {
                    behind: width,
                    negate: *negate,
                    end: 0,
                });
                self.node(node);
                self.insts.push(Inst::LookEnd);
                let end = self.here();
                self.patch(start, end);
            }
            Node::Backref { group, case } => {
                self.memo_ok = false;
                self.insts.push(Inst::Backref {
                    group: *group,
                    case: *case,
                })
            }
            Node::Cond { group, yes, no } => {
                self.memo_ok = false;
                let c = self.here();
                self.insts.push(Inst::Cond {
                    group: *group,
                    no: 0,
                });
                self.node(yes);
                let j = self.here();
                self.insts.push(Inst::Jmp(0));
                let no_pc = self.here();
                self.patch(c, no_pc);
                self.node(no);
                let end = self.here();
                self.patch(j, end);
            }
            Node::Repeat {
                node,
                min,
                max,
                kind,
            } => self.repeat(node, *min, *max, *kind),
            Node::Lit { .. } | Node::Any { .. } | Node::Class { .. } => {}
        }
    }

    fn repeat(&mut self, node: &Node, min: u32, max: u32, kind: RepeatKind) {
        if let Some(one) = self.one(node) {
            self.insts.push(Inst::RepeatOne {
                one,
                min,
                max,
                kind,
            });
            return;
        }
        if min == 1 && max == 1 {
            return self.node(node);
        }
        if max == 0 {
            return;
        }
        if kind == RepeatKind::Possessive {
            self.memo_ok = false;
            self.insts.push(Inst::AtomicStart);
            self.repeat(node, min, max, RepeatKind::Greedy);
            self.insts.push(Inst::AtomicEnd);
            return;
        }
        let lazy = kind == RepeatKind::Lazy;
        if min == 0 && max == 1 {
            // `x?` needs no counter.
            let s = self.here();
            self.insts.push(if lazy {
                Inst::SplitLazy(0)
            } else {
                Inst::Split(0)
            });
            self.node(node);
            let end = self.here();
            self.patch(s, end);
            return;
        }
        if max == INF && min <= 1 && node.width(&[]).0 > 0 {
            // Every iteration consumes text, so the loop needs neither a counter nor the
            // empty-iteration check (and stays memoizable).
            let top = self.here();
            if min == 0 {
                self.insts.push(if lazy {
                    Inst::SplitLazy(0)
                } else {
                    Inst::Split(0)
                });
                self.node(node);
                self.insts.push(Inst::Jmp(top));
                let exit = self.here();
                self.patch(top, exit);
            } else {
                self.node(node);
                self.insts.push(if lazy {
                    Inst::Split(top)
                } else {
                    Inst::SplitLazy(top)
                });
            }
            return;
        }
        self.memo_ok = false;
        let r = self.counters;
        self.counters += 1;
        self.insts.push(Inst::RepInit(r));
        let test = self.here();
        self.insts.push(Inst::RepTest {
            r,
            min,
            max,
            lazy,
            exit: 0,
        });
        self.insts.push(Inst::RepEnter(r));
        self.node(node);
        self.insts.push(Inst::RepIncr { r, test });
        let exit = self.here();
        self.patch(test, exit);
    }
}

/// Whether some other character folds to the same class as `c`.
fn has_relatives(c: u32, case: Case) -> bool {
    match case {
        Case::Exact => false,
        Case::Ascii => (c as u8).is_ascii_alphabetic() && c < 128,
        Case::Unicode => {
            c >= 128 || (c as u8).is_ascii_alphabetic() || super::charclass::upper(c) != c
        }
    }
}
