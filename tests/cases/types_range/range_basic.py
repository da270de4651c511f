def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

t("repr", lambda: (range(5), range(1, 5), range(1, 5, 2), range(0), range(-3, 3, -1)))
t("list", lambda: (list(range(5)), list(range(1, 10, 3)), list(range(10, 0, -3)), list(range(0)), list(range(5, 1))))
t("len", lambda: (len(range(10)), len(range(1, 10, 3)), len(range(10, 0, -3)), len(range(5, 1)), len(range(-10**20, 10**20))))
t("len overflow", lambda: len(range(10**20)))
t("step zero", lambda: range(1, 2, 0))
t("float arg", lambda: range(1.5))
t("no args", lambda: range())
t("too many", lambda: range(1, 2, 3, 4))
t("index", lambda: (range(10)[3], range(10)[-1], range(1, 10, 2)[2], range(10**20)[10**19]))
t("index oob", lambda: range(3)[3])
t("slice", lambda: (range(10)[2:8:2], range(10)[::-1], range(10)[-3:], range(0, 20, 3)[1::2], range(10)[100:]))
t("contains", lambda: (3 in range(5), 5 in range(5), 4 in range(0, 10, 2), 3 in range(0, 10, 2), 3.0 in range(5), "a" in range(5), 10**19 in range(10**20)))
t("index method", lambda: (range(0, 10, 2).index(4), range(10).count(3), range(10).count(11)))
t("index missing", lambda: range(0, 10, 2).index(3))
t("eq", lambda: (range(0) == range(5, 1), range(0, 3) == range(0, 3, 1), range(0, 5, 2) == range(0, 6, 2), range(1) == range(1, 2), range(3) != range(4)))
t("hash", lambda: (hash(range(0)) == hash(range(3, 3)), hash(range(1, 2)) == hash(range(1, 2, 5))))
t("attrs", lambda: (range(1, 10, 2).start, range(1, 10, 2).stop, range(1, 10, 2).step, range(5).start))
t("reversed", lambda: (list(reversed(range(5))), list(reversed(range(1, 10, 3))), list(reversed(range(0)))))
t("bool", lambda: (bool(range(0)), bool(range(1))))
t("big", lambda: (range(10**20, 10**20 + 3)[1], list(range(2**63 - 1, 2**63 + 2))))
class I:
    def __index__(self):
        return 4
t("index obj", lambda: list(range(I())))
t("iter", lambda: [it := iter(range(3)), next(it), next(it), next(it), next(it, "done")][1:])
t("sum", lambda: sum(range(101)))
t("lt", lambda: range(1) < range(2))
t("set attr", lambda: setattr(range(1), "start", 5))
t("isinstance", lambda: (isinstance(range(1), range), type(range(1)).__name__))
t("sub", lambda: type("R", (range,), {}))
t("zip", lambda: list(zip(range(3), range(10, 13))))
t("negative", lambda: (list(range(-5)), list(range(-5, -1)), range(-5, 5)[-1]))
