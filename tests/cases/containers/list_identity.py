a = [1, 2]
b = a
b.append(3)
print(a, a is b, a == a[:], a is a[:])
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 1
print(grid)
def add(item, into=[]):
    into.append(item)
    return into
print(add(1), add(2), add(3, []))
l = [1, 2, 3]
for x in l[:]:
    if x == 2:
        l.remove(x)
print(l)
l = [1]
l.append(l)
print(l, len(l))
d = {}
d["self"] = d
print(d)
