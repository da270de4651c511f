"""Memoized dynamic programming with functools: edit distance, knapsack, partitions, LIS."""
import sys
from functools import lru_cache, cache, reduce, partial, total_ordering, cmp_to_key

sys.setrecursionlimit(5000)


def edit_distance(a, b):
    @lru_cache(maxsize=None)
    def d(i, j):
        if i == 0:
            return j
        if j == 0:
            return i
        cost = a[i - 1] != b[j - 1]
        return min(d(i - 1, j) + 1, d(i, j - 1) + 1, d(i - 1, j - 1) + cost)

    result = d(len(a), len(b))
    return result, d.cache_info()


for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("intention", "execution")]:
    dist, info = edit_distance(a, b)
    print(a, b, dist, info.hits, info.misses, info.currsize)


@cache
def partitions(n, k):
    """Number of ways to write n as a sum of parts of size at most k."""
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


print([partitions(n, n) for n in range(1, 16)], partitions(100, 100))


def knapsack(items, capacity):
    @lru_cache(maxsize=256)
    def best(i, cap):
        if i == len(items):
            return 0, ()
        name, weight, value = items[i]
        skip = best(i + 1, cap)
        if weight > cap:
            return skip
        v, chosen = best(i + 1, cap - weight)
        take = (v + value, (name,) + chosen)
        return max(skip, take)

    return best(0, capacity), best.cache_info().maxsize


items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
         ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40)]
print(knapsack(items, 200))


def lis(seq):
    tails, prev, idx = [], [None] * len(seq), []
    import bisect
    for i, x in enumerate(seq):
        j = bisect.bisect_left(tails, x)
        if j == len(tails):
            tails.append(x)
            idx.append(i)
        else:
            tails[j] = x
            idx[j] = i
        prev[i] = idx[j - 1] if j else None
    out, k = [], idx[-1] if idx else None
    while k is not None:
        out.append(seq[k])
        k = prev[k]
    return out[::-1]


print(lis([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9]), lis([]))


@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "1.10.0"]]
print(sorted(vs), max(vs), Version("1.2") <= Version("1.2.1"), Version("2.0") >= Version("1.99"))
print(sorted(["b10", "a2", "b9", "a10"], key=cmp_to_key(lambda x, y: (x[0] > y[0]) - (x[0] < y[0]) or int(x[1:]) - int(y[1:]))))
print(reduce(lambda acc, x: acc * x, range(1, 21)), reduce(lambda a, b: a + b, [], "empty"))
hexint = partial(int, base=16)
print(hexint("ff"), hexint("10"), hexint.func is int, hexint.keywords, repr(partial(max, 1, 2))[:20])
fib = lru_cache(maxsize=2)(lambda n: n if n < 2 else fib(n - 1) + fib(n - 2))
print(fib(30), fib.cache_info())
