vals = [0.1, 0.2, 0.1 + 0.2, 1.0, 1e16, 1e15, 123456789.0, 1e-5, 0.0001, 1.5e300, 2.5e-300, -0.0, 1/3, 2/3, 100.0, 1e22, 1e23]
for v in vals:
    print(repr(v), str(v))
print(float("inf"), float("-inf"), float("nan"))
print(float("1e500"), -float("1e500"))
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(2.675, 2))
print(round(1234.5678, -2), round(15, -1), round(25, -1))
print(int(3.9), int(-3.9), int(1e20))
print(float("  3.25  "), float("-1_000.5"))
print((0.1).as_integer_ratio(), (2.5).is_integer(), (2.0).is_integer())
print(1e308 * 10, -1e308 * 10)
print(5e-324, 5e-324 / 2)
