# Callees inlined into a trace are real frames: sys._getframe, f_back, f_locals (reads and
# writes through the frame proxy), f_lineno and the caller's line are as in tier 1.
import sys


def peek():
    f = sys._getframe(1)
    return (f.f_code.co_name, f.f_lineno - f.f_code.co_firstlineno,
            sorted(k for k in f.f_locals if not k.startswith("_")))


def chain():
    f = sys._getframe()
    names = []
    while f is not None and len(names) < 4:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names


def inner(x):
    if x == 2900:
        return peek(), chain()
    return None


def loop(n):
    t = 0
    seen = None
    for i in range(n):
        r = inner(i)
        if r is not None:
            seen = r
        t += i
    return t, seen


print(loop(3000))


def bump_caller():
    f = sys._getframe(1)
    return f.f_locals["t"]


def loop2(n):
    t = 0
    out = []
    for i in range(n):
        t += 1
        if i % 1000 == 999:
            out.append(bump_caller())
        else:
            out_len = len(out)
    return t, out


print(loop2(3000))


def lineno_of_caller():
    return sys._getframe(1).f_lineno


def loop3(n):
    lines = set()
    for i in range(n):
        a = lineno_of_caller()
        b = lineno_of_caller()
        lines.add(b - a)
    return sorted(lines)


print(loop3(3000))
