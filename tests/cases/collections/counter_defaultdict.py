from collections import Counter, defaultdict
c = Counter("abracadabra")
print(c, c["a"], c["z"], c.most_common(2), sorted(c.elements()))
c.update("aaz"); c.subtract({"a": 2, "q": 1})
print(c, c.total())
d = Counter(a=3, b=1) + Counter(a=1, b=2, c=0)
print(d, Counter(a=3, b=1) - Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2), Counter(a=3) | Counter(a=1, b=2))
print(-Counter(a=-2, b=3), +Counter(a=-2, b=3), Counter(a=1) == Counter(a=1, b=0))
print(Counter({"x": 2, "y": 5}).most_common(), Counter().most_common(1), repr(Counter()))
print(Counter(["a", "b", "a"]).keys(), list(Counter("cba").values()))
c = Counter("aab")
del c["a"]; c["b"] += 5; print(c, dict(c))
print(Counter(a=1) < Counter(a=2), Counter(a=1) <= Counter(a=1, b=1))
dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dd, dd["zz"], sorted(dd), dd.default_factory)
di = defaultdict(int)
for ch in "hello":
    di[ch] += 1
print(dict(di), repr(defaultdict(None)), "q" in di)
try:
    defaultdict(None)["x"]
except KeyError as e:
    print("KeyError", e)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError", e)
d2 = di.copy()
print(type(d2).__name__, d2 == di, d2.default_factory is int)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 1
print({k: dict(v) for k, v in nested.items()})
print(isinstance(dd, dict), defaultdict(int, {"a": 1}, b=2))
print(di.get("missing"), "missing" in di)
