//! The assembler: a unit's instruction list (labels, pseudo instructions) to a `CodeUnit`.
//!
//! Passes, in order: split into basic blocks; stack depth by walking every path (handler blocks
//! start at the SETUP's depth plus the pushed exception / lasti); drop unreachable blocks; give
//! each instruction its innermost handler by propagating the SETUP/POP_BLOCK stack along the
//! control flow (as CPython's `label_exception_targets`); mark loads of maybe-unbound locals
//! LOAD_FAST_CHECK; peepholes (RETURN_CONST, superinstructions, NOP removal); lay out with
//! EXTENDED_ARG until offsets settle; emit code, exception table and location table.

use super::codegen::{Instr, Op, Unit};
use crate::bytecode::code::*;
use crate::bytecode::opcode::Opcode;
use crate::bytecode::tables;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

#[derive(Clone, Copy)]
struct AInstr {
    op: Op,
    arg: u32,
    loc: Location,
    /// Target block for jumps and SETUP_*.
    target: usize,
    /// Innermost handler: (handler block, push lasti).
    handler: Option<(usize, bool)>,
}

struct Block {
    instrs: Vec<AInstr>,
    /// Falls through to the next block in order.
    falls: bool,
    depth: Option<i32>,
    /// Exception stack at entry (for handler propagation).
    exc: Option<Vec<(usize, bool)>>,
}

fn is_jump(op: Op) -> bool {
    match op {
        Op::Jump | Op::JumpNoInterrupt => true,
        Op::R(o) => o.is_jump(),
        _ => false,
    }
}

fn is_setup(op: Op) -> bool {
    matches!(op, Op::SetupFinally | Op::SetupCleanup | Op::SetupWith)
}

fn ends_block(op: Op) -> bool {
    match op {
        Op::Jump | Op::JumpNoInterrupt => true,
        Op::R(o) => o.no_fallthrough() || o.is_jump(),
        _ => false,
    }
}

fn no_fallthrough(op: Op) -> bool {
    match op {
        Op::Jump | Op::JumpNoInterrupt => true,
        Op::R(o) => o.no_fallthrough(),
        _ => false,
    }
}

fn build_blocks(instrs: &[Instr], nlabels: u32) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::new();
    let mut label_block = vec![usize::MAX; nlabels as usize];
    let new_block = |blocks: &mut Vec<Block>| {
        blocks.push(Block {
            instrs: Vec::new(),
            falls: true,
            depth: None,
            exc: None,
        });
        blocks.len() - 1
    };
    let mut cur = new_block(&mut blocks);
    for i in instrs {
        match i.op {
            Op::Label => {
                if !blocks[cur].instrs.is_empty() {
                    cur = new_block(&mut blocks);
                }
                if let Some(slot) = label_block.get_mut(i.arg as usize) {
                    *slot = cur;
                }
            }
            op => {
                blocks[cur].instrs.push(AInstr {
                    op,
                    arg: i.arg,
                    loc: i.loc,
                    target: i.arg as usize,
                    handler: None,
                });
                if ends_block(op) {
                    blocks[cur].falls = !no_fallthrough(op);
                    cur = new_block(&mut blocks);
                }
            }
        }
    }
    // Resolve label numbers to block indices.
    for b in blocks.iter_mut() {
        for ins in b.instrs.iter_mut() {
            if is_jump(ins.op) || is_setup(ins.op) {
                ins.target = label_block
                    .get(ins.arg as usize)
                    .copied()
                    .unwrap_or(usize::MAX);
            }
        }
    }
    blocks
}

fn setup_effect(op: Op) -> i32 {
    match op {
        Op::SetupFinally | Op::SetupWith => 1,
        Op::SetupCleanup => 2,
        _ => 0,
    }
}

/// Computes block entry depths; returns the maximum depth.
fn stack_depth(blocks: &mut [Block]) -> i32 {
    let n = blocks.len();
    let mut max = 0;
    let mut work = vec![0usize];
    if n == 0 {
        return 0;
    }
    blocks[0].depth = Some(0);
    let set = |blocks: &mut [Block], work: &mut Vec<usize>, b: usize, d: i32| {
        if b >= blocks.len() {
            return;
        }
        match blocks[b].depth {
            None => {
                blocks[b].depth = Some(d);
                work.push(b);
            }
            // (A bound keeps a code generator bug from looping forever.)
            Some(old) if d > old && d < 1 << 16 => {
                // Inconsistent depths would be a code generator bug; keep the larger.
                blocks[b].depth = Some(d);
                work.push(b);
            }
            _ => {}
        }
    };
    while let Some(b) = work.pop() {
        let mut d = blocks[b].depth.unwrap_or(0);
        let instrs = blocks[b].instrs.clone();
        for ins in &instrs {
            match ins.op {
                Op::R(o) => {
                    if o.is_jump() {
                        let jd = d + o.stack_effect(ins.arg, true);
                        max = max.max(jd);
                        set(blocks, &mut work, ins.target, jd);
                    }
                    d += o.stack_effect(ins.arg, false);
                }
                Op::Jump | Op::JumpNoInterrupt => set(blocks, &mut work, ins.target, d),
                op if is_setup(op) => {
                    let hd = d + setup_effect(op);
                    max = max.max(hd);
                    set(blocks, &mut work, ins.target, hd);
                }
                _ => {}
            }
            max = max.max(d);
        }
        if blocks[b].falls && b + 1 < n {
            set(blocks, &mut work, b + 1, d);
        }
    }
    max
}

/// Gives each real instruction its innermost handler.
fn label_handlers(blocks: &mut [Block]) {
    let n = blocks.len();
    if n == 0 {
        return;
    }
    blocks[0].exc = Some(Vec::new());
    let mut work = vec![0usize];
    while let Some(b) = work.pop() {
        let mut stack = blocks[b].exc.clone().unwrap_or_default();
        let mut pending: Vec<(usize, Vec<(usize, bool)>)> = Vec::new();
        for ins in blocks[b].instrs.iter_mut() {
            match ins.op {
                Op::SetupFinally | Op::SetupCleanup | Op::SetupWith => {
                    pending.push((ins.target, stack.clone()));
                    stack.push((ins.target, ins.op != Op::SetupFinally));
                }
                Op::PopBlock => {
                    stack.pop();
                }
                op => {
                    ins.handler = stack.last().copied();
                    if is_jump(op) {
                        pending.push((ins.target, stack.clone()));
                    }
                }
            }
        }
        if blocks[b].falls && b + 1 < n {
            pending.push((b + 1, stack));
        }
        for (t, s) in pending {
            if t < n && blocks[t].exc.is_none() {
                blocks[t].exc = Some(s);
                work.push(t);
            }
        }
    }
}

/// Marks LOAD_FAST of locals that may be unbound as LOAD_FAST_CHECK.
fn mark_unbound_loads(blocks: &mut [Block], nparams: usize, nlocals: usize, always_bound: &[bool]) {
    let n = blocks.len();
    // Bit i set: local i may be unbound. Locals beyond 64 are always checked (unless params).
    let mut init: u64 = 0;
    for i in nparams..nlocals.min(64) {
        if !always_bound.get(i).copied().unwrap_or(false) {
            init |= 1 << i;
        }
    }
    let mut entry: Vec<Option<u64>> = vec![None; n];
    if n == 0 {
        return;
    }
    entry[0] = Some(init);
    let mut work = vec![0usize];
    let merge = |entry: &mut Vec<Option<u64>>, work: &mut Vec<usize>, t: usize, s: u64| {
        if t >= entry.len() {
            return;
        }
        let old = entry[t];
        let new = old.unwrap_or(0) | s;
        if old != Some(new) {
            entry[t] = Some(new);
            work.push(t);
        }
    };
    while let Some(b) = work.pop() {
        let mut s = entry[b].unwrap_or(0);
        for ins in &blocks[b].instrs {
            if let Some((h, _)) = ins.handler {
                merge(&mut entry, &mut work, h, s);
            }
            match ins.op {
                Op::R(Opcode::STORE_FAST) if ins.arg < 64 => s &= !(1u64 << ins.arg),
                Op::R(Opcode::DELETE_FAST) if ins.arg < 64 => s |= 1u64 << ins.arg,
                op if is_jump(op) || is_setup(op) => merge(&mut entry, &mut work, ins.target, s),
                _ => {}
            }
        }
        if blocks[b].falls && b + 1 < n {
            merge(&mut entry, &mut work, b + 1, s);
        }
    }
    // Locals past 64 are tracked only within a block (stored earlier in the same block).
    let mut stored_here: Vec<bool> = vec![false; nlocals.saturating_sub(64)];
    for (b, blk) in blocks.iter_mut().enumerate() {
        let mut s = entry[b].unwrap_or(0);
        stored_here.iter_mut().for_each(|x| *x = false);
        for ins in blk.instrs.iter_mut() {
            let high = (ins.arg as usize).checked_sub(64);
            match ins.op {
                Op::R(Opcode::STORE_FAST) if ins.arg < 64 => s &= !(1u64 << ins.arg),
                Op::R(Opcode::DELETE_FAST) if ins.arg < 64 => s |= 1u64 << ins.arg,
                Op::R(Opcode::STORE_FAST) => {
                    if let Some(x) = high.and_then(|h| stored_here.get_mut(h)) {
                        *x = true;
                    }
                }
                Op::R(Opcode::DELETE_FAST) => {
                    if let Some(x) = high.and_then(|h| stored_here.get_mut(h)) {
                        *x = false;
                    }
                }
                Op::R(Opcode::LOAD_FAST) => {
                    let i = ins.arg as usize;
                    let maybe = if i < 64 {
                        s & (1u64 << i) != 0
                    } else {
                        i >= nparams
                            && !always_bound.get(i).copied().unwrap_or(false)
                            && !high
                                .and_then(|h| stored_here.get(h))
                                .copied()
                                .unwrap_or(false)
                    };
                    if maybe {
                        ins.op = Op::R(Opcode::LOAD_FAST_CHECK);
                        // After a successful check the local is bound.
                        if i < 64 {
                            s &= !(1u64 << i);
                        }
                    }
                }
                _ => {}
            }
        }
    }
}

fn peephole(blocks: &mut [Block], consts_none: Option<u32>) {
    let _ = consts_none;
    for b in blocks.iter_mut() {
        let mut out: Vec<AInstr> = Vec::with_capacity(b.instrs.len());
        for ins in b.instrs.drain(..) {
            if matches!(
                ins.op,
                Op::PopBlock | Op::SetupFinally | Op::SetupCleanup | Op::SetupWith
            ) {
                continue;
            }
            if let Some(prev) = out.last_mut() {
                let same = prev.handler == ins.handler;
                match (prev.op, ins.op) {
                    (Op::R(Opcode::LOAD_CONST), Op::R(Opcode::RETURN_VALUE)) if same => {
                        prev.op = Op::R(Opcode::RETURN_CONST);
                        prev.loc = ins.loc;
                        continue;
                    }
                    _ => {}
                }
                let super_op = match (prev.op, ins.op) {
                    (Op::R(Opcode::LOAD_FAST), Op::R(Opcode::LOAD_FAST)) => {
                        Some(Opcode::LOAD_FAST_LOAD_FAST)
                    }
                    (Op::R(Opcode::STORE_FAST), Op::R(Opcode::STORE_FAST)) => {
                        Some(Opcode::STORE_FAST_STORE_FAST)
                    }
                    (Op::R(Opcode::STORE_FAST), Op::R(Opcode::LOAD_FAST)) => {
                        Some(Opcode::STORE_FAST_LOAD_FAST)
                    }
                    _ => None,
                };
                if let Some(sop) = super_op {
                    if same && prev.arg < 16 && ins.arg < 16 && prev.loc.line == ins.loc.line {
                        prev.op = Op::R(sop);
                        prev.arg = prev.arg << 4 | ins.arg;
                        continue;
                    }
                }
            }
            out.push(ins);
        }
        b.instrs = out;
    }
}

/// Instructions without a location inherit the previous one's within a block, and the first
/// instruction of a block with a single predecessor inherits that predecessor's last location
/// (CPython 3.11's `propagate_line_numbers`; tracing reports these lines).
fn propagate_lines(blocks: &mut [Block]) {
    let n = blocks.len();
    // The first non-empty block at or after each index.
    let mut first = vec![n; n + 1];
    for i in (0..n).rev() {
        first[i] = if blocks[i].instrs.is_empty() {
            first[i + 1]
        } else {
            i
        };
    }
    let mut preds = vec![0u32; n + 1];
    for (i, b) in blocks.iter().enumerate() {
        let Some(last) = b.instrs.last() else {
            continue;
        };
        if b.falls && !no_fallthrough(last.op) {
            preds[first[i + 1]] += 1;
        }
        for ins in &b.instrs {
            if is_jump(ins.op) && ins.target < n {
                preds[first[ins.target]] += 1;
            }
            if let Some((h, _)) = ins.handler
                && h < n
            {
                // Handlers are never entered by inheriting a location.
                preds[first[h]] += 2;
            }
        }
    }
    for i in 0..n {
        let mut prev: Option<Location> = None;
        for ins in blocks[i].instrs.iter_mut() {
            if ins.loc.line < 0 {
                if let Some(p) = prev {
                    ins.loc = p;
                }
            }
            prev = Some(ins.loc);
        }
        let Some(last) = blocks[i].instrs.last() else {
            continue;
        };
        let (loc, op, target, falls) = (last.loc, last.op, last.target, blocks[i].falls);
        let mut succ = Vec::new();
        if falls && !no_fallthrough(op) {
            succ.push(first[i + 1]);
        }
        if is_jump(op) && target < n {
            succ.push(first[target]);
        }
        for t in succ {
            if t < n
                && preds[t] == 1
                && let Some(ins) = blocks[t].instrs.first_mut()
                && ins.loc.line < 0
            {
                ins.loc = loc;
            }
        }
    }
}

/// Exit blocks at most this long are copied into the blocks that jump to them.
const MAX_COPY_SIZE: usize = 4;

/// Layout: copies small exit blocks into their jumping predecessors, then moves blocks reached
/// only through exceptions ("cold") after the others, adding jumps where a fallthrough breaks.
fn reorder(mut blocks: Vec<Block>) -> Vec<Block> {
    let n = blocks.len();
    // Retarget to the first non-empty block at or after each target.
    let mut nn = vec![usize::MAX; n + 1];
    for i in (0..n).rev() {
        nn[i] = if blocks[i].instrs.is_empty() {
            nn[i + 1]
        } else {
            i
        };
    }
    let fix = |t: usize| if t < n { nn[t] } else { usize::MAX };
    for b in blocks.iter_mut() {
        for ins in b.instrs.iter_mut() {
            if is_jump(ins.op) {
                ins.target = fix(ins.target);
            }
            if let Some((h, l)) = ins.handler {
                ins.handler = Some((fix(h), l));
            }
        }
    }
    // Inline small exit blocks.
    for i in 0..n {
        let Some(last) = blocks[i].instrs.last().copied() else {
            continue;
        };
        if !matches!(last.op, Op::Jump | Op::JumpNoInterrupt) || last.target >= n {
            continue;
        }
        let t = last.target;
        let tb = &blocks[t].instrs;
        let exits = tb
            .last()
            .is_some_and(|x| matches!(x.op, Op::R(Opcode::RETURN_VALUE | Opcode::RETURN_CONST)));
        if t != i && exits && tb.len() <= MAX_COPY_SIZE {
            let copy = tb.clone();
            blocks[i].instrs.pop();
            blocks[i].instrs.extend(copy);
            blocks[i].falls = false;
        }
    }
    // Warm blocks: reachable from the entry without exception edges.
    let mut warm = vec![false; n];
    let mut work = Vec::new();
    if let Some(&first) = nn.first().filter(|f| **f < n) {
        warm[first] = true;
        work.push(first);
    }
    while let Some(b) = work.pop() {
        let mut succ: Vec<usize> = blocks[b]
            .instrs
            .iter()
            .filter(|x| is_jump(x.op))
            .map(|x| x.target)
            .collect();
        if blocks[b].falls {
            succ.push(fix(b + 1));
        }
        for t in succ {
            if t < n && !warm[t] {
                warm[t] = true;
                work.push(t);
            }
        }
    }
    // Everything else that is live is reached through a handler (possibly of a cold block).
    let mut reach = warm.clone();
    let mut work: Vec<usize> = (0..n).filter(|&i| warm[i]).collect();
    while let Some(b) = work.pop() {
        let mut succ: Vec<usize> = Vec::new();
        for x in &blocks[b].instrs {
            if is_jump(x.op) {
                succ.push(x.target);
            }
            if let Some((h, _)) = x.handler {
                succ.push(h);
            }
        }
        if blocks[b].falls {
            succ.push(fix(b + 1));
        }
        for t in succ {
            if t < n && !reach[t] {
                reach[t] = true;
                work.push(t);
            }
        }
    }
    let live = |i: usize, blocks: &Vec<Block>| !blocks[i].instrs.is_empty() && reach[i];
    let mut order: Vec<usize> = (0..n).filter(|&i| live(i, &blocks) && warm[i]).collect();
    order.extend((0..n).filter(|&i| live(i, &blocks) && !warm[i]));
    // Explicit jumps where the fallthrough successor no longer follows.
    for p in 0..order.len() {
        let i = order[p];
        if !blocks[i].falls {
            continue;
        }
        let succ = fix(i + 1);
        if order.get(p + 1) != Some(&succ) && succ < n {
            let last = blocks[i].instrs.last().copied();
            if let Some(last) = last {
                blocks[i].instrs.push(AInstr {
                    op: Op::JumpNoInterrupt,
                    arg: 0,
                    loc: last.loc,
                    target: succ,
                    handler: last.handler,
                });
                blocks[i].falls = false;
            }
        }
    }
    let mut new_index = vec![usize::MAX; n];
    for (p, &i) in order.iter().enumerate() {
        new_index[i] = p;
    }
    let remap = |t: usize| if t < n { new_index[t] } else { usize::MAX };
    let mut old: Vec<Option<Block>> = blocks.into_iter().map(Some).collect();
    let mut out = Vec::with_capacity(order.len());
    for &i in &order {
        if let Some(mut b) = old[i].take() {
            for ins in b.instrs.iter_mut() {
                if is_jump(ins.op) {
                    ins.target = remap(ins.target);
                }
                if let Some((h, l)) = ins.handler {
                    ins.handler = Some((remap(h), l));
                }
            }
            out.push(b);
        }
    }
    out
}

/// Removes NOPs whose line is carried by a neighbour in the same block.
fn remove_nops(blocks: &mut [Block]) {
    for b in blocks.iter_mut() {
        let mut out: Vec<AInstr> = Vec::with_capacity(b.instrs.len());
        let n = b.instrs.len();
        for i in 0..n {
            let ins = b.instrs[i];
            if ins.op == Op::R(Opcode::NOP) {
                let line = ins.loc.line;
                let prev_same = out.last().is_some_and(|p| p.loc.line == line);
                let next_same = b.instrs.get(i + 1).is_some_and(|x| x.loc.line == line);
                if line < 0 || prev_same || next_same {
                    continue;
                }
            }
            out.push(ins);
        }
        b.instrs = out;
    }
}

fn ext_count(arg: u32) -> u32 {
    match arg {
        0..=0xff => 0,
        0x100..=0xffff => 1,
        0x1_0000..=0xff_ffff => 2,
        _ => 3,
    }
}

pub(crate) fn assemble(unit: Unit<'_>, filename: &str) -> CodeUnit {
    let mut blocks = build_blocks(&unit.instrs, unit.next_label);
    let maxdepth = stack_depth(&mut blocks);
    // Drop unreachable blocks by emptying them (keeps indices stable).
    for b in blocks.iter_mut() {
        if b.depth.is_none() {
            b.instrs.clear();
            b.falls = true;
        }
    }
    label_handlers(&mut blocks);

    // localsplus layout.
    let mut localsplusnames: Vec<String> = unit.varnames.clone();
    let mut kinds: Vec<u8> = vec![FAST_LOCAL; unit.varnames.len()];
    let nparams = unit.argcount as usize
        + unit.kwonlyargcount as usize
        + usize::from(unit.flags & CO_VARARGS != 0)
        + usize::from(unit.flags & CO_VARKEYWORDS != 0);
    for k in kinds.iter_mut().take(nparams) {
        *k |= FAST_ARG;
    }
    for c in &unit.cellvars {
        match unit.varnames.iter().position(|v| v == c) {
            Some(i) => kinds[i] |= FAST_CELL,
            None => {
                localsplusnames.push(c.clone());
                kinds.push(FAST_CELL);
            }
        }
    }
    for f in &unit.freevars {
        localsplusnames.push(f.clone());
        kinds.push(FAST_FREE);
    }
    let always_bound: Vec<bool> = kinds
        .iter()
        .map(|k| k & (FAST_CELL | FAST_FREE | FAST_ARG) != 0)
        .collect();
    mark_unbound_loads(&mut blocks, nparams, unit.varnames.len(), &always_bound);
    peephole(&mut blocks, None);
    propagate_lines(&mut blocks);
    remove_nops(&mut blocks);
    let mut blocks = reorder(blocks);

    // Layout order is block order; drop jumps to the next non-empty block.
    let nb = blocks.len();
    let mut next_nonempty = vec![nb; nb + 1];
    for i in (0..nb).rev() {
        next_nonempty[i] = if blocks[i].instrs.is_empty() {
            next_nonempty[i + 1]
        } else {
            i
        };
    }
    for i in 0..nb {
        if let Some(last) = blocks[i].instrs.last() {
            if matches!(last.op, Op::Jump | Op::JumpNoInterrupt)
                && next_nonempty[last.target.min(nb)] == next_nonempty[i + 1]
            {
                blocks[i].instrs.pop();
                blocks[i].falls = true;
            }
        }
    }
    // Flatten.
    let mut flat: Vec<AInstr> = Vec::new();
    let mut block_start = vec![0usize; nb + 1];
    for (i, b) in blocks.iter().enumerate() {
        block_start[i] = flat.len();
        flat.extend(b.instrs.iter().copied());
    }
    block_start[nb] = flat.len();
    // Choose concrete jump opcodes.
    let mut pos_of_block = block_start.clone();
    for (i, b) in blocks.iter().enumerate() {
        let _ = b;
        pos_of_block[i] = block_start[next_nonempty[i].min(nb)];
    }
    let mut ops: Vec<Opcode> = Vec::with_capacity(flat.len());
    let mut targets: Vec<Option<usize>> = Vec::with_capacity(flat.len());
    for (idx, ins) in flat.iter().enumerate() {
        let t = if is_jump(ins.op) {
            Some(pos_of_block[ins.target.min(nb)])
        } else {
            None
        };
        let back = t.is_some_and(|t| t <= idx);
        let op = match ins.op {
            Op::R(o) => o,
            Op::Jump => {
                if back {
                    Opcode::JUMP_BACKWARD
                } else {
                    Opcode::JUMP_FORWARD
                }
            }
            Op::JumpNoInterrupt => {
                if back {
                    Opcode::JUMP_BACKWARD_NO_INTERRUPT
                } else {
                    Opcode::JUMP_FORWARD
                }
            }
            _ => Opcode::NOP,
        };
        ops.push(op);
        targets.push(t);
    }
    // Offsets with EXTENDED_ARG, iterated until stable.
    let n = flat.len();
    let mut exts = vec![0u32; n];
    let mut offsets = vec![0u32; n + 1];
    let mut args = vec![0u32; n];
    loop {
        let mut off = 0u32;
        for i in 0..n {
            offsets[i] = off;
            off += exts[i] + ops[i].size();
        }
        offsets[n] = off;
        let mut changed = false;
        for i in 0..n {
            let a = match targets[i] {
                Some(t) => {
                    let after = offsets[i] + exts[i] + ops[i].size();
                    let tgt = offsets[t.min(n)];
                    if ops[i].is_backward_jump() {
                        after.saturating_sub(tgt)
                    } else {
                        tgt.saturating_sub(after)
                    }
                }
                None => flat[i].arg,
            };
            args[i] = a;
            let e = ext_count(a);
            if e > exts[i] {
                exts[i] = e;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    // Emit.
    let mut code: Vec<u16> = Vec::with_capacity(offsets[n] as usize);
    let mut locs: Vec<(Location, u32)> = Vec::with_capacity(n);
    for i in 0..n {
        let op = ops[i];
        let a = if op.has_arg() { args[i] } else { 0 };
        for k in (1..=exts[i]).rev() {
            code.push(Opcode::EXTENDED_ARG as u16 | (((a >> (8 * k)) & 0xff) as u16) << 8);
        }
        code.push(op as u16 | ((a & 0xff) as u16) << 8);
        code.extend(core::iter::repeat_n(0, op.caches() as usize));
        locs.push((flat[i].loc, exts[i] + op.size()));
    }
    // Exception table: runs of instructions sharing a handler.
    let mut entries: Vec<ExceptionEntry> = Vec::new();
    let mut i = 0;
    while i < n {
        let Some((hb, lasti)) = flat[i].handler else {
            i += 1;
            continue;
        };
        let mut j = i;
        while j + 1 < n && flat[j + 1].handler == flat[i].handler {
            j += 1;
        }
        let target_idx = pos_of_block[hb.min(nb)];
        let hdepth = blocks.get(hb).and_then(|b| b.depth).unwrap_or(1);
        entries.push(ExceptionEntry {
            start: offsets[i],
            end: offsets[j + 1],
            target: offsets[target_idx.min(n)],
            depth: (hdepth - 1 - i32::from(lasti)).max(0) as u32,
            lasti,
        });
        i = j + 1;
    }
    CodeUnit {
        name: unit.name,
        qualname: unit.qualname,
        filename: filename.into(),
        firstlineno: unit.firstlineno,
        argcount: unit.argcount,
        posonlyargcount: unit.posonlyargcount,
        kwonlyargcount: unit.kwonlyargcount,
        flags: unit.flags,
        code,
        consts: unit.consts,
        names: unit.names,
        localsplusnames,
        localspluskinds: kinds,
        exceptiontable: tables::encode_exception_table(&entries),
        linetable: tables::encode_locations(unit.firstlineno as i32, &locs),
        stacksize: maxdepth.max(0) as u32,
    }
}
