base = list(range(10))
slices = [(None, None, None), (2, 5, None), (-3, None, None), (None, -3, None), (None, None, 2), (None, None, -1), (8, 2, -2), (-1, -10, -3), (100, None, None), (None, 100, 3), (5, 5, None), (7, 3, None), (-100, 100, 4)]
for a, b, c in slices:
    s = slice(a, b, c)
    print((a, b, c), base[s], s.indices(len(base)))
for a, b, c in slices:
    x = list(base)
    try:
        x[a:b:c] = ["X"] * len(x[a:b:c]) if c not in (None, 1) else ["A", "B"]
        print("assign", (a, b, c), x)
    except ValueError as e:
        print("assign", (a, b, c), "ValueError", e)
for a, b, c in slices:
    x = list(base)
    del x[a:b:c]
    print("del", (a, b, c), x)
x = list(base)
x[2:2] = "abc"
print(x)
x[::3] = range(len(x[::3]))
print(x)
x[-1:] = []
print(x)
x[:0] = [None]
print(x)
try:
    x[::2] = []
except ValueError as e:
    print("ValueError", e)
x[:] = x[::-1]
print(x)
y = [1, 2, 3]
y[1:2] = y
print(y)
z = [1, 2, 3]
z[len(z):] = [4, 5]
print(z)
class Idx:
    def __index__(self):
        return 2
print(base[Idx()], base[Idx():], base[:Idx()])
try:
    base[1.5:]
except TypeError as e:
    print("TypeError", e)
try:
    base["a":]
except TypeError as e:
    print("TypeError", e)
print(base[None:None], base[slice(2)], base[slice(1, None, 4)])
print("abcdef"[slice(1, 5, 2)], (1, 2, 3, 4)[::-2], b"abcd"[1::2], range(10)[::-3])
