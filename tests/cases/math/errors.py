import math
cases = [
    ("exp", (1000,)), ("exp", (-1000,)), ("sqrt", (-1,)), ("log", (0,)), ("log", (-1,)),
    ("log", (0.0,)), ("log", (1, 1)), ("log", (10, 0)), ("log", (10, -2)), ("log2", (0,)),
    ("log10", (-5,)), ("acos", (2,)), ("asin", (-1.5,)), ("atanh", (1,)), ("acosh", (0.5,)),
    ("cosh", (1000,)), ("sinh", (-1000,)), ("sin", (float("inf"),)), ("cos", (float("-inf"),)),
    ("tan", (float("inf"),)), ("gamma", (0,)), ("gamma", (-1,)), ("gamma", (-2.0,)),
    ("gamma", (200,)), ("gamma", (float("-inf"),)), ("lgamma", (0,)), ("lgamma", (-3,)),
    ("lgamma", (1e308,)), ("pow", (0, -1)), ("pow", (-2, 0.5)), ("pow", (10, 400)),
    ("pow", (2, 3)), ("pow", (float("nan"), 0)), ("pow", (1, float("nan"))),
    ("fmod", (1, 0)), ("fmod", (float("inf"), 1)), ("fmod", (5, float("inf"))), ("fmod", (7, 3)),
    ("fmod", (-7, 3)), ("remainder", (1, 0)), ("remainder", (float("inf"), 2)),
    ("remainder", (7, 2)), ("remainder", (5, 2)), ("remainder", (-5, 2)), ("ldexp", (1.0, 2000)),
    ("ldexp", (1.0, -2000)), ("ldexp", (3.0, 4)), ("ldexp", (1.5, 10**30)), ("ldexp", (1.0, 2.0)),
    ("expm1", (1000,)), ("exp2", (5000,)), ("log1p", (-1,)), ("log1p", (-2,)),
    ("factorial", (-1,)), ("factorial", (2.0,)), ("factorial", ("3",)), ("comb", (-1, 2)),
    ("comb", (5, -2)), ("perm", (-3,)), ("perm", (3, -1)), ("isqrt", (-4,)), ("isqrt", (2.5,)),
    ("gcd", (1.5, 2)), ("lcm", ("a",)), ("comb", (5.0, 2)), ("log", ("x",)),
    ("trunc", ("x",)), ("floor", ("x",)), ("ceil", (None,)), ("floor", (float("inf"),)),
    ("ceil", (float("nan"),)), ("trunc", (float("-inf"),)), ("isclose", (1, 2, -1)),
    ("dist", ((1, 2), (1, 2, 3))), ("dist", ([1], 5)), ("hypot", ("a",)),
    ("fsum", ([float("inf"), float("-inf")],)), ("fsum", ([1e308, 1e308],)),
    ("fsum", ([float("nan"), 1],)), ("fsum", ([float("inf"), 1],)), ("fsum", (5,)),
    ("prod", ()), ("sqrt", (10**400,)), ("exp", (10**400,)),
]
for name, args in cases:
    try:
        r = getattr(math, name)(*args)
        print(name, args, "->", repr(r))
    except Exception as e:
        print(name, args, type(e).__name__, e)
try:
    math.isclose(1.0, 1.0, rel_tol=-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.isclose(1.0, 1.0, abs_tol=-1)
except ValueError as e:
    print(type(e).__name__, e)
