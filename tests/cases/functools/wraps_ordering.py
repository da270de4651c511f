from functools import wraps, update_wrapper, total_ordering, cmp_to_key, singledispatch
def deco(f):
    @wraps(f)
    def wrapper(*a, **k):
        """wrapper doc"""
        return f(*a, **k)
    return wrapper
@deco
def hello(x):
    """Say hello."""
    return "hi " + x
print(hello("bob"), hello.__name__, hello.__doc__, hello.__wrapped__.__name__, hello.__qualname__)
def g(): pass
def h(): "h doc"
h.extra = 5
update_wrapper(g, h)
print(g.__name__, g.__doc__, g.extra, g.__wrapped__ is h)
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return "V(%d)" % self.v
a, b = V(1), V(2)
print(a < b, a <= b, a > b, a >= b, a == V(1), b >= b, sorted([V(3), V(1), V(2)]))
try:
    @total_ordering
    class Bad:
        pass
except ValueError as e:
    print("ValueError", e)
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=cmp_to_key(cmp)), sorted("bca", key=cmp_to_key(lambda x, y: cmp(y, x))))
K = cmp_to_key(cmp)
print(K(1) < K(2), K(2) == K(2), K(3) >= K(1))
@singledispatch
def show(x):
    return "obj " + repr(x)
@show.register
def _(x: int):
    return "int %d" % x
@show.register(list)
def _(x):
    return "list of %d" % len(x)
print(show(1), show([1, 2]), show("s"), show(True), show.dispatch(float).__name__)
print(sorted(k.__name__ for k in show.registry))
