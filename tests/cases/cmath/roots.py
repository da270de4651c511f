import cmath
# Quadratic roots with complex sqrt.
for a, b, c in [(1, 0, 1), (1, 2, 5), (1, -3, 2), (2, 4, 4), (1, 0, -4), (1, 1, 1)]:
    d = cmath.sqrt(b * b - 4 * a * c)
    r1 = (-b + d) / (2 * a)
    r2 = (-b - d) / (2 * a)
    print(a, b, c, r1, r2, cmath.isclose(a * r1 * r1 + b * r1 + c, 0, abs_tol=1e-12))
for n in [2, 3, 4, 6]:
    roots = [cmath.rect(1, 2 * cmath.pi * k / n) for k in range(n)]
    print(n, all(cmath.isclose(z ** n, 1, abs_tol=1e-9) for z in roots),
          [complex(round(z.real, 9) + 0.0, round(z.imag, 9) + 0.0) for z in roots])
