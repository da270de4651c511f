def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

t("positional", lambda: "{} {}".format(1, 2))
t("numbered", lambda: "{1} {0} {1}".format("a", "b"))
t("named", lambda: "{x}-{y}".format(x=1, y=2))
t("attr", lambda: "{0.real} {0.imag}".format(3 + 4j))
t("index", lambda: "{0[1]} {1[k]}".format([5, 6], {"k": "v"}))
t("nested spec", lambda: "{0:{1}}".format(3.14159, ".2f"))
t("nested width", lambda: "{:{}{}}".format("x", ">", 5))
t("conversion", lambda: "{!r} {!s} {!a}".format("é", "é", "é"))
t("braces", lambda: "{{}} {{{}}}".format(1))
t("mixing", lambda: "{} {0}".format(1))
t("mixing2", lambda: "{0} {}".format(1))
t("missing", lambda: "{} {}".format(1))
t("missing key", lambda: "{x}".format(y=1))
t("bad conv", lambda: "{!x}".format(1))
t("unmatched", lambda: "{".format())
t("unmatched close", lambda: "}".format())
t("bad attr", lambda: "{0.nope}".format(1))
t("index str key", lambda: "{0[a]}".format({"a": 1}))
t("index int key", lambda: "{0[0]}".format({0: "zero"}))
t("spec align", lambda: ["{:<5}|{:^5}|{:>5}|{:*^7}".format("a", "b", "c", "d")])
t("spec numbers", lambda: ["{:+d} {: d} {:05d} {:x} {:#X} {:,}".format(5, 5, -5, 255, 255, 10**6)])
t("spec floats", lambda: ["{:.3f} {:10.2e} {:g} {:%} {:.1%}".format(3.14159, 12345.678, 0.00001, 0.5, 0.123)])
t("spec str precision", lambda: "{:.2}|{:5.1}".format("hello", "world"))
t("spec bad for str", lambda: "{:d}".format("x"))
t("spec bad for int", lambda: "{:s}".format(1))
t("format_map", lambda: "{a} {b}".format_map({"a": 1, "b": 2}))

class Default(dict):
    def __missing__(self, k):
        return "<" + k + ">"

t("format_map missing", lambda: "{a} {zz}".format_map(Default(a=1)))

class F:
    def __format__(self, spec):
        return "F(" + spec + ")"

t("__format__", lambda: "{:abc} {}".format(F(), F()))
t("format builtin", lambda: (format(F(), "q"), format("x", "^3"), format(3)))

class BadF:
    def __format__(self, spec):
        return 1

t("bad __format__", lambda: format(BadF()))
t("object format nonempty", lambda: format(object(), "x"))
t("percent", lambda: "%s %r %d %5.2f %x %o %e %c %%" % ("s", "r", 42, 3.14159, 255, 8, 1234.5, 65))
t("percent dict", lambda: "%(a)s-%(b)03d" % {"a": "x", "b": 7})
t("percent star", lambda: "%*d|%-*d|%.*f" % (5, 1, 5, 2, 2, 3.14159))
t("percent too few", lambda: "%s %s" % ("a",))
t("percent too many", lambda: "%s" % ("a", "b"))
t("percent bad type", lambda: "%d" % "x")
t("percent bad char", lambda: "%y" % 1)
t("percent single", lambda: "%s" % [1, 2])
t("percent tuple single", lambda: "%s" % ((1, 2),))
t("percent c big", lambda: "%c" % 0x110000)
t("percent incomplete", lambda: "abc %" % ())
t("percent flags", lambda: "%#x %#o %+d % d %-5d| %05.1f" % (255, 8, 3, 3, 3, 2.25))
t("percent a", lambda: "%a" % "é")
t("percent float int", lambda: "%d %i" % (3.9, -3.9))
