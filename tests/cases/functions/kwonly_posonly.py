def f(a, b, /, c, *, d, e=5):
    return a, b, c, d, e
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4, e=6))
tries = [
    lambda: f(1, 2, 3, 4),
    lambda: f(a=1, b=2, c=3, d=4),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, d=4),
    lambda: f(1, 2, 3, d=4, z=0),
    lambda: f(1, 2, 3, c=3, d=4),
]
for t in tries:
    try:
        t()
    except TypeError as e:
        print(type(e).__name__, e)
def g(*, only):
    return only
print(g(only=1))
try:
    g(1)
except TypeError as e:
    print(type(e).__name__, e)
def p(x, /, **kw):
    return x, kw
print(p(1, x=2))
