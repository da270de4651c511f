# LOAD_GLOBAL, BINARY_OP, COMPARE_OP, FOR_ITER, subscripts under change while hot.
import builtins
import sys

G = 1

def global_reassigned():
    global G
    total = 0
    for i in range(2000):
        if i == 1000:
            G = 10
        total += G
    print(total)

def globals_dict_write():
    total = 0
    for i in range(2000):
        if i == 1000:
            globals()["G"] = 100
        if i == 1500:
            del globals()["G"]
            globals()["G"] = 1000
        total += G
    print(total)

def builtin_replaced():
    total = 0
    orig = builtins.len
    for i in range(2000):
        if i == 1000:
            builtins.len = lambda x: 7
        total += len("ab")
    builtins.len = orig
    print(total)

def builtin_shadowed():
    total = 0
    for i in range(2000):
        if i == 1000:
            globals()["abs"] = lambda x: 5
        total += abs(-1)
    del globals()["abs"]
    print(total, abs(-1))

class MyInt(int):
    def __add__(self, other):
        return "added"
    def __sub__(self, other):
        return "subbed"
    def __lt__(self, other):
        return "lt"

class MyFloat(float):
    def __mul__(self, other):
        return "mul"

class MyStr(str):
    def __add__(self, other):
        return "stradd"
    def __eq__(self, other):
        return "eq"
    __hash__ = str.__hash__

def operand_subclasses():
    out = []
    a, b = 1, 2
    x, y = 1.5, 2.0
    s, t = "a", "b"
    for i in range(2000):
        if i == 1000:
            a = MyInt(1)
            x = MyFloat(1.5)
            s = MyStr("a")
        out.append(a + b)
        out.append(a - b)
        out.append(a < b)
        out.append(x * y)
        out.append(s + t)
        out.append(s == t)
    print(out.count(3), out.count("added"), out.count(-1), out.count("subbed"))
    print(out.count(True), out.count("lt"), out.count(3.0), out.count("mul"))
    print(out.count("ab"), out.count("stradd"), out.count(False), out.count("eq"))

def int_overflow():
    a = 1
    for i in range(200):
        a = a * 3 + 1 - 1
    print(a % 1000003, (2 ** 62) + (2 ** 62), -(2 ** 62) - (2 ** 62) - 1)
    big = 10 ** 30
    n = 0
    for i in range(2000):
        n = n + (big if i == 1000 else 1)
    print(n)

def float_types():
    t = 0.0
    for i in range(2000):
        v = 0.5 if i != 1000 else 1
        t = t + v
    print(t)

def list_mutated():
    lst = list(range(10))
    seen = []
    for v in lst:
        seen.append(v)
        if v == 5:
            lst.append(100)
            del lst[0]
    print(seen)
    lst = list(range(2000))
    total = 0
    for v in lst:
        if v == 1000:
            lst.clear()
        total += v
    print(total)

def gen():
    for i in range(1500):
        yield i

def generator_iter():
    t = 0
    for v in gen():
        t += v
    print(t)
    t = 0
    for v in (i * 2 for i in range(1500)):
        t += v
    print(t)

def iterators_switch():
    total = 0
    for seq in [range(5), [1, 2], (3, 4), "ab", {5: 1}] * 300:
        for v in seq:
            total += 1
    print(total)

def subscripts():
    l = [1, 2, 3]
    d = {"a": 1}
    t = (1, 2)
    out = []
    for i in range(2000):
        if i == 1000:
            l = {0: "dict0", -1: "dm1"}
        out.append(l[0])
        try:
            out.append(l[-1])
        except KeyError as e:
            out.append("KeyError")
        out.append(d["a"])
        out.append(t[1])
    try:
        for i in range(2000):
            x = d["b" if i == 1500 else "a"]
    except KeyError as e:
        print("KeyError", e)
    try:
        for i in range(2000):
            x = t[5 if i == 1500 else 0]
    except IndexError as e:
        print("IndexError", e)
    print(out.count(1), out.count("dict0"), out.count(3), out.count("dm1"), out.count(2))
    m = [0] * 3
    for i in range(2000):
        m[i % 3] = i
    print(m)
    dd = {}
    for i in range(2000):
        dd[i % 7] = i
    print(sorted(dd.items()))

def unpacking():
    total = 0
    for i in range(2000):
        seq = (i, 1) if i != 1000 else [i, 2]
        a, b = seq
        total += a + b
    print(total)
    try:
        for i in range(2000):
            a, b = (1, 2) if i != 1000 else (1, 2, 3)
    except ValueError as e:
        print("ValueError", e)

def containment():
    s = {1, 2}
    d = {1: 2}
    n = 0
    for i in range(2000):
        if i == 1000:
            s = [1]
            d = frozenset([1])
        n += (1 in s) + (1 in d) + (3 not in d)
    print(n)

def truthiness():
    vals = [0, 1, "", "x", None, [], [1], True, False, object(), 2 ** 70]
    n = 0
    for i in range(2000):
        for v in vals:
            if v:
                n += 1
    print(n)

class Sneaky:
    def __del__(self):
        sys._getframe(1).f_locals["x"] = "bar"


def del_rebinds():
    global G
    G = 1
    total = 0
    class Rebind:
        def __del__(self):
            global G
            G = 50
    for i in range(2000):
        if i == 1000:
            r = Rebind()
            del r
        total += G
    print(total)

global_reassigned()
globals_dict_write()
builtin_replaced()
builtin_shadowed()
operand_subclasses()
int_overflow()
float_types()
list_mutated()
generator_iter()
iterators_switch()
subscripts()
unpacking()
containment()
truthiness()
del_rebinds()

# Module-level frame writes (f_locals is the globals dict) while a loop is hot.
x = 1
total = 0
for i in range(2000):
    if i == 1000:
        sys._getframe().f_locals["x"] = 5
    total += x
print(total)
x = Sneaky()
x = "foo"
print(x)
