from itertools import groupby, tee, islice, count

print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([k for k, g in groupby("AAAABBBCCD")])
print([(k, len(list(g))) for k, g in groupby([1, 3, 5, 2, 4, 7], key=lambda x: x % 2)])
print(list(groupby([])), [(k, list(g)) for k, g in groupby("a", key=None)])
# Advancing the outer iterator invalidates the previous group.
g = groupby("aabbcc")
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))
g = groupby("aaab")
k, grp = next(g)
print(next(grp), k)
print(next(g)[0], list(grp))
groups = [list(v) for k, v in groupby("xxyyz")]
print(groups)
items = list(groupby("aab"))
print([(k, list(v)) for k, v in items])
print(type(groupby("")).__name__, type(next(groupby("a"))[1]).__name__)
g = groupby([1, 1, 2])
print(next(g)[0], next(g)[0], next(g, None))
# key calls: one per item
calls = []
def key(x):
    calls.append(x)
    return x // 10
print([(k, list(v)) for k, v in groupby([1, 5, 12, 15, 31], key)], calls)

a, b = tee([1, 2, 3])
print(list(a), list(b))
a, b, c = tee(range(5), 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
print(tee([1], 0), len(tee([1], 1)))
a, b = tee(iter(range(200)))
print(sum(a), sum(b))
a, b = tee(count())
print(list(islice(a, 3)), list(islice(b, 2)))
t1, t2 = tee("abc")
t3, t4 = tee(t1)
print(t3 is t1, list(t3), list(t4), list(t2))
c = t2.__copy__()
print(type(t2).__name__, list(c))
x, y = tee([])
print(list(x), list(y))
a, b = tee(iter([1, 2, 3]))
next(a)
c = a.__copy__()
print(list(a), list(c), list(b))
try:
    tee([1], -1)
except ValueError as e:
    print("ValueError", e)
def g2():
    yield from t
t, = tee(g2(), 1)
try:
    next(t)
except RuntimeError as e:
    print("RuntimeError", e)
