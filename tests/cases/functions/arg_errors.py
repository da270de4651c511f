def two(a, b):
    return a + b
def opt(a, b=1, *, c):
    return a
def star(*a, k):
    return a
cases = [
    lambda: two(1),
    lambda: two(),
    lambda: two(1, 2, 3),
    lambda: two(1, a=1),
    lambda: two(1, b=2, c=3),
    lambda: opt(),
    lambda: opt(1, 2, 3),
    lambda: opt(1),
    lambda: star(1, 2),
    lambda: two(*5),
    lambda: two(**[1]),
    lambda: two(1, **{"b": 2, "a": 3}),
    lambda: len(),
    lambda: len(1, 2),
    lambda: (lambda: 0)(1),
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(type(e).__name__, e)
