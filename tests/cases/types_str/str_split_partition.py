def t(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

samples = ["", " ", "a", "a b", "  a  b  ", "a,b,,c,", ",", "a\tb\nc\r\nd", "one  two\u3000three", "x\x1cy\x1dz"]
for s in samples:
    print(repr(s), s.split(), s.split(" "), s.split(","), s.rsplit(None, 1), s.split(maxsplit=1), s.splitlines())
for s in samples:
    print(repr(s), s.partition(","), s.rpartition(" "), repr(s.strip()), repr(s.lstrip(" a")), repr(s.rstrip(",c")))
t("split neg maxsplit", lambda: "a b c".split(" ", -1))
t("rsplit maxsplit 0", lambda: " a b ".rsplit(None, 0))
t("split maxsplit 0", lambda: " a b ".split(None, 0))
t("split kw", lambda: "a-b-c".split(sep="-", maxsplit=1))
t("split bad sep", lambda: "a".split(1))
t("partition bad", lambda: "a".partition(None))
t("join gen", lambda: "|".join(str(i) for i in range(4)))
t("join dict", lambda: "".join({"a": 1, "b": 2}))
t("join nested", lambda: "/".join(["a", "b"]).join(["<", ">"]))
t("multi-char sep", lambda: ("a::b::::c".split("::"), "a::b".rsplit("::", 5)))
t("splitlines keepends", lambda: "a\r\nb\rc\n\nd".splitlines(keepends=True))
t("splitlines all", lambda: "1\x0b2\x0c3\x1c4\x1d5\x1e6\x857\u20288\u20299".splitlines())
