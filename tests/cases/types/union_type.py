U = int | str
print(U, repr(U), type(U).__name__, type(U).__module__, type(U).__qualname__)
print(U.__args__, U.__parameters__)
print(int | None, (int | None).__args__, None | int, (None | int).__args__)
print(int | int, (int | str) | int, int | (str | float), (int | str) | (float | bytes))
print((int | str) == (str | int), (int | str) != (str | int), (int | str) == (int | float))
print(hash(int | str) == hash(str | int), len({int | str, str | int, int | float}))
print((int | str) == int, int == (int | str))
class A: pass
class B(A): pass
print(A | B, B | A, (A | B).__args__)
print(isinstance(1, int | str), isinstance("s", int | str), isinstance(1.5, int | str))
print(isinstance(None, int | None), isinstance(None, int | str))
print(isinstance(B(), A | int), isinstance(True, str | int))
print(issubclass(bool, int | str), issubclass(float, int | str), issubclass(B, A | None))
print(isinstance(1, (str, int | float)), isinstance(2.0, (str, bytes | float)))
for bad in [1, "str", [int], 3.5]:
    try:
        int | bad
    except TypeError as e:
        print("TypeError", e)
    try:
        bad | int
    except TypeError as e:
        print("TypeError", e)
try:
    isinstance(1, int | list[int])
except TypeError as e:
    print("TypeError", e)
try:
    issubclass(int, list[int] | None)
except TypeError as e:
    print("TypeError", e)
print(isinstance(1, int | list[int]) if False else "skipped")
u = int | str | None
print(u, len(u.__args__), type(None) in u.__args__)
print(list[int] | None, dict[str, int] | list[int], (list[int] | list[int]).__class__.__name__)
print((list[int] | list[str]).__args__)
try:
    hash(int | list)
    print("hashable")
except TypeError as e:
    print("TypeError", e)
class Meta(type):
    def __or__(cls, other):
        return "Meta.__or__"
class WithMeta(metaclass=Meta): pass
print(WithMeta | int, int | WithMeta)
