sq = lambda x: x * x
add = lambda a, b=10: a + b
print(sq(4), add(1), add(1, 2), (lambda *a: sum(a))(1, 2, 3), (lambda **k: sorted(k))(b=1, a=2))
print(sq.__name__, (lambda: None)())
fs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fs])
compose = lambda f, g: lambda x: f(g(x))
print(compose(sq, add)(2))
print(sorted([3, -1, 2], key=lambda v: abs(v)), list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])))
print((lambda x: (lambda y: x + y))(1)(2))
ident = lambda x, /, *, k=0: (x, k)
print(ident(1, k=2))
