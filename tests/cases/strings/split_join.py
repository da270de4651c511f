print("a,b,,c".split(","), "a b  c ".split(), "  lead".split(" "))
print("a,b,c".split(",", 1), "a,b,c".rsplit(",", 1), "".split(","), "".split())
print("line1\nline2\r\nline3".splitlines(), "x\ny\n".splitlines(True))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"))
print("key=val=x".partition("="), "key=val=x".rpartition("="), "none".partition("="))
try:
    "-".join([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".split("")
except ValueError as e:
    print(type(e).__name__, e)
print("a\tb".expandtabs(4), "one two".title(), "hello world".capitalize())
print("  x  ".strip(), "xxhixx".strip("x"), "  x".lstrip(), "x  ".rstrip() + "|")
print("abcabc".replace("b", "B"), "abcabc".replace("b", "B", 1), "aaa".replace("", "-"))
