import math
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7))
print(math.sqrt(16), math.isqrt(17), math.gcd(12, 18), math.factorial(10))
print(math.isnan(float("nan")), math.isinf(1e400), math.isfinite(1.0))
print(math.pi, math.e, math.fabs(-3), math.copysign(2, -0.0))
print(round(0.5), round(1.5), round(-0.5), round(7.45, 1), round(-7.55, 1))
print(round(123, -1), round(-125, -1), round(135, -1))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(2.5, 0))
print(math.hypot(3, 4), math.log(1), math.log2(1024), math.log10(1000))
print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]))
try:
    math.sqrt(-1)
except ValueError as e:
    print(type(e).__name__, e)
