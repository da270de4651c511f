def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(*[1, 2], c=0, **{"d": 9, "z": 1}))
def pos(a, b, /, c, *, d):
    return a + b + c + d
print(pos(1, 2, 3, d=4), pos(1, 2, c=3, d=4))
def t(fn, *a, **k):
    try:
        fn(*a, **k)
    except TypeError as e:
        print(e)
def two(a, b): pass
def dflt(a, b=1): pass
def kwo(a, *, c): pass
def none(): pass
t(two)
t(two, 1)
t(two, 1, 2, 3)
t(dflt, 1, 2, 3)
t(kwo, 1)
t(kwo, 1, 2)
t(two, 1, a=2)
t(two, 1, 2, z=3)
t(pos, a=1, b=2, c=3, d=4)
t(none, 1)
def three(a, b, c): pass
t(three)
