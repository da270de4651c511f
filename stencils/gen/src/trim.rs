//! Checks and rewrites on one stencil after reading:
//! - every continuation (`_JIT_CONTINUE`, `_JIT_JUMP_TARGET`, `_JIT_EXIT`, `_JIT_ERROR_TARGET`)
//!   must be a tail jump, never a call (a call would grow the native stack per micro-op);
//! - the trailing jump into the next stencil is removed (stencils are laid out in sequence);
//! - x86-64: `movabs reg, CONTINUATION; jmp reg` becomes `jmp rel32` (continuations are in
//!   the same executor: one direct jump instead of two instructions and an indirect one);
//! - AArch64: an ADRP+ADD materializing a per-instance value (small code model: ±4 GiB of the
//!   code) becomes ADRP+LDR of a GOT slot holding it, the patcher's per-executor GOT.

use crate::read::{Arch, RawStencil};
use crate::stencil::{Hole, HoleKind, HoleValue};

pub fn check_and_trim(arch: Arch, s: &mut RawStencil) -> Result<(), String> {
    if std::env::var_os("STENCIL_DUMP").is_some() {
        eprintln!("{} code={:02x?}", s.name, s.code);
        for h in s.holes.iter().chain(&s.data_holes) {
            eprintln!("   {h:?}");
        }
    }
    if let Some(h) = s.data_holes.iter().find(|h| is_continuation(h.value)) {
        return Err(format!("data refers to a continuation ({:?})", h.value));
    }
    if arch == Arch::Aarch64 {
        values_through_got(&mut s.code, &mut s.holes)?;
    }
    for h in &s.holes {
        if is_continuation(h.value) {
            check_jump(arch, &s.code, h)?;
        }
    }
    trim_trailing_jump(arch, s);
    if arch == Arch::X86_64 {
        direct_jumps(&mut s.code, &mut s.holes);
    }
    Ok(())
}

fn is_continuation(v: HoleValue) -> bool {
    matches!(
        v,
        HoleValue::Continue | HoleValue::JumpTarget | HoleValue::Exit | HoleValue::ErrorTarget
    )
}

fn insn(code: &[u8], off: usize) -> u32 {
    code.get(off..off + 4)
        .map_or(0, |b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
}

/// AArch64 B (not BL): bits 31:26 are 000101.
fn is_arm64_b(i: u32) -> bool {
    i >> 26 == 0b000101
}

/// The register an x86-64 `movabs reg, imm64` at `off - 2` loads, if it is one.
fn movabs_reg(code: &[u8], off: usize) -> Option<u8> {
    let rex = *code.get(off.checked_sub(2)?)?;
    let op = *code.get(off - 1)?;
    if (rex == 0x48 || rex == 0x49) && (0xb8..0xc0).contains(&op) {
        Some((op - 0xb8) | if rex == 0x49 { 8 } else { 0 })
    } else {
        None
    }
}

/// Finds the first indirect jump or call through `reg` at or after `from`: `ff /4` (jmp) or
/// `ff /2` (call) with ModRM mod=11, and a REX.B prefix for r8-r15. A short jump (`eb`, `e9`) met
/// first is followed (LLVM shares one epilogue between tail calls: `movabs rax, EXIT; mov
/// rsi, rbx; jmp .Lepilogue` where the epilogue ends in `jmp rax`).
fn x86_64_use_of(code: &[u8], from: usize, reg: u8) -> Option<(usize, bool)> {
    let mut at = from;
    for _ in 0..4 {
        match x86_64_use_or_jump(code, at, reg)? {
            Use::Found(i, jmp) => return Some((i, jmp)),
            Use::Jump(to) => at = to,
        }
    }
    None
}

enum Use {
    Found(usize, bool),
    Jump(usize),
}

fn x86_64_use_or_jump(code: &[u8], from: usize, reg: u8) -> Option<Use> {
    (from..code.len().saturating_sub(1)).find_map(|i| {
        if code[i] == 0xeb && i < from + 16 {
            let to = (i as isize + 2 + code[i + 1] as i8 as isize) as usize;
            return (to < code.len()).then_some(Use::Jump(to));
        }
        if code[i] == 0xe9 && i < from + 16 && i + 5 <= code.len() {
            let rel = i32::from_le_bytes([code[i + 1], code[i + 2], code[i + 3], code[i + 4]]);
            let to = (i as isize + 5 + rel as isize) as usize;
            return (to < code.len()).then_some(Use::Jump(to));
        }
        let rex_ok = if reg >= 8 {
            i > 0 && (code[i - 1] == 0x41 || code[i - 1] == 0x49)
        } else {
            true
        };
        if code[i] != 0xff || !rex_ok {
            return None;
        }
        match code[i + 1] {
            m if m == 0xe0 | (reg & 7) => Some(Use::Found(i, true)),
            m if m == 0xd0 | (reg & 7) => Some(Use::Found(i, false)),
            _ => None,
        }
    })
}

fn check_jump(arch: Arch, code: &[u8], h: &Hole) -> Result<(), String> {
    let off = h.offset as usize;
    let ok = match (arch, h.kind) {
        (Arch::Aarch64, HoleKind::Arm64Branch26) => is_arm64_b(insn(code, off)),
        (Arch::X86 | Arch::X86_64, HoleKind::Rel32) => {
            let op = off.checked_sub(1).map(|i| code[i]);
            let op2 = off.checked_sub(2).map(|i| code[i]);
            op == Some(0xe9) || (op2 == Some(0x0f) && matches!(op, Some(0x80..=0x8f)))
        }
        (Arch::X86_64, HoleKind::Abs64) => match movabs_reg(code, off) {
            Some(r) => matches!(x86_64_use_of(code, off + 8, r), Some((_, true))),
            None => false,
        },
        _ => false,
    };
    if ok {
        Ok(())
    } else {
        Err(format!(
            "continuation {:?} at {:#x} ({:?}) is not a tail jump",
            h.value, h.offset, h.kind
        ))
    }
}

/// Removes a jump to `_JIT_CONTINUE` that is the stencil's last instruction.
fn trim_trailing_jump(arch: Arch, s: &mut RawStencil) {
    let Some(last) = s.holes.last().copied() else {
        return;
    };
    if last.value != HoleValue::Continue {
        return;
    }
    let off = last.offset as usize;
    let len = s.code.len();
    let cut = match (arch, last.kind) {
        (Arch::Aarch64, HoleKind::Arm64Branch26) if off + 4 == len => Some(off),
        (Arch::X86 | Arch::X86_64, HoleKind::Rel32)
            if off + 4 == len && s.code[off - 1] == 0xe9 =>
        {
            Some(off - 1)
        }
        // movabs reg, CONTINUE; [rex] jmp reg (only when nothing sits between the two).
        (Arch::X86_64, HoleKind::Abs64) => match movabs_reg(&s.code, off) {
            Some(r) => match x86_64_use_of(&s.code, off + 8, r) {
                // Only a REX prefix may sit between the two (never `pop rbp` and the like).
                Some((j, true))
                    if j + 2 == len
                        && (j == off + 8
                            || (j == off + 9 && (0x40..0x50).contains(&s.code[off + 8]))) =>
                {
                    Some(off - 2)
                }
                _ => None,
            },
            None => None,
        },
        _ => None,
    };
    if let Some(cut) = cut {
        s.code.truncate(cut);
        s.holes.pop();
        s.falls_through = true;
    }
}

/// x86-64: rewrites each `movabs reg, CONTINUATION; ...; [rex] jmp reg` into `...; jmp rel32`
/// (the instructions between, register moves and an epilogue's pops that never touch `reg`,
/// moved up first), padded with `int3`. The large code model gives every address as a 64-bit immediate;
/// a continuation is always in the same executor, within reach of a 32-bit displacement.
fn direct_jumps(code: &mut [u8], holes: &mut [Hole]) {
    for h in holes.iter_mut() {
        if !is_continuation(h.value) || h.kind != HoleKind::Abs64 {
            continue;
        }
        let off = h.offset as usize;
        let Some(reg) = movabs_reg(code, off) else {
            continue;
        };
        // Instructions between that leave `reg` alone and do not depend on where they are.
        let mut at = off + 8;
        while let Some(n) = movable_len(code, at, reg) {
            at += n;
        }
        let jmp_len = match (code.get(at), code.get(at + 1), code.get(at + 2)) {
            (Some(0xff), Some(&m), _) if reg < 8 && m == 0xe0 | reg => 2,
            (Some(0x41), Some(0xff), Some(&m)) if reg >= 8 && m == 0xe0 | (reg & 7) => 3,
            _ => continue,
        };
        let start = off - 2;
        // A branch into the sequence (a shared epilogue entered with another address in
        // `reg`) would then go to this continuation: leave such a sequence alone.
        if branch_into(code, start + 1, at + jmp_len) {
            continue;
        }
        let moves = at - (off + 8);
        code.copy_within(off + 8..at, start);
        let j = start + moves;
        code[j] = 0xe9;
        code[j + 1..j + 5].fill(0);
        code[j + 5..at + jmp_len].fill(0xcc);
        h.offset = (j + 1) as u32;
        h.kind = HoleKind::Rel32;
        h.addend -= 4;
    }
}

/// Whether some x86-64 short or near jump (`jmp`, `jcc`) in `code` goes to `lo..hi`. Every
/// byte offset is tried as an instruction start: a false match only keeps a jump indirect.
fn branch_into(code: &[u8], lo: usize, hi: usize) -> bool {
    let rel32 = |i: usize| {
        code.get(i..i + 4)
            .map(|b| i32::from_le_bytes([b[0], b[1], b[2], b[3]]) as isize)
    };
    (0..code.len()).any(|i| {
        let to = match (code[i], code.get(i + 1).copied()) {
            (0xeb | 0x70..=0x7f, Some(d)) => Some(i as isize + 2 + d as i8 as isize),
            (0xe9, _) => rel32(i + 1).map(|d| i as isize + 5 + d),
            (0x0f, Some(0x80..=0x8f)) => rel32(i + 2).map(|d| i as isize + 6 + d),
            _ => None,
        };
        to.is_some_and(|t| t >= lo as isize && t < hi as isize)
    })
}

/// The length of the x86-64 instruction at `at` if it is one `direct_jumps` may move up past
/// a `movabs reg`: a 64-bit register-to-register `mov`, a `pop`, or `add rsp, imm8`, none of
/// them reading or writing `reg`.
fn movable_len(code: &[u8], at: usize, reg: u8) -> Option<usize> {
    let b = |i: usize| code.get(at + i).copied();
    match (b(0)?, b(1), b(2)) {
        (0x58..=0x5f, _, _) if b(0)? - 0x58 != reg => Some(1),
        (0x41, Some(op @ 0x58..=0x5f), _) if op - 0x58 + 8 != reg => Some(2),
        (0x48, Some(0x83), Some(0xc4)) if b(3).is_some() => Some(4),
        (rex @ (0x48 | 0x49 | 0x4c | 0x4d), Some(0x89 | 0x8b), Some(modrm)) if modrm >> 6 == 3 => {
            let r_field = ((modrm >> 3) & 7) | if rex & 4 != 0 { 8 } else { 0 };
            let m_field = (modrm & 7) | if rex & 1 != 0 { 8 } else { 0 };
            (r_field != reg && m_field != reg).then_some(3)
        }
        _ => None,
    }
}

/// Rewrites ADRP+ADD of a per-instance value or helper address into ADRP+LDR of a GOT slot.
fn values_through_got(code: &mut [u8], holes: &mut [Hole]) -> Result<(), String> {
    for h in holes.iter_mut() {
        if matches!(h.value, HoleValue::Data | HoleValue::Code) {
            continue;
        }
        match h.kind {
            HoleKind::Arm64Page21 => h.kind = HoleKind::Arm64GotPage21,
            HoleKind::Arm64PageOff12 { shift: 0 } => {
                let off = h.offset as usize;
                let i = insn(code, off);
                if i & 0xffc0_0000 != 0x9100_0000 {
                    return Err(format!(
                        "{:?}: low-12 of a value is not a 64-bit ADD ({i:#010x})",
                        h.value
                    ));
                }
                // LDR Xt, [Xn, #imm] with the ADD's Rd as Rt and Rn as Rn (imm filled later).
                let ldr = 0xf940_0000 | (i & 0x3ff);
                code[off..off + 4].copy_from_slice(&ldr.to_le_bytes());
                h.kind = HoleKind::Arm64GotPageOff12;
            }
            HoleKind::Arm64PageOff12 { .. } => {
                return Err(format!("{:?}: a value symbol is dereferenced", h.value));
            }
            _ => {}
        }
        if h.addend != 0
            && matches!(
                h.kind,
                HoleKind::Arm64GotPage21 | HoleKind::Arm64GotPageOff12
            )
        {
            return Err(format!("{:?}: GOT load with addend {}", h.value, h.addend));
        }
    }
    Ok(())
}
