def make_counter(start=0, step=1):
    count = start
    def counter():
        nonlocal count
        current = count
        count += step
        return current
    def reset():
        nonlocal count
        count = start
    counter.reset = reset
    return counter
c = make_counter(10, 5)
print(c(), c(), c())
c.reset()
print(c())
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def slow_square(n):
    print("computing", n)
    return n * n
print(slow_square(4), slow_square(4), sorted(slow_square.cache))
def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
def curry(f, n):
    def curried(*args):
        if len(args) >= n:
            return f(*args)
        return lambda *more: curried(*args, *more)
    return curried
add3 = curry(lambda a, b, c: a + b + c, 3)
print(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3))
def make_accumulators():
    total = []
    def add(x):
        total.append(x)
        return sum(total)
    def get():
        return list(total)
    return add, get
add, get = make_accumulators()
add(1); add(2)
print(add(3), get())
def late():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    i = 100
    return [f() for f in fns]
print(late())
def early():
    return [(lambda i=i: i)() for i in range(3)]
print(early())
def shared_cell():
    x = 0
    def get():
        return x
    def set_(v):
        nonlocal x
        x = v
    return get, set_
g, s = shared_cell()
s(42)
print(g(), g.__closure__[0] is s.__closure__[0])
def closure_over_param(p):
    return lambda: p * 2
print(closure_over_param(21)(), closure_over_param("ab")())
def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            c = 3
            def l3():
                return a + b + c
            return l3
        return l2
    return l1
print(deep()()()(), deep()()().__code__.co_freevars)
def class_closure():
    secret = "hidden"
    class Revealer:
        def reveal(self):
            return secret
        @classmethod
        def cls_reveal(cls):
            return secret.upper()
    return Revealer
R = class_closure()
print(R().reveal(), R.cls_reveal())
def counter_gen():
    n = 0
    def bump():
        nonlocal n
        n += 1
        return n
    while n < 3:
        yield bump()
print(list(counter_gen()))
adders = {name: (lambda k: lambda x: x + k)(k) for name, k in [("one", 1), ("ten", 10)]}
print(adders["one"](5), adders["ten"](5))
