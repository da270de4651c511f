import functools
def trace(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        print(f"call {fn.__name__}{a}{k if k else ''}")
        r = fn(*a, **k)
        print(f"  -> {r!r}")
        return r
    return wrapper
@trace
def add(a, b=1):
    "adds"
    return a + b
add(1)
add(2, b=5)
print(add.__name__, add.__doc__, add.__wrapped__.__name__, add.__qualname__)
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hello(x):
    return f"hi {x}"
print(hello("bob"))
def register(registry):
    def deco(fn):
        registry[fn.__name__] = fn
        return fn
    return deco
REG = {}
@register(REG)
def one(): return 1
@register(REG)
def two(): return 2
print(sorted(REG), REG["two"]())
@trace
@repeat(2)
def stacked(x):
    return x * 2
stacked(5)
def class_deco(cls):
    cls.added = "by decorator"
    return cls
@class_deco
class K:
    pass
print(K.added)
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *a):
        self.calls += 1
        return self.fn(*a)
@CountCalls
def square(x):
    return x * x
print(square(3), square(4), square.calls)
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info().hits > 0)
class Service:
    @staticmethod
    @trace
    def util(x):
        return x + 1
    @classmethod
    def make(cls):
        return cls.__name__
    @property
    @functools.lru_cache()
    def expensive(self):
        print("computing")
        return 42
print(Service.util(1), Service.make())
s = Service()
print(s.expensive, s.expensive)
deco_list = [trace]
@deco_list[0]
def via_subscript():
    return "sub"
via_subscript()
@(lambda f: lambda: f() + "!")
def via_lambda():
    return "lam"
print(via_lambda())
def noop(f):
    return f
@noop
@noop
class Double:
    x = 1
print(Double.x)
import functools as ft
@ft.singledispatch
def describe(x):
    return "object"
@describe.register
def _(x: int):
    return "int"
@describe.register(list)
def _(x):
    return "list"
print(describe(1), describe([1]), describe("s"), describe(True))
print(ft.partial(pow, 2)(10), ft.reduce(lambda a, b: a * b, range(1, 6)))
