d = {}
for k in "hello world":
    d[k] = d.get(k, 0) + 1
print(d, list(d))
d2 = dict.fromkeys("abcde", 0)
del d2["b"]
d2["b"] = 1
d2["a"] = 9
print(list(d2.items()))
d3 = {i: i for i in range(10)}
for i in range(0, 10, 3):
    d3.pop(i)
d3[0] = "back"
print(d3)
d4 = {"x": 1}
d4.update([("y", 2)], z=3)
d4.setdefault("x", 100)
print(d4, d4.popitem(), d4)
print({**{"b": 1, "a": 2}, "b": 3}, dict({"b": 1}, a=1, b=2))
d5 = {1: "a"}
d5[1.0] = "b"
d5[True] = "c"
print(d5, list(d5.keys())[0].__class__.__name__)
big = {}
for i in range(2000):
    big[i] = i
for i in range(2000):
    if i % 7:
        del big[i]
print(len(big), list(big)[:6], sum(big.values()))
d6 = {"k": 1}
v = d6.values()
d6["k"] = 2
print(list(v))
d7 = {}
d7[(1, 2)] = "tuple"
d7[frozenset({3})] = "fs"
d7[None] = "none"
d7[""] = "empty"
print(d7[(1, 2)], d7[frozenset([3])], d7[None], d7[""], len(d7))
print(sorted({3: 1, 1: 2, 2: 3}), sorted({3: 1, 1: 2}.items(), key=lambda kv: kv[1]))
d8 = dict(a=1)
d9 = d8
d8 |= {"b": 2}
print(d9, d8 is d9)
d10 = {"a": [1]}
d11 = d10.copy()
d11["a"].append(2)
print(d10)
print(list(reversed({"a": 1, "b": 2, "c": 3})), next(reversed({"z": 0, "y": 1}.items())))
print({k: v for k, v in sorted({"b": 2, "a": 1}.items())})
print(dict(sorted({"b": 2, "a": 1}.items(), key=lambda kv: kv[1], reverse=True)))
