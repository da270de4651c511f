# Flags: constants and their repr, inline and scoped flags, IGNORECASE, VERBOSE.
import re

print(re.I, re.M, re.S, re.X, re.A, re.U, re.L, re.NOFLAG)
print(repr(re.I | re.M), repr(re.A | re.I), repr(re.M | re.A | re.T), repr(re.I | 1024))
print(int(re.I), re.I == 2, re.I + 1, repr(2 | re.I), repr(re.I & re.M), repr(re.I ^ re.M))
print(f"{re.M}", "%d" % re.S, format(re.X, "d"), re.DOTALL.value, re.IGNORECASE.name)
print(re.IGNORECASE is re.I, re.VERBOSE == re.X, isinstance(re.I, int))
print(repr(~re.I))
for p, f in [("a+", 0), ("a+", re.I), ("a+", re.I | re.M), ("a", re.A), (b"a", 0),
             (b"a", re.I), ("(?s)a", 0), ("(?x) a", re.M), ("a", re.U), ("a", re.DEBUG & 0)]:
    c = re.compile(p, f)
    print(repr(c), c.flags, c.pattern, c.groups)
# IGNORECASE
print(re.findall(r"(?i)abc", "ABC abc AbC aBd"))
print(re.findall("hello", "Hello HELLO hello", re.IGNORECASE))
print(re.findall(r"(?i)[a-c]+", "ABCabcDEF"))
print(re.findall(r"(?i)[^a-c]+", "ABCdefABC"))
print(re.match(r"(?i)\u00e9", "\u00c9"), re.match(r"(?i)\u03c3", "\u03a3"), re.match(r"(?i)\u03c3", "\u03c2"))
print(re.match(r"(?i)k", "\u212a"), re.match(r"(?i)[k]", "\u212a"), re.match(r"(?i)\u212a", "K"))
print(re.match(r"(?i)s", "\u017f"), re.match(r"(?ia)s", "\u017f"), re.match(r"(?i)[\u017f]", "S"))
print(re.match(b"(?i)abc", b"ABC"), re.match(b"(?i)\xe9", b"\xc9"))
print(re.match(r"(?i)[A-Z]+", "\u212a"), re.match(r"(?i)[a-z]+", "\u212a"))
print(re.match(r"(?i:a)b", "Ab"), re.match(r"(?i:a)b", "AB"), re.match(r"(?-i:a)b", "aB", re.I), re.match(r"(?-i:a)b", "AB", re.I))
# MULTILINE / DOTALL
s = "one\ntwo\nthree"
print(re.findall(r"^\w+$", s), re.findall(r"^\w+$", s, re.M))
print(re.findall(r"o.", "o\nox"), re.findall(r"o.", "o\nox", re.S), re.findall(r"(?s:o.)x", "o\nx"))
print(re.search(r"a$", "a\n"), re.search(r"a\Z", "a\n"), re.search(r"(?m)a$", "a\nb"))
# VERBOSE
p = re.compile(r"""
    (?P<year>\d{4})   # year
    -                 # separator
    (?P<month>\d\d)   # month
    [ ]x \# \  y
""", re.VERBOSE)
print(p.match("2024-05 x# y").groupdict())
print(re.match(r"(?x) a b c # comment", "abc"), re.match(r"(?x)a\ b", "a b"), re.match(r"(?x)[ ]", " "))
print(re.match(r"(?x) a  *", "aaa"), re.match(r"(?x)a{2} ", "aa"))
# inline global flags
print(re.compile(r"(?i)(?m)a").flags, re.compile(r"(?imsx)a").flags, re.compile(r"(?a)a").flags)
print(re.compile(b"(?L)a").flags, re.compile(b"a").flags)
print(re.match(r"(?u)\w", "\u00e9"), re.match(r"(?a:\w)\w", "a\u00e9"), re.match(r"(?a:\w)", "\u00e9"))
for p, f in [("a", re.L), ("a", re.A | re.U), (b"a", re.U), ("(?a)a", re.U)]:
    try:
        re.compile(p, f)
    except ValueError as e:
        print("ValueError", e)
try:
    re.compile(re.compile("a"), re.I)
except ValueError as e:
    print("ValueError", e)
print(re.compile(re.compile("a")) .pattern)
