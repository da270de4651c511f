# Bit-exact results of the float functions against CPython (which calls the C library's libm):
# every result is printed with float.hex() over deterministic pseudo-random inputs spread over
# each function's interesting ranges. An error prints its exception type.
import math

state = 12345


def rand():
    """A 64-bit LCG (Knuth's MMIX constants): a float in [0, 1)."""
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return (state >> 11) / (1 << 53)


def inputs(n, scales):
    xs = []
    for i in range(n):
        lo, hi = scales[i % len(scales)]
        xs.append(lo + (hi - lo) * rand())
    return xs


def h(r):
    return r.hex() if isinstance(r, float) else repr(r)


def run1(name, f, xs):
    out = []
    for x in xs:
        try:
            out.append(h(f(x)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name)
    for i in range(0, len(out), 6):
        print(" ", " ".join(out[i:i + 6]))


N = 240
WIDE = [(-1.0, 1.0), (-10.0, 10.0), (-1000.0, 1000.0), (-1e6, 1e6), (-1e-6, 1e-6),
        (-1e15, 1e15), (-3.2, 3.2)]
POS = [(0.0, 1.0), (0.0, 10.0), (0.0, 1e4), (0.0, 1e-8), (0.0, 1e300), (0.5, 2.0),
       (0.9, 1.1)]
EXPR = [(-1.0, 1.0), (-20.0, 20.0), (-700.0, 700.0), (-1e-9, 1e-9), (-745.0, 710.0)]
UNIT = [(-1.0, 1.0), (-0.01, 0.01), (0.9, 1.0), (-1.0, -0.9)]

run1("sin", math.sin, inputs(N, WIDE))
run1("cos", math.cos, inputs(N, WIDE))
run1("tan", math.tan, inputs(N, WIDE))
run1("asin", math.asin, inputs(N, UNIT))
run1("acos", math.acos, inputs(N, UNIT))
run1("atan", math.atan, inputs(N, WIDE))
run1("sinh", math.sinh, inputs(N, EXPR))
run1("cosh", math.cosh, inputs(N, EXPR))
run1("tanh", math.tanh, inputs(N, [(-1.0, 1.0), (-20.0, 20.0), (-1e-5, 1e-5)]))
run1("asinh", math.asinh, inputs(N, WIDE))
run1("acosh", math.acosh, inputs(N, [(1.0, 1.1), (1.0, 10.0), (1.0, 1e6), (1.0, 1e300)]))
run1("atanh", math.atanh, inputs(N, UNIT))
run1("exp", math.exp, inputs(N, EXPR))
run1("exp2", math.exp2, inputs(N, [(-1.0, 1.0), (-60.0, 60.0), (-1070.0, 1020.0)]))
run1("expm1", math.expm1, inputs(N, EXPR))
run1("log", math.log, inputs(N, POS))
run1("log2", math.log2, inputs(N, POS))
run1("log10", math.log10, inputs(N, POS))
run1("log1p", math.log1p, inputs(N, [(-0.999, 1.0), (-1e-9, 1e-9), (0.0, 1e10)]))
run1("sqrt", math.sqrt, inputs(N, POS))
run1("cbrt", math.cbrt, inputs(N, WIDE))
run1("erf", math.erf, inputs(N, [(-1.0, 1.0), (-6.0, 6.0), (-1e-5, 1e-5), (-30.0, 30.0)]))
run1("erfc", math.erfc, inputs(N, [(-1.0, 1.0), (-6.0, 6.0), (0.0, 27.0), (-30.0, 30.0)]))
run1("gamma", math.gamma, inputs(N, [(0.0, 1.0), (-10.0, 10.0), (0.0, 171.0), (-170.0, 0.0),
                                     (1e-10, 1e-8)]))
run1("lgamma", math.lgamma, inputs(N, [(0.0, 1.0), (-10.0, 10.0), (0.0, 1e5), (-1e5, 0.0),
                                       (1.5, 2.5), (0.5, 1.5)]))

pairs = inputs(2 * N, [(-10.0, 10.0), (-1.0, 1.0), (-1e6, 1e6), (-1e-3, 1e-3)])
run1("atan2", lambda p: math.atan2(*p), list(zip(pairs[::2], pairs[1::2])))
run1("hypot", lambda p: math.hypot(*p), list(zip(pairs[::2], pairs[1::2])))
run1("hypot3", lambda p: math.hypot(p[0], p[1], 1.5), list(zip(pairs[::2], pairs[1::2])))
bases = inputs(N, [(0.0, 2.0), (0.0, 100.0), (0.9, 1.1), (0.0, 1e10), (-10.0, 0.0)])
exps = inputs(N, [(-5.0, 5.0), (-100.0, 100.0), (-1e3, 1e3)])
ints = [float(int(e)) for e in exps]
run1("pow", lambda p: math.pow(*p), list(zip(bases, exps)))
run1("pow_int", lambda p: math.pow(*p), list(zip(bases, ints)))
run1("float_pow", lambda p: p[0] ** p[1], list(zip([abs(b) for b in bases], exps)))
run1("fmod", lambda p: math.fmod(*p), list(zip(pairs[::2], pairs[1::2])))
run1("remainder", lambda p: math.remainder(*p), list(zip(pairs[::2], pairs[1::2])))
