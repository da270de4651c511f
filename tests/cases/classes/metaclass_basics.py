class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["created_by"] = mcls.__name__
        cls = super().__new__(mcls, name, bases, ns)
        print("creating", name, sorted(k for k in ns if not k.startswith("__")))
        return cls
    def __call__(cls, *a):
        print("calling", cls.__name__, a)
        return super().__call__(*a)
class Base(metaclass=Meta):
    def __init__(self, v=0):
        self.v = v
class Derived(Base):
    x = 1
d = Derived(5)
print(d.v, Derived.created_by, type(Derived).__name__, type(Meta).__name__, isinstance(Derived, Meta))
Dyn = type("Dyn", (Base,), {"y": 2})
print(Dyn.y, Dyn.__name__, type(Dyn).__name__, Dyn().v)
print(type(5).__name__, type(type).__name__, type("s") is str)
class Counted(type):
    count = 0
    def __init__(cls, *a):
        super().__init__(*a)
        Counted.count += 1
class X(metaclass=Counted): pass
class Y(X): pass
print(Counted.count)
