# What tier 2 changes in a hot loop's code is invisible: co_code, line numbers in tracebacks
# and frames, and f_lineno seen from callees while the trace runs.
import sys


def loop(n, probe_at):
    seen = []
    t = 0
    for i in range(n):
        t += i
        if i == probe_at:
            f = sys._getframe()
            seen.append(f.f_lineno - loop.__code__.co_firstlineno)
            seen.append(where())
    return t, seen


def where():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno - f.f_code.co_firstlineno


before = loop.__code__.co_code
print(loop(10, 5))
print(loop(1000, 900))
print(loop(1000, 990))
print(loop.__code__.co_code == before)


def fails(n):
    t = 0
    for i in range(n):
        t += 10 // (n - 1 - i)
    return t


try:
    fails(500)
except ZeroDivisionError as e:
    tb = e.__traceback__.tb_next
    print("ZeroDivisionError", e, tb.tb_lineno - fails.__code__.co_firstlineno)


def gen_loop(n):
    for i in range(n):
        yield i * i


g = gen_loop(1000)
total = 0
for v in g:
    total += v
    if v == 250000:
        print("frame line inside generator", g.gi_frame.f_lineno - gen_loop.__code__.co_firstlineno)
print(total)
