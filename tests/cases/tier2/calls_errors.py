# A callee inlined into a trace raises: the traceback has the callee's frame and lines as
# in tier 1; handlers in the callee and in the loop both run; RecursionError inside a
# traced loop.
import sys


def div(a, b):
    q = a // b
    return q


def middle(a, b):
    r = div(a, b)
    return r + 1


def handled(a, b):
    try:
        return div(a, b)
    except ZeroDivisionError:
        return -1


def loop(n, zero_at):
    t = 0
    for i in range(n):
        t += middle(100, i - zero_at)
    return t


def loop_handled(n):
    t = 0
    for i in range(n):
        t += handled(i, (i % 100) - 50)
    return t


def show(e):
    print(type(e).__name__, e)
    tb = e.__traceback__
    while tb is not None:
        print("  line", tb.tb_lineno)
        tb = tb.tb_next


try:
    loop(3000, 2500)
except ZeroDivisionError as e:
    show(e)

print(loop_handled(3000))

r = 0
for i in range(2000):
    try:
        r += middle(i, 1000 - i)
    except ZeroDivisionError as e:
        show(e)


def down(n):
    return down(n + 1)


def call_down(n):
    return down(n)


def loop_rec(n):
    hits = 0
    for i in range(n):
        if i % 500 == 499:
            try:
                call_down(0)
            except RecursionError as e:
                hits += 1
                last = str(e)
        else:
            hits += call_first(i)
    return hits, last


def call_first(i):
    return i % 2


print(loop_rec(2000))


def not_int(x):
    return x + 1


def loop_type(n):
    t = 0
    for i in range(n):
        t = not_int(t if i < 2500 else "s")
    return t


try:
    loop_type(3000)
except TypeError as e:
    show(e)


def lookup(d, k):
    v = d[k]
    return v


def loop_key(n):
    d = {i: i * 2 for i in range(2500)}
    t = 0
    for i in range(n):
        t += lookup(d, i)
    return t


try:
    loop_key(3000)
except KeyError as e:
    show(e)
