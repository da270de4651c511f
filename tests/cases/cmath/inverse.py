import cmath, math

vals = [0j, -0.0 + 0j, complex(0.0, -0.0), complex(-0.0, -0.0), 1 + 0j, -1 + 0j, 0.5 + 0j, 2 + 0j,
        -2 + 0j, 1j, -1j, 2j, -2j, 1 + 1j, -1 - 1j, 0.3 - 0.7j, -3.5 + 2.25j, 1e-300 + 1e-300j,
        1e300 + 1e300j, -1e308 + 1e308j, 1e200 - 3j, complex(2, -0.0), complex(-2, -0.0),
        complex(1, 1e-200), complex(-1, -1e-200), 1e-20j, 5, -0.25, 1.0000001]
for name in ["acos", "asin", "atan", "acosh", "asinh", "atanh"]:
    f = getattr(cmath, name)
    for z in vals:
        try:
            print(name, z, f(z))
        except ValueError as e:
            print(name, z, "ValueError", e)
inf, nan = math.inf, math.nan
special = [-inf, -2.5, -0.0, 0.0, 2.5, inf, nan]
for name in ["acos", "asin", "atan", "acosh", "asinh", "atanh"]:
    f = getattr(cmath, name)
    row = []
    for x in special:
        for y in special:
            if math.isfinite(x) and math.isfinite(y):
                continue
            try:
                row.append(str(f(complex(x, y))))
            except ValueError as e:
                row.append("VE")
    print(name, " ".join(row))
for name in ["acos", "asin", "atan", "acosh", "asinh", "atanh"]:
    f = getattr(cmath, name)
    for z in [0.25 + 0.5j, -0.8 + 0.1j, 3 - 4j]:
        inv = {"acos": cmath.cos, "asin": cmath.sin, "atan": cmath.tan, "acosh": cmath.cosh,
               "asinh": cmath.sinh, "atanh": cmath.tanh}[name]
        print(name, z, cmath.isclose(inv(f(z)), z, rel_tol=1e-12))
for bad in ["x", None, [1]]:
    try:
        cmath.asin(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    cmath.atan(1j)
except ValueError as e:
    print("ValueError", e)
try:
    cmath.acos()
except TypeError as e:
    print("TypeError", e)
