# Python-to-Python calls and returns in the loop: what frames borrow (code, globals,
# builtins) must stay right when the function changes under a running frame, and call
# caches must notice every change of shape.
import sys


def switch(n):
    if n == 0:
        switch.__code__ = other.__code__
        return "switched"
    r = switch(n - 1)
    return r + str(n)


def other(n):
    return "other%d" % n


for i in range(3):
    print(switch(3))


# __code__ replaced while many frames of the function run, then collected.
def deep(n):
    if n == 0:
        deep.__code__ = (lambda n: -n).__code__
        import gc
        gc.collect()
        return 0
    return deep(n - 1) + n


print(deep(50), deep(7))


# Defaults and keyword defaults change the call cache's version.
def with_default(a, b=1):
    return a + b


total = 0
for i in range(200):
    total += with_default(i)
    if i == 100:
        with_default.__defaults__ = (1000,)
print(total)
with_default.__defaults__ = None
try:
    with_default(1)
except TypeError as e:
    print(type(e).__name__, e)


def kwd(a, *, k=2):
    return a * k


out = []
for i in range(60):
    out.append(kwd(i))
    if i == 30:
        kwd.__kwdefaults__ = {"k": 3}
print(sum(out))
kwd.__kwdefaults__ = None
try:
    kwd(1)
except TypeError as e:
    print(type(e).__name__, e)


# Exact-argument calls with the wrong count after specializing.
def two(a, b):
    return a - b


acc = 0
for i in range(100):
    acc += two(i, 1)
print(acc)
try:
    two(1)
except TypeError as e:
    print(type(e).__name__, e)


# Frames see their own globals and builtins.
g = {"__builtins__": __builtins__, "x": 5}
exec("def f(n):\n    return x + len([n])\n", g)
f = g["f"]
print(sum(f(i) for i in range(100)))
g["x"] = 7
print(f(0))


# A finalizer run by a return sees the right frames.
class Noisy:
    def __del__(self):
        print("del in", sys._getframe(1).f_code.co_name)


def make_and_return():
    n = Noisy()
    return 1


for i in range(3):
    make_and_return()


# Class construction through __init__ (exact, defaults, *args, errors).
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Q(P):
    def __init__(self, x, y=10, *rest):
        super().__init__(x, y)
        self.rest = rest


ps = [P(i, i + 1) for i in range(100)]
qs = [Q(i) for i in range(100)] + [Q(1, 2, 3, 4)]
print(sum(p.x + p.y for p in ps), sum(q.y for q in qs), qs[-1].rest)
for i in range(60):
    try:
        P(i)
    except TypeError as e:
        msg = str(e)
print(msg)


def init2(self, x, y):
    self.x = x * 100
    self.y = y


P.__init__ = init2
print(P(1, 2).x)


# Recursion limit and tracebacks through specialized calls.
def down(n):
    return down(n + 1)


for i in range(2):
    try:
        down(0)
    except RecursionError as e:
        print(type(e).__name__, e)


def raiser(n):
    if n == 0:
        raise ValueError("bottom")
    return raiser(n - 1)


for i in range(50):
    try:
        raiser(3)
    except ValueError as e:
        tb = e.__traceback__
        depth = 0
        while tb is not None:
            depth += 1
            tb = tb.tb_next
print("tb depth", depth)


# Generators and frames made by introspection pop the slow way.
def gen(n):
    for i in range(n):
        yield sys._getframe().f_code.co_name, i


print(list(gen(3)))


def looked_at():
    f = sys._getframe()
    return f.f_code.co_name, f.f_back.f_code.co_name


for i in range(3):
    print(looked_at())
