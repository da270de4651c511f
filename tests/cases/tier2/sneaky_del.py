# The talk's hazards for traces: a finalizer runs arbitrary code at any decref, inside a
# loop hot enough to be traced.
import sys

LIMIT = 10


class RebindGlobal:
    def __del__(self):
        global LIMIT
        LIMIT = 1000


def count_global(n):
    total = 0
    for i in range(n):
        total += LIMIT
        if i == 300:
            x = RebindGlobal()
            x = None  # __del__ rebinds LIMIT mid-loop
    return total


print("global rebound by __del__:", count_global(600))


class Point:
    def __init__(self, x):
        self.x = x

    def norm(self):
        return self.x * 2


class ChangeType:
    def __del__(self):
        Point.norm = lambda self: -self.x


def method_changed(n):
    p = Point(3)
    total = 0
    for i in range(n):
        total += p.norm()
        if i == 250:
            c = ChangeType()
            del c
    return total


print("method replaced by __del__:", method_changed(500))


class Lineno:
    def __del__(self):
        f = sys._getframe(1)
        print("finalizer sees line offset", f.f_lineno - f.f_code.co_firstlineno)


def where(n):
    for i in range(n):
        y = i + 1
        if i == n - 1:
            o = Lineno()
            o = None
    return y


print(where(100))


# At module level f_locals is the globals dict: the talk's Sneaky, in a hot loop.
class Sneaky:
    def __del__(self):
        sys._getframe(1).f_locals["x"] = "bar"


seen = []
for i in range(500):
    x = "foo"
    if i == 300:
        x = Sneaky()
        x = "foo"
        seen.append(x)
print(seen, x)
