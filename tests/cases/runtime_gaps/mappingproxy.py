import types
d = {"a": 1, "b": 2}
mp = types.MappingProxyType(d)
print(mp, repr(mp), str(mp), len(mp), mp["a"], "a" in mp, "z" in mp)
print(list(mp), list(mp.keys()), list(mp.values()), list(mp.items()))
print(mp.get("a"), mp.get("z"), mp.get("z", 0), mp.copy(), type(mp.copy()).__name__)
print(mp | {"c": 3}, {"z": 0} | mp, type(mp | {}).__name__)
print(mp == {"a": 1, "b": 2}, mp != d, list(reversed(mp)))
d["c"] = 3
print(mp, len(mp))
for op in [lambda: mp.__setitem__("x", 1), lambda: mp.__delitem__("a"), lambda: hash(mp)]:
    try:
        op()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    mp["x"] = 1
except TypeError as e:
    print("TypeError", e)
try:
    del mp["a"]
except TypeError as e:
    print("TypeError", e)
try:
    mp |= {}
except TypeError as e:
    print("TypeError", e)
try:
    mp["nope"]
except KeyError as e:
    print("KeyError", e)
for bad in [1, [1], (1,), None]:
    try:
        types.MappingProxyType(bad)
    except TypeError as e:
        print("TypeError", e)
print(types.MappingProxyType(mp), type(mp).__name__, type(int.__dict__) is types.MappingProxyType)
class C:
    x = 1
print(C.__dict__["x"], "x" in C.__dict__, type(C.__dict__).__name__)
try:
    types.MappingProxyType()
except TypeError as e:
    print("TypeError", e)
