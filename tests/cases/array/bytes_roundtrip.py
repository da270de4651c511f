from array import array
import struct
for code in "bBhHiIlLqQfd":
    vals = [0, 1, 2, 100] if code in "BHILQ" else [0, -1, 2, 100]
    a = array(code, vals)
    raw = a.tobytes()
    b = array(code)
    b.frombytes(raw)
    print(code, a == b, len(raw), raw == struct.pack("%d%s" % (len(vals), code), *vals))
big = array("d", [i / 3 for i in range(1000)])
print(len(big.tobytes()), sum(big), big[999], big[-1] == 333.0)
ints = array("l", range(-500, 500))
print(sum(ints), min(ints), max(ints), sorted(ints, reverse=True)[:3])
a = array("I", [0xDEADBEEF, 1])
a.byteswap()
print(a, hex(a[0]))
