def f(n):
    if n == 0:
        raise RuntimeError("bottom")
    g(n)
def g(n):
    f(n - 1)
f(10)
