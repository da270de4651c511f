class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __len__(self):
        return len(self.xs)
    def __getitem__(self, i):
        return self.xs[i]
    def __setitem__(self, i, v):
        self.xs[i] = v
    def __contains__(self, v):
        return v in self.xs
    def __iter__(self):
        return iter(self.xs)
    def __bool__(self):
        return bool(self.xs)
    def __mul__(self, k):
        return Vec(*[x * k for x in self.xs])
    __rmul__ = __mul__
    def __lt__(self, o):
        return sum(self.xs) < sum(o.xs)
    def __call__(self, x):
        return x in self
    def __str__(self):
        return "Vec" + str(self.xs)
v = Vec(1, 2, 3)
v[0] = 10
print(len(v), v[0], 2 in v, list(v), bool(Vec()), str(v * 2), str(3 * v))
print(v(2), sorted([Vec(5), Vec(1)])[0].xs, max(Vec(1), Vec(9)).xs)
class Ctx:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, t, e, tb):
        print("exit", t.__name__ if t else None)
        return True
with Ctx() as c:
    print("body")
    raise KeyError("k")
print("after")
