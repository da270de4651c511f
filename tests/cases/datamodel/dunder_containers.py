class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return list(range(self.n))[i]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("Seq index out of range")
        return i * 10
s = Seq(4)
print(len(s), s[1], s[-1], s[1:3], s[::-1], list(s), 20 in s, 25 in s, list(reversed(s)))
print(sorted(s, reverse=True), sum(s), max(s), tuple(s), [*s], dict(zip(s, s)))
a, b, c, d = s
print(a, b, c, d)
try:
    s[10]
except IndexError as e:
    print("IndexError", e)
class Map:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        print("get", repr(k))
        return self.d[k]
    def __setitem__(self, k, v):
        print("set", repr(k), v)
        self.d[k] = v
    def __delitem__(self, k):
        print("del", repr(k))
        del self.d[k]
    def __contains__(self, k):
        return k in self.d
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)
m = Map()
m["a"] = 1
m[1, 2] = 2
m[1:2] = 3
m[::2, ...] = 4
print(m["a"], m[1, 2], "a" in m, "z" in m, len(m), list(m))
m["a"] += 5
del m["a"]
try:
    del m["zz"]
except KeyError as e:
    print("KeyError", e)
try:
    m["zz"]
except KeyError as e:
    print("KeyError", e)
class It:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
print(list(It()), [x * 2 for x in It()], sum(It()))
it = It()
print(next(it), next(it), next(it), next(it, "end"))
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError", e)
class NoIter:
    pass
for f in [lambda: iter(NoIter()), lambda: len(NoIter()), lambda: NoIter()[0], lambda: 1 in NoIter(), lambda: next(NoIter())]:
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
class BadLen:
    def __len__(self):
        return -1
class StrLen:
    def __len__(self):
        return "3"
for cls in (BadLen, StrLen):
    try:
        len(cls())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
class Rev:
    def __reversed__(self):
        return iter("cba")
print(list(reversed(Rev())))
class Cont:
    def __contains__(self, x):
        return x == 42
print(42 in Cont(), 41 in Cont(), 41 not in Cont())
class Missing(dict):
    def __missing__(self, k):
        return k.upper()
print(Missing(a=1)["a"], Missing()["zz"], Missing().get("zz"))
class LenHint:
    def __iter__(self):
        return iter([1, 2])
    def __length_hint__(self):
        return 100
print(list(LenHint()))
class GetItemOnly:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return chr(97 + i)
print(list(GetItemOnly()), "b" in GetItemOnly(), list(enumerate(GetItemOnly())))
