d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0))
print(list(d.keys()), list(d.values()), list(d.items()))
del d["b"]
print(d, "a" in d, "b" in d)
d.update({"x": 9}, y=10)
print(d)
print(d.pop("x"), d.setdefault("q", []), d)
print({k: v * 2 for k, v in [("p", 1), ("q", 2)]})
print(dict(a=1, b=2), dict([(1, 2)]), dict(zip("ab", [1, 2])))
counts = {}
for w in "the cat the dog the end".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print({**{"a": 1}, "b": 2, **{"a": 3}})
