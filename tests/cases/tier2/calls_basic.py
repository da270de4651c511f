# Traces go through calls into Python functions (the callee's micro-ops run inside the
# loop's trace, up to three frames deep): plain functions, methods, nested calls, constants
# returned, None returned, a callee with a loop of its own, recursion (not followed), and
# a generator function (never followed: calling it makes a generator).


def add(a, b):
    return a + b


def sq(x):
    y = x * x
    return add(y, 1)


def nothing(x):
    x + 1


def konst(x):
    return 7


def deep1(x):
    return deep2(x) + 1


def deep2(x):
    return deep3(x) * 2


def deep3(x):
    return deep4(x) - 3


def deep4(x):
    return x % 5


def with_loop(n):
    t = 0
    for k in range(n):
        t += k
    return t


def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


def gen(n):
    yield n
    yield n + 1


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

    def scaled(self, k):
        return self.x * k + self.y


def run_plain(n):
    t = 0
    for i in range(n):
        t = add(t, sq(i))
        nothing(i)
        t += konst(i)
    return t


def run_deep(n):
    t = 0
    for i in range(n):
        t += deep1(i)
    return t


def run_methods(n):
    p = Point(3, -4)
    t = 0
    for i in range(n):
        t += p.norm1() + p.scaled(i)
    return t


def run_misc(n):
    t = 0
    out = []
    for i in range(n):
        t += with_loop(i % 7)
        t += fact(i % 6)
        for v in gen(i):
            t += v
        if i % 250 == 0:
            out.append(t)
    return t, out


def run_kinds(n):
    # The same call site sees other callables after the trace is built.
    fs = [add] * (n // 2) + [lambda a, b: a * b] * (n // 2)
    t = 0
    for i in range(n):
        t += fs[i](i, 2)
    return t


print(run_plain(3000))
print(run_deep(3000))
print(run_methods(3000))
print(run_misc(2000))
print(run_kinds(3000))


def run_gen(n):
    t = 0
    for i in range(n):
        g = gen(i)
        t += next(g)
        t += add(i, 1)
    return t


print(run_gen(3000))
