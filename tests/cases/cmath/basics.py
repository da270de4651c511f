import cmath, math
# Transcendental results may differ from glibc in the last bit: print rounded.
def r(z):
    z = complex(z)
    return complex(round(z.real, 12), round(z.imag, 12))
vals = [0, 1, -1, 2j, -2j, 1 + 1j, -3 + 4j, 0.5 - 0.25j, 3, -4.0, complex(0.0, -0.0), 1e-310 + 1e-310j,
        1e300 + 1e300j]
for name in ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "sinh", "cosh", "tanh"]:
    f = getattr(cmath, name)
    out = []
    for v in vals:
        try:
            out.append(repr(r(f(v))))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(name, " ".join(out))
print(cmath.sqrt(-1), cmath.sqrt(4), cmath.sqrt(-4), cmath.sqrt(3 + 4j), cmath.sqrt(complex(-0.0, 0.0)))
print(cmath.sqrt(-0.0), cmath.sqrt(complex(-1, -0.0)), cmath.sqrt(1e-320 + 0j))
print(cmath.phase(-1), cmath.phase(1j), cmath.phase(complex(-1, -0.0)), cmath.phase(0), cmath.phase(-1 - 1j))
print(cmath.polar(1j), cmath.polar(-2), cmath.polar(3 + 4j), cmath.polar(0))
print(r(cmath.rect(1, cmath.pi / 2)), cmath.rect(2, 0), cmath.rect(0, 1), r(cmath.rect(1, math.pi)))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(r(cmath.log(8, 2)), r(cmath.log(1j, 1j)), r(cmath.log(-1)), r(cmath.log(100, 10)))
print(cmath.isfinite(1 + 1j), cmath.isfinite(complex(math.inf, 0)), cmath.isinf(complex(0, math.inf)),
      cmath.isnan(complex(math.nan, 0)), cmath.isnan(1j), cmath.isinf(5), cmath.isfinite(2.5))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j), cmath.isclose(1j, 1.1j, rel_tol=0.2),
      cmath.isclose(0, 1e-10j, abs_tol=1e-9), cmath.isclose(complex(math.inf, 0), complex(math.inf, 0)))
class C:
    def __complex__(self): return 2 + 0j
class F:
    def __float__(self): return 9.0
print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.exp(0), cmath.exp(1j * math.pi).real)
for bad in [(cmath.log, 0), (cmath.log, 0j), (cmath.sqrt, "x"), (cmath.exp, 1000), (cmath.exp, complex(1000, 1)),
            (cmath.cosh, 1000), (cmath.sinh, complex(1000, 1)), (cmath.log, 1, 1), (cmath.polar, complex(1e308, 1e308)),
            (cmath.rect, 1, math.inf), (cmath.isclose, 1, 2, -1), (cmath.phase, None)]:
    try:
        print(bad[0].__name__, bad[0](*bad[1:]))
    except Exception as e:
        print(bad[0].__name__, type(e).__name__, e)
try:
    cmath.isclose(1, 1, rel_tol=-1)
except ValueError as e:
    print(type(e).__name__, e)
