//! The stencil generator: compiles the templates (`stencils/templates/`) with the pinned rustc
//! once per target triple, reads each object file, checks and trims each template, and writes
//! `stencils/generated/<triple>.rs` (the tables the core's patcher copies) and
//! `stencils/generated/sizes.md`.
//!
//! `cargo run -p copperhead-stencil-gen` regenerates; `-- --check` regenerates into a temporary
//! directory and fails on any difference from the committed files (CI). `--templates FILE
//! --out DIR` generate from another source into another directory (the generator's tests).

mod emit;
mod read;
mod trim;

// The table types and the helper names come from the core's own source (not the compiled
// core, which includes the generated tables: regenerating must work when they are stale).
#[allow(dead_code)]
#[path = "../../../core/src/jit/helpers.rs"]
mod helpers;
#[allow(dead_code)]
#[path = "../../../core/src/jit/stencil.rs"]
mod stencil;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

/// The seven triples the JIT targets (design.md, "The nine targets").
pub const TRIPLES: [&str; 7] = [
    "x86_64-unknown-linux-gnu",
    "aarch64-unknown-linux-gnu",
    "x86_64-apple-darwin",
    "aarch64-apple-darwin",
    "x86_64-pc-windows-msvc",
    "i686-pc-windows-msvc",
    "aarch64-pc-windows-msvc",
];

/// The templates source, relative to the workspace root.
const TEMPLATES: &str = "stencils/templates/test.rs";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let check = args.iter().any(|a| a == "--check");
    let option = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .map(PathBuf::from)
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let committed = root.join("stencils/generated");
    let templates = option("--templates").unwrap_or_else(|| root.join(TEMPLATES));
    let tmp = std::env::temp_dir().join(format!("copperhead-stencils-{}", std::process::id()));
    let out = match option("--out") {
        Some(o) => o,
        None if check => tmp.join("out"),
        None => committed.clone(),
    };
    // `--only TRIPLE`: generate one table (tests; a machine without the other std targets).
    let only = option("--only").and_then(|t| t.to_str().map(String::from));
    let triples: Vec<&str> = TRIPLES
        .iter()
        .copied()
        .filter(|t| only.as_deref().is_none_or(|o| o == *t))
        .collect();
    let result = generate(&root, &templates, &tmp, &out, &triples);
    let status = match result {
        Err(e) => {
            eprintln!("stencil generator: {e}");
            ExitCode::FAILURE
        }
        Ok(files) if check => compare(&files, &out, &committed),
        Ok(_) => ExitCode::SUCCESS,
    };
    let _ = std::fs::remove_dir_all(&tmp);
    status
}

/// Compiles and reads every triple; returns the names of the files written into `out`.
fn generate(
    root: &Path,
    templates: &Path,
    tmp: &Path,
    out: &Path,
    triples: &[&str],
) -> Result<Vec<String>, String> {
    std::fs::create_dir_all(tmp).map_err(|e| e.to_string())?;
    std::fs::create_dir_all(out).map_err(|e| e.to_string())?;
    let templates = std::path::absolute(templates).map_err(|e| e.to_string())?;
    let version = rustc_version(root)?;
    // One rustc per triple, all at once (each is a fraction of a second).
    let objects: Vec<Result<PathBuf, String>> = std::thread::scope(|s| {
        let jobs: Vec<_> = triples
            .iter()
            .map(|t| s.spawn(|| compile(root, &templates, tmp, t)))
            .collect();
        jobs.into_iter()
            .map(|j| j.join().unwrap_or_else(|_| Err("panicked".into())))
            .collect()
    });
    let mut files = Vec::new();
    let mut sizes = Vec::new();
    for (triple, obj) in triples.iter().zip(objects) {
        let bytes = std::fs::read(obj?).map_err(|e| e.to_string())?;
        let (arch, mut stencils) = read::stencils(&bytes).map_err(|e| format!("{triple}: {e}"))?;
        for s in &mut stencils {
            trim::check_and_trim(arch, s).map_err(|e| format!("{triple}: {}: {e}", s.name))?;
        }
        let text = emit::table(triple, TEMPLATES, &version, &stencils);
        let name = format!("{triple}.rs");
        std::fs::write(out.join(&name), text).map_err(|e| e.to_string())?;
        files.push(name);
        sizes.push((*triple, stencils));
    }
    std::fs::write(out.join("sizes.md"), emit::sizes(&version, &sizes))
        .map_err(|e| e.to_string())?;
    files.push("sizes.md".into());
    Ok(files)
}

fn rustc_version(root: &Path) -> Result<String, String> {
    let o = Command::new("rustc")
        .arg("--version")
        .current_dir(root)
        .output()
        .map_err(|e| format!("cannot run rustc: {e}"))?;
    Ok(String::from_utf8_lossy(&o.stdout).trim().to_string())
}

/// Compiles the templates for one triple into `tmp/<triple>.o` with the stencil flags.
fn compile(root: &Path, templates: &Path, tmp: &Path, triple: &str) -> Result<PathBuf, String> {
    // A directory per triple: rustc's intermediate files are named after the crate.
    let dir = tmp.join(triple);
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let obj = dir.join("stencils.o");
    let mut cmd = Command::new("rustc");
    // Run from the workspace root so rust-toolchain.toml pins the compiler.
    cmd.current_dir(root)
        .args([
            "--crate-type=lib",
            "--crate-name=stencils",
            "--edition=2024",
            "--target",
            triple,
        ])
        .arg("--emit=obj")
        .arg("--out-dir")
        .arg(&dir)
        .args([
            "-C",
            "opt-level=3",
            "-C",
            "panic=abort",
            "-C",
            "relocation-model=static",
        ])
        .args(["-C", "codegen-units=1", "-C", "debuginfo=0"]);
    if triple.starts_with("x86_64") {
        // Every address as a 64-bit immediate: values and helpers may be anywhere.
        cmd.args(["-C", "code-model=large"]);
    }
    cmd.arg(templates);
    let o = cmd.output().map_err(|e| format!("cannot run rustc: {e}"))?;
    if !o.status.success() {
        return Err(format!(
            "rustc --target {triple} failed:\n{}",
            String::from_utf8_lossy(&o.stderr)
        ));
    }
    Ok(obj)
}

/// `--check`: every regenerated file must equal the committed one, byte for byte.
fn compare(files: &[String], fresh: &Path, committed: &Path) -> ExitCode {
    let mut ok = true;
    for f in files {
        let a = std::fs::read(fresh.join(f)).ok();
        let b = std::fs::read(committed.join(f)).ok();
        if a != b {
            eprintln!("stencils/generated/{f} differs from a fresh generation");
            ok = false;
        }
    }
    if ok {
        println!("stencil tables are up to date ({} files)", files.len());
        ExitCode::SUCCESS
    } else {
        eprintln!("run `cargo run -p copperhead-stencil-gen` and commit the result");
        ExitCode::FAILURE
    }
}
