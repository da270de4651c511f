def t(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

s = "naïve café 日本語 𝄞 ñ"
t("len", lambda: (len(s), len(s.encode()), len(s.encode("utf-16-le")), len(s.encode("utf-32-le"))))
t("encode utf16", lambda: "é𝄞".encode("utf-16"))
t("decode utf16", lambda: b"\xff\xfe\xe9\x00".decode("utf-16"))
t("index chars", lambda: (s[2], s[-3], s[11:14], s[::-1][:3]))
t("find", lambda: (s.find("日"), s.find("𝄞"), s.index("ñ"), s.count("é")))
t("upper lower", lambda: (s.upper(), s.lower(), "ǈ".upper(), "ǈ".lower(), "ǈ".title(), "ß".upper(), "ß".casefold()))
t("isalpha etc", lambda: ("日本".isalpha(), "𝄞".isalpha(), "é".isalnum(), "٣".isdigit(), "Ⅷ".isnumeric(), "Ⅷ".isdigit()))
t("encode utf8", lambda: "é日𝄞".encode("utf-8"))
t("encode latin1 err", lambda: "日".encode("latin-1"))
t("encode errors", lambda: ("a日b".encode("ascii", "replace"), "a日b".encode("ascii", "ignore"), "a日b".encode("ascii", "xmlcharrefreplace"), "a日b".encode("ascii", "backslashreplace")))
t("decode", lambda: (b"\xe6\x97\xa5".decode(), b"caf\xe9".decode("latin-1"), b"\xe6\x97".decode("utf-8", "replace")))
t("decode err", lambda: b"\xe6\x97".decode())
t("ord chr round", lambda: [chr(ord(c)) == c for c in s].count(True) == len(s))
t("compare", lambda: ("é" > "e", "日" > "z", sorted(["ü", "u", "z", "a"])))
t("center unicode", lambda: "日本".center(6, "・"))
t("repr", lambda: repr("\u00e9\u200b\U0001f600\x07\ud7ff"))
t("isprintable", lambda: ("\u200b".isprintable(), "é".isprintable(), "\x7f".isprintable(), "\u00a0".isprintable()))
t("zfill unicode", lambda: "٣".zfill(3))
t("int unicode digits", lambda: (int("٣٤"), int("१२३"), float("٣.٥")))
t("strip unicode ws", lambda: "\u3000\u2003x\u00a0".strip())
t("casefold compare", lambda: "Straße".casefold() == "STRASSE".casefold())
t("swapcase", lambda: "ǅ".swapcase())
t("normalize-free len", lambda: (len("e\u0301"), len("\u00e9")))
t("escape N", lambda: "\N{GREEK SMALL LETTER ALPHA}\N{EM DASH}")
