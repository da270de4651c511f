//! Optimizer pass 1: abstract interpretation over the trace with symbols.
//!
//! Walks the trace once with a symbolic stack and locals. A symbol knows its exact type when
//! a guard or a result proved it (`_GUARD_BOTH_INT` makes both operands `int`, and the locals
//! they were loaded from; `_BINARY_OP_ADD_INT` makes an `int`; a constant's type is known).
//! With those facts it:
//! - removes guards already proven (the second `_GUARD_BOTH_INT` on values known to be ints,
//!   `_ITER_CHECK_RANGE` on a known range iterator, `_TO_BOOL_BOOL` on a known bool);
//! - finds which micro-ops really escape: dropping an int, float, str, bool or None never runs
//!   a finalizer, so `_STORE_FAST` over a known int does not escape;
//! - drops `_CHECK_VALIDITY` when nothing escaped since the previous one, and `_SET_IP` when
//!   nothing of its instruction escapes or reads its inline cache (exits carry their own
//!   target, so only escapes and cache readers need the instruction pointer).
//!
//! Facts start empty at the top of the trace (the loop comes back with whatever tier 1 left),
//! and facts about locals survive escapes only because every escape is followed by a
//! `_CHECK_VALIDITY` (a `__del__` writing `f_locals` invalidates the executor).

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::jit::exec::UopInst;
use crate::object::value::Value;
use crate::runtime::Runtime;
use crate::specialize::uops::{ESCAPES, Uop};

/// What is known about a value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ty {
    Unknown,
    Int,
    Float,
    Str,
    Bool,
    NoneType,
    RangeIter,
    ListIter,
    TupleIter,
    /// A NULL (the self slot of a call).
    Null,
}

impl Ty {
    pub fn name(self) -> &'static str {
        match self {
            Ty::Unknown => "object",
            Ty::Int => "int",
            Ty::Float => "float",
            Ty::Str => "str",
            Ty::Bool => "bool",
            Ty::NoneType => "None",
            Ty::RangeIter => "range_iterator",
            Ty::ListIter => "list_iterator",
            Ty::TupleIter => "tuple_iterator",
            Ty::Null => "NULL",
        }
    }
    /// Dropping a reference to it never runs Python code (no finalizer, no contents).
    fn drop_is_silent(self) -> bool {
        matches!(
            self,
            Ty::Int | Ty::Float | Ty::Str | Ty::Bool | Ty::NoneType | Ty::Null
        )
    }
}

/// A stack symbol: its type and, while that local is unchanged, the local it was loaded from.
#[derive(Clone, Copy)]
struct Sym {
    ty: Ty,
    local: Option<(u32, u32)>,
}

const UNKNOWN: Sym = Sym {
    ty: Ty::Unknown,
    local: None,
};

struct State<'a> {
    stack: Vec<Sym>,
    /// (type, version: bumped at each store so stale stack links are ignored).
    locals: Vec<(Ty, u32)>,
    /// What the locals not in `locals` hold: unknown in the loop's frame, NULL in a frame
    /// the trace pushed (past the arguments, nothing is bound yet).
    fresh: Ty,
    consts: &'a [Value],
}

impl State<'_> {
    fn local(&mut self, n: u32) -> &mut (Ty, u32) {
        let n = n as usize;
        if self.locals.len() <= n {
            self.locals.resize(n + 1, (self.fresh, 0));
        }
        &mut self.locals[n]
    }
    fn peek(&self, n: usize) -> Sym {
        self.stack
            .len()
            .checked_sub(n)
            .and_then(|i| self.stack.get(i).copied())
            .unwrap_or(UNKNOWN)
    }
    fn pop(&mut self) -> Sym {
        self.stack.pop().unwrap_or(UNKNOWN)
    }
    fn push(&mut self, ty: Ty) {
        self.stack.push(Sym { ty, local: None });
    }
    /// Stack slot `n` from the top is proven to be `ty` (and so is its local, if unchanged).
    fn learn(&mut self, n: usize, ty: Ty) {
        let Some(i) = self.stack.len().checked_sub(n) else {
            return;
        };
        let Some(s) = self.stack.get_mut(i) else {
            return;
        };
        s.ty = ty;
        if let Some((l, v)) = s.local {
            let slot = self.local(l);
            if slot.1 == v {
                slot.0 = ty;
                // Other copies of the same local on the stack are the same value.
                for o in self.stack.iter_mut() {
                    if o.local == Some((l, v)) {
                        o.ty = ty;
                    }
                }
            }
        }
    }
    fn const_ty(&self, n: u32, rt: &Runtime) -> Ty {
        let Some(v) = self.consts.get(n as usize) else {
            return Ty::Unknown;
        };
        let t = rt.type_of(v);
        let ts = rt.types();
        if t == ts.int {
            Ty::Int
        } else if t == ts.float {
            Ty::Float
        } else if t == ts.str {
            Ty::Str
        } else if t == ts.bool {
            Ty::Bool
        } else if rt.is_none(v) {
            Ty::NoneType
        } else {
            Ty::Unknown
        }
    }
}

/// What the pass did, for `--trace` and `-X stats`.
#[derive(Default)]
pub struct Report {
    pub guards_removed: u32,
    pub set_ips_removed: u32,
    pub checks_removed: u32,
    /// For each micro-op of the result, the abstract stack after it.
    pub stacks: Vec<String>,
}

/// Micro-ops that neither read their instruction's inline cache nor need `lasti` when they
/// do not escape (everything else keeps its `_SET_IP`).
fn ip_free(u: Uop) -> bool {
    use Uop::*;
    matches!(
        u,
        _LOAD_FAST
            | _STORE_FAST
            | _LOAD_CONST
            | _LOAD_CONST_IMMORTAL
            | _LOAD_CONST_MORTAL
            | _POP_TOP
            | _COPY
            | _SWAP
            | _PUSH_NULL
            | _GUARD_IS_TRUE_POP
            | _GUARD_IS_FALSE_POP
            | _GUARD_IS_NONE_POP
            | _GUARD_IS_NOT_NONE_POP
            | _GUARD_BOTH_INT
            | _GUARD_BOTH_FLOAT
            | _GUARD_BOTH_UNICODE
            | _BINARY_OP_ADD_INT
            | _BINARY_OP_SUBTRACT_INT
            | _BINARY_OP_MULTIPLY_INT
            | _BINARY_OP_ADD_FLOAT
            | _BINARY_OP_SUBTRACT_FLOAT
            | _BINARY_OP_MULTIPLY_FLOAT
            | _BINARY_OP_ADD_UNICODE
            | _COMPARE_OP_INT
            | _COMPARE_OP_FLOAT
            | _COMPARE_OP_STR
            | _ITER_CHECK_RANGE
            | _ITER_CHECK_LIST
            | _ITER_CHECK_TUPLE
            | _GUARD_NOT_EXHAUSTED_RANGE
            | _GUARD_NOT_EXHAUSTED_LIST
            | _GUARD_NOT_EXHAUSTED_TUPLE
            | _ITER_NEXT_RANGE
            | _TO_BOOL_BOOL
            | _TO_BOOL_INT
            | _TO_BOOL_NONE
            | _TO_BOOL_STR
            | _TO_BOOL_LIST
            | _BINARY_OP
            | _IS_OP
            | _RESUME_CHECK
    )
}

/// A code object of the trace: its constants (their types) and local names (the listing).
#[derive(Clone, Copy)]
pub struct CodeInfo<'a> {
    pub consts: &'a [Value],
    pub varnames: &'a [Value],
    /// Positional parameters (a pushed frame's first locals; the others start unbound).
    pub argcount: u32,
}

/// A caller's stack, locals and code while the trace runs its callee.
type Caller<'a> = (Vec<Sym>, Vec<(Ty, u32)>, Ty, CodeInfo<'a>);

/// Runs the pass over `uops`, which start with `depth` values on the stack in the code
/// `root`; `callees` are the codes `_PUSH_FRAME_EXACT` goes into, by snapshot address (its
/// operand).
pub fn run<'a>(
    rt: &Runtime,
    uops: &[UopInst],
    depth: u32,
    root: CodeInfo<'a>,
    callees: &[(u64, CodeInfo<'a>)],
) -> (Vec<UopInst>, Report) {
    let mut st = State {
        stack: alloc::vec![UNKNOWN; depth as usize],
        locals: Vec::new(),
        fresh: Ty::Unknown,
        consts: root.consts,
    };
    let mut varnames = root.varnames;
    // The callers' states while the trace is in a callee: a frame's facts are its own.
    let mut saved: Vec<Caller<'a>> = Vec::new();
    let mut info = root;
    let mut rep = Report::default();
    // Pass over the trace: which micro-ops stay, and which really escape.
    let mut keep = alloc::vec![true; uops.len()];
    let mut escapes = alloc::vec![false; uops.len()];
    let mut stacks: Vec<String> = Vec::with_capacity(uops.len());
    let mut version = 0u32;
    for (k, u) in uops.iter().enumerate() {
        let a = u.oparg;
        let mut esc = u.uop.flags() & ESCAPES != 0;
        use Uop::*;
        match u.uop {
            _LOAD_FAST => {
                let (ty, v) = *st.local(a);
                // An unbound local makes `_LOAD_FAST` exit: what follows sees a value.
                let ty = if ty == Ty::Null { Ty::Unknown } else { ty };
                st.stack.push(Sym {
                    ty,
                    local: Some((a, v)),
                });
            }
            _STORE_FAST => {
                let s = st.pop();
                version += 1;
                let slot = st.local(a);
                esc = !slot.0.drop_is_silent();
                *slot = (s.ty, version);
            }
            _LOAD_CONST | _LOAD_CONST_IMMORTAL | _LOAD_CONST_MORTAL => {
                let t = st.const_ty(a, rt);
                st.push(t);
            }
            _POP_TOP | _GUARD_IS_NOT_NONE_POP => {
                esc = !st.pop().ty.drop_is_silent();
            }
            _PUSH_NULL => st.push(Ty::Null),
            _COPY => {
                let s = st.peek(a as usize);
                st.stack.push(s);
            }
            _SWAP => {
                let n = st.stack.len();
                if let Some(i) = n.checked_sub(a as usize)
                    && n > 0
                {
                    st.stack.swap(i, n - 1);
                }
            }
            _GUARD_BOTH_INT | _GUARD_BOTH_FLOAT | _GUARD_BOTH_UNICODE => {
                let ty = match u.uop {
                    _GUARD_BOTH_INT => Ty::Int,
                    _GUARD_BOTH_FLOAT => Ty::Float,
                    _ => Ty::Str,
                };
                if st.peek(1).ty == ty && st.peek(2).ty == ty {
                    keep[k] = false;
                    rep.guards_removed += 1;
                } else {
                    st.learn(1, ty);
                    st.learn(2, ty);
                }
            }
            _BINARY_OP_ADD_INT | _BINARY_OP_SUBTRACT_INT | _BINARY_OP_MULTIPLY_INT => {
                // Exact ints in, an int out: dropping ints never escapes.
                st.pop();
                st.pop();
                st.push(Ty::Int);
                esc = false;
            }
            _BINARY_OP_ADD_FLOAT | _BINARY_OP_SUBTRACT_FLOAT | _BINARY_OP_MULTIPLY_FLOAT => {
                st.pop();
                st.pop();
                st.push(Ty::Float);
                esc = false;
            }
            _BINARY_OP_ADD_UNICODE => {
                st.pop();
                st.pop();
                st.push(Ty::Str);
                esc = false;
            }
            _COMPARE_OP_INT | _COMPARE_OP_FLOAT | _COMPARE_OP_STR => {
                st.pop();
                st.pop();
                st.push(Ty::Bool);
                esc = false;
            }
            _ITER_CHECK_RANGE | _ITER_CHECK_LIST | _ITER_CHECK_TUPLE => {
                let ty = match u.uop {
                    _ITER_CHECK_RANGE => Ty::RangeIter,
                    _ITER_CHECK_LIST => Ty::ListIter,
                    _ => Ty::TupleIter,
                };
                if st.peek(1).ty == ty {
                    keep[k] = false;
                    rep.guards_removed += 1;
                } else {
                    st.learn(1, ty);
                }
            }
            _ITER_NEXT_RANGE => st.push(Ty::Int),
            _ITER_NEXT_LIST | _ITER_NEXT_TUPLE => st.push(Ty::Unknown),
            _TO_BOOL_BOOL => {
                if st.peek(1).ty == Ty::Bool {
                    keep[k] = false;
                    rep.guards_removed += 1;
                } else {
                    st.learn(1, Ty::Bool);
                }
            }
            _TO_BOOL_INT | _TO_BOOL_NONE | _TO_BOOL_STR | _TO_BOOL_LIST | _REPLACE_WITH_TRUE => {
                st.pop();
                st.push(Ty::Bool);
                // The check inside proved an int, a str or None: dropping it is silent.
                esc = matches!(u.uop, _TO_BOOL_LIST | _REPLACE_WITH_TRUE);
            }
            _BINARY_OP => {
                // Exact ints and floats run no Python code (they may raise: errors exit with
                // their own target) and their results' types follow from the operator.
                let (b, c) = (st.pop(), st.pop());
                let op = a % 13;
                let ty = match (c.ty, b.ty) {
                    (Ty::Int, Ty::Int) if matches!(op, 0 | 1 | 2 | 3 | 5 | 6 | 7 | 9 | 10 | 12) => {
                        Ty::Int
                    }
                    (Ty::Int, Ty::Int) if op == 11 => Ty::Float,
                    (Ty::Int | Ty::Float, Ty::Int | Ty::Float)
                        if matches!(op, 0 | 2 | 5 | 6 | 10 | 11) =>
                    {
                        Ty::Float
                    }
                    _ => Ty::Unknown,
                };
                esc = !matches!((c.ty, b.ty), (Ty::Int | Ty::Float, Ty::Int | Ty::Float));
                st.push(ty);
            }
            _IS_OP => {
                let (b, c) = (st.pop(), st.pop());
                st.push(Ty::Bool);
                esc = !(b.ty.drop_is_silent() && c.ty.drop_is_silent());
            }
            _PUSH_FRAME_EXACT => {
                let (i, _) = u.uop.stack_effect(a);
                for _ in 0..i {
                    st.pop();
                }
                let callee = callees.iter().find(|c| c.0 == u.operand).map(|c| c.1);
                let stack = core::mem::take(&mut st.stack);
                let locals = core::mem::take(&mut st.locals);
                saved.push((stack, locals, st.fresh, info));
                // The arguments are unknown; the other locals are unbound (when the code is
                // known: its argument count).
                let callee = match callee {
                    Some(c) => {
                        st.locals = alloc::vec![(Ty::Unknown, 0); c.argcount as usize];
                        st.fresh = Ty::Null;
                        c
                    }
                    None => {
                        st.fresh = Ty::Unknown;
                        CodeInfo {
                            consts: &[],
                            varnames: &[],
                            argcount: 0,
                        }
                    }
                };
                info = callee;
                st.consts = info.consts;
                varnames = info.varnames;
            }
            _RETURN_VALUE => {
                // The value keeps its type (not its link to a local of the callee).
                let ty = st.pop().ty;
                if let Some((stack, locals, fresh, caller)) = saved.pop() {
                    st.stack = stack;
                    st.locals = locals;
                    st.fresh = fresh;
                    info = caller;
                    st.consts = info.consts;
                    varnames = info.varnames;
                }
                st.push(ty);
            }
            _ => {
                let (i, o) = u.uop.stack_effect(a);
                // Guards (CPython's naming) only look: the stack keeps its symbols.
                let name = u.uop.name();
                let looks = ["_GUARD_", "_CHECK_", "_ITER_CHECK_"]
                    .iter()
                    .any(|p| name.starts_with(p));
                if looks && i == o {
                    escapes[k] = esc;
                    stacks.push(render(rt, &st, varnames, saved.len()));
                    continue;
                }
                for _ in 0..i {
                    st.pop();
                }
                for _ in 0..o {
                    st.push(Ty::Unknown);
                }
            }
        }
        if u.uop == _JUMP_TO_TOP {
            esc = true;
        }
        escapes[k] = esc && keep[k];
        stacks.push(render(rt, &st, varnames, saved.len()));
    }
    // `_CHECK_VALIDITY` only where something escaped since the last one (the first stays:
    // the loop comes back to it after `_CHECK_PERIODIC`).
    let mut escaped = true;
    for (k, u) in uops.iter().enumerate() {
        if u.uop == Uop::_CHECK_VALIDITY {
            if !escaped {
                keep[k] = false;
                rep.checks_removed += 1;
            }
            escaped = false;
        } else if escapes[k] {
            escaped = true;
        }
    }
    // `_SET_IP` only where its instruction's micro-ops escape or read the inline cache.
    for k in 0..uops.len() {
        if uops[k].uop != Uop::_SET_IP {
            continue;
        }
        let needs = uops[k + 1..]
            .iter()
            .enumerate()
            .take_while(|(_, u)| u.uop != Uop::_SET_IP && u.uop != Uop::_CHECK_VALIDITY)
            .any(|(j, u)| keep[k + 1 + j] && (escapes[k + 1 + j] || !ip_free(u.uop)));
        if !needs {
            keep[k] = false;
            rep.set_ips_removed += 1;
        }
    }
    let mut out = Vec::with_capacity(uops.len());
    for (k, u) in uops.iter().enumerate() {
        if keep[k] {
            out.push(*u);
            rep.stacks.push(core::mem::take(&mut stacks[k]));
        }
    }
    (out, rep)
}

/// The abstract stack and the locals with known types, as on the talk's slides:
/// `[range_iterator, int<b>] a: int, b: int`.
fn render(rt: &Runtime, st: &State, varnames: &[Value], level: usize) -> String {
    let name = |l: u32| {
        varnames
            .get(l as usize)
            .and_then(|v| rt.str_of(v))
            .map_or_else(|| format!("${l}"), String::from)
    };
    let mut s = String::new();
    if level > 0 {
        s.push_str(&format!("(frame {level}) "));
    }
    s.push('[');
    for (i, x) in st.stack.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(x.ty.name());
        if let Some((l, v)) = x.local
            && st.locals.get(l as usize).is_some_and(|t| t.1 == v)
        {
            s.push_str(&format!("<{}>", name(l)));
        }
    }
    s.push(']');
    for (l, (ty, _)) in st.locals.iter().enumerate() {
        if !matches!(*ty, Ty::Unknown | Ty::Null) {
            s.push_str(&format!(" {}: {}", name(l as u32), ty.name()));
        }
    }
    s
}
