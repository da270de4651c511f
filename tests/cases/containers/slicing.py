a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[::3], a[8:2:-2])
a[::2] = [0] * 5
print(a)
del a[1:3]
print(a)
s = "abcdefgh"
print(s[1:-1], s[-100:100], s[5:2])
t = tuple(range(5))
print(t[1:4], t[::-1])
print(a[slice(1, 4)], slice(1, 2, 3))
