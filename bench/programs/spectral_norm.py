"""spectral_norm: the spectral norm of the infinite matrix
A(i, j) = 1 / ((i + j) * (i + j + 1) / 2 + i + 1), by power iteration on
A^T A (ten rounds). Float division, function calls, list comprehensions.

Usage: spectral_norm.py [N]    the matrix is N x N
DEFAULT = 400, SMALL = 30 (the runner reads the two lines below).
The check: the norm, committed from python3 (1.274219991 for N = 100).
"""

import sys

DEFAULT = 400
SMALL = 30

EXPECTED = {
    30: 1.274097380427097,
    100: 1.2742199912349306,
    400: 1.2742240813922308,
}


def a(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def times_a(u):
    n = len(u)
    return [sum([a(i, j) * u[j] for j in range(n)]) for i in range(n)]


def times_at(u):
    n = len(u)
    return [sum([a(j, i) * u[j] for j in range(n)]) for i in range(n)]


def times_at_a(u):
    return times_at(times_a(u))


def spectral_norm(n):
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = times_at_a(u)
        u = times_at_a(v)
    vbv = 0.0
    vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    return (vbv / vv) ** 0.5


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    result = spectral_norm(n)
    want = EXPECTED.get(n)
    if want is None:
        sys.stderr.write("spectral_norm: no committed answer for %d: %r\n" % (n, result))
        print("spectral_norm", n, "%.9f" % result, "unchecked")
        return
    if abs(result - want) > 1e-12:
        raise AssertionError("spectral_norm(%d): got %r, expected %r" % (n, result, want))
    print("spectral_norm", n, "%.9f" % result, "ok")


main()
