class Obj:
    def __init__(self):
        self.v = 1
        self.lst = [1, 2]
        self.d = {"k": 1}
o = Obj()
o.v += 10
o.lst[0] *= 5
o.d["k"] -= 3
o.d["new"] = o.d.get("new", 0) + 1
print(o.v, o.lst, o.d)
class Logged:
    def __init__(self):
        self.data = {}
    def __getitem__(self, k):
        print("get", k)
        return self.data.get(k, 0)
    def __setitem__(self, k, v):
        print("set", k, v)
        self.data[k] = v
l = Logged()
l["a"] += 1
l["a"] += 1
calls = []
def key():
    calls.append("key")
    return "x"
def target():
    calls.append("target")
    return l
target()[key()] += 5
print(calls)
class AttrLog:
    def __getattr__(self, n):
        print("getattr", n)
        return 100
    def __setattr__(self, n, v):
        print("setattr", n, v)
        object.__setattr__(self, n, v)
a = AttrLog()
a.count += 1
a.count += 1
x = [1, 2]
y = x
x += [3]
print(x is y, y)
t = (1, 2)
u = t
t += (3,)
print(t is u, u, t)
s = "ab"
s *= 2
print(s)
n = 2
n **= 10
n //= 3
n %= 100
n <<= 2
n >>= 1
n &= 0xFF
n |= 0x100
n ^= 0x1
print(n)
f = 7.0
f /= 2
f //= 1
f %= 2
print(f)
m = [[1, 2], [3, 4]]
m[1][0] += 10
print(m)
class M:
    def __matmul__(self, o):
        return "matmul"
    def __imatmul__(self, o):
        return "imatmul"
mm = M()
mm @= 1
print(mm)
z = M()
print(z @ 1)
try:
    undefined_aug += 1
except NameError as e:
    print("NameError", e)
d = {}
try:
    d["missing"] += 1
except KeyError as e:
    print("KeyError", e)
