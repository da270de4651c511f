x_global = "g"
def f(a, b=2):
    c = a + b
    snap = locals()
    print(sorted(snap.items()))
    snap["c"] = 100
    print(c)
    def inner():
        return c
    print(sorted(locals().keys()))
    return inner
f(1)
class K:
    p = 1
    q = p + 1
    print(sorted(k for k in locals() if not k.startswith("__")))
    print(locals()["__qualname__"], locals()["__module__"])
print(globals()["x_global"], globals() is globals())
print("f" in globals(), "K" in globals())
def g():
    return globals() is globals()
print(g())
def uses_free():
    v = 1
    def h():
        w = v + 1
        return sorted(locals().items())
    return h()
print(uses_free())
print(sorted(k for k in vars() if not k.startswith("__"))[:5])
class WithSlots:
    __slots__ = ("a",)
try:
    vars(WithSlots())
except TypeError as e:
    print("TypeError", e)
try:
    vars(1)
except TypeError as e:
    print("TypeError", e)
class Obj:
    def __init__(self):
        self.x = 1
        self.y = 2
print(vars(Obj()))
print(sorted(k for k in vars(Obj) if not k.startswith("__")))
import sys
print(vars(sys) is sys.__dict__)
try:
    vars(1, 2)
except TypeError as e:
    print("TypeError", e)
