def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

for s in ["hello world", "Hello World", "HELLO", "", "ǅungla", "straße", "ﬁsh", "İstanbul", "ΣΑΣ", "x1y2 z3", "they're bill's", "ŉ"]:
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
    print(" ", s.isupper(), s.islower(), s.istitle(), s.isalpha(), s.isalnum(), s.isspace(), s.isascii(), s.isidentifier(), s.isprintable())
for s in ["123", "١٢٣", "½", "²", "1.5", "-1", "", "Ⅻ", "abc", "0x10"]:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum())
for s in ["abc", "_x", "1a", "a b", "", "café", "class", "a-b", "𝔘nicode"]:
    print(repr(s), s.isidentifier())
for s in [" ", "\t\n", "\x1c", "\u00a0", "\u200b", "a ", ""]:
    print(repr(s), s.isspace(), s.isprintable())
t("upper arg", lambda: "a".upper(1))
t("title apostrophe", lambda: "it's a dog's life".title())
t("capitalize mixed", lambda: "hELLO wORLD".capitalize())
t("swapcase greek", lambda: "ΑβΓ".swapcase())
t("lower sigma final", lambda: "ΟΔΟΣ ΟΔΟΣ.".lower())
