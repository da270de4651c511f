print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance(1.0, (str, float)), isinstance("s", object))
print(isinstance([], (list, (tuple, dict))), isinstance(None, type(None)), isinstance(int, type), isinstance(type, object))
print(issubclass(bool, (str, int)), issubclass(int, object), issubclass(object, int), issubclass(KeyError, LookupError))
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), issubclass(B, B), type(B()) is A, type(B()) is B)
try:
    isinstance(1, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(1, int | str), isinstance("s", int | None), isinstance(None, int | None))
