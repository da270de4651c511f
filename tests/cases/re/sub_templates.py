# sub/subn with templates, callables and counts; Match.expand.
import re

print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world, foo bar"))
print(re.sub(r"(?P<first>\w+) (?P<second>\w+)", r"\g<second> \g<first>", "hello world"))
print(re.sub(r"(\w+)", r"\g<1>\g<0>", "ab cd"))
print(re.sub(r"(\w)", r"\g<01>!", "ab"))
print(re.sub(r"a", r"\n\t\\", "xax"))
print(repr(re.sub(r"a", r"\0\012\101", "a")))
print(re.sub(r"a", r"\.\-\&", "xax"))
print(re.sub(r"(a)|b", r"[\1]", "ab"))
print(re.sub(r"x*", "-", "abxd"), re.sub(r"", "-", "abc"), re.sub(r"\b", "|", "ab cd"))
print(re.sub(r"a", "b", "aaaa", 2), re.sub(r"a", "b", "aaaa", count=3), re.sub("a", "b", "aaa", -1))
print(re.subn(r"a", "b", "aaaa"), re.subn(r"a", "b", "aaaa", 1), re.subn("z", "y", "abc"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"))
print(re.sub(r"(\w+)", lambda m: m.group(1).upper(), "the quick fox"))
print(re.sub(r"\w", lambda m: None, "a-b"))
print(re.sub(r"(?i)hello", "bye", "Hello HELLO"))
print(re.sub(b"a(.)", rb"\1\1", b"xaybaz"), re.sub(b"a", lambda m: b"[" + m.group() + b"]", b"banana"))
print(re.subn(r"(?m)^", "> ", "line1\nline2"))
print(re.sub(r"\s+", " ", "  lots   of\n\n space  "))
print(re.sub(r"\u00e9", "e", "caf\u00e9 \u00e9t\u00e9"), re.sub("(.)", r"\1\1", "\u00e9\U0001F600"))
s = "unchanged"
print(re.sub("z", "y", s) is s)
p = re.compile(r"(?P<k>\w+)=(?P<v>\w+)")
m = p.search("x key=val y")
print(m.expand(r"\g<v>:\g<k> [\2] \g<0>"), m.expand(b"x" .decode()), repr(m.expand(r"\n")))
m = re.match(r"(a)(b)?", "a")
print(repr(m.expand(r"[\2]")), repr(re.sub(r"(a)(b)?", r"[\2]", "a")))
print(p.sub(r"\g<v>=\g<k>", "a=1 b=2"), p.subn(r"\g<v>", "a=1 b=2", count=1))
for t in [r"\q", r"\g", r"\g<", r"\g<a", r"\g<>", r"\g<1a>", r"\g<x>", r"\g<5>", r"\5", r"\8",
          r"\11", r"\400", r"\g<-1>", "\\", r"\N{DASH}", r"\u0041", r"\x41"]:
    try:
        print(repr(t), repr(re.sub("(a)(?P<n>b)?", t, "xa")))
    except re.error as e:
        print(repr(t), "error", e, e.pos)
    except IndexError as e:
        print(repr(t), "IndexError", e)
calls = []
def rec(m):
    calls.append((m.group(), m.start(), m.pos, m.endpos))
    return "<" + m.group() + ">"
print(re.sub(r"\d", rec, "a1b2"), calls)
print(re.sub(r"(\d)", lambda m: re.sub(r"\d", "N", m.group()), "a1b2"))
