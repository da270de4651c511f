d = {"one": 1, "two": 2, "three": 3}
k, v, it = d.keys(), d.values(), d.items()
print(list(k), list(v), list(it))
d["four"] = 4
print(len(k), list(k)[-1], "four" in k, 4 in v, ("four", 4) in it)
print(k & {"one", "zzz"}, sorted(k | {"x"}), sorted(k - {"one"}), k == {"one", "two", "three", "four"})
print(sorted(it & {("one", 1), ("two", 0)}))
for key, val in d.items():
    print(key, val)
print(list(reversed(d)), list(reversed(d.values())))
try:
    for key in d:
        d["new"] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
print(type(k).__name__, type(v).__name__, type(it).__name__)
print(repr({"a": 1}.keys()), repr({"a": 1}.values()), repr({"a": 1}.items()))
