class V:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        print("lt", self.n, o.n)
        return self.n < o.n
    def __le__(self, o):
        return self.n <= o.n
    def __repr__(self):
        return f"V{self.n}"
print(V(1) < V(2))
print(V(3) > V(2))
print(sorted([V(3), V(1), V(2)]))
print(V(1) <= V(1), V(2) >= V(1))
try:
    V(1) > 5
except TypeError as e:
    print(type(e).__name__, e)
class O:
    pass
try:
    O() < O()
except TypeError as e:
    print(type(e).__name__, e)
import functools
@functools.total_ordering
class T:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return self.n == o.n
    def __lt__(self, o):
        return self.n < o.n
print(T(1) > T(0), T(1) >= T(1), T(2) <= T(1))
