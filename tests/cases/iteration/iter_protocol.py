it = iter([1, 2, 3])
print(next(it), list(it), next(it, None))
print(iter(it) is it, type(iter("ab")).__name__, type(iter({})).__name__, type(iter(range(2))).__name__)
d = {"a": 1, "b": 2}
print(next(iter(d)), next(iter(d.values())), next(iter(d.items())))
calls = [0]
def tick():
    calls[0] += 1
    return calls[0]
print(list(iter(tick, 4)))
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
class NoNext:
    def __iter__(self):
        return 5
try:
    iter(NoNext())
except TypeError as e:
    print(type(e).__name__, e)
r = reversed([1, 2, 3])
print(next(r), list(r), list(reversed(range(4))), list(reversed("ab")))
