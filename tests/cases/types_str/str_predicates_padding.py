def t(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

words = ["", "abc", "ABC", "Abc", "aBC", "Hello World", "hello world", "123", "12.5", "  ", "a1", "_x", "\t\n", "Ünïcödé", "ǅ"]
for w in words:
    print(repr(w), [m for m in ("isalpha", "isalnum", "isdigit", "isdecimal", "isnumeric", "isspace", "islower", "isupper", "istitle", "isidentifier", "isprintable", "isascii") if getattr(w, m)()])
for w in ["a", "ab", "abc", ""]:
    print(repr(w), repr(w.center(6, "*")), repr(w.ljust(4, "-")), repr(w.rjust(4, "+")), repr(w.zfill(4)), repr(w.center(1)))
t("center neg", lambda: "ab".center(-5))
t("ljust big", lambda: len("x".ljust(1000)))
t("zfill sign", lambda: ("+1".zfill(5), "-".zfill(3), "+".zfill(1), "--1".zfill(5)))
t("expandtabs variants", lambda: ["a\tb".expandtabs(n) for n in (0, 1, 2, 8)])
t("expandtabs newline", lambda: "ab\tc\nd\te".expandtabs(4))
t("startswith tuple empty", lambda: "abc".startswith(()))
t("endswith range", lambda: ("abcdef".endswith("cd", 0, 4), "abcdef".endswith("ef", -2), "abc".endswith("", 5)))
t("count bounds", lambda: ("aaaaa".count("a", 1, 3), "aaaaa".count("a", -2), "aaaaa".count("", 2, 4)))
t("find bounds weird", lambda: ("abc".find("", 3), "abc".find("", 4), "abc".rfind("", 1, 2), "abc".find("c", 5, 1)))
t("replace empty old", lambda: ("ab".replace("", "."), "".replace("", "x"), "ab".replace("", ".", 1)))
t("title edge", lambda: ("hello_world-foo bar2baz".title(), "ÉCOLE".title(), "o'neil mcdonald".title()))
t("capitalize edge", lambda: ("ßtraße".capitalize(), "ǆemal".capitalize(), "".capitalize()))
t("casefold", lambda: ("ß".casefold(), "ﬁ".casefold(), "Σ".casefold()))
t("swapcase edge", lambda: "ßΣς".swapcase())
