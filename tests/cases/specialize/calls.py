# CALL specializations while the call sites are hot: functions whose __code__,
# __defaults__ and __kwdefaults__ change, builtins replaced, list.append shadowed,
# bound methods replaced, classes called, recursion limits, tracebacks and frames.
import sys
import builtins


def f(a, b):
    return a + b


def call_f(n):
    t = 0
    for i in range(n):
        t += f(i, 1)
    return t


print(call_f(100))
f.__code__ = (lambda a, b: a * b).__code__
print(call_f(100))


def g(a, b=10):
    return a - b


def call_g(n):
    return [g(i) for i in range(n)][-3:]


print(call_g(50))
g.__defaults__ = (100,)
print(call_g(50))
g.__defaults__ = None
try:
    call_g(5)
except TypeError as e:
    print(type(e).__name__, e)


def k(a, *, b=1):
    return a * b


def call_k(n):
    return sum(k(i) for i in range(n))


print(call_k(30))
k.__kwdefaults__ = {"b": 3}
print(call_k(30))
k.__kwdefaults__ = None
try:
    call_k(3)
except TypeError as e:
    print(type(e).__name__, e)


# A call site seeing different functions, then other callables.
def one(x):
    return x + 1


def two(x):
    return x + 2


def three(x, y=5):
    return x + y


class Callable:
    def __call__(self, x):
        return x * 1000


fs = [one] * 20 + [two] * 20 + [three] * 20 + [Callable()] * 5 + [abs, str, len] * 3
out = []
for fn in fs:
    try:
        out.append(fn(-7 if fn is not len else "abc"))
    except TypeError as e:
        out.append(str(e))
print(out)


# Wrong argument counts on a hot exact-args site.
def two_args(a, b):
    return a, b


def caller(*args):
    return two_args(*args[:2]) if len(args) >= 2 else two_args(args[0])


for i in range(40):
    caller(i, i)
try:
    caller(1)
except TypeError as e:
    print(type(e).__name__, e)


# Builtins replaced while hot.
def use_len(xs):
    return len(xs)


real_len = len
r = [use_len([1] * i) for i in range(30)]
builtins.len = lambda x: -1
r.append(use_len([1, 2, 3]))
builtins.len = abs
r.append(use_len(-5))
builtins.len = real_len
print(r[-3:], use_len("abcd"))


def use_isinstance(x):
    return isinstance(x, int)


print([use_isinstance(i) for i in range(30)][-2:])
real_isinstance = isinstance
builtins.isinstance = lambda x, t: "patched"
print(use_isinstance(3))
builtins.isinstance = real_isinstance
print(use_isinstance("x"))


# list.append and subclasses that shadow it.
class L(list):
    def append(self, x):
        list.append(self, x * 10)


def fill(lst, n):
    for i in range(n):
        lst.append(i)
    return lst


print(fill([], 40)[-3:])
print(fill(L(), 5))
a = []
ap = a.append
for i in range(30):
    ap(i)
print(len(a), a[-1])
try:
    for x in [[], [], (), []]:
        x.append(1)
except AttributeError as e:
    print(type(e).__name__, e)


# Bound methods; the method replaced on the class while hot.
class P:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    def add(self, x, y=1):
        return self.v + x + y


ps = [P(i) for i in range(40)]
print(sum(p.get() for p in ps), sum(p.add(1) for p in ps))
P.get = lambda self: -self.v
print(sum(p.get() for p in ps))
bm = ps[3].get
print([bm() for _ in range(30)][-1])
P.get = lambda self, extra=100: extra
print(sum(p.get() for p in ps))


# Classes and builtin classes called hot; __init__ replaced.
class Q:
    def __init__(self, x):
        self.x = x


qs = [Q(i).x for i in range(30)]
Q.__init__ = lambda self, x: setattr(self, "x", -x)
qs.append(Q(5).x)
print(qs[-3:])
print([type(i) for i in (1, "a", 2.0, None, [], ())])
print([str(i) for i in (1, "a", 2.5, None, b"x")])
print([tuple(x) for x in ((1, 2), [3], "ab", range(2), {4: 5})])
print([int(x) for x in ("1", 2.5, True)], [float(x) for x in ("1.5", 2)])


class S(str):
    def __str__(self):
        return "S!"


print([str(x) for x in ["a"] * 20 + [S("b")]][-2:], type(str(S("b"))).__name__)

# Method descriptors with wrong self types.
up = str.upper
res = []
for x in ["a"] * 20 + [S("q"), 5]:
    try:
        res.append(up(x))
    except TypeError as e:
        res.append(str(e))
print(res[-3:])
print(["a,b".split(",") for _ in range(20)][-1], [[1, 2].index(2) for _ in range(20)][-1])


# Recursion through a hot exact-args site.
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(300))
try:
    depth(10**6)
except RecursionError as e:
    print(type(e).__name__, e)


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(fact(30))


# Frames and tracebacks through specialized calls.
def who():
    return sys._getframe(1).f_code.co_name, sys._getframe(1).f_lineno


def caller_a():
    return who()


print([caller_a() for _ in range(30)][-1])


def boom(x):
    return 1 // x


def mid(x):
    return boom(x)


for i in range(1, 30):
    mid(i)
try:
    mid(0)
except ZeroDivisionError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_lineno)
        tb = tb.tb_next
    print(names)

# Generators through a specialized call.
def gen(n):
    for i in range(n):
        yield i


print([sum(gen(i)) for i in range(30)][-1])


# Tracing turned on by a hot call site and profiling its calls.
events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name in ("leaf", "hot"):
        events.append((event, frame.f_code.co_name))
    return tracer


def leaf(x):
    return x


def hot(n):
    t = 0
    for i in range(n):
        t += leaf(i) + len("ab")
        if i == 20:
            sys.settrace(tracer)
    return t


print(hot(23))
sys.settrace(None)
print(events[:6], len(events))
prof = []
sys.setprofile(lambda fr, ev, arg: prof.append((ev, getattr(arg, "__name__", fr.f_code.co_name))))
hot(2)
sys.setprofile(None)
print([p for p in prof if p[1] in ("leaf", "len", "hot")])
mid(0) if False else None
mid(1)
print(mid(0) if False else "done")
boom(0)
