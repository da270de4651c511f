import cmath, math
inf, nan = math.inf, math.nan
for z in [complex(inf, 0), complex(-inf, 0), complex(0, inf), complex(inf, inf), complex(-inf, 1),
          complex(1, inf), complex(nan, 0), complex(0, nan), complex(inf, nan), complex(-inf, nan)]:
    out = [repr(z)]
    for name in ["sqrt", "exp", "log", "phase", "isinf", "isnan", "isfinite"]:
        try:
            out.append("%s=%r" % (name, getattr(cmath, name)(z)))
        except Exception as e:
            out.append("%s=%s" % (name, type(e).__name__))
    print(" ".join(out))
print(cmath.rect(inf, 0), cmath.rect(inf, 1.0), cmath.rect(-inf, 1.0), cmath.rect(nan, 0), cmath.rect(0, 0))
print(cmath.exp(complex(-inf, 0)), cmath.exp(complex(inf, 0)), cmath.log(complex(inf, 0)))
