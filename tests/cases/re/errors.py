# re.error messages, positions, line and column.
import re

pats = [r"(", r"*", r"a**", r"\q", r"(?<x", r"(?P<a>x)(?P<a>y)", r"(a)\2", r"a{2,1}", r"[a",
        r"[z-a]", r"a)", r"(?P<1a>x)", r"(?P<a", r"(?P=b)", r"(?", r"(?z)", r"a(?i)",
        r"(?<=a+)", r"(?#abc", r"\x1", r"\u12", r"\N{FOO}", r"\777", r"(?(1)a|b|c)", r"(?P<",
        r"[\d-z]", r"(?i", r"(?-i)", r"(?L)", r"(?au)", r"x++*", "\\", r"(?(2)a)", r"(?(a)x)",
        r"(?P=)", r"(?P", r"a{1}{2}", r"(?>", r"(?(1", r"[]", r"(?<!a*)", r"(?<=(a)\1)", "ab\ncd(",
        r"\8", r"(?P<a>)(?P=a", r"\g<1>", r"(?i-i:a)", r"(?-:a)", r"(?i:a", r"{1,2}", r"(?iz)",
        r"(?-z:a)", r"(?-a:a)", r"(?a-i)", r"(?P>a)", r"(?Px)", r"(?#a)*", r"^*", r"\b*", r"a|*",
        r" (?x)a", r"(?(1)a)", r"(?(0)a)", r"(?(-1)a)", r"(?(a-)x)", r"[\A]", r"[\8]", r"[a-\d]",
        r"\N", r"\N{", r"\N{LATIN SMALL LETTER A", r"[\400]", r"\18", r"\1(a)", r"\x", r"(a)(?P=a)",
        r"(?P<a>a(?P=a))", r"(a\1)", "x\n\ny(", r"(?P<a-b>x)", r"(?P<é>x)", r"(?'a')", r"(?<>x)",
        r"a{99999999999}", r"[b-a]", r"(?<=a|bc)", r"(?<=a{2})b"]
for p in pats:
    try:
        c = re.compile(p)
        print(repr(p), "OK", c.groups)
    except re.error as e:
        print(repr(p), "|", e, "|", e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
    except (OverflowError, RecursionError) as e:
        print(repr(p), type(e).__name__, e)
for p in [b"\\u1234", b"(?u)", b"\\N{DASH}", b"(?P<\xe9>x)", b"[z-a]", b"(", b"\\U00000041"]:
    try:
        re.compile(p)
        print(p, "ok")
    except re.error as e:
        print(p, "|", e, e.pos, e.pattern)
e = re.error("boom")
print(e, e.msg, e.pos, e.pattern, e.lineno, isinstance(e, Exception), re.error.__name__)
e = re.error("boom", "ab\ncd", 4)
print(e, e.lineno, e.colno)
e = re.error("boom", b"ab", 1)
print(e, e.lineno, e.colno)
try:
    re.compile(5)
except TypeError as e:
    print("TypeError", e)
for bad in [lambda: re.match("a", 5), lambda: re.match("a", b"a"), lambda: re.match(b"a", "a"),
            lambda: re.compile("a").match(), lambda: re.sub("a", 5, "a"),
            lambda: re.sub("a", lambda m: 5, "a"), lambda: re.sub(b"a", "x", b"a"),
            lambda: re.sub("a", b"x", "a")]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
print(re.compile("(" * 300 + ")" * 300).groups)
try:
    re.compile("(" * 2000 + ")" * 2000)
except RecursionError as e:
    print("RecursionError", e)
