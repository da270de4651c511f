import cmath
# Identities checked with isclose: robust to last-bit differences.
zs = [0.3 + 0.4j, -1.5 + 2j, 2 - 3j, 1j, -0.7 - 0.2j, 5 + 0j]
for z in zs:
    s = cmath.sqrt(z)
    print(z, cmath.isclose(s * s, z), cmath.isclose(cmath.exp(cmath.log(z)), z),
          cmath.isclose(cmath.sin(z) ** 2 + cmath.cos(z) ** 2, 1),
          cmath.isclose(cmath.cosh(z) ** 2 - cmath.sinh(z) ** 2, 1),
          cmath.isclose(cmath.tan(z), cmath.sin(z) / cmath.cos(z)),
          cmath.isclose(cmath.tanh(z), cmath.sinh(z) / cmath.cosh(z)),
          cmath.isclose(cmath.rect(*cmath.polar(z)), z),
          cmath.isclose(cmath.log10(z), cmath.log(z) / cmath.log(10)),
          round(abs(z), 10) == round(cmath.polar(z)[0], 10))
