class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.created_by = mcls.__name__
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print("Meta.__call__", cls.__name__, a)
        return super().__call__(*a, **k)
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("__prepare__", name, kw)
        return {"injected": 1}
class A(metaclass=Meta, flag=True):
    x = 1
    def method(self):
        return "m"
print(A.created_by, A.injected, type(A).__name__, isinstance(A, Meta))
a = A()
print(a.method())
class B(A):
    y = 2
print(type(B).__name__, B.created_by)
class Registry(type):
    classes = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)
class Plugin(metaclass=Registry):
    pass
class P1(Plugin):
    pass
class P2(Plugin):
    pass
print(Registry.classes)
class WithRepr(type):
    def __repr__(cls):
        return f"<class {cls.__name__} via WithRepr>"
    def __len__(cls):
        return 7
    def __getitem__(cls, k):
        return f"{cls.__name__}[{k}]"
    def __iter__(cls):
        return iter([1, 2])
class R(metaclass=WithRepr):
    pass
print(repr(R), len(R), R[int], list(R))
D = type("D", (object,), {"v": 5, "get": lambda self: self.v})
print(D.__name__, D().get(), D.__bases__, D.__module__)
E = type("E", (D,), {})
print(E().get(), E.__mro__)
print(type(1), type(type), type(object), type.__class__)
for args in [("X",), ("X", (), {}, 1), (1, (), {}), ("X", 1, {}), ("X", (), 1), ("X", (1,), {})]:
    try:
        type(*args)
    except TypeError as e:
        print("TypeError", e)
class M1(type): pass
class M2(type): pass
class C1(metaclass=M1): pass
class C2(metaclass=M2): pass
try:
    class C3(C1, C2): pass
except TypeError as e:
    print("TypeError", e)
class M3(M1, M2): pass
class C4(C1, C2, metaclass=M3): pass
print(type(C4).__name__)
class GetItem:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}<{item}>"
print(GetItem[int], GetItem["x"])
print(list[int], dict[str, int], tuple[int, ...], type(list[int]).__name__)

class Abstract(type):
    def __instancecheck__(cls, inst):
        return hasattr(inst, "quack")
    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")
class Duck(metaclass=Abstract):
    pass
class Mallard:
    quack = True
print(isinstance(Mallard(), Duck), isinstance(1, Duck), issubclass(Mallard, Duck), issubclass(int, Duck))
class Attrs(type):
    def __getattr__(cls, name):
        return f"meta getattr {name}"
class UsesAttrs(metaclass=Attrs):
    real = 1
print(UsesAttrs.real, UsesAttrs.fake)
try:
    UsesAttrs().fake
except AttributeError as e:
    print("AttributeError", e)
print(Meta.__mro__[-1], Meta.mro())
