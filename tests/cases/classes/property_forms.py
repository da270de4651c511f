class Temp:
    def __init__(self):
        self._c = 0
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v
    @c.deleter
    def c(self):
        print("deleting")
        self._c = None
    f = property(lambda self: self._c * 9 / 5 + 32, doc="fahrenheit")
t = Temp()
t.c = 100
print(t.c, t.f, Temp.f.__doc__, type(Temp.c).__name__)
try:
    t.c = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.f = 5
except AttributeError as e:
    print(type(e).__name__, e)
del t.c
print(t.c)
try:
    del t.f
except AttributeError as e:
    print(type(e).__name__, e)
