from fractions import Fraction as F
import math

a, b = F(1, 3), F(-5, 4)
vals = [a, b, 2, -3, 0.5, 1.5 + 2j, True]
for x in [a, b]:
    for y in vals:
        for name, op in [("+", lambda p, q: p + q), ("-", lambda p, q: p - q),
                         ("*", lambda p, q: p * q), ("/", lambda p, q: p / q),
                         ("//", lambda p, q: p // q), ("%", lambda p, q: p % q)]:
            for l, r in [(x, y), (y, x)]:
                try:
                    res = op(l, r)
                    print(repr(l), name, repr(r), "=", repr(res), type(res).__name__)
                except TypeError as e:
                    print(repr(l), name, repr(r), "TypeError", e)
print(divmod(F(7, 2), F(2, 3)), divmod(7, F(2, 3)), divmod(F(7, 2), 2), divmod(F(-7, 2), F(2, 3)))
print(divmod(F(7, 2), 1.5))
for p in [0, 1, 2, -1, -2, 3, F(1, 2), 0.5, F(2, 1)]:
    for base in [F(2, 3), F(-2, 3), F(4, 9)]:
        try:
            print(repr(base), "**", repr(p), "=", repr(base ** p))
        except Exception as e:
            print(type(e).__name__, e)
print(2 ** F(2), 2 ** F(1, 2), 4 ** F(-1), F(1, 2) ** F(3), (-8) ** F(1, 3))
print(F(2, 3) ** 2.0, 2.0 ** F(1, 2))
for z in [lambda: F(1, 2) / 0, lambda: F(3, 2) / F(0), lambda: 1 / F(0), lambda: F(0) ** -1,
          lambda: F(1) // 0, lambda: F(1) % F(0), lambda: divmod(F(1), 0), lambda: 0.5 / F(0)]:
    try:
        z()
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
x = F(-7, 3)
print(+x, -x, abs(x), int(x), math.trunc(x), math.floor(x), math.ceil(x), round(x), float(x))
for v in [F(5, 2), F(7, 2), F(-5, 2), F(-7, 2), F(1, 3), F(2, 3)]:
    print(v, round(v), round(v, 0), round(v, 1), round(v, -1), round(F(12345, 7), -2), round(F(12345, 7), 2))
print(type(round(F(5, 2))).__name__, type(round(F(5, 2), 1)).__name__, type(math.floor(F(5, 2))).__name__)
print(bool(F(0)), bool(F(1, 9)), complex(F(1, 2)), F(1, 2) == 0.5 + 0j)
s = F(0)
for i in range(1, 11):
    s += F(1, i)
print(s, float(s))
print(sum([F(1, 3)] * 3), sum(F(1, n * (n + 1)) for n in range(1, 50)))
print(math.isclose(F(1, 3), 1 / 3), math.sqrt(F(1, 4)), max(F(1, 2), 0.3, F(2, 3)))
print(F(10 ** 30, 3) * 3, F(1, 10 ** 20) + F(1, 10 ** 20))
try:
    F(1) + "a"
except TypeError as e:
    print("TypeError", e)
try:
    "a" * F(2)
except TypeError as e:
    print("TypeError", e)
