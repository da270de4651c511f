# Ranges of machine words and of big ints: length, truth, bounds, hash, items, slices,
# reversal, membership, equality, index/count.
import sys
big = 2**70
rs = [range(5), range(-3), range(2, 9, 3), range(9, 2, -3), range(0), range(-5, 5, 2), range(big, big + 5),
      range(0, big, big // 3), range(-big, big), range(sys.maxsize), range(-sys.maxsize - 1, sys.maxsize),
      range(5, 0, -1), range(0, 10, -1), range(3, 3)]
for r in rs:
    try: n = len(r)
    except OverflowError as e: n = "OverflowError: %s" % e
    print(repr(r), n, bool(r), r.start, r.stop, r.step, hash(r) == hash(range(r.start, r.stop, r.step)))
    if isinstance(n, int) and n < 20:
        print(list(r), list(reversed(r)), r[::2], r[::-1], (r[0] if n else None), (r[-1] if n else None))
    print(3 in r, big + 1 in r, r == range(r.start, r.stop, r.step), r.__reduce__()[1])
    if 2 in r: print(r.index(2), r.count(2))
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 2), range(1, 2, 5) == range(1, 3, 7))
try: range(1, 2, 0)
except ValueError as e: print(e)
print(range(True, 5), list(range(False, 3)), range(2**63, 2**63 + 2)[1], len(range(-2**63, 2**63 - 1)))
