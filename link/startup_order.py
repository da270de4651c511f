#!/usr/bin/env python3
"""Regenerates link/startup-order.txt: the functions a start-up runs, for the linker to place
together at the front of .text (see docs/architecture.md, "Start-up and memory").

usage: python3 link/startup_order.py [--fresh] [BINARY]   (default: target/release/copperhead)

Runs the binary under valgrind's callgrind for a few start-up commands, maps every executed
instruction to its symbol, and writes the symbols in their current address order. glibc string
functions are chosen per CPU at start-up (IFUNC), so every variant of each one seen is listed.
Where `perf` works, the code of every page fault in real runs is added too (valgrind's emulated
CPU takes some other paths); run the script twice, relinking in between, to catch the code that
hid behind the first faults. The names already in the file that the binary still has are kept
(a fault found once does not show again once its code moved); `--fresh` starts over.
Names not found by a later build are ignored by the linker; regenerate after large changes to
start-up code (hello-world RSS creeping up is the sign).
"""
import bisect
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "link", "startup-order.txt")

RUNS = [
    ["-V"],
    ["-c", "pass"],
    ["-c", "print('hello, world')"],
    ["hello.py"],  # relative, as usually typed (sys.path[0] needs the cwd)
    ["-c", "import sys, math\nprint(sys.argv, math.sqrt(2))"],
]

# glibc's per-CPU string function variants: __memcpy_avx_unaligned_erms -> __memcpy
VARIANT = re.compile(
    r"^(__\w+?)_(sse2|sse4_1|sse4_2|sse42|ssse3|avx|avx2|avx512|evex|erms|unaligned)\w*$"
)


def symbols(binary):
    out = subprocess.run(
        ["nm", "-S", "--defined-only", binary], capture_output=True, text=True, check=True
    ).stdout
    syms = []
    for line in out.splitlines():
        p = line.split()
        if len(p) == 4 and p[2] in "tTwWi":
            syms.append((int(p[0], 16), int(p[1], 16), p[3]))
    syms.sort()
    return syms


def executed(binary, args, tmp):
    out = os.path.join(tmp, "cg.out")
    subprocess.run(
        ["valgrind", "--tool=callgrind", "--dump-instr=yes", "--compress-pos=no",
         "--compress-strings=no", "--callgrind-out-file=" + out, binary] + args,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, cwd=tmp,
    )
    addrs, first, ob, fn = set(), {}, "", ""
    name = os.path.basename(binary)
    with open(out) as f:
        for line in f:
            if line.startswith("ob="):
                ob = line[3:].strip()
            elif line.startswith("fn="):
                fn = line[3:].strip()
            elif line.startswith("0x") and os.path.basename(ob) == name:
                a = int(line.split()[0], 16)
                addrs.add(a)
                first.setdefault(fn, a)
    return addrs, first


def faulted(binary, args, tmp):
    """Symbols whose code took a page fault in a real run (empty if perf is unavailable)."""
    data = os.path.join(tmp, "pf.data")
    try:
        subprocess.run(["perf", "record", "-q", "-e", "page-faults", "-c", "1", "-o", data,
                        binary] + args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       check=True, cwd=tmp)
        out = subprocess.run(["perf", "script", "-i", data, "-F", "ip,sym,dso", "--no-demangle"],
                             capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return set()
    name = os.path.basename(binary)
    return {p[1] for p in (l.split() for l in out.splitlines()) if len(p) == 3 and name in p[2]}


def main():
    args = [a for a in sys.argv[1:] if a != "--fresh"]
    binary = args[0] if args else os.path.join(ROOT, "target/release/copperhead")
    syms = symbols(binary)
    starts = [s[0] for s in syms]
    by_name = {s[2]: s for s in syms}
    used = {}
    if "--fresh" not in sys.argv and os.path.exists(OUT):
        with open(OUT) as f:
            used = {n: by_name[n] for n in f.read().split() if n in by_name}
    with tempfile.TemporaryDirectory() as tmp:
        hello = os.path.join(tmp, "hello.py")
        with open(hello, "w") as f:
            f.write('print("hello world")\n')
        for run in RUNS:
            addrs, first = executed(binary, run, tmp)
            # valgrind may load a PIE elsewhere: the load bias from any named function.
            bias = next(a - by_name[n][0] for n, a in first.items() if n in by_name)
            for a in addrs:
                i = bisect.bisect_right(starts, a - bias) - 1
                if i >= 0 and a - bias < syms[i][0] + max(syms[i][1], 1):
                    used[syms[i][2]] = syms[i]
            for n in faulted(binary, run, tmp):
                if n in by_name:
                    used[n] = by_name[n]
    bases = {m.group(1) for n in used if (m := VARIANT.match(n))}
    for s in syms:
        m = VARIANT.match(s[2])
        if m and m.group(1) in bases:
            used.setdefault(s[2], s)
    names = [s[2] for s in sorted(used.values())]
    with open(OUT, "w") as f:
        f.write("\n".join(names) + "\n")
    size = sum(s[1] for s in used.values())
    print(f"{len(names)} symbols, {size // 1024} KiB of code -> {os.path.relpath(OUT, ROOT)}")


if __name__ == "__main__":
    main()
