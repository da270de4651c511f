import heapq
from heapq import *

h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    heappush(h, x)
print(h, h[0])
print([heappop(h) for _ in range(len(h))], h)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapify(data)
print(data)
print(heapreplace(data, 10), data)
print(heappushpop(data, -1), heappushpop(data, 4), data)
print(heappushpop([], 3))
h = [(2, "b"), (1, "a"), (3, "c")]
heapify(h)
print(heappop(h), h)
h = []
for i, w in enumerate("the quick brown fox jumps".split()):
    heappush(h, (len(w), i, w))
print([heappop(h)[2] for _ in range(len(h))])
# heapsort of floats and strings
vals = [3.5, -1.0, 2.25, 0.0, 10.0]
h = list(vals); heapify(h)
print([heappop(h) for _ in vals])
h = list("zebra"); heapify(h)
print("".join(heappop(h) for _ in range(5)))
# max-heap helpers
h = [3, 1, 4, 1, 5, 9, 2, 6]
heapq._heapify_max(h)
print(h, heapq._heappop_max(h), heapq._heapreplace_max(h, 0), h)
for f, args in [(heappush, (1, 2)), (heappop, ([],)), (heappop, (1,)), (heapify, ((1,),)),
                (heapreplace, ([], 1)), (heappushpop, (1, 1)), (heappush, ([],)), (heapify, ()),
                (heappop, ([], 1)), (heapq._heappop_max, ([],))]:
    try:
        f(*args)
    except (TypeError, IndexError) as e:
        print(f.__name__, type(e).__name__, e)
try:
    heappush([], 1, x=2)
except TypeError as e:
    print("TypeError", e)
try:
    h = [1, "a"]
    heapify(h)
    heappush(h, 2)
except TypeError as e:
    print("TypeError", e)
class Item:
    def __init__(self, p): self.p = p
    def __lt__(self, o): return self.p < o.p
    def __repr__(self): return "Item(%d)" % self.p
h = []
for p in [4, 2, 6, 1]:
    heappush(h, Item(p))
print(heappop(h), heappop(h), h)
