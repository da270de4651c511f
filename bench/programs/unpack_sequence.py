"""unpack_sequence: tuple and list unpacking in a hot loop (ten-element
unpacks, swaps, starred targets, nested targets). Stresses the
UNPACK_SEQUENCE family of instructions.

Usage: unpack_sequence.py [LOOPS]
DEFAULT = 1500000, SMALL = 2000 (the runner reads the two lines below).
The check: the accumulated sums, computed in closed form.
"""

import sys

DEFAULT = 1500000
SMALL = 2000


def unpack_tuples(loops):
    t = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
    total = 0
    for _ in range(loops):
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        total += a + j
    return total


def unpack_lists(loops):
    items = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    total = 0
    for _ in range(loops):
        a, b, c, d, e, f, g, h, i, j = items
        a, b, c, d, e, f, g, h, i, j = items
        a, b, c, d, e, f, g, h, i, j = items
        a, b, c, d, e, f, g, h, i, j = items
        a, b, c, d, e, f, g, h, i, j = items
        total += b + i
    return total


def swaps(loops):
    x, y, z = 1, 2, 3
    total = 0
    for _ in range(loops):
        x, y = y, x
        y, z = z, y
        x, y, z = y, z, x
        total += x
    return total


def starred_and_nested(loops):
    pairs = ((1, 2), (3, 4))
    t = (1, 2, 3, 4, 5)
    total = 0
    for _ in range(loops):
        (a, b), (c, d) = pairs
        first, *middle, last = t
        total += a + d + first + last + len(middle)
    return total


def main():
    loops = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    got = (unpack_tuples(loops), unpack_lists(loops), swaps(loops),
           starred_and_nested(loops))
    # swaps cycles through x = 3, 2, 1 with period 3.
    cycle = (3, 2, 1)
    swap_total = (loops // 3) * 6 + sum(cycle[: loops % 3])
    want = (11 * loops, 11 * loops, swap_total, 14 * loops)
    if got != want:
        raise AssertionError("unpack_sequence(%d): got %r, expected %r" % (loops, got, want))
    print("unpack_sequence", loops, got[2], "ok")


main()
