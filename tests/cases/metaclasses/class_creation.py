class Order:
    b = 1
    a = 2
    def z(self): pass
    def y(self): pass
print([k for k in Order.__dict__ if not k.startswith("__")])
class Desc:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
class Host:
    first = Desc()
    second = Desc()
    print("body runs before set_name")
class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw, hasattr(cls, "first"))
class Child(Base, extra=1):
    first = Desc()
print("after")
def make_class(n):
    class Local:
        val = n
        def get(self):
            return self.val + n
    return Local
L1, L2 = make_class(1), make_class(2)
print(L1().get(), L2().get(), L1 is L2, L1.__qualname__)
class Outer:
    x = 10
    class Inner:
        try:
            y = x
        except NameError as e:
            y = str(e)
    z = [x for _ in range(1)] if False else None
print(Outer.Inner.y)
x = "global"
class Scope:
    x = "class"
    def meth(self):
        return x
    lam = lambda self: x
print(Scope().meth(), Scope().lam())
class Doc:
    """class docstring"""
print(Doc.__doc__)
class NoDoc:
    pass
print(NoDoc.__doc__)
print(Order.__module__, Order.__qualname__, Order.__name__)
class Redefine:
    def f(self):
        return 1
    def f(self):
        return 2
print(Redefine().f())
class Dyn:
    for i in range(3):
        locals()["attr%d" % i] = i
    del i
print(Dyn.attr0, Dyn.attr2, hasattr(Dyn, "i"))
class Mro(object): pass
class A1(Mro): pass
class A2(Mro): pass
class Diamond(A1, A2): pass
print([c.__name__ for c in Diamond.__mro__])
try:
    class Bad(Mro, A1): pass
except TypeError as e:
    print("TypeError", e)
try:
    class Dup(A1, A1): pass
except TypeError as e:
    print("TypeError", e)
try:
    class FromInt(1): pass
except TypeError as e:
    print("TypeError", e)
try:
    class FromBool(bool): pass
except TypeError as e:
    print("TypeError", e)
class Sup:
    def hello(self):
        return "Sup"
class Mid(Sup):
    def hello(self):
        return "Mid>" + super().hello()
class Low(Mid):
    def hello(self):
        return "Low>" + super().hello() + "|" + super(Mid, self).hello()
print(Low().hello())
class ClsSuper(Sup):
    @classmethod
    def c(cls):
        return super().hello
print(ClsSuper.c().__name__)
try:
    super()
except RuntimeError as e:
    print("RuntimeError", e)
def nosuper():
    return super().x
try:
    nosuper()
except RuntimeError as e:
    print("RuntimeError", e)
print(super(Low, Low()).hello(), type(super(Low, Low())).__name__)
class Cnt:
    n = 0
    def __init__(self):
        Cnt.n += 1
        self.id = Cnt.n
objs = [Cnt() for _ in range(3)]
print([o.id for o in objs], Cnt.n)
print(issubclass(Low, Sup), issubclass(Low, (int, Mid)), isinstance(Low(), Sup), Low.__base__.__name__, Sup.__subclasses__())
