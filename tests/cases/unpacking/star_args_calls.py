def show(*args, **kwargs):
    return f"args={args} kwargs={sorted(kwargs.items())}"
print(show())
print(show(1, 2))
print(show(*range(3)))
print(show(*[1], 2, *(3,)))
print(show(a=1, **{"b": 2}))
print(show(*"ab", x=1, **dict(y=2)))
print(show(*[], **{}))
def pos(a, b, c):
    return a, b, c
print(pos(*[1, 2, 3]), pos(1, *[2, 3]), pos(*[1], **{"c": 3, "b": 2}))
print(pos(**{"a": 1, "b": 2, "c": 3}))
gen = (i for i in range(3))
print(pos(*gen))
print(max(*[3, 9, 1]), min(*"zyx"), list(zip(*[(1, "a"), (2, "b")])))
class KW:
    def keys(self):
        return ["k1", "k2"]
    def __getitem__(self, k):
        return k.upper()
print(show(**KW()))
print(dict(**KW()), {**KW()})
def kwonly(*, a, b=2):
    return a, b
print(kwonly(**{"a": 1}))
args = (1, 2)
kwargs = {"c": 3}
print(pos(*args, **kwargs))
print((lambda *a: a)(*range(5)))
def defaults(a, b=10, *rest, c=20, **kw):
    return a, b, rest, c, kw
print(defaults(1), defaults(1, 2, 3, 4, c=5, d=6), defaults(*[1, 2, 3], **{"c": 4}))
print(print.__name__, [*map(str, range(3))])
print(sorted(*[[3, 1, 2]], reverse=True))
print("{} {} {}".format(*"abc"), "{x}{y}".format(**{"x": 1, "y": 2}))
nested = [[1, 2], [3, 4]]
print([*nested[0], *nested[1]], [*[*nested]])
