from array import array
a = array("i", [5, 3, 8, 1, 9, 2])
print(sorted(a), max(a), min(a), sum(a), list(reversed(a)), len(a), bool(a), bool(array("i")))
print([x * 2 for x in a], a.index(8), a[1:-1], a[::-1], a[100:], a[-100:2])
b = a[:]
b[0] = 100
print(a[0], b[0], a is b, a == a[:])
a[2:2] = array("i", [0, 0])
print(a)
a[len(a):] = array("i", [7])
print(a, a.count(0))
x = array("d", [1.0, 2.0])
x[0] = 5
x[1] = True
print(x, type(x[0]).__name__)
c = array("b")
for i in range(-3, 4):
    c.append(i)
print(c, c.tolist())
d = c[:]
d.append(100)
print(len(c), len(d))
print(repr(array("u", "a\nb")), str(array("q")), array("B", range(5)))
