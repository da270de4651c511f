def t(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

def f(a, b, c=3, *, d, e=5):
    pass
def g(*args, **kwargs):
    return args, kwargs
def h(a, /, b):
    pass
class C:
    def m(self, x):
        pass
    @classmethod
    def cm(cls, x):
        pass
    @staticmethod
    def sm(x):
        pass
t("missing 1", lambda: f(1, d=1))
t("missing 2", lambda: f(d=1))
t("missing kwonly", lambda: f(1, 2))
t("missing kwonly 2", lambda: (lambda *, a, b, c: 0)())
t("too many", lambda: f(1, 2, 3, 4, d=1))
t("too many with kwonly given", lambda: (lambda a: 0)(1, 2, b=3))
t("unexpected kw", lambda: f(1, 2, d=1, z=0))
t("dup", lambda: f(1, 2, a=1, d=1))
t("posonly as kw", lambda: h(a=1, b=2))
t("posonly and kwargs", lambda: (lambda a, /, **k: (a, k))(1, a=2))
t("method missing", lambda: C().m())
t("method too many", lambda: C().m(1, 2))
t("classmethod missing", lambda: C.cm())
t("staticmethod missing", lambda: C.sm())
t("unbound missing self", lambda: C.m())
t("star non-iterable", lambda: g(*1))
t("star star non-mapping", lambda: g(**1))
t("star star non-str key", lambda: g(**{1: 2}))
t("star star dup", lambda: g(**{"a": 1}, **{"a": 2}))
t("kw dup explicit", lambda: g(a=1, **{"a": 2}))
t("builtin kw", lambda: len(obj=[]))
t("builtin too many", lambda: len([], []))
t("builtin none", lambda: len())
t("int kw", lambda: int(x=1))
t("sorted pos", lambda: sorted([1], None))
t("dict.get too many", lambda: {}.get(1, 2, 3))
t("str.split kw", lambda: "a b".split(sep=" ", maxsplit=1))
t("str.split bad kw", lambda: "a".split(x=1))
t("list.sort positional", lambda: [].sort(None))
t("print bad kw", lambda: print(x=1))
t("getattr too many", lambda: getattr(1, "x", 2, 3))
t("range kw", lambda: range(stop=1))
t("lambda name", lambda: (lambda: 0)(1))
t("not callable instance", lambda: C()())
t("not callable none", lambda: None())
t("class call args", lambda: C(1))
t("object init args", lambda: object.__init__(C(), 1))
t("type call", lambda: type())
t("nested qualname", lambda: (lambda: (lambda x: 0))()())
def outer():
    def inner(x):
        pass
    return inner
t("inner qualname", lambda: outer()())
