def f(**kw):
    return sorted(kw.items())
print(f(a=1, b=2))
def g(a, b):
    return a - b
print(g(b=1, a=5))
print(g(**{"a": 3, "b": 1}))
g(1, **{"a": 2})
