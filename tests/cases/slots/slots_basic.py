class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), P.__slots__, type(P.x).__name__)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError", e)
del p.x
try:
    p.x
except AttributeError as e:
    print("AttributeError", e)
try:
    del p.x
except AttributeError as e:
    print("AttributeError", e)
p.x = 10
print(p.x)
class Q(P):
    pass
q = Q(1, 2)
q.z = 3
print(q.z, q.__dict__)
class R(P):
    __slots__ = ("z",)
r = R(1, 2)
r.z = 3
print(r.x, r.z)
try:
    r.w = 1
except AttributeError as e:
    print("AttributeError", e)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)
class Single:
    __slots__ = "only"
s = Single()
s.only = 5
print(s.only)
class Empty:
    __slots__ = ()
try:
    Empty().x = 1
except AttributeError as e:
    print("AttributeError", e)
class Conflict:
    __slots__ = ("v",)
try:
    class Conflict2:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print("ValueError", e)
try:
    class BadSlot:
        __slots__ = (1,)
except TypeError as e:
    print("TypeError", e)
try:
    class IntSlots(int):
        __slots__ = ("a",)
except TypeError as e:
    print("TypeError", e)
class Mangled:
    __slots__ = ("__private",)
    def __init__(self):
        self.__private = 1
    def get(self):
        return self.__private
print(Mangled().get(), "_Mangled__private" in dir(Mangled))
class A:
    __slots__ = ("a",)
class B:
    __slots__ = ("b",)
try:
    class AB(A, B):
        pass
except TypeError as e:
    print("TypeError", e)
class SlotsProp:
    __slots__ = ("_v",)
    @property
    def v(self):
        return self._v * 2
    @v.setter
    def v(self, val):
        self._v = val
sp = SlotsProp()
sp.v = 4
print(sp.v)
print(sorted(P.__dict__.keys() - {"__module__", "__doc__", "__init__", "__qualname__"}))
class DictSlot:
    __slots__ = {"k": "doc for k"}
print(DictSlot.k.__doc__ if hasattr(DictSlot.k, "__doc__") else None)
