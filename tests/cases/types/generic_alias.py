print(list[int], dict[str, int], tuple[int, ...], tuple[()], set[bytes], frozenset[int], type[int])
print(list[list[int]], dict[str, list[int]], list["forward"], list[None], tuple[int, str, float])
g = list[int]
print(type(g).__name__, type(g).__module__, type(g).__qualname__)
print(g.__origin__, g.__args__, g.__parameters__)
print(dict[str, int].__args__, tuple[int, ...].__args__, tuple[()].__args__)
print(g("abc"), dict[str, int](a=1), tuple[int, ...]([1, 2]), set[int]([3]))
print(g == list[int], g == list[str], g == list, list[int] != list[int])
print(hash(list[int]) == hash(list[int]), len({list[int], list[int], list[str]}))
print(g.append, g.__name__, g.__qualname__)
print(isinstance(g, type), g.__class__.__name__)
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError", e)
try:
    issubclass(list, list[int])
except TypeError as e:
    print("TypeError", e)
try:
    list[int][str]
except TypeError as e:
    print("TypeError", e)
class MyList(list[int]):
    pass
print(MyList.__mro__, MyList.__orig_bases__, MyList([1, 2]))
class MyDict(dict[str, int], metaclass=type):
    pass
print(MyDict.__bases__)
print(list[int].__mro_entries__((list[int],)))
print(enumerate[int], ExceptionGroup[ValueError], BaseExceptionGroup[KeyError])
try:
    int[int]
except TypeError as e:
    print("TypeError", e)
try:
    object()[1]
except TypeError as e:
    print("TypeError", e)
class Tracks(list):
    pass
t = Tracks[int]
print(t, t.__origin__ is Tracks, type(t())).__name__ if False else print(t, t.__origin__ is Tracks)
print(type(list[int]) is type(dict[str, int]))
print([x for x in dir(list[int]) if x in ("append", "__origin__", "__args__")])
