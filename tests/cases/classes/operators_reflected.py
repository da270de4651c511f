class M:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        if isinstance(o, M):
            return M(self.v + o.v)
        if isinstance(o, int):
            return M(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        print("radd called with", o)
        return self + o
    def __sub__(self, o):
        return NotImplemented
    def __rsub__(self, o):
        return M(o - self.v)
    def __repr__(self):
        return f"M({self.v})"
print(M(1) + M(2), M(1) + 5, 5 + M(1), sum([M(1), M(2)]), 10 - M(3))
try:
    M(1) + "s"
except TypeError as e:
    print(type(e).__name__, e)
try:
    M(1) - M(2)
except TypeError as e:
    print(type(e).__name__, e)
class Sub(M):
    def __radd__(self, o):
        return "Sub.radd wins"
print(M(1) + Sub(2))
try:
    M(1) * 2
except TypeError as e:
    print(type(e).__name__, e)
