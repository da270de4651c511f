//! The shape of a stencil table (`stencils/generated/<triple>.rs`, written by `stencils/gen`):
//! per template, its machine code and read-only data with the holes the patcher fills.

/// One template's machine code, compiled for one target triple.
pub struct Stencil {
    /// The template's name (`_TEST_ADD`; later the micro-op's name).
    pub name: &'static str,
    /// Code bytes, with the trailing jump to the next stencil already removed.
    pub code: &'static [u8],
    /// Read-only data the code refers to (constants, tables), copied per instance.
    pub data: &'static [u8],
    /// Where `code` needs patching.
    pub holes: &'static [Hole],
    /// Where `data` needs patching (tables of addresses).
    pub data_holes: &'static [Hole],
    /// The code ends by running into the next stencil (its trailing jump was removed), so a
    /// stencil must follow it.
    pub falls_through: bool,
}

/// One place to patch: write `value + addend` at `offset` the way `kind` says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hole {
    pub offset: u32,
    pub kind: HoleKind,
    pub value: HoleValue,
    pub addend: i64,
}

/// How a value is encoded into the bytes at a hole (the union of the relocation kinds the
/// seven triples produce, normalized: `P` is the hole's address, `S + A` the value).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HoleKind {
    /// 64-bit absolute `S + A`.
    Abs64,
    /// 32-bit absolute `S + A` (i686).
    Abs32,
    /// 32-bit PC-relative `S + A - P` (x86 jumps, calls, RIP-relative data).
    Rel32,
    /// 32-bit PC-relative to a GOT slot holding `S`: `GOT(S) + A - P` (x86-64 Mach-O/ELF PIC).
    GotRel32,
    /// AArch64 B/BL: `(S + A - P) >> 2` into imm26 (±128 MiB; trampolines beyond).
    Arm64Branch26,
    /// AArch64 ADRP: `(Page(S + A) - Page(P)) >> 12` into immhi:immlo.
    Arm64Page21,
    /// AArch64 ADD/LDR/STR low 12 bits: `((S + A) & 0xfff) >> shift` into imm12.
    Arm64PageOff12 { shift: u8 },
    /// AArch64 ADRP of the page of the GOT slot holding `S`.
    Arm64GotPage21,
    /// AArch64 LDR (64-bit) of the GOT slot holding `S`: its page offset >> 3.
    Arm64GotPageOff12,
    /// AArch64 MOVZ/MOVK: bits `shift..shift + 16` of `S + A` into imm16.
    Arm64MovW { shift: u8 },
}

/// What a hole refers to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HoleValue {
    /// The instruction's oparg.
    Oparg,
    /// The micro-op's first and second cache operands.
    Operand0,
    Operand1,
    /// The next stencil (the trailing jump to it was removed, so this is a mid-code jump).
    Continue,
    /// The stencil a branch goes to.
    JumpTarget,
    /// The exit stub back to the interpreter.
    Exit,
    /// Where errors unwind.
    ErrorTarget,
    /// This stencil instance's code start.
    Code,
    /// This stencil instance's data start.
    Data,
    /// A runtime helper, by its index in `helpers::HELPERS`.
    Helper(u16),
}
