l = list(range(10))
l[2:5] = ["a", "b"]
print(l)
l[::3] = [0, 0, 0]
print(l)
l[1:1] = [9, 9]
print(l)
l[-2:] = []
print(l)
del l[::2]
print(l)
try:
    l[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
m = [1, 2, 3]
m[:] = "xy"
print(m)
s = slice(1, 5, 2)
print(s.start, s.stop, s.step, list(range(10))[s], slice(3).indices(10), slice(None, None, -1).indices(4))
print(list(range(10))[slice(None, None, -2)], "abcdef"[slice(2, None)])
try:
    [1][::0]
except ValueError as e:
    print(type(e).__name__, e)
