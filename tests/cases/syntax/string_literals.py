print('a\'b', "a\"b", 'a"b', "a'b", '''it's "q"''', """both ' and " """)
print("\x41\x42", "\101\102", "\u0041", "\U00000041", "\N{LATIN CAPITAL LETTER A}", "\0".encode(), "\a\b\f\v".encode())
print(r"\x41", r"\\", r"\'", len(r"\n"), R"raw", rb"\x00", Rb"\n", BR"x")
print(b"\x41\x42", b"\101", b"\n\t", b"\\", b"'", bytes("é", "utf-8"))
print("line1\
line2", 'single\
continued')
print("""first
second""".splitlines())
print("con" "cat" 'en' """ation""", b"by" b"tes")
print(len("\t"), len("\\t"), len(r"\t"), "\d" == "\\d", "\q" == "\\q")
print(repr("\x00\x1f\x7f\x80\xff"), repr("\u2028"), repr("\ud800" if False else "ok"))
print(f"{'f'}" "plain" f"{1+1}", "plain" f"{'x'}")
print(u"unicode prefix" == "unicode prefix", type(u"").__name__)
print("tab\there", "new\nline".split("\n"), "cr\rx".split("\r"), "%s" % "\\n")
print("é".encode("utf-8"), "\u00e9" == "é", "\xe9" == "é", "e\u0301" == "é")
print(str(b"bytes repr"), repr(b"\x00\xff"), b"\x00\xff".hex())
try:
    eval('"\\N{NOT A REAL NAME}"')
except SyntaxError:
    print("SyntaxError bad N escape")
try:
    eval('b"\u00e9"')
except SyntaxError:
    print("SyntaxError non-ascii bytes")
try:
    eval("'unterminated")
except SyntaxError:
    print("SyntaxError unterminated")
