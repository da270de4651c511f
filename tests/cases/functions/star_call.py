def f(a, b, c=0, *args, d=1, **kw):
    return f"a={a} b={b} c={c} args={args} d={d} kw={sorted(kw.items())}"
print(f(1, 2))
print(f(*range(5)))
print(f(1, *[2], *(3, 4), d=5, **{"x": 6}, **{"y": 7}))
print(f(**{"a": 1, "b": 2, "z": 3}))
print(f(*"ab"))
try:
    f(1, 2, **{"d": 1}, d=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
print(max(*[3, 9, 2]), print(*[], sep="-"), "{}-{}".format(*"xy"))
args = (1,)
kw = {"sep": "|", "end": "!\n"}
print("a", "b", **kw)
