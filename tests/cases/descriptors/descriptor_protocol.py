class Verbose:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return f"class access via {objtype.__name__}"
        return obj.__dict__.get(self.name, "unset")
    def __set__(self, obj, value):
        print("set", self.name, value)
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print("delete", self.name)
        del obj.__dict__[self.name]
class A:
    x = Verbose()
    y = Verbose()
a = A()
print(a.x, A.x)
a.x = 5
print(a.x, a.__dict__)
del a.x
print(a.x)
class NonData:
    def __get__(self, obj, objtype=None):
        return "nondata"
class B:
    nd = NonData()
b = B()
print(b.nd)
b.nd = "instance wins"
print(b.nd, B.nd)
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.priv = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.priv)
    def __set__(self, obj, v):
        if not isinstance(v, self.kind):
            raise TypeError(f"expected {self.kind.__name__}, got {type(v).__name__}")
        setattr(obj, self.priv, v)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person("ann", 30)
print(p.name, p.age, sorted(vars(p)))
try:
    p.age = "old"
except TypeError as e:
    print("TypeError", e)
try:
    Person("bob", 1.5)
except TypeError as e:
    print("TypeError", e)
class GetOnlyData:
    def __get__(self, obj, t=None):
        return "get"
    def __delete__(self, obj):
        print("custom delete")
class C:
    d = GetOnlyData()
c = C()
try:
    c.d = 1
except AttributeError as e:
    print("AttributeError", e)
del c.d
class Bound:
    def method(self, x):
        return (type(self).__name__, x)
f = Bound.__dict__["method"]
print(f.__get__(Bound(), Bound)(1), f.__get__(None, Bound) is f)
bm = Bound().method
print(bm.__self__.__class__.__name__, bm.__func__ is f, bm(2))
class SM:
    @staticmethod
    def s(x):
        return x * 2
    @classmethod
    def c(cls, x):
        return cls.__name__, x
class SM2(SM):
    pass
print(SM.s(2), SM().s(3), SM.c(1), SM2.c(2), SM2().c(3))
print(type(SM.__dict__["s"]).__name__, type(SM.__dict__["c"]).__name__, SM.__dict__["s"].__func__.__name__)
print(staticmethod(len)("abc"), classmethod(lambda cls: cls).__get__(None, int)())
class Meta(type):
    attr = Verbose.__get__.__name__
print(Meta.attr)
def free(self):
    return "free " + type(self).__name__
C.free = free
print(c.free())
class Late:
    pass
v = Verbose()
Late.late = v
try:
    Late().late
except AttributeError as e:
    print("AttributeError", type(e).__name__)
v.__set_name__(Late, "late")
print(Late().late)
