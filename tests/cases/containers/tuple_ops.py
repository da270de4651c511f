t = (1, 2, 3, 2)
print(t.count(2), t.index(3), t[1:], t[::-1], t + (4,), t * 2, len(t), 2 in t)
print((1,), (), tuple([1, 2]), tuple("ab"), (1, 2) < (1, 3), (1, 2) < (1,), () < (0,))
try:
    t.index(9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    t + [1]
except TypeError as e:
    print(type(e).__name__, e)
nested = ((1, 2), [3, 4])
nested[1].append(5)
print(nested, hash((1, 2)) == hash((1, 2)))
try:
    hash(nested)
except TypeError as e:
    print(type(e).__name__, e)
a, (b, c) = 1, (2, 3)
print(a, b, c, max((3, "a"), (3, "b")), sorted([(2, 1), (1, 2), (1, 1)]))
