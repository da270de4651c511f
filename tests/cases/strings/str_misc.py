print("abc".translate(str.maketrans("ab", "xy")), "hello".translate({ord("l"): None}))
print(str.maketrans({"a": "1"}), "a-b_c".replace("-", " ").replace("_", " "))
words = "the quick brown fox".split()
print(sorted(words, key=len), max(words, key=len), [w[::-1] for w in words])
print(" ".join(w.capitalize() for w in words))
print("abc".casefold(), "ABC".casefold() == "abc", "a".isascii(), "é".isascii())
print("x".join("123"), "{}".join("ab"))
print("%s" % "x" * 3, "=" * 10)
print(str(), str(b"a", "ascii"), str(5).rjust(3, "0"))
s = ""
for ch in "hello":
    s = ch + s
print(s, s.count("l"), s.upper().lower() == s)
print("Hello".__len__(), "a".__add__("b"), "ab".__contains__("a"), "ab".__getitem__(1))
