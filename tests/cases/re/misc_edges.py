# Assorted edge cases: bytes-like inputs, str subclasses, anchors at the end, cache and repr.
import re
print(re.sub(rb"a", b"b", bytearray(b"aa")), re.sub(rb"z", b"b", bytearray(b"aa")))
print(re.findall(rb"a", bytearray(b"aa")), re.split(rb"a", bytearray(b"bab")))
print(re.split("a", "bab", -1), re.compile("a") == "a", re.compile("a") != 5)
m = re.match(rb"(a)(b)?", b"a"); print(m.expand(rb"[\1\2]"))
print(re.match("(?x)\\ a", " a"), re.match(r"[\s\S]+", "a\nb"), re.match(r"(?i)[^a]", "A"))
print(re.search(r"\Z", "ab\n").span(), re.search(r"$", "ab\n").span(), re.findall(r"$", "ab\n"))
print(re.sub("(?P<x>a)", r"\g<x>\g<x>", "bab"), re.sub("a", "\\\\", "a"))
class S(str): pass
print(re.match("a", S("abc")).group(), type(re.match("a", S("abc")).string).__name__, type(re.match("a", S("abc")).group()).__name__)
print(re.compile("a", re.I).flags == re.I | re.U, re.compile(r"\d").match("٣"))
print(repr(re.compile("x" * 300))[-20:])
print(re.fullmatch("", ""), re.fullmatch("a?", ""), re.match("a", ""))
print(re.purge(), re.escape("\x00"))
print(re.sub("", "-", ""), re.subn("^", "x", "abc", flags=re.M))
print(re.compile("(?P<a>.)(?P<b>.)").groupindex)
