def make_gens():
    return [(lambda n=n: (x * n for x in range(3))) for n in range(1, 4)]
print([list(g()) for g in make_gens()])
def counter_gen():
    count = 0
    def bump():
        nonlocal count
        count += 1
    for _ in range(3):
        bump()
        yield count
print(list(counter_gen()))
def adders():
    return {name: (lambda v, k=k: v + k) for name, k in [("one", 1), ("ten", 10)]}
a = adders()
print(a["one"](5), a["ten"](5))
def memo(fn):
    cache = {}
    def wrapped(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapped.cache = cache
    return wrapped
@memo
def sq(n):
    return n * n
print(sq(3), sq(4), sq(3), sorted(sq.cache.items()))
