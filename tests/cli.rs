//! The `copperhead` command: `--dis` prints every code object; a file that does not compile
//! prints the SyntaxError as CPython does (expected text from `python3 bad.py`) and exits 1.

use std::path::PathBuf;
use std::process::Command;

fn write_temp(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("copperhead-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

fn run(args: &[&str]) -> (i32, String, String) {
    let o = Command::new(env!("CARGO_BIN_EXE_copperhead"))
        .args(args)
        .output()
        .unwrap();
    (
        o.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

#[test]
fn dis_prints_every_code_object() {
    let p = write_temp(
        "fib.py",
        "def fib(n):\n    a, b = 0, 1\n    for _ in range(n):\n        a, b = b, a + b\n    return a\n",
    );
    let (code, out, err) = run(&["--dis", p.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.starts_with("  0           0 RESUME                   0\n") || out.contains("RESUME")
    );
    assert!(
        out.contains("Disassembly of <code object fib at 0x0, file \""),
        "{out}"
    );
    assert!(out.contains("JUMP_BACKWARD"), "{out}");
    assert!(out.contains("STORE_FAST_STORE_FAST"), "{out}");
}

#[test]
fn dis_reports_syntax_errors_like_cpython() {
    // Expected output: CPython 3.11 running the same file.
    let cases = [
        (
            "bad1.py",
            "a = 1\nif a:\n    b = (1 +\n",
            "line 3\n    b = (1 +\n        ^\nSyntaxError: '(' was never closed\n",
        ),
        (
            "bad2.py",
            "x = 1\nfoo(a b)\n",
            "line 2\n    foo(a b)\n        ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n",
        ),
        (
            "bad3.py",
            "x = 1\n\n    y = 2\n",
            "line 3\n    y = 2\nIndentationError: unexpected indent\n",
        ),
        (
            "bad4.py",
            "def f():\n    return\nreturn 5\n",
            "line 3\n    return 5\n    ^^^^^^^^\nSyntaxError: 'return' outside function\n",
        ),
    ];
    for (name, src, tail) in cases {
        let p = write_temp(name, src);
        let ps = p.to_str().unwrap();
        let (code, out, err) = run(&["--dis", ps]);
        assert_eq!(code, 1, "{name}");
        assert!(out.is_empty(), "{name}: {out}");
        let want = format!("  File \"{ps}\", {tail}");
        assert_eq!(err, want, "{name}");
    }
}

#[test]
fn missing_script_is_reported() {
    let (code, _, err) = run(&["no_such_file.py"]);
    assert_eq!(code, 2);
    assert!(err.contains("can't open file"), "{err}");
    assert!(err.contains("[Errno 2] No such file or directory"), "{err}");
}

#[test]
fn runs_scripts_and_reports_uncaught_exceptions() {
    let p = write_temp("run_ok.py", "print('hi', 1 + 2)\n");
    let (code, out, _) = run(&[p.to_str().unwrap()]);
    assert_eq!((code, out.as_str()), (0, "hi 3\n"));
    let p = write_temp("run_err.py", "def f():\n    return 1 / 0\nf()\n");
    let ps = p.to_str().unwrap();
    let (code, _, err) = run(&[ps]);
    assert_eq!(code, 1);
    let want = format!(
        "Traceback (most recent call last):\n  File \"{ps}\", line 3, in <module>\n    f()\n  File \"{ps}\", line 2, in f\n    return 1 / 0\n           ~~^~~\nZeroDivisionError: division by zero\n"
    );
    assert_eq!(err, want);
    let (code, out, _) = run(&["-X", "jit=off", "-c", "import sys; print(sys.argv)", "a"]);
    assert_eq!((code, out.as_str()), (0, "['-c', 'a']\n"));
}
