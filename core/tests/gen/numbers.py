#!/usr/bin/env python3
"""Generates core/tests/data/numbers.jsonl: number and formatting cases with the results
CPython 3.11 gives. Each line: [op, [args...], expected] where expected is repr(result) or
"!ExcType: message". Run: python3 core/tests/gen/numbers.py"""
import json, operator, os, sys

BIG = 10**30
cases = []
def c(op, *args):
    cases.append((op, list(args)))

# --- int arithmetic -------------------------------------------------------------------
ints = [0, 1, -1, 7, -7, 3, -3, 2**62 - 1, -2**62, 2**63, -2**63, BIG, -BIG, 2**100 + 12345]
for a in [7, -7, 2**62 - 1, -2**62, BIG, -BIG]:
    for b in [3, -3, 2**62, -BIG + 1]:
        for op in ["+", "-", "*", "//", "%", "/"]:
            c(op, a, b)
for a, b in [(1, 0), (BIG, 0), (0, 0)]:
    for op in ["//", "%", "/", "divmod"]:
        c(op, a, b)
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (BIG, 7), (-BIG, 7), (2**62, -1), (-2**62, -1)]:
    c("divmod", a, b)
for a, b in [(1, 3), (2, 3), (10**400, 10**399), (10**400, 3), (1, 10**400), (-1, 10**400),
             (2**53 + 1, 1), (2**54 + 1, 2), (10**20, 3), (123456789123456789123, 1000),
             (3, 2**1074 * 3), (1, 2**1075), (3, 2**1076), (2**1024 - 2**970, 1), (2**1024 - 2**970 - 1, 1)]:
    c("/", a, b)
for a, b in [(2, 10), (2, 100), (-2, 63), (-3, 3), (2, -1), (-2, -2), (0, -1), (0, 0), (1, -3),
             (10, -400), (7, 0), (-1, 10**20), (1, 10**20), (0, 10**20)]:
    c("**", a, b)
for a, b, m in [(2, 10, 1000), (2, -1, 5), (2, -1, 4), (3, 5, -7), (-3, 5, 7), (2, 3, 0),
                (BIG, BIG, 97), (5, -3, 13), (0, 0, 1)]:
    c("pow3", a, b, m)
for a, b in [(1, 62), (1, 63), (-1, 100), (5, -1), (BIG, 3), (-5, 1), (-5, 100), (-BIG, 50),
             (BIG, 200), (-1, 0), (0, 10**30), (7, 2**70)]:
    c("<<", a, b)
    c(">>", a, b)
for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10), (BIG, -1), (-BIG, 2**64 - 1), (BIG, -BIG)]:
    for op in ["&", "|", "^"]:
        c(op, a, b)
for a in ints:
    for op in ["neg", "pos", "abs", "invert", "bool", "hash", "repr", "float"]:
        c(op, a)
for a in [2**61 - 1, 2**61, -(2**61) + 1, -(2**61), 2**64, -1, -2]:
    c("hash", a)
c("float", 10**400)
c("float", 2**1024 - 2**970)
c("float", 2**1024 - 2**970 - 1)
c("float", 2**53 + 1)
c("float", -(2**53 + 3))
# comparisons with floats: exact
for a, b in [(2**53 + 1, float(2**53)), (2**53, float(2**53)), (1, 1.5), (2, 1.5), (-1, -0.5),
             (10**400, float("inf")), (-10**400, float("-inf")), (1, float("nan")), (0, -0.0),
             (2**1023 * 3, 1.7976931348623157e308)]:
    for op in ["<", "<=", "==", "!=", ">", ">="]:
        c(op, a, b)
# --- int construction and str conversion -----------------------------------------------
for s in ["12", "  -12  ", "+7", "1_000", "1__0", "_1", "1_", "", " ", "+-1", "- 1", "12a", "x" * 300,
          "\u0661\u0662", "0x10", "1e5", "١٢", "99999999999999999999999", "\t42\n"]:
    c("int", s)
for s, b in [("0x10", 0), ("0o17", 0), ("0b101", 0), ("010", 0), ("0", 0), ("00", 0), ("0_0", 0),
             ("0b", 0), ("0x_1", 0), ("0x__1", 0), ("ff", 16), ("0xff", 16), ("z", 36), ("Z", 36),
             ("2", 2), ("1", 1), ("1", 37), ("1", -1), ("777", 8), ("-0x1f", 0)]:
    c("int", s, b)
c("int", "9" * 5000)
c("int", "9" * 4300)
c("int", "1" * 5000, 16)
c("repr", 10**4300)
c("repr", 10**4299)
c("int", 1, 2)
c("int", 1.9)
c("int", -1.9)
c("int", 1e20)
c("int", float("inf"))
c("int", float("-inf"))
c("int", float("nan"))
c("int", 1e300)
c("int", True)
c("int", [])
c("int", "1", 2.0)
c("int")
for a in [0, 1, 255, -256, 2**64, -(2**64) - 1, 2**100]:
    c("meth", a, "bit_length")
    c("meth", a, "bit_count")
    c("meth", a, "as_integer_ratio")
    c("meth", a, "__sizeof__")
for a, n in [(15, -1), (25, -1), (-25, -1), (35, -1), (12345, -2), (5, -1), (BIG + 5, -1), (5, 2), (7, None), (999, -3), (500, -3), (1500, -3)]:
    c("meth", a, "__round__", n)
c("meth", 5, "__round__", "a")
for a in [5, -5, True]:
    c("attr", a, "real")
    c("attr", a, "imag")
    c("attr", a, "numerator")
    c("attr", a, "denominator")
    c("meth", a, "conjugate")
    c("meth", a, "__trunc__")
    c("meth", a, "__floor__")
    c("meth", a, "__ceil__")
c("from_bytes", [1, 2], "little", True)
c("from_bytes", [255], "big", True)
c("from_bytes", [255], "big", False)
c("from_bytes", [1, 0])
c("from_bytes", [], "big", True)
c("from_bytes", [1], "middle")
# --- bool ---------------------------------------------------------------------------------
for a, b in [(True, True), (True, False), (False, False), (True, 1), (1, True), (True, 2)]:
    for op in ["&", "|", "^", "+", "-", "*"]:
        c(op, a, b)
for a in [True, False]:
    for op in ["repr", "str", "neg", "invert", "hash", "abs", "pos"]:
        c(op, a)
for a in [0, 1, "", "a", 0.0, -0.0, 2.5, 0j, 1j, None]:
    c("bool", a)
c("boolcall", 1, 2)
# --- float -----------------------------------------------------------------------------------
floats = [0.0, -0.0, 1.0, -1.5, 0.1, 1e16, 1e15, 1e-5, 1e-4, 123456789.123, 1e22, 1e300,
          5e-324, 1.7976931348623157e308, float("inf"), float("-inf"), float("nan"), 2.5, 0.5, 1/3]
for x in floats:
    for op in ["repr", "neg", "abs", "bool"]:
        c(op, x)
    if x == x:
        c("hash", x)
    c("meth", x, "is_integer")
    c("meth", x, "as_integer_ratio")
    c("meth", x, "hex")
    c("meth", x, "__round__")
    c("meth", x, "__trunc__")
    c("meth", x, "__floor__")
    c("meth", x, "__ceil__")
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1.0, 0.0), (1.0, 0), (0.0, -1.0), (-0.0, 1.0),
             (1e308, 10.0), (5, 0.5), (1, 3.0), (-1e-300, 1e300), (float("inf"), 1.0), (1.0, float("inf")),
             (-1.0, float("inf")), (float("nan"), 1.0), (0.1, 0.2), (10**400, 1.0), (3.0, 10**20)]:
    for op in ["+", "-", "*", "/", "//", "%", "divmod"]:
        c(op, a, b)
for a, b in [(2.0, 0.5), (-8.0, 1 / 3), (0.0, -1.0), (0.0, -1), (-0.0, -3.0), (0.0, 0.0), (10.0, 400.0),
             (-2.0, 3.0), (-2.0, 2.0), (float("inf"), -1.0), (float("-inf"), 3.0), (float("-inf"), 2.0),
             (float("nan"), 0.0), (1.0, float("nan")), (2.0, float("inf")), (0.5, float("inf")),
             (-1.0, float("inf")), (2, 0.5), (-8, 1 / 3), (1.5, 2), (2.0, -1074.0), (-1.0, 0.5)]:
    c("**", a, b)
c("pow3", 2.0, 2, 3)
c("pow3", 2, 0.5, 3)
for x, n in [(2.675, 2), (0.125, 2), (0.375, 2), (2.5, 0), (3.5, 0), (-0.4, 0), (12345.678, -2),
             (15.0, -1), (25.0, -1), (1.5, None), (2.5, None), (-2.5, None), (1e300, -301), (1.7e308, -308),
             (0.1, 400), (1.23456789, 5), (5e-324, 323), (float("inf"), 2), (float("nan"), 2),
             (float("inf"), None), (float("nan"), None), (1e20, 3)]:
    c("meth", x, "__round__", n)
for s in ["1.5", "  -2.5e3 ", "1_000.5", "1__0.5", "1_.5", "1._5", "inf", "-Infinity", "nAn", "+inf",
          "1e", "1e+", "e5", ".5", "5.", ".", "", "0x10", "1e400", "-1e-400", "1.5j", "١.٥",
          "1_0e1_0", "infinit", "  nan  ", "0.1e-1_0"]:
    c("float", s)
c("float", 10**400)
c("float", [])
c("float")
c("float", 5)
c("float", True)
for s in ["0x1.8p1", "0x1p-1074", "0x1p-1075", "0x1.0000000000001p0", "-0x1.fffffffffffffp1023",
          "0x1p1024", "x", "inf", "0x.8", "1.8", "  0X1P+3  ", "0x1.00000000000008p0", "0x1.00000000000018p0"]:
    c("fromhex", s)
for a, b in [(1.5, 1.5), (0.0, -0.0), (float("nan"), float("nan")), (1.0, 2.0), (float("inf"), 1e308)]:
    for op in ["<", "==", "!=", ">="]:
        c(op, a, b)
c("attr", 2.5, "real")
c("attr", 2.5, "imag")
c("meth", 2.5, "conjugate")
c("meth", 2.5, "__getnewargs__")
c("getformat", "double")
c("getformat", "x")
# --- complex ---------------------------------------------------------------------------------
cx = [1j, -1j, 1 + 2j, -1.5 - 2.5j, complex(0.0, -0.0), complex(-0.0, 0.0), complex(-0.0, -0.0),
      complex(float("nan"), float("inf")), complex(1e16, 1.5), complex(1e-5, -1e22), 0j]
for z in cx:
    for op in ["repr", "neg", "abs", "bool"]:
        c(op, z)
    if z == z:  # a NaN part hashes by identity
        c("hash", z)
    c("meth", z, "conjugate")
    c("attr", z, "real")
    c("attr", z, "imag")
for a, b in [(1 + 2j, 3 - 4j), (1 + 2j, 2), (2, 1 + 2j), (1 + 2j, 0.5), (1 + 2j, 0), (1j, 0j),
             (1e300 + 1e300j, 1e-300 + 1e-300j)]:
    for op in ["+", "-", "*", "/"]:
        c(op, a, b)
for a, b in [(1 + 2j, 2), (1 + 2j, -2), (1 + 2j, 0.5), (1j, 1j), (0j, -1), (0j, 1j), (0j, 0), (0j, 2),
             (2, 1j), (-8, 1 / 3 + 0j), (1e200 + 1e200j, 2), (10 + 0j, 400.5), (1 + 1j, 100)]:
    c("**", a, b)
c("pow3", 1j, 1, 2)
c("//", 1j, 1)
c("%", 1j, 1)
for a, b in [(1 + 0j, 1), (1 + 0j, 1.0), (1j, 1j), (1j, 1), (1 + 0j, 2**53 + 1), ((2**53) + 0j, 2**53 + 1)]:
    c("==", a, b)
    c("!=", a, b)
c("<", 1j, 2j)
c("<", 1j, 1)
c("abs", complex(1e308, 1e308))
c("abs", complex(float("inf"), float("nan")))
for s in ["1+2j", " ( 1+2j ) ", "1 + 2j", "j", "-j", "+j", "1e5-1e-5J", "nan+infj", "1+j", "()", "",
          "1", "-1.5", "2j", "1+2", "1e+5j", "(1+2j", "1_0+2_0j", "infj", "-infj", "1+-2j", "j1"]:
    c("complex", s)
c("complex", 1 + 2j, 3 + 4j)
c("complex", 1, 2)
c("complex", 1.5)
c("complex", 1, -0.0)
c("complex", [])
c("complex", 1, [])
c("complex", 1j, "a")
c("complex", "1", 2)
c("complex")
c("complex", 10**400)
# --- format() ---------------------------------------------------------------------------------
int_specs = ["", "d", "5", "<5", "^5", ">5", "=5", "+", " ", "-", "05", "+05", "x", "X", "#x", "#X",
             "#010x", "o", "#o", "b", "#b", "c", ",", "_", "_x", "_b", "010,", "06,", "07,", "08,",
             "*^9,", "e", ".2e", "f", ".3f", "g", "%", ".1%", "n", "s", ".2", "z", "#c", ",c", "+c",
             ",x", "_n", ",_", "_,", "abc", "x<5", "0=8", "9999999999999999999", "=^5", "<<5", "0<5", ".",
             "10.3", "#"]
for x in [0, 42, -42, 255, -255, 1234567, 65, 2**64, -(2**70)]:
    for s in int_specs:
        c("format", x, s)
c("format", 10**5000, "d")
c("format", 10**5000, "x")
c("format", -1, "c")
c("format", 0x110000, "c")
c("format", 10**400, "e")
for x in [True, False]:
    for s in ["", "d", "^6", "s", "x", "5"]:
        c("format", x, s)
float_specs = ["", "f", ".2f", ".0f", "#.0f", "e", ".3e", "E", "#.0e", "g", ".3g", "G", "#g", ".10g",
               "n", "%", ".1%", ".0%", "10", "<10", "^10", "=+10", "010", "+.2f", " .2f", "z.1f", "z",
               "020,.2f", "_.2f", ",", ",.2f", ",g", ".3", ".0", ".1", ".20", "#", "d", "x", "s", "c",
               "_n", ".3%", "010.3e", "-^+12.4f", "=10", "*<+8.1f"]
for x in [0.0, -0.0, 1.0, 1.5, -1.5, 2.5, 1234.5, 1e16, 1e15, 1e-5, 0.0001, 123456.0, 15.0, 100.0,
          -0.0001, 1e300, float("inf"), float("-inf"), float("nan"), 1/3, 12345.678, 5e-324]:
    for s in float_specs:
        c("format", x, s)
cx_specs = ["", "10", "^20", "=^20", ">20", "<20", "+", " ", "-", ".2f", "f", "e", "g", ".3", ".1", "#",
            "%", "d", "=5", "05", "z.1f", ",", "_", "n", ".2e", "E", "G", "+.1f", "10.2f"]
for z in [1 + 2j, 1.5 + 2j, -1 - 2j, 1j, 3j, complex(-0.0, -0.0), 0j, complex(1234.5, 1),
          complex(float("nan"), float("inf")), complex(1, 0), complex(-0.0, 0.0), 1e16 + 1e-5j]:
    for s in cx_specs:
        c("format", z, s)
str_specs = ["", "s", "5", "<5", ">5", "^5", "*^5", "^7.2", ".1", ".0", "05", "=5", "+", "-", " ",
             "#", "z", ",", "_", "d", "x<", "x<5", "10.3s", ".10", "\u00e9^5"]
for s in ["", "a", "abc", "héllo", "abcdefghijkl"]:
    for sp in str_specs:
        c("format", s, sp)
c("format", None, "")
c("format", None, "x")
# --- printf ---------------------------------------------------------------------------------
P = [("%d", 5), ("%d", -5), ("%5d|", 5), ("%-5d|", 5), ("%05d", -5), ("%+d", 5), ("% d", 5),
     ("%.3d", 5), ("%+.3d", -5), ("%i %u", (3, 4)), ("%d", 1.9), ("%d", -1.9), ("%d", True), ("%d", 10**30),
     ("%d", "a"), ("%d", None), ("%d", 3j), ("%x", 255), ("%X", 255), ("%#x", 255), ("%#X", 255),
     ("%#o", 8), ("%o", -8), ("%x", -255), ("%#.3x", 5), ("%#08x", 255), ("%x", 1.5), ("%o", "a"),
     ("%e", 12345.678), ("%E", 1e-10), ("%.2e", 0.0), ("%f", 1.5), ("%.0f", 0.5), ("%.0f", 1.5),
     ("%.0f", 2.5), ("%#.0f", 2.0), ("%010.3f", -3.14159), ("%-+8.2e|", 3), ("%g", 1e-10), ("%G", 1e-10),
     ("%g", 123456789.0), ("%#g", 1.0), ("%g", 0.0001), ("%.3g", 1234.0), ("%f", float("inf")),
     ("%010f", float("inf")), ("%-10f|", float("nan")), ("%F", float("inf")), ("%f", "a"), ("%f", 10**400),
     ("%f", 5), ("%s", "abc"), ("%.2s", "abc"), ("%5s|", "ab"), ("%-5s|", "ab"), ("%05s", "a"),
     ("%s", 1.5), ("%s", (1,)), ("%s", ((1, 2),)), ("%s", [1]), ("%r", "é"), ("%a", "é"), ("%r", 1.5),
     ("%a", "abc"), ("%c", "a"), ("%c", 65), ("%c", 0x263a), ("%c", "ab"), ("%c", -1), ("%c", 0x110000),
     ("%c", 1.5), ("%5c|", 65), ("%%", ()), ("%d%%", 5), ("100%%", ()), ("%", ()), ("%d", ()),
     ("%d %d", (1,)), ("%d", (1, 2)), ("", 1), ("", ()), ("abc", {}), ("%s %s", (1, 2, 3)),
     ("%z", 1), ("%\u00e9", 1), ("%ld", 5), ("%hd", 5), ("%*d", (5, 1)), ("%*d", (-5, 1)), ("%.*f", (2, 1.5)),
     ("%*.*f|", (8, 2, 1.5)), ("%*d", ("a", 1)), ("%.*f", ("a", 1)), ("%(a)s", {"a": 1}),
     ("%(a)s %(b)s", {"a": 1}), ("%(a)s %(b)d", {"a": "x", "b": 2}), ("%(a)s", 1), ("%(a", {"a": 1}),
     ("%(a)5.1f|", {"a": 2.25}), ("%s", {"a": 1}), ("%(a(b))s", {"a(b)": 3}), ("%d %s", (1, "a")),
     ("%3", 1), ("%.", 1), ("%-", 1), ("%s", 10**5000)]
for f, a in P:
    c("printf", f, a)
# --- str.format -------------------------------------------------------------------------------
F = [("{}", [1], {}), ("{} {}", [1, "a"], {}), ("{0}{1}{0}", [1, 2], {}), ("{1}", [1], {}),
     ("{}{0}", [1, 2], {}), ("{0}{}", [1, 2], {}), ("{", [], {}), ("}", [], {}), ("x}", [], {}),
     ("{{}}", [], {}), ("}}{{", [], {}), ("{0!r}", ["a"], {}), ("{0!s}", [1.5], {}), ("{0!a}", ["é"], {}),
     ("{0!x}", [1], {}), ("{0!}", [1], {}), ("{0!rx}", [1], {}), ("{0!", [1], {}), ("{:", [1], {}),
     ("{0:}", [1], {}), ("{:}", [1], {}), ("{a}", [], {}), ("{a}", [], {"a": 5}), ("{a:>5}", [], {"a": "x"}),
     ("{0}", [], {}), ("{:{}}", [1], {}), ("{0:{1}}", [1, 5], {}), ("{:{}}", [1, 5], {}),
     ("{:{:{}}}", [1, 2, 3], {}), ("{0:{a}}", [3], {"a": "^5"}), ("{a[b]}", [], {"a": {"b": 3}}),
     ("{0[a]}", [{"a": 1}], {}), ("{0[1]}", [{1: "one"}], {}), ("{0[}", [1], {}), ("{0]}", [1], {}),
     ("{0.}", [1], {}), ("{0[0]x}", [{0: 1}], {}), ("{0.real}", [3], {}), ("{0.imag}", [1.5 + 2j], {}),
     ("{0.nope}", [3], {}), ("{a{}", [], {"a": 1}), ("{a", [], {"a": 1}), ("{ }", [1], {}),
     ("{99999999999999999999}", [], {}), ("{:d}", ["a"], {}), ("{:x}", [255], {}), ("{:,}", [1234567], {}),
     ("{!r:>5}", ["a"], {}), ("{:.2f}", [3.14159], {}), ("{0[a]}", [{}], {}), ("{:s}", [None], {}),
     ("a{}b{}c", [1, 2], {}), ("{0:{1}{2}}", [3, "<", 4], {}), ("{:%}", [0.5], {}), ("{0:x<{1}}", [1, 4], {}),
     ("{0.real.imag}", [3], {}), ("{0[}]}", [{"}": 1}], {}), ("{:=^9}", ["ab"], {}), ("{0[]}", [1], {})]
for f, a, kw in F:
    c("sformat", f, a, kw)
for f, m in [("{a}", {"a": 1}), ("{}", {}), ("{0}", {}), ("{a.real}", {"a": 2}), ("{b}", {"a": 1})]:
    c("sformat_map", f, m)

# --- seeded random cases -------------------------------------------------------------------
import random, struct
rng = random.Random(20261124)
def rint():
    k = rng.choice([1, 8, 30, 62, 63, 64, 100, 300])
    v = rng.getrandbits(k)
    return -v if rng.random() < 0.5 else v
def rfloat():
    while True:
        x = struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
        if x == x:
            return x
for _ in range(300):
    a, b = rint(), rint()
    op = rng.choice(["+", "-", "*", "//", "%", "/", "&", "|", "^", "divmod", "<", "=="])
    c(op, a, b)
    c(rng.choice(["<<", ">>"]), a, rng.randrange(0, 200))
    c("**", a, rng.randrange(0, 20))
    c("pow3", a, rint(), rng.choice([7, 97, 2**61 - 1, -13, 10**20 + 39]))
for _ in range(150):
    a, b = rint() * rng.choice([1, 10**50]), rint() or 1
    c("/", a, b)
for _ in range(300):
    x = rfloat()
    c("repr", x)
    c("hash", x)
    c("float", repr(x))
    c("fromhex", x.hex())
    c("meth", x, "as_integer_ratio")
    c("meth", x, "__round__", rng.randrange(-20, 20))
    spec = rng.choice(["", ".3", ".12g", "e", ".17e", "f", ".2f", "g", "%", ",.3f", "+.1e", "#.5g", "n", "_"])
    c("format", x, spec)
    c(rng.choice(["<", "==", ">"]), rint(), x)
    c(rng.choice(["+", "-", "*", "/", "//", "%"]), x, rfloat())
for _ in range(100):
    x = rng.uniform(-1e6, 1e6)
    for spec in [".2f", ".0f", "e", "g", ".5"]:
        c("format", x, spec)
    c("meth", x, "__round__", rng.randrange(-3, 6))
    c("printf", rng.choice(["%.3f", "%e", "%g", "%10.4f", "%-12.3e|", "%+g"]), x)

def enc(v):
    if v is None: return {"n": 0}
    if isinstance(v, bool): return {"b": v}
    if isinstance(v, int): return {"i": hex(v)}
    if isinstance(v, float): return {"f": repr(v)}
    if isinstance(v, complex): return {"c": [repr(v.real), repr(v.imag)]}
    if isinstance(v, str): return {"s": v}
    if isinstance(v, tuple): return {"t": [enc(x) for x in v]}
    if isinstance(v, list): return {"l": [enc(x) for x in v]}
    if isinstance(v, dict): return {"d": [[enc(k), enc(x)] for k, x in v.items()]}
    raise TypeError(v)

BIN = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
       "//": operator.floordiv, "%": operator.mod, "**": operator.pow, "<<": operator.lshift,
       ">>": operator.rshift, "&": operator.and_, "|": operator.or_, "^": operator.xor,
       "<": operator.lt, "<=": operator.le, "==": operator.eq, "!=": operator.ne, ">": operator.gt,
       ">=": operator.ge, "divmod": divmod}
UN = {"neg": operator.neg, "pos": operator.pos, "abs": abs, "invert": operator.invert, "bool": bool,
      "hash": hash, "repr": repr, "str": str}

def run(op, a):
    if op in BIN: return BIN[op](*a)
    if op in UN: return UN[op](*a)
    if op == "pow3": return pow(*a)
    if op == "int": return int(*a)
    if op == "float": return float(*a)
    if op == "complex": return complex(*a)
    if op == "boolcall": return bool(*a)
    if op == "meth": return getattr(a[0], a[1])(*a[2:])
    if op == "attr": return getattr(a[0], a[1])
    if op == "from_bytes": return int.from_bytes(*a)
    if op == "fromhex": return float.fromhex(*a)
    if op == "getformat": return float.__getformat__(*a)
    if op == "format": return format(*a)
    if op == "printf": return a[0] % a[1]
    if op == "sformat": return a[0].format(*a[1], **a[2])
    if op == "sformat_map": return a[0].format_map(a[1])
    raise ValueError(op)

out = []
for op, args in cases:
    try:
        r = repr(run(op, args))
    except Exception as e:
        r = "!%s: %s" % (type(e).__name__, e)
    out.append(json.dumps([op, [enc(x) for x in args], r], ensure_ascii=True))
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "numbers.jsonl")
with open(path, "w") as f:
    f.write("\n".join(out) + "\n")
print(len(out), "cases")
