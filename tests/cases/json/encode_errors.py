import json
def show(v, **kw):
    try:
        print(json.dumps(v, **kw))
    except Exception as e:
        print(type(e).__name__, e)
show({1, 2})
show(object) if False else show(b"bytes")
show({"a": 1j})
show({(1, 2): 3})
show({b"k": 1})
show(float("nan"), allow_nan=False)
show([float("inf")], allow_nan=False)
show({float("inf"): 1}, allow_nan=False)
a = []
a.append(a)
show(a)
d = {}
d["self"] = d
show(d)
show({"a": [1, 2]}, check_circular=False)
class P:
    def __init__(self, x): self.x = x
show(P(3), default=lambda o: {"P": o.x})
show([P(1), P(2)], default=lambda o: [o.x] * o.x)
show(P(1), default=lambda o: o)
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1, 2}}, cls=Enc))
print(Enc(indent=1).encode([{1}]), "".join(Enc().iterencode({"a": {2}})))
try:
    json.dumps({"s": P(1)}, cls=Enc)
except TypeError as e:
    print(type(e).__name__, e)
show({"b": 1, "a": 2, 3: 4}, sort_keys=True)
show({"b": 1, "a": 2}, sort_keys=True, indent=2)
deep = []
cur = deep
for i in range(5000):
    n = []
    cur.append(n)
    cur = n
try:
    json.dumps(deep)
except RecursionError as e:
    print("RecursionError")
try:
    json.loads("[" * 5000 + "]" * 5000)
except RecursionError as e:
    print("RecursionError")
x = json.loads("[" * 50 + "]" * 50)
n = 0
while x:
    x = x[0]
    n += 1
print(n)
