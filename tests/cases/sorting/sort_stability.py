records = [("alice", 30, "nyc"), ("bob", 25, "sf"), ("carol", 30, "la"), ("dave", 25, "nyc"), ("eve", 35, "sf"), ("frank", 30, "sf")]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: (r[2], -r[1])))
print(sorted(records, key=lambda r: r[0], reverse=True))
by_city = sorted(records, key=lambda r: r[2])
print(sorted(by_city, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
from operator import itemgetter, attrgetter
print(sorted(records, key=itemgetter(2, 0)))
class P:
    def __init__(self, n, a):
        self.n, self.a = n, a
    def __repr__(self):
        return f"P({self.n},{self.a})"
ps = [P("x", 3), P("y", 1), P("z", 3), P("w", 2)]
print(sorted(ps, key=attrgetter("a")), sorted(ps, key=attrgetter("a", "n"), reverse=True))
nums = [5, -3, 2, -8, 0, 7, -1]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, key=lambda x: (x < 0, x)))
words = ["Banana", "apple", "cherry", "Apple", "banana"]
print(sorted(words), sorted(words, key=str.casefold), sorted(words, key=lambda w: (len(w), w)))
print(sorted([3.5, 1, True, 2.25, False]), sorted([[2, 1], [1, 9], [1, 2, 3], []]), sorted([(1, "b"), (1, "a"), (0, "z")]))
big = list(range(1000, 0, -7))
big.sort()
print(big[:5], big[-3:], len(big))
data = [i * 7919 % 1009 for i in range(200)]
s1 = sorted(data)
print(s1 == sorted(data, reverse=True)[::-1], s1[:10], s1[-5:])
print(sorted("the quick brown fox".split(), key=len))
print(sorted({"b": 2, "a": 1}.items(), key=lambda kv: kv[1], reverse=True))
lst = [3, 1, 2]
print(lst.sort(), lst, sorted(lst, reverse=True), lst)
print(sorted([], key=len), sorted([1]), sorted(range(5, 0, -1)))
import functools
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: cmp(b, a))))
print(min(records, key=itemgetter(1)), max(records, key=itemgetter(1)))
print(sorted(["a10", "a9", "a100"]), sorted(["a10", "a9", "a100"], key=lambda s: int(s[1:])))
try:
    sorted([1, None, 2])
except TypeError as e:
    print("TypeError", e)
try:
    sorted([{"a": 1}, {"b": 2}])
except TypeError as e:
    print("TypeError", e)
