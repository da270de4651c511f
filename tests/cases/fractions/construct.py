from fractions import Fraction as F
import fractions, numbers

print(F(), F(3), F(6, 4), F(-6, 4), F(6, -4), F(-6, -4), F(0, 5))
print(repr(F(1, 3)), str(F(1, 3)), str(F(4, 2)), repr(F(-5)))
for s in ["3/4", " -1.5e3 ", "1_000/3", ".5", "5.", "1e-3", "+7", "-0", "2.5E+2", "  12/-0 ", "1/0",
          "", "abc", "1.2.3", "1__0", "_1", "1/ 2", "3e", ".", "1_", "0x10", "1/2/3", "-.25", "1.5/2"]:
    try:
        print(repr(s), repr(F(s)))
    except (ValueError, ZeroDivisionError) as e:
        print(repr(s), type(e).__name__, e)
for x in [0.5, 0.1, -2.75, 1e20, 5e-324]:
    print(x, F(x), F.from_float(x))
for bad in [float("inf"), float("nan"), float("-inf")]:
    try:
        F(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(F(F(1, 3)), F(F(1, 3), F(2, 5)), F(True), F(3, True))
for args in [(1, 0), (0, 0), (F(1, 2), 0), (-3, 0)]:
    try:
        F(*args)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
for args in [([1],), (1.5, 2), (1, 2.0), ("1", 2), (None,), (1j,)]:
    try:
        F(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    F.from_float("x")
except TypeError as e:
    print("TypeError", e)
print(F.from_float(7), type(F.from_float(7)).__name__)
f = F(22, 7)
print(f.numerator, f.denominator, f.as_integer_ratio(), f.real, f.imag, f.conjugate())
print(isinstance(f, numbers.Rational), isinstance(f, numbers.Real), isinstance(f, numbers.Integral))
print(isinstance(1, numbers.Integral), isinstance(1.0, numbers.Rational), isinstance(1j, numbers.Complex))
try:
    f.numerator = 3
except AttributeError as e:
    print("AttributeError")
import math
print(F(math.pi).limit_denominator(10), F(math.pi).limit_denominator(100), F(math.pi).limit_denominator())
print(F(3, 7).limit_denominator(100), F(-1, 3).limit_denominator(2), F(1, 3).limit_denominator(1))
print(F("3.1415926535897932").limit_denominator(1000), F(7, 2).limit_denominator(1))
try:
    F(1, 3).limit_denominator(0)
except ValueError as e:
    print("ValueError", e)
class G(F):
    pass
g = G(2, 4)
print(repr(g), type(+g).__name__, type(g + 1).__name__, repr(g.limit_denominator(1)))
import copy
print(copy.copy(f) is f, copy.deepcopy(f) is f, copy.copy(g) == g)
print(fractions.Fraction is F, F.__name__)
