# Attribute names that are not the interned copies: computed strs, str subclasses, names with
# lone surrogates; method shadowing by instance attributes; polymorphic sites.

class S(str):
    pass

class A:
    def __init__(self):
        self.x = 1
        self.yy = 2

    def m(self):
        return "method"

class B(A):
    pass

a = A()
n = "y" * 2
print(getattr(a, n), getattr(a, S("x")), getattr(a, "".join(["x"])))
setattr(a, "".join(["z", "z"]), 5)
print(a.zz, getattr(a, S("zz")), sorted(vars(a)))
setattr(a, S("w"), 7)
print(a.w, [type(k).__name__ for k in vars(a)])
print(hasattr(a, "\ud800"), hasattr(a, S("nope")))
setattr(a, "\ud800", 3)
print(getattr(a, "\ud800"), hasattr(a, "\ufffd"))
print(hasattr(a, "\ud801"))

# An instance attribute shadows a method, whatever the name object.
print(a.m())
a.m = lambda: "instance"
print(a.m())
del a.m
print(a.m())
setattr(a, "".join(["m"]), lambda: "computed")
print(a.m())
delattr(a, S("m"))
print(a.m())

# Polymorphic sites over subclasses with different attribute orders.
class C(A):
    def __init__(self):
        self.q = 0
        super().__init__()

objs = [A(), B(), C(), A(), C(), B()] * 40
total = 0
for i, o in enumerate(objs):
    total += o.x + o.yy
    o.x = i
    if i % 7 == 0:
        o.m = (lambda i=i: i)
    total += len(str(o.m()))
print(total)

# Class attributes looked up by computed names, and changes seen at once.
print(getattr(B, "".join(["m"])).__name__)
A.k = 10
print(getattr(C(), "k"), getattr(C(), S("k")))
A.k = 11
print(C().k, getattr(B(), "".join("k")))
del A.k
try:
    C().k
except AttributeError as e:
    print("AttributeError", e)

# Data descriptors win over the instance dict, non-data ones lose.
class D:
    @property
    def p(self):
        return "prop"
    def f(self):
        return "func"

d = D()
d.__dict__["p"] = "dict"
d.__dict__["f"] = "dict-f"
print(d.p, d.f, getattr(d, "".join(["p"])), getattr(d, S("f")))

# __getattr__ fallback for names missing everywhere.
class G:
    def __init__(self):
        self.here = 1
    def __getattr__(self, name):
        return "fallback:" + name

g = G()
print(g.here, g.missing, getattr(g, S("other")), getattr(g, "".join(["h", "ere"])))

# Many attributes: beyond the inline keys, into a dict.
class Many:
    pass

m = Many()
for i in range(40):
    setattr(m, "a%d" % i, i)
print(sum(getattr(m, "a%d" % i) for i in range(40)), m.a0, m.a39)
try:
    m.a40
except AttributeError as e:
    print("AttributeError", e)
try:
    del m.a41
except AttributeError as e:
    print("AttributeError", e)
