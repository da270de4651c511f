"""Writes core/tests/data/codegen_golden.txt: for each snippet in data/codegen_snippets.py, the
opnames CPython 3.13's `dis` shows for the first function it defines. Run with Python 3.13:

    /root/.pyenv/versions/3.13.0/bin/python3 core/tests/gen_codegen_golden.py

Snippets listed in KNOWN_DIFFERENT compile correctly but lay code out differently from CPython
(see the comment there); they are written with a `!` marker and only checked for validity.
"""
import dis, os, sys

assert sys.version_info[:2] == (3, 13), "generate with Python 3.13"
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "data"))
from codegen_snippets import SNIPPETS

# CPython duplicates a while loop's test at the bottom of the loop, and turns a backward
# conditional branch into POP_JUMP_IF_x + JUMP_BACKWARD; we keep the simpler layout.
KNOWN_DIFFERENT = {"branches", "generator"}

with open(os.path.join(here, "data", "codegen_golden.txt"), "w") as out:
    for name, src in SNIPPETS.items():
        code = compile(src, name + ".py", "exec")
        fn = [c for c in code.co_consts if hasattr(c, "co_code")][0]
        ops = [i.opname for i in dis.get_instructions(fn)]
        mark = "!" if name in KNOWN_DIFFERENT else ""
        out.write(f"### {mark}{name}\n{src.strip()}\n--- ops\n{' '.join(ops)}\n")
