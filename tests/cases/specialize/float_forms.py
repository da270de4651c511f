# Specialized float arithmetic, comparisons, the extension table's mixed and int forms, and
# builtin calls: each loop runs long enough to specialize, with operands that die (results
# reused in place) and operands that stay alive (results must be new objects).
import math
import weakref

def arith(n):
    out = []
    x = 1.5
    keep = []
    for i in range(n):
        y = x * 2.0 + 0.25 - x / 3.0       # temporaries reused
        z = y * y
        keep.append(z)                      # an alive operand must not change afterwards
        w = z - y
        out.append((y, z, w, y < z, y >= w, z == z, w != y))
        x = y / 7.0 + i
    # Kept results are still the values they had.
    print(keep[:3], keep[-1])
    print(out[0], out[-1])
    print(len(set(map(id, keep[-5:]))))

def same_object(n):
    # a op a: one object on both sides; it must survive and stay unchanged.
    vals = [0.5 + i for i in range(n)]
    res = []
    for v in vals:
        res.append(v * v + v - v)
    print(vals[:3], res[:3], res[-1])
    t = 3.25
    for _ in range(n):
        u = t + t
    print(t, u)

def mixed(n):
    acc = []
    for i in range(n):
        f = i + 0.5
        acc.append((f + 1, 1 + f, f - 2, 2 - f, f * 3, 3 * f, f / 4, 4 / f))
    print(acc[0], acc[-1])
    # True division by zero after specialization raises, with CPython's message.
    for d in [2.0, 1.0, 0.5] * 10 + [0.0]:
        try:
            r = 1.0 / d
        except ZeroDivisionError as e:
            print(type(e).__name__, e)
    for d in [2, 1] * 10 + [0]:
        try:
            r = 1.5 / d
        except ZeroDivisionError as e:
            print(type(e).__name__, e)

def ints(n):
    res = []
    for a in (-7, -1, 0, 1, 7, 2**40, -2**40, 4611686018427387903, -4611686018427387904):
        for b in (-3, -1, 1, 3, 2**35, 70):
            for _ in range(3):
                r = (a // b, a % b, a >> abs(b), a >> 0)
            res.append(r)
    print(res[:6])
    print(res[-6:])
    print(-4611686018427387904 // -1, -4611686018427387904 % -1)
    for b in [3] * 20 + [0]:
        try:
            r = 10 % b
            q = 10 // b
        except ZeroDivisionError as e:
            print(type(e).__name__, e)
    for s in [1] * 20 + [-1]:
        try:
            r = 10 >> s
        except ValueError as e:
            print(type(e).__name__, e)

class F(float):
    pass

def subclasses(n):
    r = []
    for i in range(n):
        a = F(1.5) if i % 2 else 1.5
        r.append(type(a + 1.0).__name__)
        r.append(type(a * a).__name__)
        r.append(a < 2.0)
    print(r[:6], r[-6:])
    try:
        weakref.ref(1.5)
    except TypeError as e:
        print(type(e).__name__, e)

def calls(n):
    s = 0.0
    sq = math.sqrt
    for i in range(n):
        s += sq(i + 0.5) + math.fabs(-i - 0.25) + math.cos(0.5 * i)
    print(s)
    for v in [4.0] * 10 + [4, True, -1.0, "x"]:
        try:
            print(sq(v), end=" ")
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    try:
        sq(x=1.0)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        sq()
    except TypeError as e:
        print(type(e).__name__, e)
    # Bound builtins (self in the call) and method descriptors.
    d = {"a": 1}
    get = d.get
    lst = []
    app = lst.append
    for i in range(n):
        app(get("a", 0) + get("b", i))
    print(sum(lst), len(lst))
    words = []
    for i in range(n):
        words.append("x".join(["a", str(i)]).upper())
    print(words[:3], words[-1])

def iteration(n):
    lst = [float(i) for i in range(n)]
    tot = 0.0
    for v in lst:
        tot += v
    print(tot)
    grow = [1, 2, 3]
    seen = []
    for v in grow:
        seen.append(v)
        if len(grow) < 10:
            grow.append(v + 10)
    print(seen)
    t = tuple(range(n))
    print(sum(x for x in t), [a + b for a, b in [(1, 2), (3, 4)] * 20][-1])
    for a, b in [[1, 2], [3, 4]] * 10:
        pass
    print(a, b)

class Noisy:
    def __del__(self):
        print("del", self.tag)

def finalizers(n):
    # A container whose last reference an unpack or an iteration releases.
    for i in range(3):
        o = Noisy()
        o.tag = i
        a, b = (o, i)
        del o
        a = None
        print("after", i)
    for i in range(2):
        o = Noisy()
        o.tag = "it%d" % i
        for x in [o]:
            pass
        del o
        x = None
        print("after it", i)

def recursion():
    def f(n):
        return max(0, f(n + 1)) if n < 100000 else n
    try:
        f(0)
    except RecursionError as e:
        print(type(e).__name__, e)
    def g(n):
        return abs(g(n + 1))
    try:
        g(0)
    except RecursionError as e:
        print(type(e).__name__, e)

arith(200)
same_object(200)
mixed(100)
ints(10)
subclasses(50)
calls(200)
iteration(100)
finalizers(0)
recursion()
