class Config:
    defaults = {"debug": False}
    count = 0
    def __init__(self, **overrides):
        Config.count += 1
        self.settings = {**self.defaults, **overrides}
    @classmethod
    def from_pairs(cls, pairs):
        return cls(**dict(pairs))
    @staticmethod
    def validate(key):
        return key.isidentifier()
    @property
    def debug(self):
        return self.settings["debug"]
    def __repr__(self):
        return f"Config({self.settings})"
c1 = Config(debug=True)
c2 = Config.from_pairs([("level", 3)])
print(c1, c2, Config.count, c1.debug, c2.debug, Config.validate("ok"), Config.validate("1x"))
class Shared:
    items = []
    def add(self, x):
        self.items.append(x)
s1, s2 = Shared(), Shared()
s1.add(1)
s2.add(2)
print(Shared.items, s1.items is s2.items)
class Fixed:
    def __init__(self):
        self.items = []
f1, f2 = Fixed(), Fixed()
f1.items.append(1)
print(f1.items, f2.items)
class Temperature:
    unit = "C"
    def __init__(self, v):
        self.v = v
    def __str__(self):
        return f"{self.v}{self.unit}"
class Fahrenheit(Temperature):
    unit = "F"
t = Temperature(20)
t.unit = "K"
print(Temperature(1), Fahrenheit(2), t, Temperature.unit)
class Chain:
    def __init__(self):
        self.ops = []
    def add(self, x):
        self.ops.append(("add", x))
        return self
    def mul(self, x):
        self.ops.append(("mul", x))
        return self
print(Chain().add(1).mul(2).add(3).ops)
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __iter__(self):
        yield self.x
        yield self.y
    def __eq__(self, o):
        return tuple(self) == tuple(o)
    def __hash__(self):
        return hash(tuple(self))
    def __repr__(self):
        return "Vec(%r, %r)" % tuple(self)
print(list(Vec(1, 2)), Vec(1, 2) == Vec(1, 2), {Vec(1, 2), Vec(1, 2)}, dict.fromkeys([Vec(0, 0)]))
class Meta:
    def method(self):
        return self.__class__.__name__
    other = method
print(Meta().other(), Meta.other is Meta.method)
class CallableClassAttr:
    handler = print
CallableClassAttr.handler("builtin as class attr is not bound")
class Counter:
    def __init__(self):
        self._n = 0
    def __call__(self):
        self._n += 1
        return self._n
cnt = Counter()
cnt(); cnt()
print(cnt(), callable(cnt))
