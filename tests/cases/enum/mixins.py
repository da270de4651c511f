from enum import Enum, IntEnum, Flag, IntFlag, auto, StrEnum
class Foo(str, Enum):
    A = 'a'
    B = 'b'
print(format(Foo.A), f"{Foo.A}", str(Foo.A), repr(Foo.A), Foo.A == 'a', Foo('b'), Foo.A.upper(), f"{Foo.A:>6}")
class Num(float, Enum):
    PI = 3.14
print(repr(Num.PI), str(Num.PI), Num.PI * 2)
class I(IntEnum):
    A = auto()
    B = auto()
print(list(I), I.A + I.B)
class E(Enum):
    pass
print(list(E), len(E), E.__members__)
class W(Enum):
    X = 1
    def __str__(self): return 'custom ' + self.name
print(str(W.X), f"{W.X}", format(W.X))
class T(tuple, Enum):
    P = (1, 2)
print(T.P, T.P[0], repr(T.P), T((1, 2)))
class Pf(Flag):
    A = 1
    B = 2
print(repr(Pf.A & Pf.B), repr(Pf(3) & Pf.A), Pf.A.value | 4)
print(repr(Pf(-1)) if False else '', Pf.__members__)
class Neg(IntFlag):
    A = 1
    B = 2
print(repr(Neg(-1)), repr(~Neg(0)))
print(I.A.__class__.__mro__)
print(hash(Foo.A) == hash('A'), {Foo.A: 1}['a'] if False else '')
class Color(Enum):
    RED = 1
    @property
    def lower(self): return self.name.lower()
print(Color.RED.lower, Color.RED._value_, Color.RED._name_)
print(isinstance(Color.RED, Enum), issubclass(Color, Enum), Color.RED in Color)
print(sorted(Color.__members__), Color._member_type_ is object)
