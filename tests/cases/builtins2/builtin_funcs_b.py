def t(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

buf = []
class Writer:
    def write(self, s):
        buf.append(s)
        return len(s)
    def flush(self):
        buf.append("<flush>")
print("a", "b", sep="-", end="!\n", file=Writer())
print(file=Writer())
print("x", 1, None, file=Writer(), flush=True)
print(*range(3), sep="", file=Writer())
print("no sep", sep=None, end=None, file=Writer())
print(buf)
t("print bad file", lambda: print("x", file=5))
t("print bad sep", lambda: print("x", sep=5))
print("direct", end="")
print()
print("tab\tnew\\n", repr("tab\t"))
t("dir", lambda: [n for n in dir([]) if not n.startswith("_")])
t("dir class", lambda: [n for n in dir(type("K", (), {"b": 1, "a": 2})) if not n.startswith("_")])
class WithDir:
    def __dir__(self):
        return ["z", "a", "m"]
t("dir custom", lambda: dir(WithDir()))
t("globals type", lambda: type(globals()).__name__)
t("locals in func", lambda: (lambda a=1: sorted(locals()))())
t("id distinct", lambda: id([]) != id(1) or True)
t("isinstance union-free", lambda: isinstance("s", (int, (float, (str,)))))
t("issubclass tuple", lambda: issubclass(bool, (str, (float, int))))
t("bytes from list", lambda: bytes([104, 105]))
t("bytearray from str", lambda: bytearray("hé", "utf-8"))
t("int from bytes str", lambda: int("  0x_1f  ".strip().replace("_", ""), 16))
t("float round trip", lambda: float(repr(0.1)) == 0.1)
t("complex", lambda: complex("1+2j") * 2)
t("frozenset", lambda: sorted(frozenset("hello")))
t("dict from zip", lambda: dict(zip("abc", range(3))))
t("list of dict", lambda: list({"b": 1, "a": 2}))
t("tuple of gen", lambda: tuple(i * i for i in range(4)))
t("set ops", lambda: sorted(set("abc") - set("b")))
t("str of types", lambda: (str(int), str(type(None)), repr(type(...))))
t("super", lambda: type(super).__name__)
t("property", lambda: type(property()).__name__)
t("staticmethod call", lambda: staticmethod(lambda: 5)())
t("classmethod repr-free", lambda: type(classmethod(len)).__name__)
t("memory-free builtins", lambda: [f.__name__ for f in (abs, len, max, print, sorted)])
t("builtins module", lambda: type(__builtins__).__name__)
t("NotImplemented bool", lambda: bool(NotImplemented))
t("Ellipsis", lambda: (Ellipsis, type(...).__name__, ... is Ellipsis))
t("hash of method", lambda: hash("a".upper) == hash("a".upper))
t("__import__", lambda: __import__("math").floor(2.5))
t("__import__ bad", lambda: __import__("no_such_module_xyz"))
t("exec returns", lambda: exec("1"))
t("eval expr", lambda: eval("[x * 2 for x in range(3)]"))
t("eval bad type", lambda: eval(5))
