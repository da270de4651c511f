import heapq, bisect
h = []
for x in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(3)], h)
l = [9, 4, 7, 1, 0]; heapq.heapify(l); print(l, heapq.heapreplace(l, 5), l, heapq.heappushpop(l, -1), l)
print(heapq.nlargest(2, [3, 1, 4, 1, 5]), heapq.nsmallest(3, [3, 1, 4, 1, 5]), heapq.nsmallest(2, ["bb", "a", "ccc"], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5], [3])))
try:
    heapq.heappop([])
except IndexError as e:
    print(type(e).__name__, e)
a = [1, 2, 2, 4]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 3), bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 9, 0, 2))
bisect.insort(a, 3); bisect.insort_left(a, 0); print(a)
recs = [(1, "a"), (3, "b")]; bisect.insort(recs, (2, "c"), key=lambda r: r[0]); print(recs, bisect.bisect_left(recs, 3, key=lambda r: r[0]))
try:
    bisect.bisect(a, 1, -1)
except ValueError as e:
    print(type(e).__name__, e)
