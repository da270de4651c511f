# Attribute access in hot loops while classes change under the trace.


class A:
    def __init__(self):
        self.attr = "foo"


def read(objs, n):
    out = []
    for i in range(n):
        o = objs[i % len(objs)]
        out.append(o.attr)
    return out


a = A()
b = A()
b.attr = "bar"
print(read([a, b], 300)[-4:])
del b.attr
try:
    read([a, b], 300)
except AttributeError as e:
    print("AttributeError", e)
A.__getattr__ = lambda self, name: "from __getattr__ " + name
print(read([a, b], 300)[-4:])


class P:
    def __init__(self):
        self.v = 1


def total(p, n):
    t = 0
    for i in range(n):
        t += p.v
        if i == 200:
            # A data descriptor on the class now shadows the instance attribute.
            P.v = property(lambda self: 100)
    return t


print(total(P(), 400))


class Q:
    scale = 2


def scaled(n):
    t = 0
    for i in range(n):
        t += Q.scale
        if i == 300:
            Q.scale = 5  # a type's attribute changed mid-loop
    return t


print(scaled(600))


class R:
    __slots__ = ("x",)

    def __init__(self):
        self.x = 1


def set_get(n):
    r = R()
    t = 0
    for i in range(n):
        r.x = i
        t += r.x
        if i == 100:
            R.x = property(lambda self: -1, lambda self, v: None)
    return t


print(set_get(300))
