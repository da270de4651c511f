class P:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"P({self.v!r})"
    def __str__(self):
        return f"<{self.v}>"
    def __format__(self, spec):
        return f"P:{spec}:{self.v}"
    def __bool__(self):
        return bool(self.v)
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __index__(self):
        return int(self.v)
    def __complex__(self):
        return complex(self.v)
    def __round__(self, n=None):
        return f"round {n}"
    def __trunc__(self):
        return "trunc"
    def __floor__(self):
        return "floor"
    def __ceil__(self):
        return "ceil"
    def __call__(self, *a, **k):
        return ("called", a, k)
    def __hash__(self):
        return 42
    def __sizeof__(self):
        return 99
    def __dir__(self):
        return ["b", "a"]
import math
p = P(3)
print(repr(p), str(p), f"{p}", f"{p:>5}", format(p, "x"), "%s %r" % (p, p))
print(bool(p), int(p), float(p), complex(p), [0, 1, 2, 3, 4][p], hex(p), bin(p), oct(p))
print(round(p), round(p, 2), math.trunc(p), math.floor(p), math.ceil(p))
print(p(1, k=2), hash(p), dir(p))
print(str([p]), repr({p: p}), print.__class__.__name__)
print(range(p), "abcdef"[p:], [1] * p)
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr!"
print(str(OnlyRepr()), f"{OnlyRepr()}", format(OnlyRepr()))
class BadRepr:
    def __repr__(self):
        return 5
class BadStr:
    def __str__(self):
        return None
class BadHash:
    def __hash__(self):
        return "h"
class BadBool:
    def __bool__(self):
        return 1
class BadIndex:
    def __index__(self):
        return 1.5
for f in [lambda: repr(BadRepr()), lambda: str(BadStr()), lambda: hash(BadHash()), lambda: bool(BadBool()),
          lambda: [1][BadIndex()], lambda: hex(BadIndex()), lambda: print(BadStr())]:
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError", e)
class EqOnly:
    def __eq__(self, o):
        return True
print(EqOnly.__hash__ is None)
try:
    {EqOnly()}
except TypeError as e:
    print("TypeError", e)
class Compare:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v
    def __gt__(self, o):
        print("gt", self.v, o.v)
        return self.v > o.v
    def __le__(self, o):
        return self.v <= o.v
    def __ge__(self, o):
        return self.v >= o.v
a, b = Compare(1), Compare(2)
print(a < b, a > b, b < a, a <= b, a >= b)
print(sorted([Compare(3), Compare(1), Compare(2)], key=lambda c: c.v)[0].v)
print(min(Compare(3), Compare(1)).v)
import functools
@functools.total_ordering
class T:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(T(1) <= T(2), T(2) >= T(1), T(1) > T(2), T(1) == T(1))
class Ctx:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev)
        return et is KeyError
with Ctx() as c:
    print("inside", type(c).__name__)
with Ctx():
    raise KeyError("swallowed")
try:
    with Ctx():
        raise ValueError("propagates")
except ValueError as e:
    print("outer caught", e)
class NotCtx:
    pass
try:
    with NotCtx():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
