class Base:
    "Base doc"
    x = 1
class Derived(Base):
    y = 2
    def method(self):
        pass
print(Derived.__name__, Derived.__qualname__, Derived.__module__, Derived.__doc__, Base.__doc__)
print(Derived.__bases__, Derived.__base__, Derived.__mro__, Derived.mro())
print(sorted(k for k in Derived.__dict__ if not k.startswith("__")), type(Derived.__dict__).__name__)
print("x" in Derived.__dict__, "x" in Base.__dict__, Derived.x)
try:
    Derived.__dict__["z"] = 1
except TypeError as e:
    print("TypeError", e)
print(type(Derived), type(Derived()), Derived().__class__ is Derived)
print(isinstance(Derived, type), issubclass(type, object), isinstance(type, object), isinstance(object, type))
print(int.__name__, int.__qualname__, int.__module__, int.__bases__, bool.__mro__)
print(type(None).__name__, type(print).__name__, type(len).__module__ if hasattr(type(len), "__module__") else None)
print(object.__subclasshook__ is not None, hasattr(object, "__init_subclass__"))
print(Derived.__init__ is object.__init__, Derived.__repr__ is object.__repr__, Derived.__eq__ is object.__eq__)
print(Derived.__hash__ is object.__hash__, Derived.__str__ is object.__str__)
d = Derived()
d.z = 3
print(d.__dict__, vars(d), d.__module__, hasattr(d, "__weakref__"))
Derived.new_attr = 5
print(d.new_attr, "new_attr" in Derived.__dict__)
del Derived.new_attr
print(hasattr(d, "new_attr"))
Nested = type("Nested", (Base,), {"__qualname__": "Outer.Nested", "__module__": "mymod"})
print(Nested.__qualname__, Nested.__module__, repr(Nested))
class Sl:
    __slots__ = ("a",)
print(hasattr(Sl(), "__dict__"), Sl.__slots__, type(Sl.a).__name__)
print([t.__name__ for t in (int, float, str, bytes, list, tuple, dict, set, frozenset, bool, complex, type, object, range, slice)])
print(repr(int), repr(type), str(Derived).startswith("<class '__main__.Derived'>"))
print(dir(Derived) == sorted(dir(Derived)), "method" in dir(Derived), "x" in dir(Derived), "__init__" in dir(Derived))
print(Derived.method.__get__(d, Derived).__self__ is d)
print(callable(Derived), callable(d), callable(Derived.method))
