def gen():
    yield 1
    yield 2
    yield 3
a, b, c = gen()
print(a, b, c)
x, *y = gen()
print(x, y)
k1, k2 = {"p": 1, "q": 2}
print(k1, k2)
(m, n), o = "ab", "c"
print(m, n, o)
s1, s2 = {5}, {6}
print(s1, s2)
try:
    p, q = gen()
except ValueError as e:
    print(type(e).__name__, e)
try:
    p, q, r, t = gen()
except ValueError as e:
    print(type(e).__name__, e)
print([*gen(), *gen()], {*gen()} == {1, 2, 3}, max(*gen()))
for i, (ch, num) in enumerate(zip("xy", gen())):
    print(i, ch, num)
