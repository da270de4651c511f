s = "abcdefgh"
print(s[0], s[-1], s[2:5], s[:3], s[5:], s[::2], s[::-1], s[-3:-1], s[10:], s[6:2])
print(s[1:7:3], s[-1:-6:-2], s[::-3], len(s[100:200]))
print("a" * 3, 3 * "ab", "x" * 0, "x" * -2, "a" + "b")
print("b" in "abc", "" in "abc", "ac" in "abc", "abc" < "abd", "Z" < "a", "ab" < "abc")
print(ord("a"), chr(97), ord("€"), chr(8364), len("héllo"), "héllo"[1])
try:
    s[20]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[0] = "z"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    ord("ab")
except TypeError as e:
    print(type(e).__name__, e)
print(list(reversed("abc")), sorted("banana"), min("hello"), max("hello"))
