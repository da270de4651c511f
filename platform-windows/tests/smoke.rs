//! Writes a tiny function (`return 42`) into executable memory, seals it and calls it.
#![cfg(windows)]
use copperhead_core::jit::platform::ExecRegion;

#[cfg(target_arch = "x86_64")]
const RET42: &[u8] = &[0xb8, 42, 0, 0, 0, 0xc3]; // mov eax, 42; ret
#[cfg(target_arch = "x86")]
const RET42: &[u8] = &[0xb8, 42, 0, 0, 0, 0xc3]; // mov eax, 42; ret
#[cfg(target_arch = "aarch64")]
const RET42: &[u8] = &[0x40, 0x05, 0x80, 0x52, 0xc0, 0x03, 0x5f, 0xd6]; // mov w0, #42; ret

#[test]
fn executes_written_code() {
    let mut r = ExecRegion::new(copperhead_platform_windows::EXEC_MEMORY, RET42.len()).unwrap();
    r.bytes_mut().unwrap()[..RET42.len()].copy_from_slice(RET42);
    r.seal().unwrap();
    assert!(r.bytes_mut().is_none(), "sealed memory is not writable");
    // SAFETY: the region holds a complete function of this signature and is executable.
    let f: extern "C" fn() -> u32 = unsafe { core::mem::transmute(r.addr()) };
    assert_eq!(f(), 42);
}

#[test]
fn regions_are_independent() {
    let mut rs = Vec::new();
    for i in 0..8u8 {
        let mut r = ExecRegion::new(copperhead_platform_windows::EXEC_MEMORY, 64).unwrap();
        let b = r.bytes_mut().unwrap();
        b[..RET42.len()].copy_from_slice(RET42);
        // Patch the immediate: x86 imm32 at byte 1; AArch64 MOVZ imm16 at bits 5..21.
        #[cfg(any(target_arch = "x86_64", target_arch = "x86"))]
        {
            b[1] = i;
        }
        #[cfg(target_arch = "aarch64")]
        {
            let w =
                u32::from_le_bytes([b[0], b[1], b[2], b[3]]) & !(0xffff << 5) | (u32::from(i) << 5);
            b[..4].copy_from_slice(&w.to_le_bytes());
        }
        r.seal().unwrap();
        rs.push(r);
    }
    for (i, r) in rs.iter().enumerate() {
        // SAFETY: as above.
        let f: extern "C" fn() -> u32 = unsafe { core::mem::transmute(r.addr()) };
        assert_eq!(f() as usize, i);
    }
}
