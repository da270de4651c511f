for x in [-1, 0, 1, 5]:
    print(x, "neg" if x < 0 else "zero" if x == 0 else "small" if x < 3 else "big")
f = lambda: "no args"
g = lambda x, y=2: x * y
h = lambda *a, **k: (a, k)
k = lambda x: (lambda y: x + y)
print(f(), g(3), g(3, 3), h(1, b=2), k(1)(2))
print((lambda x: x if x else "falsy")(0), (lambda: (yield 1)) is not None)
sq = list(map(lambda v: v ** 2, range(5)))
ev = list(filter(lambda v: v % 2 == 0, sq))
print(sq, ev, sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print({name: fn(6, 3) for name, fn in ops.items()})
print((lambda a, b, /, c, *, d: (a, b, c, d))(1, 2, 3, d=4))
print((lambda: [i for i in range(3)])(), (lambda n: n and n * 2)(0), (lambda n: n or "default")(""))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print([(lambda i: i * 10)(i) for i in range(3)])
y = 10
cap = lambda: y
y = 20
print(cap())
print(type(lambda: 0).__name__, (lambda: 0).__name__, (lambda: 0).__code__.co_name)
a = 5
print("yes" if a else "no", "yes" if not a else "no", a if a > 3 else None, (1, 2) if a else ())
print([x if x % 2 else -x for x in range(5)], [x for x in range(5) if x % 2 if x > 1])
print(None if None else 0, [] if [] else {}, 0.0 if 0.0 else "zero float")
result = (lambda: "a") if a > 0 else (lambda: "b")
print(result())
