//! The differential fuzzer for the tiers: generated programs (loops over mixed types, types
//! and classes changed mid-loop, exceptions raised inside loops, globals and builtins deleted
//! and rebound, finalizers with side effects, generators) run at every tier and must print
//! what python3 prints.
//!
//! By default a fixed set of seeds runs (reproducible, part of `cargo test`). For a longer
//! hunt: `COPPERHEAD_FUZZ_SECONDS=600 cargo test --release --test tier_fuzz -- --nocapture`
//! draws fresh seeds until the time is up (`COPPERHEAD_FUZZ_SEED=N` reruns one program). A
//! failing program is written to `target/tier-fuzz/seed-N.py` (every program, with
//! `COPPERHEAD_FUZZ_KEEP=1`).
//!
//! Each loop runs a few hundred iterations, past the hotness threshold of tier 2, and the
//! changes happen at an iteration chosen by the seed, so they land while traces run.

use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

/// Native stack for each in-process run.
const STACK: usize = 256 << 20;

/// Seeds run by plain `cargo test`.
const DEFAULT_SEEDS: u64 = 24;

/// A small deterministic generator (xorshift64*), so a seed names one program forever.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// In `lo..=hi`.
    fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.next() % (hi - lo + 1)
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

/// What every program starts with: classes, functions, a finalizer and a generator the loop
/// statements use.
const PRELUDE: &str = r#"import sys

G = 3
H = 2.5


class A:
    k = 1

    def __init__(self, v):
        self.v = v

    def m(self):
        return self.v + self.k


class B(A):
    def m(self):
        return -self.v


class Slotted:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def m(self):
        return self.v * 2


class Shadow(A):
    def __getattr__(self, name):
        return 11


class Rebind:
    def __del__(self):
        global G
        G = G * 1.5 if isinstance(G, int) else 4


class Repatch:
    def __del__(self):
        A.m = lambda self: self.v * 3


class Mixin:
    k = 50


def f(x):
    return x + 1


def g(x, y=2):
    return x * y


def gen(n):
    for j in range(n):
        yield j * 2


def delegating(n):
    yield from gen(n)
    return n


def name(e):
    return type(e).__name__
"#;

/// One statement of a loop body (four-space indent added by the caller; may span lines).
/// `i` is the loop counter, `K` and `J` are iterations chosen for mid-loop changes.
fn statement(rng: &mut Rng, k: u64, j: u64) -> String {
    let m = rng.range(2, 9);
    match rng.range(0, 26) {
        0 => format!(
            "acc = acc + {}",
            rng.pick(&["i", "i * 2.5", "G", "H", "-i", "i // 3", "i % 7"])
        ),
        1 => "acc = acc + o.v".into(),
        2 => "acc = acc + o.m()".into(),
        3 => format!(
            "acc = acc + {}",
            rng.pick(&["f(i)", "g(i)", "g(i, 3)", "g(y=i, x=2)"])
        ),
        4 => format!(
            "if i == {k}:\n    o = {}",
            rng.pick(&["B(i)", "Slotted(i)", "Shadow(i)", "A(2.5)"])
        ),
        5 => format!(
            "if i == {k}:\n    A.k = {}",
            rng.pick(&["2", "0.5", "'s'", "-1"])
        ),
        6 => format!(
            "if i == {k}:\n    o.__class__ = {}",
            rng.pick(&["B", "A", "Shadow"])
        ),
        7 => format!(
            "if i == {k}:\n    G = {}",
            rng.pick(&["1.5", "'x'", "None", "(1, 2)", "7"])
        ),
        8 => format!(
            "if i == {k}:\n    del G\ntry:\n    acc = acc + G\nexcept NameError as e:\n    acc = acc - 1\nif i == {j}:\n    G = 5"
        ),
        9 => format!(
            "try:\n    acc = acc + 10 // (i % {m} - {})\nexcept ZeroDivisionError as e:\n    out.append(name(e))",
            m - 1
        ),
        10 => format!(
            "if i % {m} == 0:\n    try:\n        raise ValueError(i)\n    except ValueError as e:\n        acc = acc + e.args[0] % 3"
        ),
        11 => format!("for x in gen(i % {m}):\n    acc = acc + x"),
        12 => format!("acc = acc + sum(x * x for x in range(i % {m}))"),
        13 => format!(
            "w = 0\nwhile w < i % {m}:\n    w += 1\n    if w == 2:\n        continue\n    if w == 5:\n        break\n    acc = acc + w"
        ),
        14 => "s = s + str(i % 10)\nif len(s) > 12:\n    s = s[-4:]".into(),
        15 => "x = x * 1.25 + i\nif x > 1000.0:\n    x = x / 7.0".into(),
        16 => format!("if i == {k}:\n    r = Rebind()\n    r = None"),
        17 => format!("if i == {k}:\n    r = Repatch()\n    del r"),
        18 => format!(
            "if i == {k}:\n    globals()['len'] = lambda c: 3\nif i == {j}:\n    del globals()['len']\nacc = acc + len(lst)"
        ),
        19 => format!(
            "acc = acc + lst[i % {m}] if i % {m} < len(lst) else acc\nif i == {k}:\n    lst.append(2.5)"
        ),
        20 => format!(
            "t = (i, i * 2, 'x')\na, b, c = t\nacc = acc + a - b\nif i == {k}:\n    lst = [1, 2, 3]"
        ),
        21 => format!("d[i % {m}] = d.get(i % {m}, 0) + 1\nif i == {k}:\n    d = {{}}"),
        22 => format!("acc = acc + o.k\nif i == {k}:\n    B.__bases__ = (Mixin, A)"),
        23 => format!("if i == {k} and hasattr(o, '__dict__'):\n    o.__dict__['v'] = 2.5"),
        24 => format!(
            "if i == {k}:\n    A.__getattribute__ = lambda self, n: 5\nif i == {j}:\n    del A.__getattribute__"
        ),
        25 => "acc = acc + sys._getframe().f_locals['i'] % 5".into(),
        _ => format!(
            "it = delegating(i % {m})\ntry:\n    while True:\n        acc = acc + next(it)\nexcept StopIteration as e:\n    acc = acc + e.value"
        ),
    }
}

fn indent(code: &str, spaces: usize) -> String {
    let pad = " ".repeat(spaces);
    code.lines().map(|l| format!("{pad}{l}\n")).collect()
}

/// A whole program for `seed`.
fn program(seed: u64) -> String {
    let mut rng = Rng::new(seed);
    let mut src = format!("# tier fuzz program, seed {seed}\n{PRELUDE}");
    let loops = rng.range(1, 3);
    for l in 0..loops {
        let n = rng.range(150, 500);
        let k = rng.range(60, n - 20);
        let j = rng.range(k + 1, n - 1);
        let _ = writeln!(src, "\n\ndef run{l}():\n    global G, H");
        src.push_str(
            "    acc = 0\n    o = A(1)\n    s = ''\n    x = 1.0\n    lst = [1, 2.5, 3]\n    d = {}\n    out = []\n",
        );
        let _ = writeln!(src, "    for i in range({n}):");
        for _ in 0..rng.range(2, 6) {
            src.push_str(&indent(&statement(&mut rng, k, j), 8));
        }
        if rng.chance(50) {
            src.push_str("        if i % 61 == 0:\n            print(i, acc, s, x)\n");
        }
        src.push_str(
            "    print(acc, s, x, G, H, len(out), out[-3:], type(o).__name__, sorted(d.items()))\n",
        );
    }
    for l in 0..loops {
        // Each loop under try, so an escaping error still lets the next ones run.
        let _ = writeln!(
            src,
            "\ntry:\n    run{l}()\nexcept Exception as e:\n    print('escaped', name(e))"
        );
    }
    src
}

/// Which tiers a run uses.
#[derive(Clone, Copy, Debug)]
struct Tiers {
    specialize: bool,
    tier2: bool,
    jit: bool,
}

/// The tier settings every program runs at: tier 1 without and with specialization, tier 2
/// in the micro-op interpreter and as JIT code.
const SETTINGS: [(&str, Tiers); 4] = [
    (
        "-X specialize=off",
        Tiers {
            specialize: false,
            tier2: false,
            jit: false,
        },
    ),
    (
        "-X tier2=off",
        Tiers {
            specialize: true,
            tier2: false,
            jit: true,
        },
    ),
    (
        "-X tier2=on -X jit=off",
        Tiers {
            specialize: true,
            tier2: true,
            jit: false,
        },
    ),
    (
        "-X tier2=on",
        Tiers {
            specialize: true,
            tier2: true,
            jit: true,
        },
    ),
];

/// Runs `src` in-process; stdout plus the uncaught error's last line.
fn run_copperhead(src: &str, tiers: Tiers) -> Option<String> {
    let src = src.as_bytes().to_vec();
    copperhead::with_stack(STACK, move || {
        let mut config = copperhead::config_for_stack(STACK);
        config.tiers.specialize = tiers.specialize;
        config.tiers.tier2 = tiers.tier2;
        config.tiers.jit = tiers.jit;
        let o = copperhead::run_source(&src, "fuzz.py", &["fuzz.py".to_string()], true, config);
        let mut text = o.stdout;
        if let Some(l) = o.error_line {
            text.push_str(&l);
            text.push('\n');
        }
        text
    })
}

/// python3's output for `src` (None when python3 is not installed).
fn run_python(path: &PathBuf) -> Option<String> {
    let out = Command::new("python3").arg(path).output().ok()?;
    let mut text = String::from_utf8_lossy(&out.stdout).into_owned();
    if !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        if let Some(last) = err.lines().last() {
            text.push_str(last);
            text.push('\n');
        }
    }
    Some(text)
}

fn failure_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/tier-fuzz")
}

/// Runs one seed at every tier against python3; Err describes the first difference.
fn check_seed(seed: u64) -> Result<(), String> {
    let src = program(seed);
    let dir = failure_dir();
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let path = dir.join(format!("seed-{seed}.py"));
    std::fs::write(&path, &src).map_err(|e| e.to_string())?;
    let expected = run_python(&path);
    let mut first: Option<(&str, String)> = None;
    for (label, tiers) in SETTINGS {
        let got = run_copperhead(&src, tiers).ok_or(format!("{label}: the runtime panicked"))?;
        let want = match (&expected, &first) {
            (Some(e), _) => ("python3", e.clone()),
            (None, Some((l, o))) => (*l, o.clone()),
            (None, None) => {
                first = Some((label, got));
                continue;
            }
        };
        if got != want.1 {
            return Err(format!(
                "seed {seed} ({}): {label} differs from {}:\n{}",
                path.display(),
                want.0,
                first_difference(&want.1, &got)
            ));
        }
    }
    // Passed: keep the directory for failures only (unless COPPERHEAD_FUZZ_KEEP is set).
    if std::env::var_os("COPPERHEAD_FUZZ_KEEP").is_none() {
        let _ = std::fs::remove_file(&path);
    }
    Ok(())
}

fn first_difference(want: &str, got: &str) -> String {
    let (w, g): (Vec<&str>, Vec<&str>) = (want.lines().collect(), got.lines().collect());
    for i in 0..w.len().max(g.len()) {
        if w.get(i) != g.get(i) {
            return format!(
                "line {}: want {:?}\n        got  {:?}",
                i + 1,
                w.get(i).unwrap_or(&"<end>"),
                g.get(i).unwrap_or(&"<end>")
            );
        }
    }
    "outputs differ".into()
}

#[test]
fn tiers_agree_with_python() {
    let seeds: Vec<u64> = match std::env::var("COPPERHEAD_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
    {
        Some(one) => vec![one],
        None => (1..=DEFAULT_SEEDS).collect(),
    };
    let mut failures = Vec::new();
    for seed in seeds {
        if let Err(e) = check_seed(seed) {
            failures.push(e);
        }
    }
    // A longer hunt with fresh seeds, when asked for.
    if let Some(secs) = std::env::var("COPPERHEAD_FUZZ_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
    {
        let end = Instant::now() + Duration::from_secs(secs);
        let mut seed = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(1, |d| d.as_secs() << 16);
        let mut ran = 0;
        while Instant::now() < end {
            seed += 1;
            ran += 1;
            if let Err(e) = check_seed(seed) {
                failures.push(e);
            }
        }
        println!(
            "tier fuzz: {ran} fresh programs, {} failing",
            failures.len()
        );
    }
    assert!(
        failures.is_empty(),
        "{} failing programs:\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

/// The generator itself: programs are valid Python for python3 and differ between seeds.
#[test]
fn generated_programs_are_python() {
    assert_ne!(program(1), program(2));
    let dir = failure_dir();
    let _ = std::fs::create_dir_all(&dir);
    let path = dir.join("compile-check.py");
    let src: String = (1..=20)
        .map(|s| format!("def _p{s}():\n{}\n", indent(&program(s), 4)))
        .collect();
    if std::fs::write(&path, src).is_err() {
        return;
    }
    if let Ok(out) = Command::new("python3")
        .args([
            "-c",
            "import sys; compile(open(sys.argv[1]).read(), 'p', 'exec')",
        ])
        .arg(&path)
        .output()
    {
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let _ = std::fs::remove_file(&path);
}
