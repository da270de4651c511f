print(sorted([3, 1, 2]), sorted([3, 1, 2], reverse=True), sorted("cba"), sorted((1, 0)), sorted({"b": 1, "a": 2}))
print(sorted([-3, 2, -1], key=abs), sorted(["b", "A", "c"], key=str.lower), sorted([[2, 1], [1, 2]]))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed(range(3))), "".join(reversed("abc")))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed(x for x in [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], key=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted()
except TypeError as e:
    print(type(e).__name__, e)
l = [3, 1]
print(sorted(l) is not l, l)
