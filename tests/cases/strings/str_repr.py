print(repr("plain"), repr("it's"), repr('say "hi"'), repr("both ' and \""))
print(repr("tab\there"), repr("nl\n"), repr("\\"), repr("\x00\x7f"), repr("é"), repr("\u200b"))
print(str(123), str(1.5), str([1, "a"]), str(("x",)), str({"k": "v"}), str(None))
print(repr([1, "a", None, 2.0]), repr((1,)), repr(()), repr({}), repr(set()), repr({1}))
print(ascii("héllo"), ascii([1, "ü"]))
print("%r" % "q", f"{'q'!r}")
print(repr(b"bytes\x00\xff'"), str(b"x"))
class R:
    def __repr__(self):
        return "R()"
print(repr(R()), str(R()), [R(), R()], f"{R()}")
