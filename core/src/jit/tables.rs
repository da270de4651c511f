//! The generated stencil tables, one module per target triple. All seven are compiled on every
//! target (tests run foreign tables on a host with the same instruction set and calling
//! convention); the linker drops the ones nothing refers to. `host()` is the running target's.

use super::stencil::Stencil;

macro_rules! tables {
    ($($module:ident = $file:literal;)*) => {
        $(
            #[rustfmt::skip]
            pub mod $module {
                include!(concat!(env!("CARGO_MANIFEST_DIR"), "/../stencils/generated/", $file));
            }
        )*
    };
}

tables! {
    x86_64_unknown_linux_gnu = "x86_64-unknown-linux-gnu.rs";
    aarch64_unknown_linux_gnu = "aarch64-unknown-linux-gnu.rs";
    x86_64_apple_darwin = "x86_64-apple-darwin.rs";
    aarch64_apple_darwin = "aarch64-apple-darwin.rs";
    x86_64_pc_windows_msvc = "x86_64-pc-windows-msvc.rs";
    i686_pc_windows_msvc = "i686-pc-windows-msvc.rs";
    aarch64_pc_windows_msvc = "aarch64-pc-windows-msvc.rs";
}

/// The stencils for the target this runtime was built for, if it is one of the seven (other
/// targets, such as bare metal, run the interpreters only).
pub fn host() -> Option<&'static [Stencil]> {
    #[cfg(all(target_arch = "x86_64", target_os = "linux"))]
    return Some(x86_64_unknown_linux_gnu::STENCILS);
    #[cfg(all(target_arch = "aarch64", target_os = "linux"))]
    return Some(aarch64_unknown_linux_gnu::STENCILS);
    #[cfg(all(target_arch = "x86_64", target_os = "macos"))]
    return Some(x86_64_apple_darwin::STENCILS);
    #[cfg(all(target_arch = "aarch64", target_os = "macos"))]
    return Some(aarch64_apple_darwin::STENCILS);
    #[cfg(all(target_arch = "x86_64", windows))]
    return Some(x86_64_pc_windows_msvc::STENCILS);
    #[cfg(all(target_arch = "x86", windows))]
    return Some(i686_pc_windows_msvc::STENCILS);
    #[cfg(all(target_arch = "aarch64", windows))]
    return Some(aarch64_pc_windows_msvc::STENCILS);
    #[allow(unreachable_code)]
    None
}

/// Looks a stencil up by name.
pub fn find(table: &'static [Stencil], name: &str) -> Option<&'static Stencil> {
    table.iter().find(|s| s.name == name)
}
