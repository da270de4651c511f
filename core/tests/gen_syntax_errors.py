#!/usr/bin/env python3
"""Regenerates data/syntax_errors.expected from data/syntax_errors.txt by asking CPython.

Run with a Python 3.12 interpreter (the front end targets 3.12 syntax):
    python3.12 core/tests/gen_syntax_errors.py
Each output line: hex(source) TAB kind TAB lineno TAB offset TAB end_lineno TAB end_offset TAB msg
(None is written as '-'). Cases CPython accepts are an error in the data file.
"""
import os, sys, warnings

here = os.path.dirname(os.path.abspath(__file__))
src = os.path.join(here, "data", "syntax_errors.txt")
dst = os.path.join(here, "data", "syntax_errors.expected")
if sys.version_info[:2] != (3, 12):
    sys.exit("needs Python 3.12, this is %s" % sys.version.split()[0])
warnings.simplefilter("ignore")
out = []
for n, line in enumerate(open(src, encoding="utf-8"), 1):
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    code = eval(line)
    data = code if isinstance(code, bytes) else code.encode("utf-8")
    try:
        compile(data, "<test>", "exec", dont_inherit=True)
    except SyntaxError as e:
        kind, msg = type(e).__name__, e.msg
        pos = [e.lineno, e.offset, e.end_lineno, e.end_offset]
    except MemoryError as e:
        kind, msg, pos = "MemoryError", str(e), [None] * 4
    except RecursionError as e:
        kind, msg, pos = "RecursionError", str(e), [None] * 4
    else:
        sys.exit("line %d: CPython accepts %r" % (n, line))
    f = lambda v: "-" if v is None else str(v)
    out.append("\t".join([data.hex(), kind] + [f(v) for v in pos] + [msg]))
with open(dst, "w", encoding="utf-8") as fh:
    fh.write("\n".join(out) + "\n")
print("wrote %d cases to %s" % (len(out), dst))
