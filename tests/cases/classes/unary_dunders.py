class N:
    def __init__(self, v):
        self.v = v
    def __neg__(self):
        return N(-self.v)
    def __pos__(self):
        return "pos"
    def __abs__(self):
        return abs(self.v)
    def __invert__(self):
        return "inverted"
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
    def __index__(self):
        return 3
    def __bool__(self):
        return self.v != 0
    def __round__(self, n=None):
        return f"round {n}"
n = N(-4)
print((-n).v, +n, abs(n), ~n, int(n), float(n), bool(n), bool(N(0)), round(n), round(n, 2))
print([0, 1, 2, 3, 4][N(1)], hex(N(1)), bin(N(1)), range(10)[N(0)])
class Bad:
    def __bool__(self):
        return 1
try:
    bool(Bad())
except TypeError as e:
    print(type(e).__name__, e)
class L:
    def __len__(self):
        return -1
try:
    len(L())
except ValueError as e:
    print(type(e).__name__, e)
