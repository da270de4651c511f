def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

t("str()", lambda: (str(), str(1), str(1.5), str([1, "a"]), str(None), str(b"x"), str(str)))
t("str bytes decode", lambda: str(b"caf\xc3\xa9", "utf-8"))
t("str bytes errors", lambda: str(b"caf\xff", "utf-8", "replace"))
t("str bytes strict", lambda: str(b"caf\xff", "utf-8"))
t("str bad", lambda: str(1, "utf-8"))
t("repr quotes", lambda: [repr("a'b"), repr('a"b'), repr("a'b\"c"), repr("\n\t\\"), repr("\x00\x7f\x80"), repr("é€𝄞"), repr("\u200b\ud7ff")])
t("ascii", lambda: (ascii("é€𝄞"), ascii([1, "ü"]), ascii("\x00")))
t("len", lambda: (len(""), len("é"), len("𝄞"), len("a\u0301")))
t("ord chr", lambda: (ord("a"), ord("€"), ord("𝄞"), chr(97), chr(0x1F600), chr(0)))
t("ord bad", lambda: ord("ab"))
t("ord empty", lambda: ord(""))
t("chr bad", lambda: chr(-1))
t("chr big", lambda: chr(0x110000))
t("chr float", lambda: chr(65.0))
t("iter", lambda: list("abé"))
t("reversed", lambda: "".join(reversed("hello")))
t("sorted", lambda: sorted("banana"))
t("hash equal", lambda: hash("abc") == hash("ab" + "c"))
t("compare ops", lambda: ("abc" == "abc", "abc" != "abd", "a" * 3 == "aaa", "abc" >= "abc"))
t("min max", lambda: (min("hello"), max("hello"), max(["b", "abc", "ab"]), min(["b", "abc"], key=len)))
t("slice steps", lambda: ("abcdefg"[1:6:2], "abcdefg"[::-2], "abcdefg"[5:1:-1], "abcdefg"[-1:-8:-3], "abc"[::100]))
t("slice step 0", lambda: "abc"[::0])
t("str subclass", lambda: type("S", (str,), {"shout": lambda self: self.upper() + "!"})("hi").shout())

class S(str):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
    def __repr__(self):
        return "S<" + str.__repr__(self) + ">"

t("sub new", lambda: (S("ab"), str(S("ab")), S("ab") + "x", type(S("ab") + "x").__name__, S("ab").upper(), type(S("ab")[0]).__name__))
t("sub eq hash", lambda: (S("a") == "aa", hash(S("a")) == hash("aa"), {"aa": 1}[S("a")]))
t("concat loop", lambda: len("".join(str(i) for i in range(1000))))
t("isinstance", lambda: (isinstance("", str), isinstance(S("a"), str), issubclass(S, str)))
t("str.__len__", lambda: str.__len__("abc"))
t("str.__contains__", lambda: str.__contains__("abc", "b"))
t("str.__mod__ dict", lambda: str.__mod__("%(x)s", {"x": 1}))
t("str.__rmod__", lambda: "x".__rmod__("y"))
t("methods unbound", lambda: list(map(str.upper, ["a", "b"])))
t("str.join on non-str", lambda: str.join(1, []))
t("multiline", lambda: """a
b\
c""")
t("raw", lambda: (r"\n", r"\\", len(r"\x41"), rb"\x".decode()))
t("escapes", lambda: ("\x41\u0042\U00000043\N{LATIN SMALL LETTER A}\101\0", "\a\b\f\v"))
t("adjacent", lambda: ("a" "b" 'c' """d"""))
t("iadd", lambda: [s := "a", s := s + "b", s])
