def t(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

class A:
    x = 1
    def __init__(self):
        self.y = 2
class S:
    __slots__ = ("a",)
t("instance", lambda: A().z)
t("class", lambda: A.z)
t("int", lambda: (5).z)
t("str method", lambda: "s".foo())
t("none", lambda: None.foo)
t("module", lambda: __import__("math").nope)
t("builtin type", lambda: list.nope)
t("set on int", lambda: setattr(5, "x", 1))
t("set on builtin type", lambda: setattr(list, "x", 1))
t("set on object", lambda: setattr(object(), "x", 1))
t("del missing", lambda: delattr(A(), "q"))
t("del class attr via instance", lambda: delattr(A(), "x"))
t("slots unset", lambda: S().a)
t("slots other", lambda: setattr(S(), "b", 1))
t("function", lambda: (lambda: 0).nope)
t("readonly func attr", lambda: setattr((lambda: 0), "__closure__", None))
t("readonly code", lambda: setattr((lambda: 0).__code__, "co_name", "x"))
t("method attr set", lambda: setattr(A().__init__, "x", 1))
t("type name set bad", lambda: setattr(A, "__name__", 5))
t("type name set", lambda: [setattr(A, "__name__", "B"), A.__name__][1])
t("type qualname bad", lambda: setattr(A, "__qualname__", 5))
t("bases assign bad", lambda: setattr(A, "__bases__", ()))
t("mro assign", lambda: setattr(A, "__mro__", ()))
t("dict of int", lambda: (5).__dict__)
t("getattr non-str", lambda: getattr(A(), 1))
t("hasattr non-str", lambda: hasattr(A(), 1))
t("exception attrs", lambda: AttributeError("m", name="n", obj=5).name)
class P:
    @property
    def p(self):
        return self.missing_inner
t("property inner", lambda: P().p)
class G:
    def __getattr__(self, n):
        raise AttributeError(n)
t("getattr raises", lambda: G().thing)
