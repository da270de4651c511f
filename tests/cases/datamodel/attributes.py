class A:
    cls_attr = "class"
    def __init__(self):
        self.inst = "instance"
a = A()
print(a.cls_attr, a.inst, A.cls_attr, a.__dict__, sorted(k for k in A.__dict__ if not k.startswith("__")))
a.cls_attr = "shadow"
print(a.cls_attr, A.cls_attr)
del a.cls_attr
print(a.cls_attr)
try:
    del a.cls_attr
except AttributeError as e:
    print("AttributeError", e)
try:
    a.missing
except AttributeError as e:
    print("AttributeError", e)
try:
    A.missing
except AttributeError as e:
    print("AttributeError", e)
print(getattr(a, "missing", "default"), hasattr(a, "inst"), hasattr(a, "nope"))
setattr(a, "dyn", 5)
print(a.dyn, vars(a))
delattr(a, "dyn")
print(hasattr(a, "dyn"))
try:
    getattr(a, 5)
except TypeError as e:
    print("TypeError", e)
try:
    setattr(a, 5, 1)
except TypeError as e:
    print("TypeError", e)
class G:
    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(f"no {name}")
g = G()
g.real = 1
print(g.real, g.xyz, getattr(g, "xa", None), hasattr(g, "q"))
try:
    g.q
except AttributeError as e:
    print("AttributeError", e)
class GA:
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name
ga = GA()
ga.x = 1
print(ga.secret, ga.x, ga.other)
class SA:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print("delattr", name)
        object.__delattr__(self, name)
sa = SA()
sa.v = 4
print(sa.v)
del sa.v
print(hasattr(sa, "v"))
class Frozen:
    def __setattr__(self, k, v):
        raise AttributeError(f"cannot set {k!r}")
try:
    Frozen().x = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    (1).x = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    "s".upper = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    int.x = 1
except TypeError as e:
    print("TypeError", e)
try:
    del int.real
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
def f():
    pass
f.attr = 3
print(f.attr, f.__dict__)
A.new_cls = "added"
print(a.new_cls)
a.__dict__["direct"] = 1
print(a.direct)
a.__dict__ = {"replaced": True}
print(vars(a))
try:
    a.__dict__ = 5
except TypeError as e:
    print("TypeError", e)
print(a.__class__.__name__, type(a).__name__)
class B:
    pass
a.__class__ = B
print(type(a).__name__)
try:
    a.__class__ = int
except TypeError as e:
    print("TypeError", e)
print(A.__name__, A.__qualname__, A.__module__, A.__bases__, A.__doc__)
class Inner:
    class Nested:
        def m(self):
            pass
print(Inner.Nested.__qualname__, Inner.Nested.m.__qualname__)
