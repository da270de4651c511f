# sum(): items are taken one at a time (an error stops the iteration), floats and small ints
# take fast paths whose results must equal the `+` protocol's.
def noisy(items):
    for x in items:
        print("yield", repr(x))
        yield x


try:
    sum(noisy([1, 2, "three", 4]))
except TypeError as e:
    print("TypeError", e)

print(sum([0.1] * 10), sum([0.1] * 10) == 1.0)
print(sum([1e308, 1e308, -1e308]))
print(sum([1.5, 2, 3.25, True, -0.0]))
print(sum([-0.0, -0.0]), sum([-0.0], -0.0), sum([], -0.0))
print(sum([float("nan"), 1.0]), sum([float("inf"), -float("inf")]))
print(sum(range(100000)))
print(sum([2**62, 2**62, 2**62]), sum([-(2**62), -(2**62), -(2**62)]))
print(sum([1, 2**100, -(2**100)]))
print(sum([1, 2.5]), sum([2.5, 1]), sum([True, True, False]))
print(sum([[1], [2, 3]], []), sum(((1,), (2,)), ()))
print(sum([1, 2], start=10), sum([0.5, 0.25], 1))


class Num:
    def __init__(self, v):
        self.v = v

    def __radd__(self, other):
        return Num(other + self.v)

    def __add__(self, other):
        return Num(self.v + (other.v if isinstance(other, Num) else other))


print(sum([1.5, Num(2), 3.5]).v, sum([1, 2, Num(0.5)]).v)


class F(float):
    def __add__(self, other):
        return "F.add"

    def __radd__(self, other):
        return "F.radd"


print(sum([1.0, F(2.0)]), sum([F(1.0)], 0), sum([2.0, F(1.0)], 0.5))
for bad in ("ab", b"ab", bytearray(b"ab")):
    try:
        sum([], bad)
    except TypeError as e:
        print("TypeError", e)
