class Meta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", cls.__name__, type(obj).__name__)
        return isinstance(obj, int)
    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return sub is bool
class Intish(metaclass=Meta):
    pass
print(isinstance(3, Intish), isinstance("x", Intish))
print(isinstance(Intish(), Intish))
print(issubclass(bool, Intish), issubclass(str, Intish))
print(isinstance(3, (str, Intish)), isinstance(3, str | Intish))
print(issubclass(bool, (str, Intish)))
class Everything(type):
    def __instancecheck__(cls, obj):
        return True
class Any_(metaclass=Everything):
    pass
print(isinstance(None, Any_), isinstance(object(), Any_))
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError", e)
try:
    isinstance(1, (int, 1))
except TypeError as e:
    print("TypeError", e)
print(isinstance(1, (1, int)) if False else isinstance(1, (int, 1)))
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError", e)
try:
    issubclass(int, 1)
except TypeError as e:
    print("TypeError", e)
try:
    issubclass(int, (int, 1))
    print("short-circuit")
except TypeError as e:
    print("TypeError", e)
nested = (int, (str, (float, (bytes,))))
print(isinstance(b"", nested), isinstance([], nested), issubclass(float, nested))
class Raises(type):
    def __instancecheck__(cls, obj):
        raise ValueError("boom")
class R(metaclass=Raises):
    pass
try:
    isinstance(1, R)
except ValueError as e:
    print("ValueError", e)
print(isinstance(R(), R))
