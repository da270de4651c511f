def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

m = memoryview(b"abcdef")
t("basics", lambda: (len(m), m[0], m[-1], bytes(m[1:3]), m.tobytes(), m.readonly, m.nbytes, m.itemsize, m.format, m.ndim))
t("tolist", lambda: m.tolist())
t("eq", lambda: (m == b"abcdef", m[1:3] == b"bc", m == memoryview(b"abcdef")))
t("setitem ro", lambda: m.__setitem__(0, 1))
ba = bytearray(b"xyz")
mv = memoryview(ba)
mv[0] = 65
t("write through", lambda: ba)
mv[1:3] = b"BC"
t("slice write", lambda: ba)
t("bad size", lambda: mv.__setitem__(slice(0, 2), b"x"))
t("hex", lambda: m.hex())
t("bytes of", lambda: (bytes(memoryview(b"q")), bytearray(memoryview(b"r"))))
t("released", lambda: [x := memoryview(b"a"), x.release(), x.tobytes()][2])
t("from int", lambda: memoryview(5))
t("from str", lambda: memoryview("a"))
t("oob", lambda: m[10])
t("iter", lambda: list(memoryview(b"\x01\x02")))
t("context", lambda: [bytes(x) for x in [memoryview(b"ctx")]])
t("obj", lambda: m.obj)
t("reversed slice", lambda: bytes(m[::-1]))
