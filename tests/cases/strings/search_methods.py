s = "hello world hello"
print(s.find("hello"), s.find("hello", 1), s.rfind("hello"), s.find("zz"))
print(s.index("world"), s.count("l"), s.count("hello"), s.count(""))
print(s.startswith("hell"), s.endswith("llo"), s.startswith(("x", "he")), s.endswith("world", 0, 11))
try:
    s.index("zz")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex("zz")
except ValueError as e:
    print(type(e).__name__, e)
print("abc".isalpha(), "abc1".isalnum(), "123".isdigit(), "12a".isdigit(), "   ".isspace(), "".isspace())
print("ABC".isupper(), "abc".islower(), "Title Case".istitle(), "x_1".isidentifier(), "1x".isidentifier())
print("MiXeD".swapcase(), "MiXeD".lower(), "MiXeD".upper(), "ß".upper(), "ǅ".lower())
print("42".zfill(5), "-42".zfill(5), "ab".center(6, "*"), "ab".ljust(4, "."), "ab".rjust(4))
print("prefix_body".removeprefix("prefix_"), "body.txt".removesuffix(".txt"), "x".removeprefix("y"))
