def t(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

vals = [0j, 1j, -1j, 1 + 1j, -2.5 + 0.5j, complex(3, -4), complex(1e300, 1e300)]
for z in vals:
    print(repr(z), z.real, z.imag, z.conjugate(), abs(z) if abs(z) != float("inf") else "inf", z == complex(repr(z).strip("()")) if "e" not in repr(z) else "skip", bool(z), hash(z) == hash(complex(z.real, z.imag)))
for a in vals[:5]:
    print([repr(a + b) for b in vals[:5]])
    print([repr(a * b) for b in vals[:5]])
t("div", lambda: [(1 + 2j) / d for d in (1, 2j, 1 - 1j, 0.5)])
t("div zero", lambda: 1j / 0j)
t("pow int", lambda: [(1 + 1j) ** n for n in range(-2, 5)])
t("pow complex", lambda: (1j ** 1j, (2 + 0j) ** (0.5 + 0j)))
t("pow zero", lambda: (0j ** 0, 0j ** 2, 0j ** (1 + 0j)))
t("pow zero neg", lambda: 0j ** -2)
t("mixed eq", lambda: (1 + 0j == 1, 1 + 0j == 1.0, 1j == 1, (1 + 0j) in {1}, {1: "a"}.get(1 + 0j)))
t("complex str forms", lambda: [complex(s) for s in ["1", "1j", "-1j", "+1.5-2.5j", "(1+1j)", "1e3j", "inf", "-infj", "nanj"]])
t("complex str bad", lambda: complex("1+1j+1"))
t("complex two str", lambda: complex("1", "2"))
t("complex kw", lambda: complex(real=1, imag=2))
t("format", lambda: [format(1.5 - 2j, s) for s in ("", ".1f", "10.2f", "<20", "e", "g", "+")])
t("round", lambda: round(1j))
t("int of complex", lambda: int(1 + 0j))
t("cmp", lambda: 1j > 0)
