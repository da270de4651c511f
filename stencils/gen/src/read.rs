//! Reading one compiled object file (ELF, COFF or Mach-O) into stencils: per exported template
//! function its code bytes, the data sections it refers to, and its holes with relocation kinds
//! normalized to the patcher's `HoleKind`s (addends made explicit).

use crate::helpers::HELPER_NAMES;
use crate::stencil::{Hole, HoleKind, HoleValue};
use object::{
    Architecture, BinaryFormat, Object, ObjectSection, ObjectSymbol, RelocationFlags,
    RelocationTarget, SectionIndex, SectionKind, SymbolKind, elf, macho, pe,
};
use std::collections::BTreeMap;

/// One template compiled for one triple.
pub struct RawStencil {
    pub name: String,
    pub code: Vec<u8>,
    pub data: Vec<u8>,
    pub holes: Vec<Hole>,
    pub data_holes: Vec<Hole>,
    pub falls_through: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Arch {
    X86_64,
    X86,
    Aarch64,
}

/// A template that did not make a stencil: its name and why.
pub struct Blocked {
    pub name: String,
    pub reason: String,
}

/// Reads every exported function of `bytes` as a stencil (or says why it cannot be one).
pub fn stencils(bytes: &[u8]) -> Result<(Arch, Vec<Result<RawStencil, Blocked>>), String> {
    let file = object::File::parse(bytes).map_err(|e| format!("not an object file: {e}"))?;
    let arch = match file.architecture() {
        Architecture::X86_64 => Arch::X86_64,
        Architecture::I386 => Arch::X86,
        Architecture::Aarch64 => Arch::Aarch64,
        a => return Err(format!("unsupported architecture {a:?}")),
    };
    let format = file.format();
    // Function symbols by section, sorted by address (Mach-O puts every function in one
    // section and gives them no size: each ends where the next begins).
    let mut by_section: BTreeMap<usize, Vec<(u64, u64, String)>> = BTreeMap::new();
    // Every function's start (local ones too) per section: where a size-less body ends.
    let mut starts: BTreeMap<usize, Vec<u64>> = BTreeMap::new();
    for sym in file.symbols() {
        if sym.is_definition()
            && sym.kind() == SymbolKind::Text
            && let Some(sec) = sym.section_index()
        {
            starts.entry(sec.0).or_default().push(sym.address());
        }
        if sym.is_definition()
            && sym.kind() == SymbolKind::Text
            && sym.is_global()
            && let Some(sec) = sym.section_index()
        {
            let name = normalize(format, arch, sym.name().map_err(|e| e.to_string())?);
            by_section
                .entry(sec.0)
                .or_default()
                .push((sym.address(), sym.size(), name));
        }
    }
    let mut out = Vec::new();
    for (sec_index, mut syms) in by_section {
        let sec_index = SectionIndex(sec_index);
        syms.sort();
        let section = file
            .section_by_index(sec_index)
            .map_err(|e| e.to_string())?;
        let sec_data = section.data().map_err(|e| e.to_string())?;
        let sec_end = section.address() + section.size();
        for (addr, size, name) in &syms {
            let (addr, size) = (*addr, *size);
            // Identical functions may share one body under several names (LLVM merges them
            // on Mach-O and COFF): each name gets the body up to the next distinct address.
            let end = if size > 0 {
                addr + size
            } else {
                starts
                    .get(&sec_index.0)
                    .and_then(|v| v.iter().filter(|s| **s > addr).min().copied())
                    .map_or(sec_end, |s| s.min(sec_end))
            };
            let start = (addr - section.address()) as usize;
            let stop = (end - section.address()) as usize;
            let mut st = Builder {
                file: &file,
                format,
                arch,
                code_section: sec_index,
                code_range: (start as u64, stop as u64),
                data: Vec::new(),
                data_sections: BTreeMap::new(),
                pending: Vec::new(),
            };
            let mut code = sec_data[start..stop].to_vec();
            if size == 0 && arch != Arch::Aarch64 {
                // Without symbol sizes (Mach-O) a function runs into the alignment padding
                // before the next one.
                let keep = code.len() - x86_padding(&code);
                code.truncate(keep);
            }
            let mut read = || -> Result<RawStencil, String> {
                let holes = st.holes_in(&section, start as u64, stop as u64, &mut code)?;
                let mut data_holes = Vec::new();
                while let Some((idx, base)) = st.pending.pop() {
                    let dsec = file.section_by_index(idx).map_err(|e| e.to_string())?;
                    let size = dsec.size();
                    let mut bytes = st.data[base..base + size as usize].to_vec();
                    let hs = st
                        .holes_in(&dsec, 0, size, &mut bytes)
                        .map_err(|e| format!("(data) {e}"))?;
                    st.data[base..base + size as usize].copy_from_slice(&bytes);
                    data_holes.extend(hs.into_iter().map(|mut h| {
                        h.offset += base as u32;
                        h
                    }));
                }
                Ok(RawStencil {
                    name: name.clone(),
                    code: std::mem::take(&mut code),
                    data: std::mem::take(&mut st.data),
                    holes,
                    data_holes,
                    falls_through: false,
                })
            };
            out.push(read().map_err(|reason| Blocked {
                name: name.clone(),
                reason,
            }));
        }
    }
    let key = |r: &Result<RawStencil, Blocked>| match r {
        Ok(s) => s.name.clone(),
        Err(b) => b.name.clone(),
    };
    out.sort_by_key(key);
    Ok((arch, out))
}

/// The length of the x86 NOP padding ending `code` (LLVM's multi-byte NOPs), kept only if
/// what remains ends like a function end (`ret`, `jmp reg`, `jmp rel32`).
fn x86_padding(code: &[u8]) -> usize {
    const NOPS: [&[u8]; 9] = [
        &[0x90],
        &[0x66, 0x90],
        &[0x0f, 0x1f, 0x00],
        &[0x0f, 0x1f, 0x40, 0x00],
        &[0x0f, 0x1f, 0x44, 0x00, 0x00],
        &[0x66, 0x0f, 0x1f, 0x44, 0x00, 0x00],
        &[0x0f, 0x1f, 0x80, 0x00, 0x00, 0x00, 0x00],
        &[0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00],
        &[0x66, 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00],
    ];
    let mut end = code.len();
    'strip: loop {
        for n in NOPS {
            if code[..end].ends_with(n) {
                end -= n.len();
                // Extra 0x66 / 0x2e prefixes in front of the longest form.
                while n.len() >= 8 && end > 0 && matches!(code[end - 1], 0x66 | 0x2e) {
                    end -= 1;
                }
                continue 'strip;
            }
        }
        break;
    }
    let tail = &code[..end];
    let ends_fn = tail.ends_with(&[0xc3])
        || (tail.len() >= 2 && tail[end - 2] == 0xff && (0xe0..0xe8).contains(&tail[end - 1]))
        || (tail.len() >= 5 && tail[end - 5] == 0xe9);
    if ends_fn { code.len() - end } else { 0 }
}

/// Undoes the object format's symbol decoration: Mach-O's and i686 COFF's leading underscore,
/// and fastcall's `@name@8`.
fn normalize(format: BinaryFormat, arch: Arch, name: &str) -> String {
    if let Some(rest) = name.strip_prefix('@') {
        return rest.rsplit_once('@').map_or(rest, |r| r.0).to_string();
    }
    let underscore =
        format == BinaryFormat::MachO || (format == BinaryFormat::Coff && arch == Arch::X86);
    match name.strip_prefix('_') {
        Some(rest) if underscore => rest.to_string(),
        _ => name.to_string(),
    }
}

struct Builder<'a, 'd> {
    file: &'a object::File<'d>,
    format: BinaryFormat,
    arch: Arch,
    code_section: SectionIndex,
    /// The stencil's byte range inside its code section.
    code_range: (u64, u64),
    data: Vec<u8>,
    /// Data sections copied into `data`, with their offset there.
    data_sections: BTreeMap<usize, usize>,
    /// Data sections copied whose own relocations are still to read.
    pending: Vec<(SectionIndex, usize)>,
}

impl Builder<'_, '_> {
    /// The holes of `section`'s relocations inside `[start, stop)`, offsets relative to
    /// `start`; implicit addends are read from `bytes` (the range's copy).
    fn holes_in(
        &mut self,
        section: &object::Section<'_, '_>,
        start: u64,
        stop: u64,
        bytes: &mut [u8],
    ) -> Result<Vec<Hole>, String> {
        let mut holes = Vec::new();
        for (offset, reloc) in section.relocations() {
            if offset < start || offset >= stop {
                continue;
            }
            let off = (offset - start) as usize;
            let kind = self.kind(reloc.flags(), bytes, off)?;
            let mut addend = reloc.addend();
            if reloc.has_implicit_addend() {
                addend += implicit_addend(kind, bytes, off)?;
            }
            let (value, extra) = self.value(reloc.target(), section.index(), kind)?;
            holes.push(Hole {
                offset: off as u32,
                kind,
                value,
                addend: addend + extra,
            });
        }
        holes.sort_by_key(|h| h.offset);
        Ok(holes)
    }

    /// The normalized kind of a relocation, from the format's raw type.
    fn kind(&self, flags: RelocationFlags, code: &[u8], off: usize) -> Result<HoleKind, String> {
        use HoleKind as K;
        let k = match (self.arch, flags) {
            (Arch::X86_64, RelocationFlags::Elf { r_type }) => match r_type {
                elf::R_X86_64_64 => K::Abs64,
                elf::R_X86_64_PC32 | elf::R_X86_64_PLT32 => K::Rel32,
                elf::R_X86_64_GOTPCREL | elf::R_X86_64_GOTPCRELX | elf::R_X86_64_REX_GOTPCRELX => {
                    K::GotRel32
                }
                _ => return Err(format!("unhandled ELF x86-64 relocation {r_type}")),
            },
            (Arch::Aarch64, RelocationFlags::Elf { r_type }) => match r_type {
                elf::R_AARCH64_ABS64 => K::Abs64,
                elf::R_AARCH64_CALL26 | elf::R_AARCH64_JUMP26 => K::Arm64Branch26,
                elf::R_AARCH64_ADR_PREL_PG_HI21 => K::Arm64Page21,
                elf::R_AARCH64_ADD_ABS_LO12_NC
                | elf::R_AARCH64_LDST8_ABS_LO12_NC
                | elf::R_AARCH64_LDST16_ABS_LO12_NC
                | elf::R_AARCH64_LDST32_ABS_LO12_NC
                | elf::R_AARCH64_LDST64_ABS_LO12_NC
                | elf::R_AARCH64_LDST128_ABS_LO12_NC => K::Arm64PageOff12 {
                    shift: lo12_shift(code, off)?,
                },
                elf::R_AARCH64_ADR_GOT_PAGE => K::Arm64GotPage21,
                elf::R_AARCH64_LD64_GOT_LO12_NC => K::Arm64GotPageOff12,
                elf::R_AARCH64_MOVW_UABS_G0_NC => K::Arm64MovW { shift: 0 },
                elf::R_AARCH64_MOVW_UABS_G1_NC => K::Arm64MovW { shift: 16 },
                elf::R_AARCH64_MOVW_UABS_G2_NC => K::Arm64MovW { shift: 32 },
                elf::R_AARCH64_MOVW_UABS_G3 => K::Arm64MovW { shift: 48 },
                _ => return Err(format!("unhandled ELF AArch64 relocation {r_type}")),
            },
            (Arch::X86_64, RelocationFlags::Coff { typ }) => match typ {
                pe::IMAGE_REL_AMD64_ADDR64 => K::Abs64,
                pe::IMAGE_REL_AMD64_REL32..=pe::IMAGE_REL_AMD64_REL32_5 => K::Rel32,
                _ => return Err(format!("unhandled COFF x86-64 relocation {typ}")),
            },
            (Arch::X86, RelocationFlags::Coff { typ }) => match typ {
                pe::IMAGE_REL_I386_DIR32 => K::Abs32,
                pe::IMAGE_REL_I386_REL32 => K::Rel32,
                _ => return Err(format!("unhandled COFF i686 relocation {typ}")),
            },
            (Arch::Aarch64, RelocationFlags::Coff { typ }) => match typ {
                pe::IMAGE_REL_ARM64_ADDR64 => K::Abs64,
                pe::IMAGE_REL_ARM64_BRANCH26 => K::Arm64Branch26,
                pe::IMAGE_REL_ARM64_PAGEBASE_REL21 => K::Arm64Page21,
                pe::IMAGE_REL_ARM64_PAGEOFFSET_12A | pe::IMAGE_REL_ARM64_PAGEOFFSET_12L => {
                    K::Arm64PageOff12 {
                        shift: lo12_shift(code, off)?,
                    }
                }
                _ => return Err(format!("unhandled COFF AArch64 relocation {typ}")),
            },
            (
                Arch::X86_64,
                RelocationFlags::MachO {
                    r_type, r_length, ..
                },
            ) => match r_type {
                macho::X86_64_RELOC_UNSIGNED if r_length == 3 => K::Abs64,
                macho::X86_64_RELOC_SIGNED
                | macho::X86_64_RELOC_BRANCH
                | macho::X86_64_RELOC_SIGNED_1
                | macho::X86_64_RELOC_SIGNED_2
                | macho::X86_64_RELOC_SIGNED_4 => K::Rel32,
                macho::X86_64_RELOC_GOT_LOAD | macho::X86_64_RELOC_GOT => K::GotRel32,
                _ => return Err(format!("unhandled Mach-O x86-64 relocation {r_type}")),
            },
            (
                Arch::Aarch64,
                RelocationFlags::MachO {
                    r_type, r_length, ..
                },
            ) => match r_type {
                macho::ARM64_RELOC_UNSIGNED if r_length == 3 => K::Abs64,
                macho::ARM64_RELOC_BRANCH26 => K::Arm64Branch26,
                macho::ARM64_RELOC_PAGE21 => K::Arm64Page21,
                macho::ARM64_RELOC_PAGEOFF12 => K::Arm64PageOff12 {
                    shift: lo12_shift(code, off)?,
                },
                macho::ARM64_RELOC_GOT_LOAD_PAGE21 => K::Arm64GotPage21,
                macho::ARM64_RELOC_GOT_LOAD_PAGEOFF12 => K::Arm64GotPageOff12,
                _ => return Err(format!("unhandled Mach-O arm64 relocation {r_type}")),
            },
            (_, f) => return Err(format!("unhandled relocation {f:?}")),
        };
        Ok(k)
    }

    /// What a relocation target means for the patcher, plus an addend correction (the offset
    /// of a data section inside the stencil's data, or of a label inside its code).
    fn value(
        &mut self,
        target: RelocationTarget,
        _from_section: SectionIndex,
        kind: HoleKind,
    ) -> Result<(HoleValue, i64), String> {
        let (section, offset_in_section) = match target {
            RelocationTarget::Symbol(i) => {
                let sym = self.file.symbol_by_index(i).map_err(|e| e.to_string())?;
                let raw = sym.name().map_err(|e| e.to_string())?;
                if sym.is_undefined() {
                    return symbol_value(&normalize(self.format, self.arch, raw));
                }
                let Some(sec) = sym.section_index() else {
                    return Err(format!("symbol {raw} has no section"));
                };
                let s = self.file.section_by_index(sec).map_err(|e| e.to_string())?;
                (sec, sym.address() - s.address())
            }
            RelocationTarget::Section(sec) => (sec, 0),
            t => return Err(format!("unhandled relocation target {t:?}")),
        };
        // A Mach-O relocation against a section (not a symbol) keeps the target's address in
        // the object in its implicit addend; only the absolute form is handled so far.
        let mut extra = 0i64;
        if let (BinaryFormat::MachO, RelocationTarget::Section(sec)) = (self.format, target) {
            if kind != HoleKind::Abs64 {
                return Err(format!("Mach-O section-relative {kind:?} relocation"));
            }
            let s = self.file.section_by_index(sec).map_err(|e| e.to_string())?;
            extra = -(s.address() as i64);
        }
        if section == self.code_section {
            let (start, stop) = self.code_range;
            // A label of this stencil, from its code or its data (a jump table).
            if (start..stop).contains(&offset_in_section) {
                return Ok((HoleValue::Code, extra + (offset_in_section - start) as i64));
            }
            let callee = self
                .file
                .symbols()
                .find(|s| {
                    s.section_index() == Some(section)
                        && s.address()
                            == offset_in_section
                                + self
                                    .file
                                    .section_by_index(section)
                                    .map_or(0, |s| s.address())
                })
                .and_then(|s| s.name().ok().map(String::from))
                .unwrap_or_else(|| format!("offset {offset_in_section:#x}"));
            return Err(format!("calls {} (not inlined)", demangle(&callee)));
        }
        let s = self
            .file
            .section_by_index(section)
            .map_err(|e| e.to_string())?;
        match s.kind() {
            SectionKind::Data
            | SectionKind::ReadOnlyData
            | SectionKind::ReadOnlyString
            | SectionKind::ReadOnlyDataWithRel
            | SectionKind::UninitializedData => {}
            k => {
                // Section names carry mangled symbols: show them without their hash, so the
                // report does not change with every unrelated change to the core.
                let n = s.name().unwrap_or("?");
                let shown = match n.find("_ZN") {
                    Some(i) => format!("{}{}", &n[..i], demangle(&n[i..])),
                    None => n.to_string(),
                };
                return Err(format!("refers to a {k:?} section {shown}"));
            }
        }
        let base = match self.data_sections.get(&section.0) {
            Some(&b) => b,
            None => {
                let align = s.align().max(1) as usize;
                let base = self.data.len().div_ceil(align) * align;
                self.data.resize(base, 0);
                match s.data() {
                    Ok(d) if !d.is_empty() => self.data.extend_from_slice(d),
                    _ => self.data.resize(base + s.size() as usize, 0),
                }
                self.data_sections.insert(section.0, base);
                self.pending.push((section, base));
                base
            }
        };
        Ok((
            HoleValue::Data,
            extra + base as i64 + offset_in_section as i64,
        ))
    }
}

/// The core's panic entry points (an unreachable path in a micro-op body, or a bounds
/// check): stencils reach all of them through the one `copperhead_jit_panic` helper.
fn is_panic_entry(name: &str) -> bool {
    [
        "4core9panicking",
        "4core6option13unwrap_failed",
        "4core6option13expect_failed",
        "4core6result13unwrap_failed",
        "4core5slice5index",
        "4core3str16slice_error_fail",
        "4core4cell22panic_already_borrowed",
        "4core4cell30panic_already_mutably_borrowed",
    ]
    .iter()
    .any(|p| name.contains(p))
}

/// A readable form of a (legacy-mangled) Rust symbol: `_ZN4core3fmt5write17h..E` ->
/// `core::fmt::write`.
pub fn demangle(name: &str) -> String {
    let Some(mut rest) = name
        .strip_prefix("_ZN")
        .or_else(|| name.strip_prefix("__ZN"))
    else {
        return name.to_string();
    };
    let mut parts = Vec::new();
    while let Some(d) = rest.find(|c: char| !c.is_ascii_digit()).filter(|d| *d > 0) {
        let Ok(n) = rest[..d].parse::<usize>() else {
            break;
        };
        let Some(part) = rest.get(d..d + n) else {
            break;
        };
        if !(part.starts_with('h') && part.len() == 17) {
            parts.push(
                part.replace("$LT$", "<")
                    .replace("$GT$", ">")
                    .replace("$u20$", " ")
                    .replace("..", "::"),
            );
        }
        rest = &rest[d + n..];
    }
    if parts.is_empty() {
        name.to_string()
    } else {
        parts.join("::")
    }
}

/// The hole value an undefined symbol names: a per-instance value or a runtime helper.
fn symbol_value(name: &str) -> Result<(HoleValue, i64), String> {
    let name = if is_panic_entry(name) {
        "copperhead_jit_panic"
    } else {
        name
    };
    let v = match name {
        "_JIT_OPARG" => HoleValue::Oparg,
        "_JIT_OPERAND0" => HoleValue::Operand0,
        "_JIT_OPERAND1" => HoleValue::Operand1,
        "_JIT_CONTINUE" => HoleValue::Continue,
        "_JIT_JUMP_TARGET" => HoleValue::JumpTarget,
        "_JIT_EXIT" => HoleValue::Exit,
        "_JIT_ERROR_TARGET" => HoleValue::ErrorTarget,
        _ => match HELPER_NAMES.iter().position(|h| *h == name) {
            Some(i) => HoleValue::Helper(i as u16),
            None => {
                return Err(format!(
                    "external symbol {} is not in the runtime-helper table \
                     (core/src/jit/helper_list.rs)",
                    demangle(name)
                ));
            }
        },
    };
    Ok((v, 0))
}

fn insn(code: &[u8], off: usize) -> Result<u32, String> {
    code.get(off..off + 4)
        .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
        .ok_or_else(|| format!("relocation at {off:#x} past the end"))
}

/// The scale of an AArch64 low-12-bit immediate: 0 for ADD, the access size for LDR/STR.
fn lo12_shift(code: &[u8], off: usize) -> Result<u8, String> {
    let i = insn(code, off)?;
    if i & 0x3b00_0000 == 0x3900_0000 {
        // Load/store register (unsigned immediate): size in bits 31:30; 128-bit SIMD when
        // V (bit 26) and opc bit 1 (bit 23) are set.
        if i & (1 << 26) != 0 && i & (1 << 23) != 0 {
            Ok(4)
        } else {
            Ok((i >> 30) as u8)
        }
    } else {
        Ok(0)
    }
}

/// The addend a REL-style format (COFF, Mach-O) keeps in the instruction bytes. The field is
/// cleared so the table holds no stale object-file values.
fn implicit_addend(kind: HoleKind, code: &mut [u8], off: usize) -> Result<i64, String> {
    use HoleKind as K;
    let read32 = |code: &[u8]| insn(code, off);
    Ok(match kind {
        K::Abs64 => {
            let b = code
                .get_mut(off..off + 8)
                .ok_or("relocation past the end")?;
            let v = i64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]]);
            b.fill(0);
            v
        }
        K::Abs32 | K::Rel32 | K::GotRel32 => {
            let v = read32(code)? as i32 as i64;
            code[off..off + 4].fill(0);
            v
        }
        K::Arm64Branch26 => {
            let i = read32(code)?;
            code[off..off + 4].copy_from_slice(&(i & !0x03ff_ffff).to_le_bytes());
            ((((i & 0x03ff_ffff) << 6) as i32) >> 4) as i64
        }
        K::Arm64Page21 | K::Arm64GotPage21 => {
            let i = read32(code)?;
            code[off..off + 4].copy_from_slice(&(i & !0x60ff_ffe0).to_le_bytes());
            let imm = ((i >> 29) & 3) | (((i >> 5) & 0x7_ffff) << 2);
            (((imm << 11) as i32) >> 11) as i64 * 4096
        }
        K::Arm64PageOff12 { shift } => {
            let i = read32(code)?;
            code[off..off + 4].copy_from_slice(&(i & !(0xfff << 10)).to_le_bytes());
            (((i >> 10) & 0xfff) as i64) << shift
        }
        K::Arm64GotPageOff12 => {
            let i = read32(code)?;
            code[off..off + 4].copy_from_slice(&(i & !(0xfff << 10)).to_le_bytes());
            (((i >> 10) & 0xfff) as i64) << 3
        }
        K::Arm64MovW { .. } => {
            let i = read32(code)?;
            code[off..off + 4].copy_from_slice(&(i & !(0xffff << 5)).to_le_bytes());
            ((i >> 5) & 0xffff) as i64
        }
    })
}
