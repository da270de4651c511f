# Real-world dict usage: counting, grouping, inverting, nested defaults
text = "the cat and the hat and the bat sat on the mat"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
groups = {}
for w in text.split():
    groups.setdefault(len(w), []).append(w)
print(groups)
inv = {v: k for k, v in counts.items()}
print(inv)
nested = {}
for i in range(6):
    nested.setdefault(i % 2, {}).setdefault(i % 3, []).append(i)
print(nested)
d = dict.fromkeys(range(5), 0)
for i in range(20):
    d[i % 5] += i
print(d, sum(d.values()), max(d, key=d.get))
big = {i: i * i for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], big[999])
for i in range(1000, 1010):
    big[i] = -i
print(list(big.items())[-3:])
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print({**a, **b}, {**b, **a}, a | b, b | a)
keys = ["k%d" % i for i in range(10)]
m = dict(zip(keys, range(10)))
print(m.keys() - {"k1", "k2"} == set(keys) - {"k1", "k2"})
print({k: m[k] for k in sorted(m, reverse=True)[:3]})
cache = {}
def fib(n):
    if n in cache:
        return cache[n]
    r = n if n < 2 else fib(n - 1) + fib(n - 2)
    cache[n] = r
    return r
print(fib(90), len(cache))
t = {(1, 2): "a", (1, (2, 3)): "b", frozenset({1}): "c", None: "d", 1.5: "e", "": "f", b"": "g"}
print(t[(1, 2)], t[(1, (2, 3))], t[frozenset([1])], t[None], t[1.5], t[""], t[b""])
class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v) % 3
    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v
    def __repr__(self):
        return "Key(%r)" % self.v
kd = {Key(i): i for i in range(10)}
print(kd[Key(7)], Key(11) in kd, len(kd))
print(kd)
