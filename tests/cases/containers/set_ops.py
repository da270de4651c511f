a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union([9])), sorted(a.intersection(b, {4})), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print({1, 2} <= a, {1, 2} < a, a >= a, a > a, a.issubset(a), {9}.isdisjoint(a), a.issuperset([1]))
s = set()
s.add(1); s.add(1); s.update([2, 3], (4,)); s.discard(9); s.remove(4)
print(sorted(s), len(s))
try:
    s.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
print(s.pop() in {1, 2, 3}, len(s))
f = frozenset([1, 2])
print(sorted(f | {3}), type(f | {3}).__name__, type({3} | f).__name__, f == {1, 2})
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)
x = {1, 2, 3}
x -= {1}; x |= {7}; x &= {2, 7, 8}; x ^= {8}
print(sorted(x))
print(set(), frozenset(), {1} == frozenset({1}), set("aab") == {"a", "b"})
