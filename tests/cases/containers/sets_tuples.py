s = {3, 1, 2}
s.add(4)
s.discard(1)
print(sorted(s), len(s), 2 in s)
print(sorted({1, 2} | {2, 3}), sorted({1, 2} & {2, 3}), sorted({1, 2} - {2}), sorted({1, 2} ^ {2, 3}))
t = (1, 2, 3)
print(t, t[0], t[-1], t[1:], len(t), t + (4,), t * 2)
print(t.index(2), t.count(1), (1,), ())
a, b, c = t
print(a + b + c)
print(tuple([1, 2]), list((3, 4)), set("aab") == {"a", "b"}, frozenset([1]) == {1})
print(sorted(set(range(5)) - {0, 4}))
nested = {(1, 2): "pair"}
print(nested[(1, 2)])
