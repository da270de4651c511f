"""nqueens: every way to place N queens on an N x N board so that no two
attack each other, by backtracking over rows with column and diagonal
occupancy lists. Recursion, list indexing, small ints.

Usage: nqueens.py [N]
DEFAULT = 12, SMALL = 6 (the runner reads the two lines below).
The check: the number of solutions (the published sequence 1, 0, 0, 2, 10,
4, 40, 92, 352, 724, 2680, ...) and a checksum of the solutions, committed
from python3.
"""

import sys

DEFAULT = 12
SMALL = 6

SOLUTIONS = {1: 1, 2: 0, 3: 0, 4: 2, 5: 10, 6: 4, 7: 40, 8: 92, 9: 352,
             10: 724, 11: 2680, 12: 14200}
CHECKSUMS = {
    6: 93310,
    8: 771751890,
    12: 739480316,
}


class Solver:
    def __init__(self, n):
        self.n = n
        self.columns = [False] * n
        self.rising = [False] * (2 * n - 1)
        self.falling = [False] * (2 * n - 1)
        self.placed = [0] * n
        self.count = 0
        self.checksum = 0

    def solve(self, row):
        n = self.n
        if row == n:
            self.count += 1
            h = 0
            for c in self.placed:
                h = h * n + c
            self.checksum = (self.checksum + h) % 1000000007
            return
        columns = self.columns
        rising = self.rising
        falling = self.falling
        for col in range(n):
            r = row + col
            f = row - col + n - 1
            if columns[col] or rising[r] or falling[f]:
                continue
            columns[col] = rising[r] = falling[f] = True
            self.placed[row] = col
            self.solve(row + 1)
            columns[col] = rising[r] = falling[f] = False


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    s = Solver(n)
    s.solve(0)
    if n in SOLUTIONS and s.count != SOLUTIONS[n]:
        raise AssertionError("nqueens(%d): %d solutions, expected %d" % (n, s.count, SOLUTIONS[n]))
    want = CHECKSUMS.get(n)
    if want is None:
        sys.stderr.write("nqueens: no committed checksum for %d: %r\n" % (n, s.checksum))
        print("nqueens", n, s.count, "unchecked")
        return
    if s.checksum != want:
        raise AssertionError("nqueens(%d): checksum %d, expected %d" % (n, s.checksum, want))
    print("nqueens", n, s.count, "ok")


main()
