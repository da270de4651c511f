def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=8))
print(f(*[1, 2, 3], **{"c": 0, "z": 1}))
def pos_only(a, b, /, c, *, d):
    return a, b, c, d
print(pos_only(1, 2, 3, d=4), pos_only(1, 2, c=3, d=4))
for call in [lambda: pos_only(1, b=2, c=3, d=4), lambda: pos_only(1, 2, 3, 4), lambda: pos_only(1, 2, 3),
             lambda: f(), lambda: f(1), lambda: f(1, c=1, a=2), lambda: f(1, c=1, **{"d": 1, "e": 2}),
             lambda: (lambda: 0)(1), lambda: (lambda x: 0)(), lambda: (lambda x, y: 0)(1, 2, 3),
             lambda: (lambda *, k: 0)(), lambda: (lambda *, k: 0)(1), lambda: (lambda x, /: 0)(x=1),
             lambda: (lambda **k: k)(**{1: 2}), lambda: f(1, *5, c=2), lambda: f(1, **[], c=2),
             lambda: (lambda a, b, c: 0)(1), lambda: (lambda a, b, c: 0)(), lambda: (lambda *, a, b: 0)(),
             lambda: (lambda x=1, /, y=2: 0)(1, 2, 3)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
def mutable_default(x, acc=[]):
    acc.append(x)
    return acc
print(mutable_default(1), mutable_default(2))
print(mutable_default.__defaults__)
def kwd(*, a=1, b):
    return a, b
print(kwd.__kwdefaults__, kwd(b=0))
kwd.__kwdefaults__ = {"a": 9, "b": 8}
print(kwd())
def dd(a, b=1):
    return a, b
dd.__defaults__ = (7, 8)
print(dd())
dd.__defaults__ = None
try:
    dd()
except TypeError as e:
    print("TypeError", e)
print((lambda: (yield))().__class__.__name__)
print((lambda *a, **k: (a, k))(1, 2, x=3))
sq = lambda x: x * x
print(sq.__name__, sq.__qualname__, sq(7))
def ann(a: int, b: "str" = "x") -> list:
    return []
print(ann.__annotations__)
def doc():
    "docstring here"
print(doc.__doc__, f.__code__.co_argcount, f.__code__.co_kwonlyargcount, pos_only.__code__.co_posonlyargcount)
print(f.__code__.co_varnames, f.__code__.co_name)
