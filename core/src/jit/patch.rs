//! The patcher: lays out a sequence of stencil instances in one executable region, fills every
//! hole, then seals the region (W^X, icache flushed).
//!
//! Region layout: the stencils' code in sequence order (a stencil whose trailing jump was
//! removed falls into the next), then trampolines for branches that cannot reach their target,
//! then each instance's data, then the executor's GOT (one 8-byte slot per distinct value
//! loaded through the GOT). The whole region is read+execute once sealed.

use super::helpers;
use super::platform::{ExecError, ExecMemory, ExecRegion};
use super::stencil::{Hole, HoleKind, HoleValue, Stencil};
use alloc::vec::Vec;

/// The instruction set a stencil table was compiled for (it decides how holes are encoded).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arch {
    X86_64,
    X86,
    Aarch64,
}

impl Arch {
    /// The running target's, if the JIT supports it.
    pub const fn host() -> Option<Arch> {
        if cfg!(target_arch = "x86_64") {
            Some(Arch::X86_64)
        } else if cfg!(target_arch = "x86") {
            Some(Arch::X86)
        } else if cfg!(target_arch = "aarch64") {
            Some(Arch::Aarch64)
        } else {
            None
        }
    }
}

/// One stencil instance in a sequence: its per-instance values and branch targets (indices
/// into the sequence).
#[derive(Clone, Copy)]
pub struct Instance {
    pub stencil: &'static Stencil,
    pub oparg: u64,
    pub operand0: u64,
    pub operand1: u64,
    pub jump_target: Option<usize>,
    pub exit: Option<usize>,
    pub error_target: Option<usize>,
}

impl Instance {
    pub fn new(stencil: &'static Stencil) -> Instance {
        Instance {
            stencil,
            oparg: 0,
            operand0: 0,
            operand1: 0,
            jump_target: None,
            exit: None,
            error_target: None,
        }
    }
}

/// Why a sequence could not be made into code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PatchError {
    Exec(ExecError),
    /// A hole refers to a target the instance does not give (or past the sequence's end).
    MissingTarget {
        instance: usize,
        value: HoleValue,
    },
    /// The last stencil falls through into nothing.
    FallsOffEnd,
    /// A value does not fit its hole's encoding.
    OutOfRange {
        instance: usize,
        offset: u32,
        kind: HoleKind,
    },
    /// A hole kind this instruction set does not use.
    WrongArch {
        kind: HoleKind,
    },
}

/// A stitched, sealed sequence of stencils.
pub struct Executor {
    region: ExecRegion,
    /// Code offset of each instance within the region.
    starts: Vec<usize>,
    trampolines: usize,
}

impl Executor {
    /// The address of instance `i`'s code (the entry is instance 0).
    pub fn address_of(&self, i: usize) -> Option<usize> {
        self.starts.get(i).map(|s| self.region.addr() + s)
    }

    pub fn entry(&self) -> usize {
        self.region.addr()
    }

    /// How many far branches went through a trampoline.
    pub fn trampolines(&self) -> usize {
        self.trampolines
    }

    /// Total bytes of the region (code, trampolines, data, GOT, rounded to pages).
    pub fn region_len(&self) -> usize {
        self.region.len()
    }
}

const TRAMPOLINE: usize = 16;

/// Stitches `seq` into executable memory from `mem`. Helpers resolve through `helper`
/// (normally `helpers::helper_address`).
pub fn stitch(
    mem: ExecMemory,
    arch: Arch,
    seq: &[Instance],
    helper: &dyn Fn(u16) -> Option<usize>,
) -> Result<Executor, PatchError> {
    stitch_with(mem, arch, seq, helper, false)
}

/// `stitch`, optionally sending every helper call through a trampoline (x86-64 and AArch64),
/// so tests exercise trampolines wherever the OS maps the region.
pub fn stitch_with(
    mem: ExecMemory,
    arch: Arch,
    seq: &[Instance],
    helper: &dyn Fn(u16) -> Option<usize>,
    force_trampolines: bool,
) -> Result<Executor, PatchError> {
    if seq.last().is_some_and(|i| i.stencil.falls_through) {
        return Err(PatchError::FallsOffEnd);
    }
    // Layout.
    let mut starts = Vec::with_capacity(seq.len());
    let mut at = 0usize;
    for i in seq {
        starts.push(at);
        at += i.stencil.code.len();
    }
    let code_end = at;
    let branches: usize = seq
        .iter()
        .flat_map(|i| i.stencil.holes.iter())
        .filter(|h| matches!(h.kind, HoleKind::Arm64Branch26 | HoleKind::Rel32))
        .count();
    let tramp_start = code_end.next_multiple_of(16);
    let mut data_at = tramp_start + branches * TRAMPOLINE;
    let mut data_starts = Vec::with_capacity(seq.len());
    for i in seq {
        data_at = data_at.next_multiple_of(16);
        data_starts.push(data_at);
        data_at += i.stencil.data.len();
    }
    let got_slots: usize = seq
        .iter()
        .flat_map(|i| i.stencil.holes.iter().chain(i.stencil.data_holes))
        .filter(|h| {
            matches!(
                h.kind,
                HoleKind::GotRel32 | HoleKind::Arm64GotPage21 | HoleKind::Arm64GotPageOff12
            )
        })
        .count();
    let got_start = data_at.next_multiple_of(16);
    let total = got_start + got_slots * 8;

    let mut region = ExecRegion::new(mem, total).map_err(PatchError::Exec)?;
    let base = region.addr();
    let Some(bytes) = region.bytes_mut() else {
        return Err(PatchError::Exec(ExecError::Protect));
    };
    let mut p = Patcher {
        bytes,
        base,
        arch,
        tramp_next: tramp_start,
        trampolines: 0,
        force_trampolines: force_trampolines && arch != Arch::X86,
        got_start,
        got: Vec::new(),
    };
    for (n, inst) in seq.iter().enumerate() {
        let st = inst.stencil;
        p.bytes[starts[n]..starts[n] + st.code.len()].copy_from_slice(st.code);
        p.bytes[data_starts[n]..data_starts[n] + st.data.len()].copy_from_slice(st.data);
    }
    for (n, inst) in seq.iter().enumerate() {
        let st = inst.stencil;
        let value_of = |v: HoleValue| -> Option<u64> {
            let at = |i: Option<usize>| i.and_then(|i| starts.get(i)).map(|s| (base + s) as u64);
            Some(match v {
                HoleValue::Oparg => inst.oparg,
                HoleValue::Operand0 => inst.operand0,
                HoleValue::Operand1 => inst.operand1,
                HoleValue::Continue => at(Some(n + 1))?,
                HoleValue::JumpTarget => at(inst.jump_target)?,
                HoleValue::Exit => at(inst.exit)?,
                HoleValue::ErrorTarget => at(inst.error_target)?,
                HoleValue::Code => (base + starts[n]) as u64,
                HoleValue::Data => (base + data_starts[n]) as u64,
                HoleValue::Helper(h) => helper(h)? as u64,
            })
        };
        for (holes, origin) in [(st.holes, starts[n]), (st.data_holes, data_starts[n])] {
            for h in holes {
                let v = value_of(h.value).ok_or(PatchError::MissingTarget {
                    instance: n,
                    value: h.value,
                })?;
                p.patch(origin + h.offset as usize, h, v)
                    .map_err(|e| match e {
                        PatchError::OutOfRange { .. } => PatchError::OutOfRange {
                            instance: n,
                            offset: h.offset,
                            kind: h.kind,
                        },
                        e => e,
                    })?;
            }
        }
    }
    // GOT contents.
    for (k, v) in p.got.iter().enumerate() {
        let at = got_start + 8 * k;
        p.bytes[at..at + 8].copy_from_slice(&v.to_le_bytes());
    }
    let trampolines = p.trampolines;
    region.seal().map_err(PatchError::Exec)?;
    Ok(Executor {
        region,
        starts,
        trampolines,
    })
}

/// Stitches with the host's instruction set and the core's helper table.
pub fn stitch_host(mem: ExecMemory, seq: &[Instance]) -> Result<Executor, PatchError> {
    let arch = Arch::host().ok_or(PatchError::FallsOffEnd)?;
    stitch(mem, arch, seq, &helpers::helper_address)
}

struct Patcher<'a> {
    bytes: &'a mut [u8],
    base: usize,
    arch: Arch,
    tramp_next: usize,
    trampolines: usize,
    force_trampolines: bool,
    got_start: usize,
    got: Vec<u64>,
}

impl Patcher<'_> {
    fn read32(&self, at: usize) -> u32 {
        let b = &self.bytes[at..at + 4];
        u32::from_le_bytes([b[0], b[1], b[2], b[3]])
    }

    fn write32(&mut self, at: usize, v: u32) {
        self.bytes[at..at + 4].copy_from_slice(&v.to_le_bytes());
    }

    /// The address of the GOT slot holding `v` (made on first use).
    fn got_slot(&mut self, v: u64) -> u64 {
        let k = match self.got.iter().position(|x| *x == v) {
            Some(k) => k,
            None => {
                self.got.push(v);
                self.got.len() - 1
            }
        };
        (self.base + self.got_start + 8 * k) as u64
    }

    /// A trampoline jumping to `target` (absolute), returning its address.
    fn trampoline(&mut self, target: u64) -> u64 {
        let at = self.tramp_next;
        self.tramp_next += TRAMPOLINE;
        self.trampolines += 1;
        match self.arch {
            Arch::Aarch64 => {
                self.write32(at, 0x5800_0050); // ldr x16, #8
                self.write32(at + 4, 0xd61f_0200); // br x16
                self.bytes[at + 8..at + 16].copy_from_slice(&target.to_le_bytes());
            }
            _ => {
                // jmp qword ptr [rip + 0]; .quad target
                self.bytes[at..at + 6].copy_from_slice(&[0xff, 0x25, 0, 0, 0, 0]);
                self.bytes[at + 6..at + 14].copy_from_slice(&target.to_le_bytes());
            }
        }
        (self.base + at) as u64
    }

    fn patch(&mut self, at: usize, h: &Hole, value: u64) -> Result<(), PatchError> {
        let range = PatchError::OutOfRange {
            instance: 0,
            offset: h.offset,
            kind: h.kind,
        };
        let s = value.wrapping_add(h.addend as u64);
        let pc = (self.base + at) as u64;
        let arm = self.arch == Arch::Aarch64;
        let force = self.force_trampolines && matches!(h.value, HoleValue::Helper(_));
        if arm
            != matches!(
                h.kind,
                HoleKind::Arm64Branch26
                    | HoleKind::Arm64Page21
                    | HoleKind::Arm64PageOff12 { .. }
                    | HoleKind::Arm64GotPage21
                    | HoleKind::Arm64GotPageOff12
                    | HoleKind::Arm64MovW { .. }
            )
            && h.kind != HoleKind::Abs64
        {
            return Err(PatchError::WrongArch { kind: h.kind });
        }
        match h.kind {
            HoleKind::Abs64 => self.bytes[at..at + 8].copy_from_slice(&s.to_le_bytes()),
            HoleKind::Abs32 => {
                let v = u32::try_from(s).map_err(|_| range)?;
                self.write32(at, v);
            }
            HoleKind::Rel32 => {
                let mut d = s.wrapping_sub(pc) as i64;
                if self.arch == Arch::X86 {
                    // 32-bit address space: PC-relative arithmetic wraps.
                    d = d as i32 as i64;
                }
                if i32::try_from(d).is_err() || force {
                    // Only a jump or call can go through a trampoline.
                    let op = at.checked_sub(1).map(|i| self.bytes[i]);
                    if op != Some(0xe8) && op != Some(0xe9) {
                        return Err(range);
                    }
                    // The trampoline replaces the target; the -4 addend is the field size.
                    let t = self.trampoline(value);
                    d = t.wrapping_add(h.addend as u64).wrapping_sub(pc) as i64;
                    if i32::try_from(d).is_err() {
                        return Err(range);
                    }
                }
                self.write32(at, d as i32 as u32);
            }
            HoleKind::GotRel32 => {
                let slot = self.got_slot(value);
                let d = slot.wrapping_add(h.addend as u64).wrapping_sub(pc) as i64;
                self.write32(at, i32::try_from(d).map_err(|_| range)? as u32);
            }
            HoleKind::Arm64Branch26 => {
                let mut d = s.wrapping_sub(pc) as i64;
                if !(-(1 << 27)..(1 << 27)).contains(&d) || d & 3 != 0 || force {
                    d = self.trampoline(s).wrapping_sub(pc) as i64;
                    if !(-(1 << 27)..(1 << 27)).contains(&d) {
                        return Err(range);
                    }
                }
                let i = self.read32(at) & !0x03ff_ffff;
                self.write32(at, i | ((d >> 2) as u32 & 0x03ff_ffff));
            }
            HoleKind::Arm64Page21 | HoleKind::Arm64GotPage21 => {
                let target = if h.kind == HoleKind::Arm64GotPage21 {
                    self.got_slot(value)
                } else {
                    s
                };
                let d = ((target >> 12) as i64).wrapping_sub((pc >> 12) as i64);
                if !(-(1 << 20)..(1 << 20)).contains(&d) {
                    return Err(range);
                }
                let d = d as u32;
                let i = self.read32(at) & !0x60ff_ffe0;
                self.write32(at, i | ((d & 3) << 29) | (((d >> 2) & 0x7_ffff) << 5));
            }
            HoleKind::Arm64PageOff12 { shift } => {
                let lo = (s & 0xfff) as u32;
                if lo & ((1 << shift) - 1) != 0 {
                    return Err(range);
                }
                let i = self.read32(at) & !(0xfff << 10);
                self.write32(at, i | ((lo >> shift) << 10));
            }
            HoleKind::Arm64GotPageOff12 => {
                let lo = (self.got_slot(value) & 0xfff) as u32;
                let i = self.read32(at) & !(0xfff << 10);
                self.write32(at, i | ((lo >> 3) << 10));
            }
            HoleKind::Arm64MovW { shift } => {
                let i = self.read32(at) & !(0xffff << 5);
                self.write32(at, i | ((((s >> shift) & 0xffff) as u32) << 5));
            }
        }
        Ok(())
    }
}
