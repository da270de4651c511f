import heapq
print(heapq.nlargest(3, [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]))
print(heapq.nsmallest(3, [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]))
print(heapq.nsmallest(0, [1]), heapq.nlargest(-1, [1]), heapq.nsmallest(5, []), heapq.nlargest(1, []))
print(heapq.nsmallest(1, [3, 1, 2]), heapq.nlargest(1, [3, 1, 2]), heapq.nlargest(10, [3, 1, 2]))
people = [("ann", 30), ("bob", 25), ("cy", 30), ("dee", 22), ("eve", 25)]
print(heapq.nsmallest(3, people, key=lambda p: p[1]))
print(heapq.nlargest(3, people, key=lambda p: p[1]))
print(heapq.nsmallest(2, iter("hello")), heapq.nlargest(2, "hello"))
m = heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])
print(type(m).__name__, list(m))
print(list(heapq.merge(["dog", "horse"], ["cat", "fish", "kangaroo"], key=len)))
print(list(heapq.merge([7, 5, 1], [8, 2], reverse=True)))
print(list(heapq.merge([3, 2], [9, 1], key=lambda x: -x, reverse=False)))
print(list(heapq.merge()), list(heapq.merge([1, 2])))
def gen(start):
    print("start", start)
    yield start
    yield start + 10
m = heapq.merge(gen(1), gen(2))
print("created")
print(next(m))
print(list(m))
print(list(heapq.merge([(1, "b"), (1, "a")], [(1, "c")])))
