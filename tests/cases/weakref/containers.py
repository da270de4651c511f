import weakref
import gc


class K:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return 'K%d' % self.n


keys = [K(i) for i in range(4)]
wv = weakref.WeakValueDictionary()
for k in keys:
    wv[k.n] = k
print(len(wv), sorted(wv.keys()), wv[2], wv.get(9), 3 in wv, 9 in wv)
del keys[0]
print(len(wv), sorted(wv), 0 in wv)
keys.pop()
print(sorted(wv.items(), key=lambda kv: kv[0]), sorted(v.n for v in wv.values()))
try:
    wv[0]
except KeyError as e:
    print(type(e).__name__, e)
print(wv.pop(1), len(wv), wv.pop(1, 'gone'), wv.setdefault(2, None))
extra = K(10)
print(wv.setdefault(5, extra), len(wv), type(wv.copy()).__name__, sorted(wv.copy().keys()))
wv.update({6: extra}, seven=extra)
print(sorted(wv.keys(), key=str), len(wv.valuerefs()))
del wv[6]
print(sorted(wv.keys(), key=str))
wv.clear()
print(len(wv))

wk = weakref.WeakKeyDictionary()
a, b = K(1), K(2)
wk[a] = 'a'
wk[b] = 'b'
print(len(wk), wk[a], a in wk, K(3) in wk, 5 in wk, sorted(wk.values()))
del a
print(len(wk), list(wk.keys()), list(wk.items()))
print(wk.get(b), wk.pop(b), len(wk))
c = K(3)
print(wk.setdefault(c, []), wk[c], len(wk.keyrefs()))
wk2 = weakref.WeakKeyDictionary({c: 1})
print(list(wk2.items()), len(wk2.copy()))

ws = weakref.WeakSet()
items = [K(i) for i in range(3)]
for it in items:
    ws.add(it)
ws.add(items[0])
print(len(ws), items[1] in ws, K(9) in ws, 3 in ws, sorted(ws, key=lambda k: k.n))
items.pop()
print(len(ws))
ws.discard(items[0])
print(len(ws), sorted(x.n for x in ws))
ws2 = weakref.WeakSet(items)
print(len(ws | ws2), len(ws & ws2), len(ws2 - ws), ws <= ws2, ws2 >= ws, ws == weakref.WeakSet([items[1]]))
try:
    weakref.WeakSet().pop()
except KeyError as e:
    print(type(e).__name__, e)
try:
    ws.remove(K(5))
except KeyError as e:
    print(type(e).__name__)
x = ws2.pop()
print(type(x).__name__, len(ws2))
ws.clear()
print(len(ws), ws.isdisjoint(ws2))
