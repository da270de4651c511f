t = 1, 2, 3
print(t, type(t).__name__)
single = 1,
print(single, len(single))
empty = ()
print(empty, len(empty), empty == tuple())
def multi():
    return 1, "two", [3]
a, b, c = multi()
print(a, b, c, multi())
print((1, 2) + (3,), (1,) * 3, (1, (2, 3))[1][0])
nested = ((1, 2), (3, 4))
for (x, y) in nested:
    print(x + y, end=" ")
print()
print(tuple(reversed(t)), t[::-1], t.index(2), t.count(3))
x = ([1], [2])
x[0].append(5)
print(x)
try:
    x[0] += [6]
except TypeError as e:
    print("TypeError", e)
print(x)
print(sorted([(2, "a"), (1, "b"), (2, "0")]), max([(1, 2), (1, 3)]))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "v"}[(1, 2)])
print(tuple("abc"), tuple(range(3)), tuple({1: 2}), tuple(x for x in "hi"))
print((1, 2, 3)[1:], (1, 2, 3)[-2:], (1, 2, 3)[:0])
print(len((None,) * 1000), ((),) * 2)
import collections
Pt = collections.namedtuple("Pt", "x y")
p = Pt(x=1, y=2)
print(p, p.x + p.y, p[0], tuple(p), p == (1, 2), Pt._fields, p._replace(y=5))
x1, y1 = p
print(x1, y1, Pt(*[3, 4]), Pt(**{"x": 5, "y": 6}))
print(isinstance(p, tuple), type(p).__name__, p.count(1), p.index(2))
