#!/usr/bin/env python3
"""Regenerates the expected output of every conformance program with CPython 3.11.

For each tests/cases/<area>/<name>.py this writes <name>.out: the program's stdout, followed
by the last line of the traceback (e.g. `ZeroDivisionError: division by zero`) when the program
ends in an uncaught exception. Usage: python3 tests/cases/generate.py [FILE.py ...]
"""
import pathlib
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent


def expected(path):
    r = subprocess.run([sys.executable, path.name], cwd=path.parent,
                       capture_output=True, text=True, timeout=60)
    out = r.stdout
    if r.returncode != 0:
        lines = [l for l in r.stderr.splitlines() if l.strip()]
        if lines:
            out += lines[-1] + "\n"
    return out


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("generate.py must run on CPython 3.11")
    files = [pathlib.Path(a).resolve() for a in sys.argv[1:]] or sorted(HERE.glob("*/*.py"))
    for f in files:
        f.with_suffix(".out").write_text(expected(f))
        print("wrote", f.with_suffix(".out").relative_to(HERE))


if __name__ == "__main__":
    main()
