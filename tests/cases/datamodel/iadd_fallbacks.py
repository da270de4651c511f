class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("__add__")
        return OnlyAdd(self.v + o)
class WithIadd(OnlyAdd):
    def __iadd__(self, o):
        print("__iadd__")
        self.v += o
        return self
class IaddNI(OnlyAdd):
    def __iadd__(self, o):
        print("__iadd__ -> NotImplemented")
        return NotImplemented
class RaddOnly:
    def __radd__(self, o):
        print("__radd__")
        return "radd result"
a = OnlyAdd(1)
b = a
a += 1
print(a.v, a is b)
c = WithIadd(1)
d = c
c += 1
print(c.v, c is d)
e = IaddNI(1)
e += 1
print(type(e).__name__, e.v)
n = 5
n += RaddOnly()
print(n)
class NoOps:
    pass
try:
    x = NoOps()
    x += 1
except TypeError as err:
    print("TypeError", err)
try:
    x = NoOps()
    x -= 1
except TypeError as err:
    print("TypeError", err)
try:
    x = NoOps()
    x **= 2
except TypeError as err:
    print("TypeError", err)
try:
    x = NoOps()
    x @= 2
except TypeError as err:
    print("TypeError", err)
class IaddReturnsOther:
    def __iadd__(self, o):
        return "something else"
y = IaddReturnsOther()
y += 1
print(y)
lst = [1]
t = (lst,)
try:
    t[0] += [2]
except TypeError as err:
    print("TypeError", err)
print(t)
