def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

t("bool()", lambda: bool())
t("values", lambda: [bool(x) for x in (0, 1, -1, 0.0, 0.1, "", "a", [], [0], (), {}, {0: 0}, None, 0j, range(0), range(1))])
t("arith", lambda: (True + True, True * 3, True / 2, -True, ~True, ~False, True ** 2))
t("bitops", lambda: (True & False, True | False, True ^ True, True & 3, type(True & True).__name__, type(True & 1).__name__))
t("repr str", lambda: (repr(True), str(False), f"{True}", format(True, ""), format(True, "d"), format(True, ">6")))
t("int methods", lambda: (True.bit_length(), True.real, True.numerator, True.conjugate()))
t("is int", lambda: (isinstance(True, int), issubclass(bool, int), bool.__bases__))
t("subclass", lambda: type("B", (bool,), {}))
t("hash", lambda: (hash(True), hash(False), {True: "a", 1: "b", 1.0: "c"}))
t("compare", lambda: (True == 1, False == 0, True > False, True < 2, sorted([True, False, 0, 1, 2])))
t("bool of obj", lambda: bool(object()))

class Len:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Bool:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 5

t("len 0", lambda: bool(Len(0)))
t("len 3", lambda: bool(Len(3)))
t("len neg", lambda: bool(Len(-1)))
t("len str", lambda: bool(Len("x")))
t("len big", lambda: bool(Len(2 ** 70)))
t("bool True", lambda: bool(Bool(True)))
t("bool int", lambda: bool(Bool(1)))
t("bool None", lambda: bool(Bool(None)))
t("both", lambda: bool(Both()))
t("not", lambda: (not Len(0), not Bool(False), not Both()))
t("if", lambda: "yes" if Len(2) else "no")
t("and or", lambda: ((Len(0) and 5).n, (0 or Len(0)).n, [] or {} or "x", 1 and 2 and 3, 1 and 0 and 3))
t("bool kwarg", lambda: bool(x=1))
t("bool two", lambda: bool(1, 2))
t("True.__class__", lambda: True.__class__)
t("count", lambda: [True, 1, 1.0, False].count(True))
t("index", lambda: [0, 1, 2][True])
t("sum", lambda: sum([True, True, False, True]))
t("str(bool)", lambda: (str(bool), bool.__name__))
t("int()", lambda: (int(True), float(True), complex(True)))
t("bool round", lambda: (round(True), type(round(True)).__name__))
