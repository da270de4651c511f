class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["tag"] = name.lower()
        return super().__new__(mcls, name, bases, ns)
class Base(metaclass=Meta):
    pass
class Child(Base):
    pass
print(Base.tag, Child.tag, type(Child).__name__)
class Registry:
    subclasses = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Registry.subclasses.append(cls.__name__)
class X(Registry): pass
class Y(Registry): pass
print(Registry.subclasses)
Dyn = type("Dyn", (object,), {"v": 3})
print(Dyn().v, Dyn.__name__)
class Slotted:
    __slots__ = ("a",)
s = Slotted()
s.a = 1
print(s.a)
