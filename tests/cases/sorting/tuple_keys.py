# Sorting by tuple keys: the first unequal items decide (identity counts as equal, as
# inside containers), then the lengths; user __eq__/__lt__ run exactly as tuple < runs them.
import random
random.seed(5)
words = ["w%d" % random.randrange(300) for _ in range(3000)]
items = [(w, random.randrange(5)) for w in words]
print(sorted(items, key=lambda kv: (-kv[1], kv[0]))[:20])
print(sorted([(1, "b"), (1, "a"), (0, "z"), (1,), (1, "a", 0), ()]))
n = float("nan")
print(sorted([(n, 1), (n, 0)], key=lambda t: t) == [(n, 1), (n, 0)])
print(sorted([(1, 2.5), (1, 2), (True, 1), (1.0, 0)]))
class K:
    def __init__(s, v): s.v = v
    def __eq__(s, o): print("eq", s.v, o.v); return s.v == o.v
    def __lt__(s, o): print("lt", s.v, o.v); return s.v < o.v
    def __repr__(s): return "K(%d)" % s.v
print(sorted([(K(2), 1), (K(1), 2), (K(2), 0)]))
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print(e)
print(sorted([("é", 1), ("e", 2), ("z", 0), ("\U0001f600", 3)]))
