l = [3, 1, 2]
l.append(5); l.extend([7, 8]); l.insert(0, 0); l.insert(100, 9); l.insert(-1, 6)
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(2)
print(l, l.index(5), l.count(1), l.count(42))
l.reverse()
print(l)
c = l.copy(); c.clear()
print(c, l)
for op in [lambda: l.remove(99), lambda: l.index(99), lambda: [].pop(), lambda: l.pop(50)]:
    try:
        op()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
print([1, 2] + [3], [0] * 3, [[]] * 2, 2 in [1, 2], [1, 2] == [1, 2], [1, 2] < [1, 3])
m = [1, 2, 3]
m += (4, 5)
m *= 2
print(m, len(m))
try:
    [1] + (2,)
except TypeError as e:
    print(type(e).__name__, e)
