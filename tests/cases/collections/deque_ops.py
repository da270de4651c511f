from collections import deque
d = deque()
for i in range(5):
    d.append(i)
    d.appendleft(-i)
print(d, len(d), d[0], d[-1], d[3])
print(d.pop(), d.popleft(), d)
d.extend([7, 8]); d.extendleft([9, 10]); print(d)
d.rotate(3); print(d); d.rotate(-5); print(d); d.rotate(0); print(d)
d.reverse(); print(d, d.count(0), d.index(7))
d.insert(2, 'x'); d.remove('x'); print(d)
c = d.copy(); c.clear(); print(c, d == d.copy(), d != c)
m = deque(range(10), maxlen=3); print(m, m.maxlen); m.appendleft(-1); print(m)
print(deque([1, 2]) * 3, deque([1]) + deque([2]), 5 in deque([5]))
e = deque([1, 2, 3]); e += [4]; e *= 2; print(e)
print(list(reversed(deque([1, 2, 3]))), bool(deque()), bool(deque([0])))
d2 = deque([1, 2, 3]); d2[1] = 20; del d2[0]; print(d2)
for f in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1]).remove(9),
          lambda: deque([1]).index(9), lambda: deque([1], maxlen=1).insert(0, 2),
          lambda: deque([1])[5], lambda: deque(maxlen=-1), lambda: deque([1]) + [1],
          lambda: deque([1])['a'], lambda: deque(1)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
r = deque([1]); r.append(r); print(r)
it = iter(r); r.append(1)
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
print(deque([1, 2]) < deque([1, 3]), deque([2]) >= deque([1, 9]), deque.__module__, deque.__name__)
class D(deque):
    pass
x = D([1, 2]); x.append(3); print(x, type(x.copy()).__name__, len(x))
