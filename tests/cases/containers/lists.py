a = [3, 1, 2]
a.append(5)
a.extend([7, 6])
a.insert(0, 9)
print(a, len(a))
a.sort()
print(a)
a.reverse()
print(a, a.pop(), a.pop(0), a)
a.remove(3)
print(a, a.index(5), a.count(2))
b = a[:]
b[0] = 100
print(a, b)
print(a + [0], [0] * 3, [[0] * 2 for _ in range(2)])
del a[0]
print(a)
a[1:3] = ["x", "y", "z"]
print(a)
print(sorted([3, 1, 2], reverse=True), sorted(["bb", "a", "ccc"], key=len))
print([1, 2, 3][::-1], [1, 2, 3, 4][1::2])
