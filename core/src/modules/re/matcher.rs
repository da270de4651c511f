//! The backtracking matcher: runs a `Program` over a text with an explicit stack (never native
//! recursion: patterns and texts are user controlled).
//!
//! The stack holds choice points (where to resume after a failure) interleaved with undo
//! records (a capture slot or loop counter to restore). Atomic groups, possessive repeats and
//! successful lookarounds "cut" the choice points pushed since they started but keep the undo
//! records, so captures stay correct when matching later backtracks past them. Every 4,096
//! steps the matcher polls the runtime's interrupt flag (catastrophic patterns such as
//! `(a*)*b` can be stopped) and accounts its stack in the runtime's heap (MemoryError instead
//! of an abort).

use alloc::vec::Vec;

use super::ast::{Anchor, Case, INF, RepeatKind};
use super::charclass::{fold, is_word};
use super::program::{Inst, One, Program};
use crate::Runtime;
use crate::object::PyResult;

/// A text symbol: a byte (bytes, ASCII str) or a code point (other str).
pub trait Sym: Copy {
    fn code(self) -> u32;
}
impl Sym for u8 {
    #[inline(always)]
    fn code(self) -> u32 {
        self as u32
    }
}
impl Sym for u32 {
    #[inline(always)]
    fn code(self) -> u32 {
        self
    }
}

pub const NONE: usize = usize::MAX;

#[derive(Clone, Copy)]
enum MarkKind {
    Atomic,
    LookPos,
    LookNeg,
}

#[derive(Clone, Copy)]
enum Bt {
    /// Resume at `pc` with `pos`.
    Alt { pc: u32, pos: usize },
    /// Undo a capture slot.
    Slot { slot: u32, old: usize },
    /// Undo a loop counter (iterations, start of the current iteration).
    Counter { r: u32, n: u32, start: usize },
    /// A greedy single-character repeat that can give back characters down to `min_pos`.
    Greedy { pc: u32, min_pos: usize, pos: usize },
    /// A lazy single-character repeat (at `pc`) that can take one more character.
    Lazy { pc: u32, pos: usize, count: u32 },
    /// Start of an atomic group or lookaround; `pc` continues after a lookaround.
    Mark { kind: MarkKind, pos: usize, pc: u32 },
}

impl Bt {
    fn is_undo(&self) -> bool {
        matches!(self, Bt::Slot { .. } | Bt::Counter { .. })
    }
}

pub struct Matcher<'a> {
    rt: &'a Runtime,
    prog: &'a Program,
    stack: Vec<Bt>,
    /// Group slots (start, end) for groups 0..=n, then lastindex.
    pub slots: Vec<usize>,
    counters: Vec<(u32, usize)>,
    steps: u32,
    accounted: usize,
    /// An empty match may not start here (after an empty match in findall/sub/split).
    pub forbid_empty_at: usize,
    /// Steps of the current `search`/`run` call.
    call_steps: u32,
    /// Failed (instruction, position) states, one bit each, once a call runs long (only for
    /// `Program::memo_ok` programs): bounds the work at instructions x positions.
    memo: Vec<u64>,
    memo_on: bool,
    memo_width: usize,
    memo_bytes: usize,
}

/// Steps a call runs before it starts remembering failed states.
const MEMO_AFTER: u32 = 1 << 16;
/// The largest state memory (bytes) a call may use.
const MEMO_MAX: usize = 256 << 20;

impl Drop for Matcher<'_> {
    fn drop(&mut self) {
        self.rt.heap().shrink(self.accounted + self.memo_bytes);
    }
}

impl<'a> Matcher<'a> {
    pub fn new(rt: &'a Runtime, prog: &'a Program) -> Matcher<'a> {
        Matcher {
            rt,
            prog,
            stack: Vec::new(),
            slots: alloc::vec![NONE; 2 * (prog.groups as usize + 1) + 1],
            counters: alloc::vec![(0, NONE); prog.counters as usize],
            steps: 0,
            accounted: 0,
            forbid_empty_at: NONE,
            call_steps: 0,
            memo: Vec::new(),
            memo_on: false,
            memo_width: 0,
            memo_bytes: 0,
        }
    }

    pub fn lastindex(&self) -> usize {
        self.slots.last().copied().unwrap_or(NONE)
    }

    /// Interrupts and memory accounting, every few thousand steps.
    #[cold]
    fn poll(&mut self, len: usize) -> PyResult<()> {
        self.rt.check_interrupt()?;
        if self.prog.memo_ok && !self.memo_on && self.call_steps >= MEMO_AFTER {
            self.start_memo(len);
        }
        let bytes = self.stack.capacity() * core::mem::size_of::<Bt>();
        if bytes > self.accounted {
            if !self.rt.heap().grow(bytes - self.accounted) {
                return Err(self.rt.memory_error());
            }
            self.accounted = bytes;
        }
        Ok(())
    }

    /// Turns on state memory for a text of `len` symbols, if it fits.
    fn start_memo(&mut self, len: usize) {
        let width = len + 1;
        let Some(bits) = self.prog.insts.len().checked_mul(width) else {
            return;
        };
        let words = bits / 64 + 1;
        let bytes = words * 8;
        if bytes > MEMO_MAX {
            return;
        }
        if bytes > self.memo_bytes {
            if !self.rt.heap().grow(bytes - self.memo_bytes) {
                return;
            }
            self.memo_bytes = bytes;
        }
        self.memo.clear();
        if self.memo.try_reserve(words).is_err() {
            return;
        }
        self.memo.resize(words, 0);
        self.memo_width = width;
        self.memo_on = true;
    }

    /// Starts a top-level call (a search, or a match at one position).
    fn begin(&mut self) {
        self.call_steps = 0;
        self.memo_on = false;
    }

    #[inline(always)]
    fn test(&self, o: One, c: u32) -> bool {
        match o {
            One::Char(x) => c == x,
            One::Fold(f, case) => fold(c, case) == f,
            One::Any => true,
            One::AnyNoNl => c != 10,
            One::Class(i) => self
                .prog
                .classes
                .get(i as usize)
                .is_some_and(|k| k.matches(c)),
        }
    }

    /// Searches for the leftmost match starting at or after `start`.
    pub fn search<T: Sym>(&mut self, text: &[T], start: usize) -> PyResult<bool> {
        let end = text.len();
        if start > end {
            return Ok(false);
        }
        self.begin();
        if self.prog.anchored {
            return if start == 0 {
                self.run_at(text, 0, false)
            } else {
                Ok(false)
            };
        }
        let mut p = start;
        loop {
            if let Some(f) = self.prog.first {
                while p < end && !self.test(f, text[p].code()) {
                    p += 1;
                }
                if p >= end {
                    return Ok(false);
                }
            }
            if self.run_at(text, p, false)? {
                return Ok(true);
            }
            if p >= end {
                return Ok(false);
            }
            p += 1;
        }
    }

    fn set_slot(&mut self, slot: usize, v: usize) {
        if let Some(s) = self.slots.get_mut(slot) {
            let old = *s;
            *s = v;
            self.stack.push(Bt::Slot {
                slot: slot as u32,
                old,
            });
        }
    }

    fn set_counter(&mut self, r: u32, v: (u32, usize)) {
        if let Some(c) = self.counters.get_mut(r as usize) {
            let (n, start) = *c;
            *c = v;
            self.stack.push(Bt::Counter { r, n, start });
        }
    }

    fn counter(&self, r: u32) -> (u32, usize) {
        self.counters.get(r as usize).copied().unwrap_or((0, NONE))
    }

    /// Removes the choice points above the innermost mark (keeping undo records) and returns
    /// the mark.
    fn cut(&mut self) -> Option<(usize, u32)> {
        let idx = self
            .stack
            .iter()
            .rposition(|b| matches!(b, Bt::Mark { .. }))?;
        let (pos, pc) = match self.stack[idx] {
            Bt::Mark { pos, pc, .. } => (pos, pc),
            _ => return None,
        };
        let mut w = idx;
        for r in idx + 1..self.stack.len() {
            if self.stack[r].is_undo() {
                self.stack[w] = self.stack[r];
                w += 1;
            }
        }
        self.stack.truncate(w);
        Some((pos, pc))
    }

    /// Undoes everything down to and including the innermost mark.
    fn unwind_to_mark(&mut self) {
        while let Some(b) = self.stack.pop() {
            match b {
                Bt::Mark { .. } => return,
                Bt::Slot { slot, old } => {
                    if let Some(s) = self.slots.get_mut(slot as usize) {
                        *s = old;
                    }
                }
                Bt::Counter { r, n, start } => {
                    if let Some(c) = self.counters.get_mut(r as usize) {
                        *c = (n, start);
                    }
                }
                _ => {}
            }
        }
    }

    /// Pops the stack to the next choice point; false when there is none (no match).
    fn backtrack<T: Sym>(&mut self, text: &[T], pc: &mut usize, pos: &mut usize) -> bool {
        while let Some(b) = self.stack.pop() {
            match b {
                Bt::Alt { pc: p, pos: q } => {
                    *pc = p as usize;
                    *pos = q;
                    return true;
                }
                Bt::Slot { slot, old } => {
                    if let Some(s) = self.slots.get_mut(slot as usize) {
                        *s = old;
                    }
                }
                Bt::Counter { r, n, start } => {
                    if let Some(c) = self.counters.get_mut(r as usize) {
                        *c = (n, start);
                    }
                }
                Bt::Greedy {
                    pc: p,
                    min_pos,
                    pos: q,
                } => {
                    let mut np = q - 1;
                    // Before a literal, give back straight to where that literal occurs.
                    if let Some(Inst::One(One::Char(c))) = self.prog.insts.get(p as usize) {
                        while np > min_pos && text.get(np).map(|s| s.code()) != Some(*c) {
                            np -= 1;
                        }
                    }
                    if np > min_pos {
                        self.stack.push(Bt::Greedy {
                            pc: p,
                            min_pos,
                            pos: np,
                        });
                    }
                    *pc = p as usize;
                    *pos = np;
                    return true;
                }
                Bt::Lazy {
                    pc: p,
                    pos: q,
                    count,
                } => {
                    if let Some(&Inst::RepeatOne { one, max, .. }) = self.prog.insts.get(p as usize)
                        && (max == INF || count < max)
                        && q < text.len()
                        && self.test(one, text[q].code())
                    {
                        self.stack.push(Bt::Lazy {
                            pc: p,
                            pos: q + 1,
                            count: count + 1,
                        });
                        *pc = p as usize + 1;
                        *pos = q + 1;
                        return true;
                    }
                }
                Bt::Mark {
                    kind,
                    pos: q,
                    pc: p,
                } => {
                    if let MarkKind::LookNeg = kind {
                        // The negative lookaround's body failed: the lookaround succeeds.
                        *pc = p as usize;
                        *pos = q;
                        return true;
                    }
                }
            }
        }
        false
    }

    fn anchor<T: Sym>(&self, a: Anchor, text: &[T], pos: usize) -> bool {
        let end = text.len();
        let at = |i: usize| text.get(i).map(|s| s.code());
        match a {
            Anchor::Start => pos == 0,
            Anchor::LineStart => pos == 0 || at(pos - 1) == Some(10),
            Anchor::End => pos == end || (pos + 1 == end && at(pos) == Some(10)),
            Anchor::LineEnd => pos == end || at(pos) == Some(10),
            Anchor::StrEnd => pos == end,
            Anchor::WordBoundary { uni } | Anchor::NotWordBoundary { uni } => {
                if end == 0 {
                    return false;
                }
                let before = pos > 0 && at(pos - 1).is_some_and(|c| is_word(c, uni));
                let after = at(pos).is_some_and(|c| is_word(c, uni));
                (before != after) == matches!(a, Anchor::WordBoundary { .. })
            }
        }
    }

    /// Tries to match at exactly `start`; `full` requires the match to reach the end.
    pub fn run<T: Sym>(&mut self, text: &[T], start: usize, full: bool) -> PyResult<bool> {
        self.begin();
        self.run_at(text, start, full)
    }

    fn run_at<T: Sym>(&mut self, text: &[T], start: usize, full: bool) -> PyResult<bool> {
        self.stack.clear();
        self.slots.iter_mut().for_each(|s| *s = NONE);
        self.counters.iter_mut().for_each(|c| *c = (0, NONE));
        let end = text.len();
        let mut pc = 0usize;
        let mut pos = start;
        loop {
            self.steps = self.steps.wrapping_add(1);
            self.call_steps = self.call_steps.saturating_add(1);
            if self.steps & 0xfff == 0 {
                self.poll(end)?;
            }
            let Some(&inst) = self.prog.insts.get(pc) else {
                return Ok(false);
            };
            if self.memo_on {
                let idx = pc * self.memo_width + pos;
                if let Some(w) = self.memo.get_mut(idx / 64) {
                    let bit = 1u64 << (idx % 64);
                    if *w & bit != 0 {
                        // Already explored from here without success.
                        if !self.backtrack(text, &mut pc, &mut pos) {
                            return Ok(false);
                        }
                        continue;
                    }
                    *w |= bit;
                }
            }
            let ok = match inst {
                Inst::One(o) => {
                    if pos < end && self.test(o, text[pos].code()) {
                        pos += 1;
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::RepeatOne {
                    one,
                    min,
                    max,
                    kind,
                } => {
                    let min = min as usize;
                    if kind == RepeatKind::Lazy {
                        let need = pos.saturating_add(min);
                        if need > end || !text[pos..need].iter().all(|s| self.test(one, s.code())) {
                            false
                        } else {
                            pos = need;
                            if max == INF || (min as u32) < max {
                                self.stack.push(Bt::Lazy {
                                    pc: pc as u32,
                                    pos,
                                    count: min as u32,
                                });
                            }
                            pc += 1;
                            true
                        }
                    } else {
                        let limit = if max == INF {
                            end
                        } else {
                            end.min(pos.saturating_add(max as usize))
                        };
                        let mut q = pos;
                        while q < limit && self.test(one, text[q].code()) {
                            q += 1;
                        }
                        if q - pos < min {
                            false
                        } else {
                            if kind == RepeatKind::Greedy && q - pos > min {
                                self.stack.push(Bt::Greedy {
                                    pc: pc as u32 + 1,
                                    min_pos: pos + min,
                                    pos: q,
                                });
                            }
                            pos = q;
                            pc += 1;
                            true
                        }
                    }
                }
                Inst::Assert(a) => {
                    pc += 1;
                    self.anchor(a, text, pos)
                }
                Inst::Split(alt) => {
                    self.stack.push(Bt::Alt { pc: alt, pos });
                    pc += 1;
                    true
                }
                Inst::SplitLazy(alt) => {
                    self.stack.push(Bt::Alt {
                        pc: pc as u32 + 1,
                        pos,
                    });
                    pc = alt as usize;
                    true
                }
                Inst::Jmp(t) => {
                    pc = t as usize;
                    true
                }
                Inst::SaveStart(g) => {
                    self.set_slot(2 * g as usize, pos);
                    pc += 1;
                    true
                }
                Inst::SaveEnd(g) => {
                    self.set_slot(2 * g as usize + 1, pos);
                    let last = self.slots.len() - 1;
                    self.set_slot(last, g as usize);
                    pc += 1;
                    true
                }
                Inst::RepInit(r) => {
                    self.set_counter(r, (0, NONE));
                    pc += 1;
                    true
                }
                Inst::RepTest {
                    r,
                    min,
                    max,
                    lazy,
                    exit,
                } => {
                    let (n, st) = self.counter(r);
                    if n > 0 && st == pos && n >= min {
                        // The last iteration matched empty: looping again cannot help.
                        pc = exit as usize;
                    } else if n < min {
                        pc += 1;
                    } else if max != INF && n >= max {
                        pc = exit as usize;
                    } else if lazy {
                        self.stack.push(Bt::Alt {
                            pc: pc as u32 + 1,
                            pos,
                        });
                        pc = exit as usize;
                    } else {
                        self.stack.push(Bt::Alt { pc: exit, pos });
                        pc += 1;
                    }
                    true
                }
                Inst::RepEnter(r) => {
                    let (n, _) = self.counter(r);
                    self.set_counter(r, (n, pos));
                    pc += 1;
                    true
                }
                Inst::RepIncr { r, test } => {
                    let (n, st) = self.counter(r);
                    self.set_counter(r, (n.saturating_add(1), st));
                    pc = test as usize;
                    true
                }
                Inst::AtomicStart => {
                    self.stack.push(Bt::Mark {
                        kind: MarkKind::Atomic,
                        pos,
                        pc: 0,
                    });
                    pc += 1;
                    true
                }
                Inst::AtomicEnd => {
                    self.cut();
                    pc += 1;
                    true
                }
                Inst::LookStart {
                    behind,
                    negate,
                    end: after,
                } => {
                    let from = match behind {
                        Some(w) => pos.checked_sub(w as usize),
                        None => Some(pos),
                    };
                    match from {
                        None => {
                            // Not enough text before: the body cannot match.
                            pc = after as usize;
                            negate
                        }
                        Some(from) => {
                            self.stack.push(Bt::Mark {
                                kind: if negate {
                                    MarkKind::LookNeg
                                } else {
                                    MarkKind::LookPos
                                },
                                pos,
                                pc: after,
                            });
                            pos = from;
                            pc += 1;
                            true
                        }
                    }
                }
                Inst::LookEnd => {
                    let neg = self
                        .stack
                        .iter()
                        .rev()
                        .find_map(|b| match b {
                            Bt::Mark { kind, .. } => Some(matches!(kind, MarkKind::LookNeg)),
                            _ => None,
                        })
                        .unwrap_or(false);
                    if neg {
                        self.unwind_to_mark();
                        false
                    } else {
                        match self.cut() {
                            Some((p, c)) => {
                                pos = p;
                                pc = c as usize;
                                true
                            }
                            None => false,
                        }
                    }
                }
                Inst::Backref { group, case } => {
                    let s = self.slots.get(2 * group as usize).copied().unwrap_or(NONE);
                    let e = self
                        .slots
                        .get(2 * group as usize + 1)
                        .copied()
                        .unwrap_or(NONE);
                    if s == NONE || e == NONE || e < s || pos + (e - s) > end {
                        false
                    } else {
                        let n = e - s;
                        let same = (0..n).all(|k| {
                            let a = text[s + k].code();
                            let b = text[pos + k].code();
                            a == b || (case != Case::Exact && fold(a, case) == fold(b, case))
                        });
                        if same {
                            pos += n;
                            pc += 1;
                        }
                        same
                    }
                }
                Inst::Cond { group, no } => {
                    let s = self.slots.get(2 * group as usize).copied().unwrap_or(NONE);
                    let e = self
                        .slots
                        .get(2 * group as usize + 1)
                        .copied()
                        .unwrap_or(NONE);
                    pc = if s != NONE && e != NONE {
                        pc + 1
                    } else {
                        no as usize
                    };
                    true
                }
                Inst::Match => {
                    if (full && pos != end) || (pos == start && start == self.forbid_empty_at) {
                        false
                    } else {
                        if let Some(s) = self.slots.get_mut(0) {
                            *s = start;
                        }
                        if let Some(s) = self.slots.get_mut(1) {
                            *s = pos;
                        }
                        return Ok(true);
                    }
                }
            };
            if !ok && !self.backtrack(text, &mut pc, &mut pos) {
                return Ok(false);
            }
        }
    }
}
