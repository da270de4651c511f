# weakref: type names, WeakMethod, finalize, and the full API of WeakValueDictionary,
# WeakKeyDictionary and WeakSet (mapping ABCs, operators, set algebra).
import copy
import gc
import weakref
from collections.abc import Mapping, MutableMapping


class Obj:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Obj(%d)" % self.n

    def meth(self):
        return self.n * 10


print(weakref.ReferenceType, weakref.ProxyType, weakref.CallableProxyType)
a = Obj(1)
print(type(weakref.ref(a)).__name__, type(weakref.proxy(a)).__name__,
      type(weakref.proxy(Obj.meth)).__name__)
print(weakref.ref is weakref.ReferenceType, weakref.ProxyTypes)
print(weakref.KeyedRef.__mro__[1] is weakref.ref)
k = weakref.KeyedRef(a, None, "key")
print(k.key, k() is a)

# WeakMethod
wm = weakref.WeakMethod(a.meth)
print(wm()(), wm() == a.meth, isinstance(wm, weakref.ref))
calls = []
b = Obj(2)
wm2 = weakref.WeakMethod(b.meth, lambda r: calls.append(r is wm2))
print(wm == weakref.WeakMethod(a.meth), wm != wm2, hash(wm) == hash(weakref.WeakMethod(a.meth)))
del b
gc.collect()
print(wm2(), calls)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError", e)

# finalize
c = Obj(3)
f = weakref.finalize(c, calls.append, "finalized")
print(f.alive, f.peek()[2:], f.atexit)
f.atexit = False
print(f.atexit)
del c
gc.collect()
print(f.alive, calls[-1], f(), f.peek(), f.detach())
d = Obj(4)
f2 = weakref.finalize(d, lambda *a, **k: (a, sorted(k)), 1, 2, x=3)
print(f2(), f2.alive, f2())
f3 = weakref.finalize(d, print, "never")
obj, func, args, kwargs = f3.detach()
print(obj is d, func is print, args, kwargs, f3.alive)

# WeakValueDictionary
objs = [Obj(i) for i in range(5)]
wvd = weakref.WeakValueDictionary({i: o for i, o in enumerate(objs)})
print(isinstance(wvd, MutableMapping), isinstance(wvd, Mapping), len(wvd))
print(sorted(wvd.keys()), sorted(wvd), sorted(v.n for v in wvd.values()))
print(sorted((k, v.n) for k, v in wvd.items()))
print(wvd == {i: o for i, o in enumerate(objs)}, wvd != {})
del objs[0]
gc.collect()
print(len(wvd), 0 in wvd, wvd.get(0, "gone"), sorted(wvd))
print(wvd.pop(1).n, wvd.pop(1, "dflt"), wvd.setdefault(9, objs[-1]).n, len(wvd))
try:
    wvd[0]
except KeyError as e:
    print("KeyError", e)
try:
    wvd.pop(0)
except KeyError as e:
    print("KeyError", e)
print(sorted(r().n for r in wvd.valuerefs()), sorted(r.key for r in wvd.itervaluerefs()))
c2 = wvd.copy()
print(type(c2).__name__, sorted(c2), sorted(copy.copy(wvd)), sorted(copy.deepcopy(wvd)))
extra = Obj(42)
u = wvd | {100: extra}
print(type(u).__name__, sorted(u))
r = {200: extra} | wvd
print(type(r).__name__, sorted(r))
wvd |= {300: extra}
print(sorted(wvd))
wvd.update([(400, extra)], kw=extra)
print(sorted(wvd, key=str))
k2, v2 = wvd.popitem()
print(k2 not in wvd, isinstance(v2, Obj))
wvd.clear()
print(len(wvd), list(wvd.items()))
print(weakref.WeakValueDictionary[int, Obj])

# WeakKeyDictionary
keys = [Obj(i) for i in range(4)]
wkd = weakref.WeakKeyDictionary({k: k.n * 2 for k in keys})
print(isinstance(wkd, MutableMapping), len(wkd), sorted(wkd.values()))
print(sorted(k.n for k in wkd), sorted(k.n for k in wkd.keys()), keys[0] in wkd, 5 in wkd)
del keys[0]
gc.collect()
print(len(wkd), sorted(k.n for k, v in wkd.items()))
print(wkd[keys[0]], wkd.get(keys[0]), wkd.get(Obj(9), "none"), wkd.setdefault(keys[0], 0))
print(wkd.pop(keys[0]), wkd.pop(keys[0], "missing"), len(wkd))
print(len(wkd.keyrefs()), sorted(r().n for r in wkd.keyrefs()))
print(sorted(v for v in copy.deepcopy(wkd).values()), sorted(copy.copy(wkd).values()))
nk = Obj(50)
print(sorted((wkd | {nk: 1}).values()), sorted(({nk: 1} | wkd).values()))
wkd |= {nk: 7}
print(wkd[nk], wkd == dict(wkd.items()))
try:
    wkd[Obj(99)]
except KeyError as e:
    print("KeyError", type(e.args[0]).__name__)
print(weakref.WeakKeyDictionary[Obj, int])

# WeakSet
items = [Obj(i) for i in range(6)]
ws = weakref.WeakSet(items[:4])
other = weakref.WeakSet(items[2:])
n = lambda s: sorted(o.n for o in s)
print(len(ws), n(ws), items[0] in ws, Obj(0) in ws, 3 in ws)
print(n(ws | other), n(ws & other), n(ws - other), n(ws ^ other))
print(n(ws.union(items[4:])), n(ws.intersection(items[:2])), n(ws.difference(items[:1])),
      n(ws.symmetric_difference(items[3:])))
print(ws <= weakref.WeakSet(items), ws < weakref.WeakSet(items), ws >= other, ws > weakref.WeakSet(items[:1]))
print(ws.issubset(items), ws.issuperset(items[:2]), ws.isdisjoint(items[4:]))
print(ws == weakref.WeakSet(items[:4]), ws != other, ws == set(items[:4]))
s2 = ws.copy()
s2 &= other
print(n(s2))
s2 = ws.copy()
s2 -= other
print(n(s2))
s2 = ws.copy()
s2 ^= other
print(n(s2))
s2 = ws.copy()
s2 |= other
print(n(s2))
s3 = ws.copy()
s3.intersection_update(items[1:3])
print(n(s3))
s3.symmetric_difference_update(items[2:4])
print(n(s3))
del items[0]
gc.collect()
print(len(ws), n(ws))
ws.discard(items[0])
ws.remove(items[1])
try:
    ws.remove(items[1])
except KeyError:
    print("KeyError")
print(n(ws), ws.pop() in items, len(ws))
ws.clear()
try:
    ws.pop()
except KeyError as e:
    print("KeyError", e)
try:
    hash(ws)
except TypeError as e:
    print("TypeError", e)
print(weakref.WeakSet[int])
