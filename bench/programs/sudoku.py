"""sudoku: solve generated Sudoku puzzles by constraint propagation
(eliminate a placed digit from its peers; place a digit that has one spot
left in a unit) plus depth-first search on the square with the fewest
candidates. Candidates are bit masks. Recursion, list copies, bit ops.

Puzzles come from a hand-written linear congruential generator: shuffle a
solved grid by the symmetries that keep it solved, then blank squares.

Usage: sudoku.py [PUZZLES]
DEFAULT = 1200, SMALL = 5 (the runner reads the two lines below).
The check: every solution is a valid grid that keeps the givens; a
checksum of the solutions is committed from python3.
"""

import sys

DEFAULT = 1200
SMALL = 5
GIVENS = 20

CHECKSUMS = {
    5: 402234718,
    1200: 911138341,
}

ALL = 0x3FE  # bits 1..9


def make_units():
    rows = [[r * 9 + c for c in range(9)] for r in range(9)]
    cols = [[r * 9 + c for r in range(9)] for c in range(9)]
    boxes = [[(br + r) * 9 + bc + c for r in range(3) for c in range(3)]
             for br in (0, 3, 6) for bc in (0, 3, 6)]
    units = rows + cols + boxes
    units_of = [[u for u in units if i in u] for i in range(81)]
    peers = []
    for i in range(81):
        ps = set()
        for u in units_of[i]:
            ps.update(u)
        ps.discard(i)
        peers.append(sorted(ps))
    return units, units_of, peers


UNITS, UNITS_OF, PEERS = make_units()
COUNT = [bin(m).count("1") for m in range(1024)]
DIGITS = [[d for d in range(1, 10) if m & (1 << d)] for m in range(1024)]


def assign(cand, i, d):
    for other in DIGITS[cand[i] & ~(1 << d)]:
        if not eliminate(cand, i, other):
            return False
    return True


def eliminate(cand, i, d):
    bit = 1 << d
    if not cand[i] & bit:
        return True
    left = cand[i] & ~bit
    cand[i] = left
    if left == 0:
        return False
    if COUNT[left] == 1:
        only = DIGITS[left][0]
        for p in PEERS[i]:
            if not eliminate(cand, p, only):
                return False
    for unit in UNITS_OF[i]:
        spot = -1
        for p in unit:
            if cand[p] & bit:
                if spot >= 0:
                    spot = -2
                    break
                spot = p
        if spot == -1:
            return False
        if spot >= 0 and not assign(cand, spot, d):
            return False
    return True


def search(cand):
    best = -1
    fewest = 10
    for i in range(81):
        n = COUNT[cand[i]]
        if 1 < n < fewest:
            fewest = n
            best = i
    if best < 0:
        return cand
    for d in DIGITS[cand[best]]:
        trial = cand[:]
        if assign(trial, best, d):
            found = search(trial)
            if found is not None:
                return found
    return None


def solve(grid):
    cand = [ALL] * 81
    for i, v in enumerate(grid):
        if v and not assign(cand, i, v):
            return None
    found = search(cand)
    if found is None:
        return None
    return [DIGITS[m][0] for m in found]


class Rng:
    def __init__(self, seed):
        self.state = seed & 0x7FFFFFFF

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n

    def shuffle(self, items):
        for i in range(len(items) - 1, 0, -1):
            j = self.below(i + 1)
            items[i], items[j] = items[j], items[i]


def make_puzzle(rng):
    digits = list(range(1, 10))
    rng.shuffle(digits)
    bands = [0, 1, 2]
    stacks = [0, 1, 2]
    rng.shuffle(bands)
    rng.shuffle(stacks)
    rows = []
    cols = []
    for b in bands:
        inner = [0, 1, 2]
        rng.shuffle(inner)
        rows.extend(b * 3 + x for x in inner)
    for s in stacks:
        inner = [0, 1, 2]
        rng.shuffle(inner)
        cols.extend(s * 3 + x for x in inner)
    solution = []
    for r in rows:
        for c in cols:
            solution.append(digits[(r * 3 + r // 3 + c) % 9])
    order = list(range(81))
    rng.shuffle(order)
    puzzle = [0] * 81
    for i in order[:GIVENS]:
        puzzle[i] = solution[i]
    return puzzle


def valid(puzzle, solution):
    for i in range(81):
        if puzzle[i] and puzzle[i] != solution[i]:
            return False
    for unit in UNITS:
        if sorted([solution[i] for i in unit]) != [1, 2, 3, 4, 5, 6, 7, 8, 9]:
            return False
    return True


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    rng = Rng(1234)
    checksum = 0
    for k in range(count):
        puzzle = make_puzzle(rng)
        solution = solve(puzzle)
        if solution is None or not valid(puzzle, solution):
            raise AssertionError("sudoku: puzzle %d not solved" % k)
        for d in solution:
            checksum = (checksum * 10 + d) % 1000000007
    want = CHECKSUMS.get(count)
    if want is None:
        sys.stderr.write("sudoku: no committed checksum for %d: %d\n" % (count, checksum))
        print("sudoku", count, "unchecked")
        return
    if checksum != want:
        raise AssertionError("sudoku(%d): checksum %d, expected %d" % (count, checksum, want))
    print("sudoku", count, checksum, "ok")


main()
