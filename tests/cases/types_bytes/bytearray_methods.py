def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

ba = bytearray(b"hello")
t("ctor", lambda: (bytearray(), bytearray(2), bytearray(b"x"), bytearray([1, 2]), bytearray("é", "utf-8")))
t("repr", lambda: repr(bytearray(b"a'\x00")))
ba[0] = 72
t("setitem", lambda: ba)
t("setitem bad", lambda: ba.__setitem__(0, 256))
t("setitem str", lambda: ba.__setitem__(0, "a"))
def sl():
    x = bytearray(b"abcdef")
    x[1:3] = b"XYZ"
    x[::2] = b"123" + b""
    return x
t("slice assign", sl)
def sl2():
    x = bytearray(b"abcdef")
    x[::2] = b"12"
    return x
t("ext slice bad", sl2)
def dl():
    x = bytearray(b"abcdef")
    del x[0]
    del x[::2]
    del x[-1:]
    return x
t("del", dl)
def mut():
    x = bytearray()
    x.append(1)
    x.extend(b"ab")
    x.extend([3, 4])
    x.insert(0, 9)
    x.insert(100, 8)
    r = [x.pop(), x.pop(0)]
    x.remove(97)
    x.reverse()
    return x, r
t("mutators", mut)
t("append bad", lambda: bytearray().append(300))
t("pop empty", lambda: bytearray().pop())
t("remove missing", lambda: bytearray(b"a").remove(98))
t("iadd", lambda: [x := bytearray(b"a"), x.__iadd__(b"b"), x][2])
t("imul", lambda: [x := bytearray(b"ab"), x.__imul__(3), x][2])
t("copy clear", lambda: [x := bytearray(b"ab"), y := x.copy(), x.clear(), (x, y)][3])
t("methods return bytearray", lambda: (bytearray(b"ab").upper(), bytearray(b"a b").split(), bytearray(b" x ").strip(), type(bytearray(b"ab")[0:1]).__name__))
t("compare", lambda: (bytearray(b"a") == b"a", bytearray(b"a") < b"b", b"a" + bytearray(b"b")))
t("hash", lambda: hash(bytearray(b"a")))
t("decode", lambda: bytearray(b"\xc3\xa9").decode())
t("fromhex", lambda: bytearray.fromhex("de ad"))
t("hex", lambda: bytearray(b"\xde\xad").hex())
t("in", lambda: (97 in bytearray(b"a"), b"a" in bytearray(b"ba")))
t("count", lambda: bytearray(b"aaa").count(b"a"))
def it():
    x = bytearray(b"abc")
    out = []
    for c in x:
        out.append(c)
        if len(x) < 5:
            x.append(100)
    return out
t("iter mutate", it)
t("len", lambda: len(bytearray(10)))
t("alloc", lambda: bytearray(b"x").__alloc__() >= 1)
