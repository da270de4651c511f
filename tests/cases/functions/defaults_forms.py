def f(a, b=2, c=3):
    return (a, b, c)
print(f(1), f(1, 5), f(1, c=9), f(c=0, a=1), f(*[1, 2, 3]), f(1, **{"b": 7}))
def g(*args, **kwargs):
    return args, sorted(kwargs.items())
print(g(), g(1, 2), g(x=1), g(1, *[2, 3], y=4, **{"z": 5}))
def h(a, *rest, flag=False, **extra):
    return a, rest, flag, extra
print(h(1), h(1, 2, 3, flag=True, k="v"))
print(f.__defaults__, h.__kwdefaults__, f.__name__, f.__code__.co_argcount)
def counter(start=[0]):
    start[0] += 1
    return start[0]
print(counter(), counter(), counter([10]))
n = 5
def late(x=n):
    return x
n = 6
print(late())
