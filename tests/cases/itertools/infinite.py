import itertools as it
from itertools import count, cycle, repeat, islice

c = count()
print([next(c) for _ in range(5)], repr(c))
print(list(islice(count(10, -3), 5)))
print(list(islice(count(0.5, 0.25), 4)))
print(list(islice(count(2**62, 2**62), 3)))
print(repr(count(1, 1.0)), repr(count(1.5)), repr(count(-2, 0)), repr(count(True)))
c = count(3, 2)
next(c); print(repr(c))
print(repr(count(True, 2)), repr(count(False, 1.5)))
print(list(islice(count(1j, 1), 3)))
print(list(islice(cycle("abc"), 8)))
print(list(islice(cycle([]), 3)))
cy = cycle(iter([1, 2]))
print([next(cy) for _ in range(5)])
def gen():
    yield 1
    yield 2
cy = cycle(gen())
print([next(cy) for _ in range(5)])
r = repeat("x", 3)
print(r.__length_hint__(), repr(r), list(r), repr(r), r.__length_hint__())
print(list(repeat(None, 0)), list(repeat(1, -3)), repr(repeat([1, 2], times=2)))
print(list(map(pow, range(5), repeat(2))))
print(list(zip("ab", repeat(0))))
r = repeat(7)
print(next(r), next(r), repr(r))
print(iter(r) is r, iter(c) is c)
print(type(count()).__name__, type(cycle('')).__name__, type(repeat(1)).__name__)
print(list(islice(repeat(1), 4)))
class Num:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print(list(repeat('z', Num(2))))
try:
    repeat(1, 2.5)
except TypeError as e:
    print("TypeError", e)
try:
    count(1, "a")
except TypeError as e:
    print("TypeError", e)
