print(sum([1, 2, 3]), sum([]), sum([1, 2], 10), sum([0.1] * 3), sum([[1], [2]], []), sum(range(5), start=100))
print(sum([1.5, 2]), sum([True, True]), sum(x * x for x in range(4)))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
print(any([]), all([]), any([0, 0, 1]), all([1, 1, 0]), any("a"), all(""), any([None, ""]), all([[0]]))
def noisy(v):
    print("check", v)
    return v
print(any(noisy(v) for v in [0, 3, 5]))
print(all(noisy(v) for v in [1, 0, 5]))
try:
    any(5)
except TypeError as e:
    print(type(e).__name__, e)
