class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
    def __add__(self, o):
        print("plain add")
        n = Acc()
        n.items = self.items + [o]
        return n
a = Acc()
b = a
a += 1
a += 2
print(a.items, a is b)
c = a + 3
print(c.items, c is a)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
x = OnlyAdd(1)
y = x
x += 10
print(x.v, y.v, x is y)
t = (1,)
t += (2,)
print(t)
l = [1]
try:
    l += 5
except TypeError as e:
    print(type(e).__name__, e)
s = "a"
s *= 3
print(s)
