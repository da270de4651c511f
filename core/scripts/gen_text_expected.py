#!/usr/bin/env python3
"""Writes core/tests/cases/<area>.expected for the text areas: each case line evaluated by
python3 (statements separated by '; ', the last one an expression), giving repr(result) or
'!ExcType: message'."""
import os
import sys

DIR = os.path.join(os.path.dirname(__file__), "..", "tests", "cases")


def run(line):
    parts = line.split("; ")
    env = {}
    try:
        for p in parts[:-1]:
            exec(p, env)
        return repr(eval(parts[-1], env))
    except Exception as e:
        return "!%s: %s" % (type(e).__name__, e)


for area in sys.argv[1:] or ["str", "bytes", "bytearray"]:
    with open(os.path.join(DIR, area + ".cases")) as f:
        lines = [l.rstrip("\n") for l in f if l.strip() and not l.startswith("#")]
    with open(os.path.join(DIR, area + ".expected"), "w") as f:
        for l in lines:
            f.write(run(l) + "\n")
