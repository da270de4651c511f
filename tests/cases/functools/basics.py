import functools, operator
from functools import reduce, partial, lru_cache, cache, wraps, total_ordering, cmp_to_key, cached_property, singledispatch
print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 1), reduce(operator.sub, [10], 0))
try:
    reduce(operator.add, [])
except TypeError as e:
    print(type(e).__name__, e)
p = partial(int, base=2); print(p("101"), p.func is int, p.args, p.keywords)
q = partial(partial(max, 1), 5, key=abs); print(q(-7), q.args, q.func is max)
print(repr(partial(max, 1, key=abs)).startswith("functools.partial(<built-in function max>, 1, key="))
try:
    partial(1)
except TypeError as e:
    print(type(e).__name__, e)
calls = []
@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
print([sq(i) for i in [1, 2, 1, 3, 1, 2]], calls, sq.cache_info())
sq.cache_clear(); print(sq.cache_info(), sq.__wrapped__(4), sq.__name__)
@lru_cache(typed=True)
def t(x):
    return type(x).__name__
print(t(1), t(1.0), t.cache_info().currsize)
@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info().hits)
def deco(f):
    @wraps(f)
    def w(*a):
        return f(*a)
    return w
@deco
def hello(x):
    "doc here"
    return x
print(hello.__name__, hello.__doc__, hello.__wrapped__ is not None, functools.WRAPPER_ASSIGNMENTS)
@total_ordering
class N:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __gt__(self, o): return self.v > o.v
print(N(1) < N(2), N(2) <= N(2), N(3) >= N(4), N(1) > N(0))
try:
    total_ordering(type("E", (), {}))
except ValueError as e:
    print(type(e).__name__, e)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
class C:
    @cached_property
    def val(self):
        print("computing")
        return 42
c = C(); print(c.val, c.val, c.__dict__)
@singledispatch
def show(x):
    return "obj"
@show.register
def _(x: int):
    return "int"
@show.register(list)
def _(x):
    return "list"
print(show(1), show(True), show([1]), show("s"), show.dispatch(bool).__name__ if hasattr(show.dispatch(bool), '__name__') else '')
class A:
    def m(self, a, b): return (a, b)
    pm = functools.partialmethod(m, 1)
print(A().pm(2))
