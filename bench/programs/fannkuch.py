"""fannkuch: for every permutation of 1..N, count the pancake flips needed
to bring 1 to the front ("fannkuch-redux": max flips and a signed checksum).
List slicing and index loops.

Usage: fannkuch.py [N]    (runs twice)
DEFAULT = 9, SMALL = 6 (the runner reads the two lines below).
The check: (checksum, max flips) committed from python3.
"""

import sys

DEFAULT = 9
SMALL = 6
REPEAT = 2

EXPECTED = {
    6: (49, 10),
    7: (228, 16),
    9: (8629, 30),
}


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        first = perm[0]
        while first:
            perm[: first + 1] = perm[first::-1]
            flips += 1
            first = perm[0]
        if flips > max_flips:
            max_flips = flips
        checksum += sign * flips
        sign = -sign
        # Next permutation, in the order that rotates prefixes.
        while True:
            if r == n:
                return checksum, max_flips
            head = perm1[0]
            for i in range(r):
                perm1[i] = perm1[i + 1]
            perm1[r] = head
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    for _ in range(REPEAT):
        result = fannkuch(n)
    want = EXPECTED.get(n)
    if want is None:
        sys.stderr.write("fannkuch: no committed answer for %d: %r\n" % (n, result))
        print("fannkuch", n, result[0], result[1], "unchecked")
        return
    if result != want:
        raise AssertionError("fannkuch(%d): got %r, expected %r" % (n, result, want))
    print("fannkuch", n, result[0], result[1], "ok")


main()
