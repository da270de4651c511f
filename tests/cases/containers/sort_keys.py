people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 20)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (p[1], p[0]), reverse=True))
print(sorted(people, key=lambda p: -p[1]))
words = ["Banana", "apple", "cherry", "Apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
l = [5, 2, 8, 1]
l.sort(); print(l)
l.sort(reverse=True); print(l)
print(sorted("hello"), sorted({3: 1, 1: 2}), sorted({9, 4, 6}), sorted((2, 1)))
stable = sorted([(1, "b"), (0, "z"), (1, "a"), (0, "y")], key=lambda t: t[0])
print(stable)
try:
    sorted([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, 1].sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([], reverse=True), sorted([1], key=None))
