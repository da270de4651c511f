a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = "hello"
print(a, b)
a, *b, c = range(2)
print(a, b, c)
first, *mid, last = (1, 2, 3, 4, 5)
print(first, mid, last)
[p, q], r = (7, 8), 9
print(p, q, r)
for x, *rest in [(1, 2, 3), (4,), (5, 6)]:
    print(x, rest)
print(*[1, 2], *"ab", 3)
t = (*range(3), *[9])
print(t)
l = [*{"k": 1}, *{2}]
print(l)
d = {**{"a": 1}, "b": 2, **{"a": 3}}
print(d)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, *c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__, e)
