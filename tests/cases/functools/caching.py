from functools import lru_cache, cache, cached_property
calls = []
@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
print(sq(2), sq(3), sq(2), sq(4), sq(3), calls)
print(sq.cache_info())
sq.cache_clear()
print(sq.cache_info(), sq(2), calls[-1])
@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info().hits > 0)
@lru_cache
def ident(x):
    return x
print(ident(1), ident(1.0), ident.cache_info())
@lru_cache(maxsize=None, typed=True)
def typed(x):
    return type(x).__name__
print(typed(1), typed(1.0), typed.cache_info())
print(fib.__name__, sq.__wrapped__.__name__)
class Circle:
    def __init__(self, r):
        self.r = r
        self.n = 0
    @cached_property
    def area(self):
        self.n += 1
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area, c.n, "area" in c.__dict__)
del c.area
print(c.area, c.n)
try:
    lru_cache(maxsize="x")
except TypeError as e:
    print("TypeError", e)
@lru_cache(maxsize=0)
def z(x):
    return x
print(z(1), z(1), z.cache_info())
def kw(a, b=1):
    return a + b
k = lru_cache()(kw)
print(k(1), k(1, b=1), k(a=1), k.cache_info())
