print(hash(1) == hash(1), hash("a") == hash("a"), hash((1, "a")) == hash((1, "a")), hash(0) == hash(0.0) == hash(False))
print(hash(-1), hash(-2), hash(10 ** 20) == hash(10 ** 20), hash(1.5), hash(frozenset()) == hash(frozenset()))
for v in [[], {}, set(), bytearray()]:
    try:
        hash(v)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    hash(([1],))
except TypeError as e:
    print(type(e).__name__, e)
d = {}
d[(1, 2)] = "t"
d[frozenset({1})] = "f"
d[None] = "n"
d[3.0] = "float"
print(d[(1, 2)], d[frozenset([1])], d[None], d[3], len(d))
a = object()
print(a == a, a is a, hash(a) == hash(a))
