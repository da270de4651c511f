"""pidigits: the digits of pi from Gibbons' unbounded spigot algorithm
(a stream of linear fractional transformations on exact integers).
Big-integer multiply, add and floor division on ever-growing numbers.

Usage: pidigits.py [DIGITS]
DEFAULT = 5000, SMALL = 60 (the runner reads the two lines below).
The check: the first 60 digits are pi's; a checksum of all of them is
committed from python3.
"""

import sys

DEFAULT = 5000
SMALL = 60

PI_60 = "314159265358979323846264338327950288419716939937510582097494"
CHECKSUMS = {
    60: 715652438,
    5000: 854666443,
}


def pi_digits(count):
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    digits = []
    while len(digits) < count:
        if 4 * q + r - t < n * t:
            digits.append(n)
            q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
        else:
            q, r, t, k, n, l = (q * k, (2 * q + r) * l, t * l, k + 1,
                                (q * (7 * k + 2) + r * l) // (t * l), l + 2)
    return digits


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    digits = pi_digits(count)
    text = "".join([str(d) for d in digits])
    prefix = min(count, len(PI_60))
    if text[:prefix] != PI_60[:prefix]:
        raise AssertionError("pidigits: starts %s" % text[:prefix])
    checksum = 0
    for d in digits:
        checksum = (checksum * 10 + d) % 1000000007
    want = CHECKSUMS.get(count)
    if want is None:
        sys.stderr.write("pidigits: no committed checksum for %d: %d\n" % (count, checksum))
        print("pidigits", count, "unchecked")
        return
    if checksum != want:
        raise AssertionError("pidigits(%d): checksum %d, expected %d" % (count, checksum, want))
    print("pidigits", count, text[-10:], "ok")


main()
