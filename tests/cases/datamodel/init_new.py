class A:
    def __new__(cls, *args, **kw):
        print("new", cls.__name__, args, kw)
        inst = super().__new__(cls)
        return inst
    def __init__(self, x, y=0):
        print("init", x, y)
        self.x = x
a = A(1, y=2)
print(a.x)
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self):
        print("init singleton")
print(Singleton() is Singleton())
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(Other())
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print("TypeError", e)
class NoInit:
    pass
for f in [lambda: NoInit(1), lambda: NoInit(x=1), lambda: object(1), lambda: object.__new__(5), lambda: A()]:
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
class OnlyNew:
    def __new__(cls, a):
        return super().__new__(cls)
print(type(OnlyNew(1)).__name__)
class OnlyInit:
    def __init__(self, a):
        self.a = a
print(OnlyInit(2).a)
class Immutable(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def a(self):
        return self[0]
i = Immutable(1, 2)
print(i, i.a, len(i), type(i).__name__)
class MyInt(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
    def __repr__(self):
        return f"MyInt({int(self)})"
print(MyInt(5), MyInt(5) + 1, [MyInt(1)])
class MyStr(str):
    def __init__(self, v):
        self.orig = v
s = MyStr("hi")
print(s, s.orig, s.upper(), len(s))
class Counter:
    count = 0
    def __init__(self):
        type(self).count += 1
Counter(); Counter()
print(Counter.count)
class Base:
    def __init__(self):
        print("Base.__init__")
        self.base = True
class Child(Base):
    def __init__(self):
        super().__init__()
        print("Child.__init__")
c = Child()
print(c.base)
class Skip(Base):
    pass
Skip()
class InitSubclass:
    subclasses = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        InitSubclass.subclasses.append(cls.__name__)
class S1(InitSubclass, tag="one"):
    pass
class S2(S1):
    pass
print(InitSubclass.subclasses, S1.tag, S2.tag)
try:
    class S3(InitSubclass, bogus=1):
        pass
except TypeError as e:
    print("TypeError", e)
print(object.__new__(A).__class__.__name__)
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError", e)
try:
    int.__new__(str)
except TypeError as e:
    print("TypeError", e)
