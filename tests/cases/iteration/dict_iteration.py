d = {"b": 2, "a": 1, "c": 3}
print(list(d), [k for k in d], list(d.items()))
for k, v in sorted(d.items()):
    print(k, v)
d2 = {}
for key in ["z", "y", "z", "x"]:
    d2[key] = d2.get(key, 0) + 1
print(d2)
d3 = dict(d)
del d3["b"]
d3["b"] = 9
print(list(d3))
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2}
try:
    for v in s:
        s.add(v + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
l = [1, 2, 3]
for v in l:
    if v < 3:
        l.append(v + 10)
print(l)
