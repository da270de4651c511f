def t(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

t("list index", lambda: [1, 2, 3][3])
t("list neg index", lambda: [1][-2])
t("list assign", lambda: [1].__setitem__(1, 0))
t("list del", lambda: [].__delitem__(0))
t("tuple index", lambda: (1,)[1])
t("str index", lambda: "abc"[5])
t("bytes index", lambda: b"abc"[5])
t("bytearray index", lambda: bytearray(b"a")[1])
t("range index", lambda: range(3)[3])
t("pop empty list", lambda: [].pop())
t("pop empty dict", lambda: {}.popitem())
t("pop empty set", lambda: set().pop())
t("dict key", lambda: {"a": 1}["b"])
t("dict int key", lambda: {1: 1}[2])
t("dict tuple key", lambda: {}[(1, 2)])
t("dict none key", lambda: {}[None])
t("dict str repr key", lambda: {}["it's"])
t("dict pop", lambda: {}.pop("k"))
t("set remove", lambda: set().remove("k"))
t("set remove tuple", lambda: set().remove((1,)))
t("key error args", lambda: KeyError("a", "b").args)
t("key error str", lambda: str(KeyError("a")))
t("key error str empty", lambda: str(KeyError()))
t("key error str two", lambda: str(KeyError(1, 2)))
t("index error str", lambda: str(IndexError("x")))
class M(dict):
    def __missing__(self, k):
        raise KeyError(f"missing {k}")
t("missing raises", lambda: M()["q"])
try:
    {}["x"]
except LookupError as e:
    print("LookupError caught", repr(e), e.args)
try:
    [][0]
except LookupError as e:
    print("LookupError caught", repr(e))
t("str index msg", lambda: "a"[9])
t("deque", lambda: __import__("collections").deque().pop())
t("nested", lambda: [[1]][0][1])
t("slice ok", lambda: [1, 2][5:10])
t("string format index", lambda: "{1}".format(0))
t("string format key", lambda: "{k}".format())
