import math
print(math.frexp(0.0), math.frexp(1.0), math.frexp(-3.5), math.frexp(1e300), math.frexp(5e-324),
      math.frexp(float("inf")), math.frexp(8))
print(math.ldexp(0.5, 1), math.ldexp(-0.75, 3), math.ldexp(1, -1074), math.ldexp(1, -1075),
      math.ldexp(float("inf"), -5), math.ldexp(0.0, 10**9))
print(math.modf(3.5), math.modf(-3.5), math.modf(0.0), math.modf(float("inf")),
      math.modf(float("-inf")), math.modf(5))
print(math.copysign(1, -0.0), math.copysign(-2, 3), math.copysign(3.5, float("-nan")),
      math.copysign(float("inf"), -1))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0),
      math.nextafter(0.0, -1.0), math.nextafter(1.0, 1.0), math.nextafter(float("inf"), 0))
print(math.ulp(1.0), math.ulp(0.0), math.ulp(-2.0), math.ulp(1e300), math.ulp(float("inf")),
      math.ulp(float("nan")), math.ulp(5e-324), math.ulp(1.7976931348623157e308))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.2),
      math.isclose(0.0, 1e-12), math.isclose(0.0, 1e-12, abs_tol=1e-9),
      math.isclose(float("inf"), float("inf")), math.isclose(float("nan"), float("nan")),
      math.isclose(float("inf"), 1e308), math.isclose(a=1, b=1))
print(math.isfinite(1.0), math.isfinite(float("inf")), math.isinf(float("-inf")),
      math.isinf(1e308), math.isnan(float("nan")), math.isnan(0), math.isfinite(10**300))
print(math.hypot(), math.hypot(3), math.hypot(-3), math.hypot(3, 4), math.hypot(1, 1),
      math.hypot(1, 2, 3), math.hypot(1e308, 1e308), math.hypot(5e-324, 5e-324),
      math.hypot(float("inf"), float("nan")), math.hypot(float("nan"), 1), math.hypot(0, 0, 0))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 5, 6]), math.dist((), ()),
      math.dist((1.5,), (-2.5,)), math.dist((1, 1), (2, 2)))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]),
      math.fsum([]), math.fsum([-0.0]), math.fsum([1, 2, 3]), math.fsum(range(1000)),
      math.fsum([1e308, 1e308, -1e308]) if False else 0, math.fsum([2.0**53, 1.0, 1.0]),
      math.fsum([1.0, 1e-16, 1e-16]), math.fsum([float("inf"), 1.0]), math.fsum(iter([0.5, 0.25])))
print(math.fsum([1e16, 1., 1e-16]), math.fsum([0.3, 0.3, 0.3, -0.9]))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(1))
print(math.fabs(-3), math.fabs(-0.0), math.fabs(float("-inf")))
import random
random.seed(5)
print(math.fsum([random.random() * 10 ** random.randint(-20, 20) for _ in range(200)]) if hasattr(random, "seed") else 0)
