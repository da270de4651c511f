#!/usr/bin/env python3
"""Regenerates data/annotations.expected: the strings CPython 3.11 stores for annotations under
`from __future__ import annotations` (its C unparser), for front_unparse.rs.

Run with Python 3.11:  python3 core/tests/gen_annotations.py
Inputs: every expression in data/annotations.txt, plus every annotation (parameters, returns,
annotated assignments) in the standard library's files that use the future import. Each is
compiled with CPython as `x: (<expr>)`, or `def f(*x: <expr>): pass` for a starred one, and the
stored string is read back from `__annotations__`.
Each output line: hex(program) TAB result, where result is the stored string, or `!` and the
SyntaxError message when CPython rejects the program.
"""
import ast, os, sys, sysconfig, warnings

here = os.path.dirname(os.path.abspath(__file__))
src = os.path.join(here, "data", "annotations.txt")
dst = os.path.join(here, "data", "annotations.expected")
if sys.version_info[:2] != (3, 11):
    sys.exit("needs Python 3.11, this is %s" % sys.version.split()[0])
warnings.simplefilter("ignore")
FUTURE = "from __future__ import annotations\n"


def program(expr):
    if expr.startswith("*"):
        return FUTURE + "def f(*x: %s): pass\n" % expr
    return FUTURE + "x: (%s)\n" % expr


def stored(prog):
    ns = {}
    exec(compile(prog, "<ann>", "exec", dont_inherit=True), ns)
    if "f" in ns:
        return ns["f"].__annotations__["x"]
    return ns["__annotations__"]["x"]


def stdlib_annotations():
    root = sysconfig.get_paths()["stdlib"]
    found = []
    for dirpath, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d != "site-packages")
        for name in sorted(files):
            if not name.endswith(".py"):
                continue
            try:
                with open(os.path.join(dirpath, name), "rb") as fh:
                    text = fh.read().decode("utf-8")
                if "from __future__ import annotations" not in text:
                    continue
                tree = ast.parse(text)
            except (SyntaxError, UnicodeDecodeError, ValueError):
                continue
            for node in ast.walk(tree):
                anns = []
                if isinstance(node, ast.arg):
                    anns.append(node.annotation)
                elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    anns.append(node.returns)
                elif isinstance(node, ast.AnnAssign):
                    anns.append(node.annotation)
                for a in anns:
                    seg = a and ast.get_source_segment(text, a)
                    if seg:
                        found.append(seg)
    return found


exprs = []
for line in open(src, encoding="utf-8"):
    line = line.rstrip("\n")
    if line.strip() and not line.startswith("#"):
        exprs.append(line)
exprs += stdlib_annotations()
out, seen = [], set()
for expr in exprs:
    prog = program(expr)
    if prog in seen:
        continue
    seen.add(prog)
    try:
        result = stored(prog)
    except SyntaxError as e:
        result = "!" + e.msg
    assert "\t" not in result and "\n" not in result, result
    out.append(prog.encode("utf-8", "surrogatepass").hex() + "\t" + result)
with open(dst, "w", encoding="utf-8") as fh:
    fh.write("\n".join(out) + "\n")
print("wrote %d cases to %s" % (len(out), dst))
