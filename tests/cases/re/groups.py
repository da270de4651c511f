# Capturing, named, non-capturing groups; backreferences; conditionals.
import re

m = re.match(r"(\w+)@(\w+)\.(com|org)", "joe@site.org rest")
print(m.group(), m.group(0), m.group(1), m.group(2, 3), m.groups())
print(m.start(), m.end(), m.span(), m.start(2), m.end(3), m.span(3))
print(m[0], m[1], m[3], m.lastindex, m.lastgroup, m.regs)
m = re.match(r"(?P<user>\w+)@(?P<host>\w+)", "ann@box")
print(m.group("user"), m["host"], m.groupdict(), m.group(1, "host"), m.lastgroup)
print(m.re.groupindex, m.re.groups, m.string, m.pos, m.endpos)
m = re.match(r"(a)(b)?(c)?", "ac")
print(m.groups(), m.groups("-"), m.group(2), m.span(2), m.start(2), m.end(2), m.lastindex)
m = re.match(r"(?P<a>x)(?P<b>y)?", "x")
print(m.groupdict(), m.groupdict(0))
print(re.match(r"(?:ab)+(c)", "ababc").groups())
print(re.match(r"((a)(b))", "ab").groups(), re.match(r"((a)(b))", "ab").lastindex)
print(re.match(r"(a)|(b)", "b").lastindex, re.match(r"(a)|(b)", "b").groups())
print(re.match(r"(?P<x>a)(?P<y>b)", "ab").lastgroup)
print(re.match(r"(a)(?:b)", "ab").lastindex)
print(re.match(r"a", "a").lastindex, re.match(r"a", "a").lastgroup)
# backreferences
print(re.search(r"(\w)\1", "abccd").group())
print(re.search(r"(?P<q>['\"]).*?(?P=q)", "say 'hi' \"yo\"").group())
print(re.findall(r"\b(\w+) \1\b", "the the cat sat sat down"))
print(re.match(r"(a)?\1", "b"))
print(re.match(r"(?i)(a)\1", "aA"))
print(re.match(r"(a|b)*\1", "abb").group())
print(re.match(r"(\d)(\d)(\d)(\d)(\d)(\d)(\d)(\d)(\d)(\d)\10", "01234567899").group())
# conditionals
p = re.compile(r"(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)")
for s in ["<user@host.com>", "user@host.com", "<user@host.com", "user@host.com>"]:
    m = p.match(s)
    print(s, m.group() if m else None)
p = re.compile(r"(?P<q>\()?\d+(?(q)\))")
print([m.group() for m in p.finditer("(1) 2 (3 4)")])
print(re.match(r"(a)?(?(1)b|c)", "c").group())
print(re.match(r"(a)?(?(1)b)", "x").group())
# group access errors
m = re.match(r"(a)(?P<n>b)", "ab")
for g in [3, -1, "zz", 1.0, None]:
    try:
        print(m.group(g))
    except IndexError as e:
        print("IndexError", e)
for f in (m.start, m.end, m.span):
    try:
        f(9)
    except IndexError as e:
        print("IndexError", e)
print(m.group(True), m.start("n"), m.span("n"))
print(repr(m), bool(m))
print(repr(re.match(r".*", "x" * 80)))
print(repr(re.match(b"a.", b"a\xff")))
print(repr(re.match(r"", "abc")))
