d = {}
for k in ["z", "a", "m"]:
    d[k] = len(d)
print(d, list(d))
d["a"] = 99
print(d)
del d["z"]
d["z"] = 0
print(d)
print(dict.fromkeys("ab", 0), {1: 1} == {1: 1}, {1: 1} != {1: 2})
inv = {v: k for k, v in d.items()}
print(inv)
nested = {"x": {"y": {"z": 1}}}
print(nested["x"]["y"]["z"], nested.get("q", {}).get("r"))
print(sorted(d, key=d.get), list(d.items())[0])
d.clear()
print(d, len(d))
