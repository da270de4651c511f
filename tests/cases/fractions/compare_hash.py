from fractions import Fraction as F
import sys

nums = [F(1, 2), F(-1, 2), F(3), F(0), F(1, 3), F(10 ** 20, 7), F(-(2 ** 70), 3),
        F(1, sys.hash_info.modulus), F(-1, 1), F(5, sys.hash_info.modulus * 2)]
for f in nums:
    print(repr(f), hash(f))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(-1)) == hash(-1), hash(F(-1)))
print(hash(F(2 ** 100)) == hash(2 ** 100), hash(F(1, 4)) == hash(0.25), hash(F(3, 8)) == hash(0.375))
print({F(1, 2): "a", 0.5: "b", F(2): "c", 2: "d"})
print(len({F(1, 2), 0.5, F(2, 4), F(1)}))
for a, b in [(F(1, 2), F(1, 2)), (F(1, 2), 0.5), (F(1, 3), 1 / 3), (F(2), 2), (F(2), 2.0),
             (F(1, 2), 0.5 + 0j), (F(1, 2), 0.5 + 1j), (F(1), True), (F(1, 2), "1/2"),
             (F(1), float("inf")), (F(1), float("nan")), (F(1, 2), F(2, 3)), (F(-1, 2), -1)]:
    res = []
    for op in ["==", "!=", "<", "<=", ">", ">="]:
        try:
            res.append(eval("a %s b" % op))
        except TypeError as e:
            res.append("TE")
    print(repr(a), repr(b), res)
try:
    F(1) < 1j
except TypeError as e:
    print("TypeError", e)
try:
    F(1) < "x"
except TypeError as e:
    print("TypeError", e)
print(sorted([F(1, 3), 0.2, 1, F(-1, 2), 0, F(5, 4)]))
print(min(F(1, 3), F(1, 4)), F(1, 3) in [1 / 3, F(2, 6)], 0.25 == F(1, 4), 2 == F(4, 2))
print(F(1, 2).__eq__("x"), F(1, 2).__lt__("x"))
print(format(F(1, 3)), "%s" % F(3, 9), f"{F(5, 10)!r}")
try:
    format(F(1, 3), ".2f")
except TypeError as e:
    print("TypeError", e)
