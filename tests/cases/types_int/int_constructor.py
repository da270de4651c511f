def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

t("empty", lambda: int())
t("str", lambda: int("42"))
t("spaces", lambda: int("  -42\n"))
t("underscores", lambda: int("1_000_000"))
t("bad underscore", lambda: int("1__0"))
t("trailing underscore", lambda: int("10_"))
t("plus", lambda: int("+7"))
t("base 16", lambda: int("ff", 16))
t("base 16 prefix", lambda: int("0xff", 16))
t("base 0 hex", lambda: int("0x1F", 0))
t("base 0 oct", lambda: int("0o17", 0))
t("base 0 bin", lambda: int("0b101", 0))
t("base 0 leading zero", lambda: int("010", 0))
t("base 0 zeros", lambda: int("000", 0))
t("base 36", lambda: int("zz", 36))
t("base 37", lambda: int("1", 37))
t("base 1", lambda: int("1", 1))
t("bad digit", lambda: int("12a"))
t("bad digit base 2", lambda: int("102", 2))
t("empty str", lambda: int(""))
t("only spaces", lambda: int("   "))
t("float", lambda: int(3.99))
t("neg float", lambda: int(-3.99))
t("big float", lambda: int(1e20))
t("inf", lambda: int(float("inf")))
t("nan", lambda: int(float("nan")))
t("bytes", lambda: int(b"17"))
t("bytearray", lambda: int(bytearray(b"18")))
t("base with int", lambda: int(5, 10))
t("list", lambda: int([1]))
t("none", lambda: int(None))
t("complex", lambda: int(1j))
t("unicode digits", lambda: int("\u0661\u0662"))
t("float str", lambda: int("1.5"))
t("kw base", lambda: int("11", base=3))
t("x kw", lambda: int(x="5"))

class WithIndex:
    def __index__(self):
        return 9
class WithInt:
    def __int__(self):
        return 11
class WithTrunc:
    def __trunc__(self):
        return 13
class BadInt:
    def __int__(self):
        return "no"
class IntSub(int):
    pass
class ReturnsSub:
    def __int__(self):
        return IntSub(4)

t("__index__", lambda: int(WithIndex()))
t("__int__", lambda: int(WithInt()))
t("__trunc__", lambda: int(WithTrunc()))
t("bad __int__", lambda: int(BadInt()))
t("sub __int__", lambda: type(int(ReturnsSub())).__name__)
t("subclass", lambda: (IntSub(5) + 1, type(IntSub(5) + 1).__name__, repr(IntSub(5))))
t("subclass str", lambda: IntSub("ff", 16))
t("bool subclass", lambda: (int(True), type(int(True)).__name__))
t("str huge", lambda: len(str(10**4000)))
t("str limit", lambda: int("1" * 5000))
t("bin oct hex", lambda: (bin(10), oct(10), hex(255), bin(-10), hex(-255), oct(0)))
t("bin index", lambda: bin(WithIndex()))
t("bin float", lambda: bin(1.5))
t("format b", lambda: (format(10, "b"), format(10, "#x"), format(10, "08b"), format(-10, "#o")))
t("format commas", lambda: (format(1234567, ","), format(1234567, "_"), format(255, "_x")))
t("format c", lambda: format(65, "c"))
t("format n", lambda: format(1234, "n"))
t("format e", lambda: format(12345, ".2e"))
t("format %", lambda: format(3, "%"))
t("format bad", lambda: format(3, "z"))
t("format s", lambda: format(3, "s"))
