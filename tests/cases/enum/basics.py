from enum import *
class Color(Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: Color(5))
t(lambda: Color['X'])
t(lambda: 3 in Color)
t(lambda: Color.RED in Color)
t(lambda: Color.RED < Color.GREEN)
def ext():
    class More(Color): BLUE = 3
t(ext)
def reuse():
    class A(Enum):
        X = 1
        X = 2
t(reuse)
def reuse2():
    class A(Enum):
        X = 1
        def X(self): pass
t(reuse2)
def setm(): Color.RED = 5
t(setm)
def delm(): del Color.RED
t(delm)
def setv(): Color.RED.value = 5
t(setv)
def setn(): Color.RED.name = 5
t(setn)
t(lambda: Color.__members__)
t(lambda: list(Color))
t(lambda: (str(Color.RED), format(Color.RED), f"{Color.RED:>12}", Color.RED.__format__('')))
class N(IntEnum):
    A = 1
    B = 2
t(lambda: (repr(N.A), str(N.A), format(N.A), f"{N.A:03d}", N.A + 1, N.A == 1, N.A < N.B, N(2), hash(N.A)==hash(1)))
class S(StrEnum):
    X = auto()
    Y = 'why'
t(lambda: (repr(S.X), str(S.X), format(S.X), S.X == 'x', S.X.upper(), S('why')))
class P(Flag):
    R = 4
    W = 2
    X = 1
    RW = 6
t(lambda: (repr(P.R|P.W), str(P.R|P.W), repr(P(0)), str(P(0)), list(P), len(P), list(P.R|P.X), P.R in P.RW, repr(~P.R), bool(P(0)), repr(P(7)), repr(P.RW)))
t(lambda: P(8))
class IP(IntFlag):
    R = 4
    W = 2
    X = 1
t(lambda: (repr(IP.R|IP.W), str(IP.R|IP.W), repr(IP(8)), repr(IP.R|8), repr(~IP.R), IP.R|1, format(IP.R), repr(IP(0)), str(IP(0))))
def dup():
    @unique
    class Sh(Enum):
        SQUARE = 2
        DIAMOND = 1
        ALIAS = 2
        A2 = 1
t(dup)
t(lambda: Enum('Animal', 'ANT BEE CAT'))
t(lambda: list(Enum('Animal', 'ANT BEE CAT')))
t(lambda: list(Enum('Animal', [('A', 5), ('B', 7)])))
t(lambda: list(Enum('Animal', {'A': 'x'})))
t(lambda: list(IntEnum('Animal', 'ANT, BEE', start=10)))
t(lambda: dir(Color))
t(lambda: dir(Color.RED))
t(lambda: Color.RED.__reduce_ex__(4))
t(lambda: (type(Color), EnumMeta is EnumType, Color.__class__.__name__))
class F(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
t(lambda: list(F))
t(lambda: vars(Color.RED))
t(lambda: Color._member_map_)
t(lambda: Color._value2member_map_)
t(lambda: Color._member_names_)
