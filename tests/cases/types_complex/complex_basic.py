def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

t("literals", lambda: (1j, 2 + 3j, -1j, 0j, 1.5j, 1e3j))
t("ctor", lambda: (complex(), complex(1), complex(1, 2), complex("1+2j"), complex(" (3-4j) "), complex("j"), complex("-1.5e1j"), complex(1j, 1j)))
t("ctor bad", lambda: complex("1+2"))
t("ctor bad2", lambda: complex("1 + 2j"))
t("ctor str second", lambda: complex("1", 2))
t("ctor bad type", lambda: complex([]))
t("attrs", lambda: ((3 + 4j).real, (3 + 4j).imag, (3 + 4j).conjugate(), abs(3 + 4j)))
t("arith", lambda: ((1 + 2j) + (3 - 1j), (1 + 2j) * (3 - 1j), (1 + 2j) / (1 - 1j), (1 + 2j) - 1, 2 * 1j, 1j ** 2, (1 + 1j) ** 3))
t("pow", lambda: ((2 + 0j) ** 0.5, 1j ** 1j, 0j ** 0))
t("div zero", lambda: (1 + 1j) / 0)
t("zero pow neg", lambda: 0j ** -1)
t("floordiv", lambda: (1 + 1j) // 1)
t("mod", lambda: (1 + 1j) % 1)
t("compare", lambda: (1j == 1j, 1 + 0j == 1, 1j != 2j))
t("order", lambda: 1j < 2j)
t("hash", lambda: (hash(1 + 0j) == hash(1), hash(0j), hash(1j) == hash(1j)))
t("repr", lambda: [repr(c) for c in (1 + 0j, -0j, complex(0, -0.0), complex(-0.0, 0), complex(1e20, 1e-20), complex(float("inf"), float("nan")), 1.5 - 2.5j)])
t("str", lambda: str(2 - 3j))
t("format", lambda: (format(1 + 2j, ".2f"), format(1 + 2j, "^20"), format(1.5j, ""), format(3 + 4j, "+.1e")))
t("format bad", lambda: format(1j, "d"))
t("int", lambda: int(1j))
t("float", lambda: float(1j))
t("bool", lambda: (bool(0j), bool(1j), bool(complex(0, 0.0))))
t("mixed", lambda: (1j + True, 1.5 * 2j, 2 ** 1j == (2 + 0j) ** 1j))
class C:
    def __complex__(self):
        return 5 + 1j
t("__complex__", lambda: complex(C()))
class F:
    def __float__(self):
        return 2.5
t("__float__", lambda: complex(F()))
t("sub", lambda: type("Cx", (complex,), {})(1, 2))
t("sum", lambda: sum([1j, 2, 3.5]))
