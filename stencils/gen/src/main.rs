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
#[allow(dead_code, unused_imports)]
#[path = "../../../core/src/jit/helper_list.rs"]
mod helper_list;
mod helpers {
    macro_rules! names {
        ($($name:ident($($a:ident: $t:ty),*) $(-> $r:ty)?;)*) => {
            /// The runtime helpers' symbol names, in table order.
            pub const HELPER_NAMES: &[&str] = &[$(stringify!($name)),*];
        };
    }
    crate::helper_list::for_each_helper!(names);
}
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

/// The templates crate root, relative to the workspace root.
const TEMPLATES: &str = "stencils/templates/stencils.rs";

/// Flags for the core the templates are compiled against: the stencil cfg (jit/helpers.rs
/// routes out-of-line calls to helpers), no unwinding, no debug assertions or overflow checks
/// (they would add panic paths). Its own code is never used, so it is not optimized (whatever
/// the dev profile says: the tables must not depend on it): the templates crate inlines the
/// micro-op bodies and optimizes them.
const CORE_FLAGS: &[&str] = &[
    "--cfg",
    "copperhead_stencil",
    "-C",
    "opt-level=0",
    "-C",
    "panic=abort",
    "-C",
    "debug-assertions=off",
    "-C",
    "overflow-checks=off",
    "-C",
    "debuginfo=0",
];

/// A template that may fail to become a stencil without failing the generation: a micro-op
/// (not yet stencil-ready; listed in sizes.md with the reason). Test templates (`_TEST_`),
/// the exit stubs (`_STUB_`) and anything else must compile.
fn optional(name: &str) -> bool {
    name.starts_with('_')
        && !name.starts_with("_TEST_")
        && !name.starts_with("_STUB_")
        && !name.ends_with(CALL_SUFFIX)
}

/// The suffix of a micro-op's out-of-line variant (`NAME__CALL`: the stencil calls the body in
/// the runtime), which stands in for `NAME` when `NAME` cannot be a stencil.
const CALL_SUFFIX: &str = "__CALL";

/// Keeps each micro-op's inline stencil, or puts its `__CALL` variant in its place when the
/// inline one is blocked (returned, with why, as "called"); drops the unused variants.
fn pick_variants(
    stencils: &mut Vec<read::RawStencil>,
    blocked: Vec<read::Blocked>,
) -> (Vec<read::Blocked>, Vec<read::Blocked>) {
    let (calls, inline): (Vec<_>, Vec<_>) = std::mem::take(stencils)
        .into_iter()
        .partition(|s| s.name.ends_with(CALL_SUFFIX));
    *stencils = inline;
    let mut calls: std::collections::BTreeMap<String, read::RawStencil> = calls
        .into_iter()
        .map(|s| (s.name[..s.name.len() - CALL_SUFFIX.len()].to_string(), s))
        .collect();
    let (mut called, mut still) = (Vec::new(), Vec::new());
    for b in blocked {
        match calls.remove(&b.name) {
            Some(mut c) => {
                c.name = b.name.clone();
                stencils.push(c);
                called.push(b);
            }
            None => still.push(b),
        }
    }
    stencils.sort_by(|a, b| a.name.cmp(&b.name));
    (called, still)
}

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
    let t0 = std::time::Instant::now();
    // The core for every triple, in one cargo invocation (only if the templates use it).
    let source = std::fs::read_to_string(&templates).map_err(|e| e.to_string())?;
    let core = if source.contains("mod uops") || source.contains("copperhead_core") {
        Some(build_core(root, triples)?)
    } else {
        None
    };
    let t1 = t0.elapsed();
    // One rustc per triple for the templates, all at once.
    let objects: Vec<Result<PathBuf, String>> = std::thread::scope(|s| {
        let jobs: Vec<_> = triples
            .iter()
            .map(|t| s.spawn(|| compile(root, &templates, tmp, t, core.as_deref())))
            .collect();
        jobs.into_iter()
            .map(|j| j.join().unwrap_or_else(|_| Err("panicked".into())))
            .collect()
    });
    eprintln!(
        "stencil generator: core for {} triples in {:.1} s, templates in {:.1} s",
        triples.len(),
        t1.as_secs_f64(),
        (t0.elapsed() - t1).as_secs_f64()
    );
    let mut files = Vec::new();
    let mut sizes = Vec::new();
    let mut blocked = Vec::new();
    let mut called = Vec::new();
    for (triple, obj) in triples.iter().zip(objects) {
        let bytes = std::fs::read(obj?).map_err(|e| e.to_string())?;
        let (arch, read) = read::stencils(&bytes).map_err(|e| format!("{triple}: {e}"))?;
        let mut stencils = Vec::new();
        let mut here = Vec::new();
        for r in read {
            let r = r.and_then(|mut s| match trim::check_and_trim(arch, &mut s) {
                Ok(()) => Ok(s),
                Err(reason) => Err(read::Blocked {
                    name: s.name,
                    reason,
                }),
            });
            match r {
                Ok(s) => stencils.push(s),
                Err(b) if optional(&b.name) => here.push(b),
                Err(b) => return Err(format!("{triple}: {}: {}", b.name, b.reason)),
            }
        }
        let (c, b) = pick_variants(&mut stencils, here);
        called.extend(c.into_iter().map(|c| (*triple, c)));
        blocked.extend(b.into_iter().map(|b| (*triple, b)));
        let text = emit::table(triple, TEMPLATES, &version, &stencils);
        let name = format!("{triple}.rs");
        std::fs::write(out.join(&name), text).map_err(|e| e.to_string())?;
        files.push(name);
        sizes.push((*triple, stencils));
    }
    std::fs::write(
        out.join("sizes.md"),
        emit::sizes(&version, &sizes, &called, &blocked),
    )
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

/// Builds the core library for each triple with `CORE_FLAGS` (into target/stencils, so the
/// normal builds keep their own artifacts); returns that target directory.
fn build_core(root: &Path, triples: &[&str]) -> Result<PathBuf, String> {
    let dir = root.join("target/stencils");
    let mut cmd = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    cmd.current_dir(root)
        .args(["build", "--quiet", "--lib", "-p", "copperhead-core"])
        .arg("--target-dir")
        .arg(&dir)
        .env("CARGO_ENCODED_RUSTFLAGS", CORE_FLAGS.join("\x1f"))
        .env_remove("RUSTFLAGS");
    for t in triples {
        cmd.args(["--target", t]);
    }
    let o = cmd.output().map_err(|e| format!("cannot run cargo: {e}"))?;
    if !o.status.success() {
        return Err(format!(
            "building the core for the stencils failed:\n{}",
            String::from_utf8_lossy(&o.stderr)
        ));
    }
    Ok(dir)
}

/// Compiles the templates for one triple into `tmp/<triple>.o` with the stencil flags
/// (against the core built in `core`, if given).
fn compile(
    root: &Path,
    templates: &Path,
    tmp: &Path,
    triple: &str,
    core: Option<&Path>,
) -> Result<PathBuf, String> {
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
    if let Some(core) = core {
        let lib = core.join(triple).join("debug");
        cmd.arg("--extern")
            .arg(format!(
                "copperhead_core={}",
                lib.join("libcopperhead_core.rlib").display()
            ))
            .arg("-L")
            .arg(format!("dependency={}", lib.join("deps").display()));
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
