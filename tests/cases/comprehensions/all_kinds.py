print([x * x for x in range(6) if x % 2 == 0])
print({x: x * 2 for x in "abc"})
print(sorted({x % 3 for x in range(10)}))
print(list(x + 1 for x in range(3)))
print([(i, j) for i in range(3) for j in range(i)])
print([[j for j in range(i)] for i in range(4)])
m = [[1, 2], [3, 4]]
print([row[i] for i in range(2) for row in m])
print(sum(x for x in range(100) if x % 7 == 0))
x = "outer"
print([x for x in range(2)], x)
print(any(c.isdigit() for c in "ab1"), all(v > 0 for v in [1, 2, 0]))
print(dict((k, len(k)) for k in ["aa", "b"]))
