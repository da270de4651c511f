class C:
    class Inner:
        pass
    def method(self):
        pass
print(C.__name__, C.__qualname__, C.__module__, C.Inner.__qualname__)
C.__module__ = "pkg.mod"
print(C, C.__module__)
C.__name__ = "Renamed"
print(C.__name__, C.__qualname__, C)
C.__qualname__ = "Outer.Renamed"
print(C.__qualname__, C, repr(C()).split(" object")[0])
for attr, val in [("__name__", 5), ("__qualname__", None), ("__name__", "a\x00b")]:
    try:
        setattr(C, attr, val)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for attr in ["__name__", "__qualname__", "__module__"]:
    try:
        delattr(C, attr)
    except TypeError as e:
        print(type(e).__name__, e)
for attr in ["__name__", "__qualname__", "__module__"]:
    try:
        setattr(int, attr, "x")
    except TypeError as e:
        print(type(e).__name__, e)
C.__module__ = 42
print(C.__module__, C)
def deco(cls):
    cls.__qualname__ = "Made." + cls.__name__
    return cls
@deco
class D:
    pass
print(D.__qualname__, D)
print(int.__qualname__, dict.__name__, type.__qualname__)
class Meta(type):
    pass
class E(metaclass=Meta):
    pass
E.__name__ = "EE"
print(E.__name__, type(E).__name__)
