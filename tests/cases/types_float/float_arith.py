vals = [0.0, -0.0, 1.0, -1.5, 0.1, 1e300, -1e-300, 3.5, float("inf"), float("-inf")]
for a in vals:
    row = []
    for b in [2.0, -0.5, 0.0, float("inf")]:
        for op in ("+", "-", "*", "/", "//", "%", "**"):
            try:
                r = eval(f"a {op} b")
                row.append(repr(r))
            except (ZeroDivisionError, OverflowError) as e:
                row.append(type(e).__name__)
    print(repr(a), row)
print(1.1 + 2.2, 3.3 * 3, 0.1 * 0.1, 1 / 7, 2 / 3 * 3, 100 * 1.1, 1e16 + 2, 0.1 + 0.7)
print(divmod(5.5, 2), divmod(-5.5, 2), divmod(5.5, -2), 5.5 % float("inf"), -5.5 % float("inf"))
print(-7.0 // 2, 7.0 // -2, -0.0 // 1, 0.0 // -1, (-0.0) % 5, 0.0 % -5)
print(2.0 ** 0.5, 10.0 ** -2, (-2.0) ** 2, (-2.0) ** 3, 1.5 ** 2.5, 9 ** 0.5, 2 ** 0.5)
print(abs(-0.0), -(0.0), +(-0.0), max(-0.0, 0.0), min(0.0, -0.0))
print(float.__add__(1.0, 2), float.__radd__(1.0, 2), (2.0).__rtruediv__(1), (3.0).__rpow__(2))
print(round(0.5), round(1.5), round(2.5), round(-1.5), round(2.675, 2), round(1.005, 2), round(123.456, -1), round(-0.4))
print(1e308 + 1e308, -1e308 * 10, 1e-320 * 1e-10, 5e-324 / 2)
print(0.1 + 0.2 - 0.3, 1 - 0.9, sum([0.1] * 10) == 1.0, 3 * 0.1 == 0.3)
