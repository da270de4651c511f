#!/usr/bin/env python3
"""Writes the expected results of every `*.cases` file next to it, computed by CPython.

Each line of a `.cases` file is a small program: statements separated by `; ` (at the top level),
the last one an expression. The expected result is `repr(value)` or `!ExcType: message`.
Run: python3 core/tests/cases/generate.py   (needs CPython 3.11, like the expectations)
"""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent


def split_top(line):
    """Splits on ';' outside brackets and string literals (the Rust harness does the same)."""
    parts, depth, quote, i, start = [], 0, None, 0, 0
    while i < len(line):
        c = line[i]
        if quote:
            if c == "\\":
                i += 1
            elif line.startswith(quote, i):
                i += len(quote) - 1
                quote = None
        elif c in "'\"":
            quote = line[i:i + 3] if line[i:i + 3] in ("'''", '"""') else c
            i += len(quote) - 1
        elif c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif c == ";" and depth == 0:
            parts.append(line[start:i].strip())
            start = i + 1
        i += 1
    parts.append(line[start:].strip())
    return [p for p in parts if p]


def escape(s):
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def run(program):
    parts = split_top(program)
    env = {}
    try:
        for stmt in parts[:-1]:
            exec(stmt, env)
        value = eval(parts[-1], env)
        return repr(value)
    except Exception as e:  # the expectation is the exception itself
        return f"!{type(e).__name__}: {e}"


def main():
    if sys.version_info[:2] != (3, 11):
        print(f"warning: expectations are meant to come from CPython 3.11, this is {sys.version}")
    for path in sorted(HERE.glob("*.cases")):
        out = []
        for raw in path.read_text(encoding="utf-8").splitlines():
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            result = run(line)
            if " at 0x" in result:
                sys.exit(f"{path.name}: result depends on addresses: {line!r} -> {result}")
            out.append(f"{escape(line)}\t{escape(result)}")
        path.with_suffix(".expected").write_text("\n".join(out) + "\n", encoding="utf-8")
        print(f"{path.name}: {len(out)} cases")


if __name__ == "__main__":
    main()
