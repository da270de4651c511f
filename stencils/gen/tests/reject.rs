//! The generator refuses templates that would make unsafe or unpatchable stencils.
use std::process::Command;

/// Runs the generator on `source`; returns its stderr if it failed, None if it succeeded.
fn generate(name: &str, source: &str) -> Option<String> {
    let dir = std::env::temp_dir().join(format!("stencil-gen-test-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("t.rs");
    std::fs::write(&file, source).unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_copperhead-stencil-gen"))
        .arg("--templates")
        .arg(&file)
        .arg("--out")
        .arg(dir.join("out"))
        .args(["--only", HOST])
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    (!o.status.success()).then(|| String::from_utf8_lossy(&o.stderr).into_owned())
}

const PRELUDE: &str = "#![no_std]\n";

/// The host's own triple, whose std target is always installed.
#[cfg(all(target_arch = "x86_64", target_os = "linux"))]
const HOST: &str = "x86_64-unknown-linux-gnu";
#[cfg(all(target_arch = "aarch64", target_os = "linux"))]
const HOST: &str = "aarch64-unknown-linux-gnu";
#[cfg(all(target_arch = "x86_64", target_os = "macos"))]
const HOST: &str = "x86_64-apple-darwin";
#[cfg(all(target_arch = "aarch64", target_os = "macos"))]
const HOST: &str = "aarch64-apple-darwin";
#[cfg(all(target_arch = "x86_64", windows))]
const HOST: &str = "x86_64-pc-windows-msvc";
#[cfg(all(target_arch = "x86", windows))]
const HOST: &str = "i686-pc-windows-msvc";
#[cfg(all(target_arch = "aarch64", windows))]
const HOST: &str = "aarch64-pc-windows-msvc";

#[test]
fn unknown_external_symbol() {
    let src = format!(
        "{PRELUDE}unsafe extern \"C\" {{ fn not_a_helper(x: usize) -> usize; }}
        #[unsafe(no_mangle)]
        pub unsafe extern \"C\" fn T(x: usize) -> usize {{ unsafe {{ not_a_helper(x) + 1 }} }}"
    );
    let err = generate("unknown", &src).expect("must be rejected");
    assert!(
        err.contains("not_a_helper is not in the runtime-helper table"),
        "{err}"
    );
}

#[test]
fn continuation_called_not_jumped() {
    // The result of the continuation is used, so it cannot be a tail call.
    let src = format!(
        "{PRELUDE}unsafe extern \"C\" {{ fn _JIT_CONTINUE(f: usize, sp: usize) -> usize; }}
        #[unsafe(no_mangle)]
        pub unsafe extern \"C\" fn T(f: usize, sp: usize) -> usize {{
            unsafe {{ _JIT_CONTINUE(f, sp) ^ 1 }}
        }}"
    );
    let err = generate("call", &src).expect("must be rejected");
    assert!(err.contains("is not a tail jump"), "{err}");
}
