# Bit-exact cmath results against CPython over deterministic pseudo-random inputs: both
# real and imaginary parts printed with float.hex(); errors print their type.
import cmath

state = 987654321


def rand():
    """A 64-bit LCG (Knuth's MMIX constants): a float in [0, 1)."""
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return (state >> 11) / (1 << 53)


SCALES = [1.0, 10.0, 1e-3, 700.0, 1e6, 2.0, 1e300]


def inputs(n):
    zs = []
    for i in range(n):
        s = SCALES[i % len(SCALES)]
        zs.append(complex(s * (2 * rand() - 1), s * (2 * rand() - 1)))
    return zs


def h(r):
    if isinstance(r, complex):
        return r.real.hex() + "," + r.imag.hex()
    if isinstance(r, tuple):
        return ",".join(h(x) for x in r)
    return r.hex()


def run(name, f, zs):
    out = []
    for z in zs:
        try:
            out.append(h(f(z)))
        except (ValueError, OverflowError, ZeroDivisionError) as e:
            out.append(type(e).__name__)
    print(name)
    for i in range(0, len(out), 3):
        print(" ", " ".join(out[i:i + 3]))


N = 140
for name in ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "sinh", "cosh", "tanh",
             "asin", "acos", "atan", "asinh", "acosh", "atanh", "phase", "polar"]:
    run(name, getattr(cmath, name), inputs(N))
run("log_base", lambda z: cmath.log(z, 3 + 1j), inputs(N))
run("rect", lambda z: cmath.rect(z.real, z.imag), inputs(N))
run("abs", abs, inputs(N))
small = [complex(2 * rand() - 1, 2 * rand() - 1) * 3 for _ in range(N)]
run("pow_complex", lambda z: z ** complex(rand() * 4 - 2, rand() * 4 - 2), small)
run("pow_real", lambda z: z ** (rand() * 7 - 3.5), small)
run("pow_int", lambda z: z ** int(rand() * 20 - 10), small)
