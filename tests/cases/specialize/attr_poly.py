# Attribute sites that see several classes (subclasses sharing a base's __init__): the
# polymorphic LOAD_ATTR / STORE_ATTR guards, and every change that must stop them.


class Base:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def get(self):
        return self.a

    def both(self):
        return self.a + self.b


class A(Base):
    pass


class B(Base):
    def extra(self):
        return "B"


class C(Base):
    def __init__(self, a, b):
        Base.__init__(self, a, b)
        self.c = 3


class D(Base):
    pass


class E(Base):
    pass


def read_all(objs):
    out = []
    for o in objs:
        out.append(o.a)
        out.append(o.get())
    return out


def write_all(objs, v):
    for o in objs:
        o.a = v


objs = [A(1, 2), B(3, 4), C(5, 6), D(7, 8), E(9, 10)]
for _ in range(40):
    r = read_all(objs)
print(r)
for _ in range(40):
    write_all(objs, 11)
print([o.a for o in objs])

# A class whose attribute lives at another index: the guard must not accept it.


class Other:
    def __init__(self):
        self.z = "z"
        self.a = "other-a"

    def get(self):
        return "other-get"


mixed = objs + [Other()]
for _ in range(40):
    r = read_all(mixed)
print(r)

# A data descriptor on a subclass takes precedence over the instance value.


class P(Base):
    @property
    def a(self):
        return "property"

    @a.setter
    def a(self, v):
        print("setter", v)


p = P.__new__(P)
p.b = 0
for _ in range(3):
    r = read_all(objs + [p])
print(r)
write_all(objs + [p], 12)

# A non-data class attribute is shadowed by the instance value.


class F(Base):
    a = "class-a"


f = F(13, 14)
for _ in range(3):
    print(read_all([objs[0], f]))
del f.a
print(read_all([objs[0], f]))

# Methods overridden in one subclass, added later, or shadowed by an instance attribute.


class G(Base):
    def get(self):
        return "G.get"


for _ in range(40):
    r = read_all(objs + [G(0, 0)])
print(r)
D.get = lambda self: "D.get patched"
print(read_all(objs))
del D.get
print(read_all(objs))
e2 = E(1, 1)
e2.get = lambda: "instance get"
print(read_all(objs + [e2]))

# __class__ assignment, __getattribute__ / __getattr__ added, bases changed.
a = A(100, 200)
print(read_all([a, objs[1]]))
a.__class__ = B
print(read_all([a, objs[0]]))


def ga(self, name):
    if name == "get":
        return lambda: "ga-call:" + name
    return "ga:" + name


E.__getattribute__ = ga
print(read_all(objs))
del E.__getattribute__
print(read_all(objs))


class Mixin:
    def get(self):
        return "Mixin.get"


E.__bases__ = (Mixin, Base)
print(read_all(objs))
E.__bases__ = (Base,)
print(read_all(objs))

# A __dict__ materialized on one instance; attributes deleted.
d = D(1, 2)
d.__dict__["q"] = 5
for _ in range(3):
    print(read_all([objs[0], d]))
del objs[2].a
try:
    read_all(objs)
except AttributeError as ex:
    print(type(ex).__name__, ex)

# __slots__ subclasses next to value-storing ones.


class S:
    __slots__ = ("a",)

    def __init__(self):
        self.a = "slot"

    def get(self):
        return "S.get"


for _ in range(40):
    r = read_all([objs[0], S(), objs[1]])
print(r)
for _ in range(40):
    write_all([objs[0], S(), objs[1]], 99)
print(objs[0].a, objs[1].a)

# __setattr__ overridden in a subclass: the store guard must not accept it.


class T(Base):
    def __setattr__(self, n, v):
        print("setattr", n, v)
        object.__setattr__(self, n, v)


t = T(1, 2)
for _ in range(2):
    write_all([objs[0], objs[1], t], 7)
print(t.a)
