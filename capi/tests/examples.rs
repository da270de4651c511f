//! The C host programs listed in `capi/host_programs.txt` (the examples in `examples/` and the
//! ABI checks in `capi/tests/abi_checks.c`), built against `include/copperhead.h` and the static
//! and the shared library with every C compiler found (gcc, clang), run and compared with their
//! expected outputs; then run under valgrind (no leaks after `ch_runtime_free`, no invalid
//! access). The header is also checked alone as strict C99 and as C++17. A missing tool skips
//! its part with a message saying so (CI installs them: see .ci/run).
//!
//! Cross targets (aarch64 Linux under qemu, x86_64 Windows under wine) are not built here:
//! `tests/cross/host_programs.sh` builds the same list and compares the same outputs.

use std::path::{Path, PathBuf};
use std::process::Command;

/// One line of `capi/host_programs.txt`.
pub struct Program {
    pub name: String,
    pub source: PathBuf,
    pub expected: PathBuf,
    pub args: Vec<PathBuf>,
}

/// The host programs to build and run (paths made absolute).
pub fn host_programs() -> Vec<Program> {
    let list = std::fs::read_to_string(root().join("capi/host_programs.txt"))
        .expect("capi/host_programs.txt");
    list.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            assert!(f.len() >= 3, "capi/host_programs.txt: bad line {l:?}");
            Program {
                name: f[0].to_string(),
                source: root().join(f[1]),
                expected: root().join(f[2]),
                args: f[3..].iter().map(|a| root().join(a)).collect(),
            }
        })
        .collect()
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root")
        .to_path_buf()
}

/// target/<profile>: where cargo put libcopperhead.{a,so} (this test is in its deps/).
fn profile_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("test executable path");
    exe.parent()
        .and_then(Path::parent)
        .expect("target profile directory")
        .to_path_buf()
}

fn have(tool: &str) -> bool {
    Command::new(tool)
        .arg("--version")
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false)
}

fn run(cmd: &mut Command) -> (bool, String, String) {
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"));
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The C compilers to test with: gcc and clang (any `clang` or `clang-19` on PATH).
fn compilers() -> Vec<(&'static str, &'static str)> {
    let mut v = Vec::new();
    if have("gcc") {
        v.push(("gcc", "g++"));
    } else {
        println!("SKIP gcc: not installed");
    }
    if have("clang") {
        v.push(("clang", "clang++"));
    } else if have("clang-19") {
        v.push(("clang-19", "clang++-19"));
    } else {
        println!("SKIP clang: not installed (apt-get install clang-19)");
    }
    v
}

/// Builds the libraries into `target/capi/debug`. They are built apart from the workspace's
/// own target directory, with an empty RUSTFLAGS: the workspace links the `copperhead` command
/// as a static PIE (`.cargo/config.toml`), and a `crt-static` build cannot make a shared
/// library (cargo drops the cdylib), so the C library is built the normal, dynamic way.
fn libraries() -> PathBuf {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let target_dir = root().join("target/capi");
    let (ok, _, err) = run(Command::new(cargo)
        .current_dir(root())
        .env("RUSTFLAGS", "")
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .arg("build")
        .arg("-p")
        .arg("copperhead-capi")
        .arg("--target-dir")
        .arg(&target_dir));
    assert!(ok, "building the C library failed:\n{err}");
    let dir = target_dir.join("debug");
    assert!(
        dir.join("libcopperhead.so").exists() && dir.join("libcopperhead.a").exists(),
        "no libcopperhead.so/.a in {}",
        dir.display()
    );
    dir
}

/// The uninstalled tree's pkg-config file, rendered from the template.
fn pkg_config_dir(libdir: &Path, out: &Path) -> PathBuf {
    let tpl = std::fs::read_to_string(root().join("capi/copperhead.pc.in")).expect("template");
    let pc = tpl
        .replace("@PREFIX@", &root().display().to_string())
        .replace(
            "@INCLUDEDIR@",
            &root().join("include").display().to_string(),
        )
        .replace("@LIBDIR@", &libdir.display().to_string())
        .replace("@VERSION@", env!("CARGO_PKG_VERSION"));
    let dir = out.join("pkgconfig");
    std::fs::create_dir_all(&dir).expect("pkgconfig dir");
    std::fs::write(dir.join("copperhead.pc"), pc).expect("write copperhead.pc");
    dir
}

/// Compiler flags for one linkage, through pkg-config when it is installed.
fn flags(pc_dir: &Path, libdir: &Path, static_link: bool) -> Vec<String> {
    let mut f: Vec<String> = if have("pkg-config") {
        let mut cmd = Command::new("pkg-config");
        cmd.env("PKG_CONFIG_PATH", pc_dir)
            .args(["--cflags", "--libs"])
            .arg("copperhead");
        if static_link {
            cmd.arg("--static");
        }
        let (ok, out, err) = run(&mut cmd);
        assert!(ok, "pkg-config copperhead failed: {err}");
        out.split_whitespace().map(String::from).collect()
    } else {
        println!("SKIP pkg-config: not installed; using the flags by hand");
        let mut f = vec![
            format!("-I{}", root().join("include").display()),
            format!("-L{}", libdir.display()),
            "-lcopperhead".into(),
        ];
        if static_link {
            f.extend(
                [
                    "-lgcc_s",
                    "-lutil",
                    "-lrt",
                    "-lpthread",
                    "-lm",
                    "-ldl",
                    "-lc",
                ]
                .map(String::from),
            );
        }
        f
    };
    if static_link {
        // Link the archive itself so the linker cannot prefer the .so beside it.
        let lib = libdir.join("libcopperhead.a").display().to_string();
        for x in f.iter_mut() {
            if x == "-lcopperhead" {
                *x = lib.clone();
            }
        }
    } else {
        f.push(format!("-Wl,-rpath,{}", libdir.display()));
    }
    f
}

#[test]
fn header_compiles_as_strict_c99_and_cpp17() {
    let out = profile_dir().join("capi-examples");
    std::fs::create_dir_all(&out).expect("output dir");
    let tu = out.join("header_only.c");
    std::fs::write(
        &tu,
        "#include <copperhead.h>\nint main(void) { ch_options o; ch_options_init(&o); return (int)o.tiers - 7; }\n",
    )
    .expect("write header test");
    let inc = format!("-I{}", root().join("include").display());
    for (cc, cxx) in compilers() {
        let (ok, _, err) = run(Command::new(cc)
            .args([
                "-std=c99",
                "-Wall",
                "-Wextra",
                "-Werror",
                "-pedantic",
                "-fsyntax-only",
            ])
            .arg(&inc)
            .arg(&tu));
        assert!(ok, "{cc} -std=c99 rejects copperhead.h:\n{err}");
        let (ok, _, err) = run(Command::new(cxx)
            .args([
                "-x",
                "c++",
                "-std=c++17",
                "-Wall",
                "-Wextra",
                "-Werror",
                "-pedantic",
            ])
            .arg("-fsyntax-only")
            .arg(&inc)
            .arg(&tu));
        assert!(ok, "{cxx} -std=c++17 rejects copperhead.h:\n{err}");
        println!("header ok with {cc} (C99) and {cxx} (C++17)");
    }
}

/// Builds every example with every compiler and linkage; returns (label, binary) pairs.
fn build_all(programs: &[Program]) -> Vec<(String, &Program, PathBuf)> {
    let libdir = libraries();
    let out = libdir.join("capi-examples");
    std::fs::create_dir_all(&out).expect("output dir");
    let pc = pkg_config_dir(&libdir, &out);
    let mut built = Vec::new();
    for (cc, _) in compilers() {
        for static_link in [true, false] {
            let link = if static_link { "static" } else { "shared" };
            let fl = flags(&pc, &libdir, static_link);
            for p in programs {
                let name = &p.name;
                let bin = out.join(format!("{name}-{cc}-{link}"));
                let src = &p.source;
                let (ok, _, err) = run(Command::new(cc)
                    .args(["-std=c99", "-Wall", "-Wextra", "-Werror", "-pthread", "-g"])
                    .arg(src)
                    .arg("-o")
                    .arg(&bin)
                    .args(&fl));
                assert!(ok, "{cc} ({link}) failed to build {name}:\n{err}");
                built.push((format!("{name} ({cc}, {link})"), p, bin));
            }
        }
    }
    built
}

fn expected(p: &Program) -> String {
    std::fs::read_to_string(&p.expected).unwrap_or_else(|e| panic!("{}: {e}", p.expected.display()))
}

/// Examples whose valgrind report is printed but not asserted, each with the reason. Everything
/// else must be clean.
const KNOWN_LEAKS: &[(&str, &str)] = &[];

#[test]
fn examples_build_run_and_are_valgrind_clean() {
    let programs = host_programs();
    let built = build_all(&programs);
    for (label, p, bin) in &built {
        let (ok, out, err) = run(Command::new(bin).args(&p.args));
        assert!(ok, "{label} failed:\n{out}\n{err}");
        assert_eq!(out, expected(p), "{label}: output differs");
        println!("ran {label}");
    }
    if !have("valgrind") {
        println!("SKIP valgrind: not installed (apt-get install valgrind)");
        return;
    }
    // One compiler is enough for valgrind: the code under test is the library's. The runs
    // are slow (a debug build under valgrind), so they go two at a time.
    let first_cc = built
        .first()
        .map(|(l, _, _)| l.split(['(', ',']).nth(1).unwrap_or("").to_string());
    let chosen: Vec<_> = built
        .iter()
        .filter(|(label, _, _)| {
            first_cc
                .as_deref()
                .is_none_or(|cc| label.contains(&format!("({cc},")))
        })
        .collect();
    for pair in chosen.chunks(2) {
        std::thread::scope(|s| {
            let runs: Vec<_> = pair
                .iter()
                .map(|(label, p, bin)| {
                    s.spawn(move || {
                        let r = run(Command::new("valgrind")
                            .args([
                                "--error-exitcode=1",
                                "--leak-check=full",
                                "--errors-for-leak-kinds=definite,indirect,possible",
                                "--show-leak-kinds=definite,indirect,possible",
                                "-q",
                            ])
                            .arg(bin)
                            .args(&p.args));
                        (label, p, r)
                    })
                })
                .collect();
            for h in runs {
                let (label, p, (ok, out, err)) = h.join().expect("valgrind thread");
                if let Some((_, why)) = KNOWN_LEAKS.iter().find(|(n, _)| *n == p.name) {
                    // Reported, not asserted: see KNOWN_LEAKS.
                    println!("KNOWN LEAK {label} ({why}); valgrind clean: {ok}");
                    if !ok {
                        println!("{err}");
                    }
                } else {
                    assert!(ok, "{label} under valgrind:\n{err}");
                }
                assert_eq!(out, expected(p), "{label} under valgrind: output differs");
                println!("valgrind clean: {label}");
            }
        });
    }
}

#[test]
fn the_embedding_guide_shows_the_tested_quickstart() {
    let doc = std::fs::read_to_string(root().join("docs/embedding.md")).expect("docs/embedding.md");
    let src = std::fs::read_to_string(root().join("examples/quickstart.c")).expect("quickstart.c");
    assert!(
        doc.contains(&src),
        "docs/embedding.md must include examples/quickstart.c verbatim (copy it again)"
    );
}
