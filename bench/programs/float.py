"""float: make many 3-D points (objects with float attributes), normalize
each to unit length, then reduce them to the component-wise maximum.
Object allocation, float arithmetic, method calls.

Usage: float.py [POINTS]    (runs four times)
DEFAULT = 150000, SMALL = 2000 (the runner reads the two lines below).
The check: the maximum point, committed from python3.
"""

import sys
import math

DEFAULT = 150000
SMALL = 2000
REPEAT = 4

EXPECTED = {
    2000: (0.9996635466960888, 0.8691933159083243, 0.9874246020362251, 708.5987447552374),
    150000: (0.9999959077640398, 0.897576268051681, 0.9999918591684723, 48222.744359267774),
}


class Point:
    def __init__(self, i):
        # Smooth, deterministic coordinates without trigonometry: a few
        # polynomial "waves" of i folded into [-1, 1).
        t = (i % 1000) / 500.0 - 1.0
        u = ((i * 7) % 997) / 498.5 - 1.0
        self.x = t * (3.0 - t * t) / 2.0
        self.y = u * u * 2.0 - 1.0 + t * 0.25
        self.z = (t * u + 0.5) * 1.5

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        norm = math.sqrt(x * x + y * y + z * z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        if other.x > self.x:
            self.x = other.x
        if other.y > self.y:
            self.y = other.y
        if other.z > self.z:
            self.z = other.z
        return self


def run(n):
    points = [Point(i) for i in range(n)]
    for p in points:
        p.normalize()
    best = points[0]
    for p in points[1:]:
        best = best.maximize(p)
    total = 0.0
    for p in points:
        total += p.x + p.y + p.z
    return best.x, best.y, best.z, total


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    for _ in range(REPEAT):
        result = run(n)
    want = EXPECTED.get(n)
    if want is None:
        sys.stderr.write("float: no committed answer for %d: %r\n" % (n, result))
        print("float", n, "unchecked")
        return
    for got, exp in zip(result, want):
        if abs(got - exp) > 1e-9 * max(1.0, abs(exp)):
            raise AssertionError("float(%d): got %r, expected %r" % (n, result, want))
    print("float", n, "%.9f %.9f %.9f %.6f" % result, "ok")


main()
