class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "the temperature"
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temp.celsius.__doc__)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError", e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError", e)
del t.celsius
print(t.celsius)
print(type(Temp.celsius).__name__, Temp.celsius.fget.__name__, Temp.fahrenheit.fset)
p = property(lambda self: "got")
class X:
    attr = p
print(X().attr)
class Y:
    def get(self):
        return "y"
    def set(self, v):
        print("set", v)
    attr = property(get, set, None, "doc y")
y = Y()
y.attr = 3
print(y.attr, Y.attr.__doc__)
class Z:
    @property
    def broken(self):
        raise AttributeError("inner missing")
    def __getattr__(self, name):
        return "getattr " + name
print(Z().broken)
class Base:
    @property
    def v(self):
        return "base"
class Derived(Base):
    @Base.v.getter
    def v(self):
        return "derived " + super().v
print(Derived().v)
class NoGet:
    v = property(None, lambda s, v: None)
try:
    NoGet().v
except AttributeError as e:
    print("AttributeError", e)
print(property().fget, property(doc="d").__doc__)
class Cached:
    calls = 0
    @property
    def val(self):
        Cached.calls += 1
        return 7
c = Cached()
print(c.val + c.val, Cached.calls)
class InstShadow:
    @property
    def p(self):
        return "prop"
i = InstShadow()
i.__dict__["p"] = "dict"
print(i.p)
