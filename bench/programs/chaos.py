"""chaos: the chaos game. Three iterated function systems (Sierpinski's
triangle, a square with the "never the same corner twice" rule, and
Barnsley's fern) are played with a hand-written linear congruential
generator; every point is binned into a grid. Floats, tuples, small ints.

Usage: chaos.py [POINTS]    points per fractal
DEFAULT = 600000, SMALL = 3000 (the runner reads the two lines below).
The check: a checksum of the three grids, committed from python3.
"""

import sys

DEFAULT = 600000
SMALL = 3000

EXPECTED = {
    3000: ((413240815, 1405), (849171628, 696), (848282420, 1728)),
    600000: ((832402020, 2048), (326306006, 696), (60405529, 4449)),
}

GRID = 96


class Rng:
    """Linear congruential generator (the constants of the C standard's
    example rand), 31-bit state, so all arithmetic stays in small ints."""

    def __init__(self, seed):
        self.state = seed & 0x7FFFFFFF

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n


class Grid:
    def __init__(self, xmin, xmax, ymin, ymax):
        self.cells = [0] * (GRID * GRID)
        self.xmin = xmin
        self.ymin = ymin
        self.xscale = GRID / (xmax - xmin)
        self.yscale = GRID / (ymax - ymin)

    def plot(self, x, y):
        col = int((x - self.xmin) * self.xscale)
        row = int((y - self.ymin) * self.yscale)
        if 0 <= col < GRID and 0 <= row < GRID:
            self.cells[row * GRID + col] += 1

    def checksum(self):
        total = 0
        touched = 0
        for i, c in enumerate(self.cells):
            if c:
                touched += 1
                total = (total * 31 + c * (i + 1)) % 1000000007
        return total, touched


def polygon_game(rng, corners, ratio, avoid_repeat, points):
    grid = Grid(0.0, 1.0, 0.0, 1.0)
    x, y = 0.3, 0.3
    last = -1
    n = len(corners)
    for i in range(points + 20):
        k = rng.below(n)
        if avoid_repeat:
            while k == last:
                k = rng.below(n)
            last = k
        cx, cy = corners[k]
        x += (cx - x) * ratio
        y += (cy - y) * ratio
        if i >= 20:
            grid.plot(x, y)
    return grid.checksum()


# Barnsley's fern: (a, b, c, d, e, f, cumulative weight out of 100).
FERN = (
    (0.0, 0.0, 0.0, 0.16, 0.0, 0.0, 1),
    (0.85, 0.04, -0.04, 0.85, 0.0, 1.6, 86),
    (0.2, -0.26, 0.23, 0.22, 0.0, 1.6, 93),
    (-0.15, 0.28, 0.26, 0.24, 0.0, 0.44, 100),
)


def fern_game(rng, points):
    grid = Grid(-2.2, 2.7, 0.0, 10.0)
    x, y = 0.0, 0.0
    for i in range(points + 20):
        r = rng.below(100)
        for a, b, c, d, e, f, weight in FERN:
            if r < weight:
                x, y = a * x + b * y + e, c * x + d * y + f
                break
        if i >= 20:
            grid.plot(x, y)
    return grid.checksum()


def run(points):
    rng = Rng(42)
    triangle = ((0.0, 0.0), (1.0, 0.0), (0.5, 0.8660254037844386))
    square = ((0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0))
    return (
        polygon_game(rng, triangle, 0.5, False, points),
        polygon_game(rng, square, 0.5, True, points),
        fern_game(rng, points),
    )


def main():
    points = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    result = run(points)
    want = EXPECTED.get(points)
    if want is None:
        sys.stderr.write("chaos: no committed answer for %d: %r\n" % (points, result))
        print("chaos", points, "unchecked")
        return
    if result != want:
        raise AssertionError("chaos(%d): got %r, expected %r" % (points, result, want))
    print("chaos", points, result[2][0], "ok")


main()
