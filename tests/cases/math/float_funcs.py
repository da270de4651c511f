import math
vals = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, 10.0, 1e-300, 1e300, math.pi, math.e, 3, -7,
        float("inf"), float("-inf"), float("nan")]
names = ["sqrt", "exp", "exp2", "expm1", "cbrt", "sin", "cos", "tan", "asin", "acos", "atan",
         "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "fabs", "erf", "erfc", "log1p",
         "log", "log2", "log10", "degrees", "radians", "gamma", "lgamma"]
for n in names:
    f = getattr(math, n)
    out = []
    for v in vals:
        try:
            out.append(repr(round(f(v), 12)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(n, " ".join(out))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
# libm and glibc may differ in the last bit of transcendental results: print rounded.
r = lambda x: round(x, 13)
print(math.sqrt(2), r(math.exp(1)), r(math.log(math.e)), r(math.log(100, 10)), r(math.log(8, 2)))
print(r(math.sin(0.5)), r(math.cos(0.5)), r(math.tan(0.5)), r(math.atan2(1, 2)), math.atan2(-0.0, -1))
print(math.sqrt(16), math.exp(0), math.exp(-1000), math.log10(1000), math.log2(1024))
print(math.gamma(5), math.gamma(0.5) == math.sqrt(math.pi), math.lgamma(1), math.lgamma(2))
print(math.erf(0), math.erfc(0), r(math.cbrt(27)), r(math.cbrt(-8)), math.exp2(10))
class F:
    def __float__(self): return 2.25
class I:
    def __index__(self): return 9
print(math.sqrt(F()), math.sqrt(I()), math.sqrt(True))
for bad in ["x", None, [1], 1j]:
    try:
        math.sqrt(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    math.sqrt()
except TypeError as e:
    print(type(e).__name__, e)
try:
    math.sqrt(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
