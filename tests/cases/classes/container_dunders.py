class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * 10
s = Seq(3)
print(list(s), 20 in s, 25 in s, len(s), bool(Seq(0)), [x for x in s], sorted(s, reverse=True))
class Map:
    def __init__(self):
        self.d = {}
    def __setitem__(self, k, v):
        print("set", k, v)
        self.d[k] = v
    def __getitem__(self, k):
        return self.d[k]
    def __delitem__(self, k):
        print("del", k)
        del self.d[k]
    def __missing__(self, k):
        return "never used"
m = Map()
m["a"] = 1
m["b"] = "second"
print(m["a"], m["b"])
del m["a"]
try:
    m["a"]
except KeyError as e:
    print(type(e).__name__, e)
class D(dict):
    def __missing__(self, k):
        return k * 2
print(D(a=1)["a"], D()["zz"])
