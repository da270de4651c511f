def numbers():
    yield from range(10)
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x
def squares(it):
    return (x * x for x in it)
print(list(squares(evens(numbers()))))
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(take(5, naturals())))
g = naturals()
print(next(g), next(g), sum(take(3, g)))
def gen_with_return():
    yield 1
    return 99
it = gen_with_return()
next(it)
try:
    next(it)
except StopIteration as e:
    print("stop value", e.value)
print(list(zip(naturals(), "abc")))
print(sorted(x % 4 for x in range(10)), max(x for x in [3, 9, 2]))
