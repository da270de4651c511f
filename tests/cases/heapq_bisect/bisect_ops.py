import bisect
from bisect import bisect_left, bisect_right, insort_left, insort_right

a = [1, 2, 4, 4, 4, 7, 9]
for x in [0, 1, 4, 5, 9, 10]:
    print(x, bisect_left(a, x), bisect_right(a, x), bisect.bisect(a, x))
print(bisect_left(a, 4, 3), bisect_left(a, 4, 0, 3), bisect_right(a, 4, lo=1, hi=4), bisect_right(a, 4, hi=None))
print(bisect_left(a, 4, 7, 7), bisect_right(a, 4, 5, 2))
b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    insort_right(b, x)
print(b)
insort_left(b, 4); bisect.insort(b, 4.0); print(b)
recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect_left(recs, 3, key=lambda r: r[1]), bisect_right(recs, 3, key=lambda r: r[1]))
insort_left(recs, ("x", 3), key=lambda r: r[1]); insort_right(recs, ("y", 3), key=lambda r: r[1])
print(recs)
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
print(bisect_left("acegi", "d"), bisect_right((1, 2, 3), 2), bisect_left(range(0, 100, 5), 42))
class Seq:
    def __init__(self, d): self.d = d
    def __len__(self): return len(self.d)
    def __getitem__(self, i): return self.d[i]
    def insert(self, i, x): self.d.insert(i, x)
s = Seq([10, 20, 30])
print(bisect_left(s, 25), bisect.insort(s, 25), s.d)
for f, args, kw in [(bisect_left, ([], 1, -1), {}), (bisect.bisect, (1, 1), {}), (bisect.insort, ((1,), 1), {}),
                    (bisect_right, ([1],), {}), (bisect_left, ([1, 2], 1, 0, 'a'), {}),
                    (bisect_left, ([1, 2], 1, 'a'), {}), (bisect_left, ([1, 2], 1, 0, 5), {}),
                    (insort_left, ([], 1, -1), {}), (bisect_right, ([1], 1), {'x': 2}),
                    (bisect_right, ([1], 1), {'foo': 2}), (bisect_left, ([1, "a"], 2), {})]:
    try:
        print(f(*args, **kw))
    except (TypeError, ValueError, IndexError, AttributeError) as e:
        print(f.__name__, type(e).__name__, e)
print(bisect_left.__name__, bisect.insort_right.__name__, bisect.bisect is bisect_right)
