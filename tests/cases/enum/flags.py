from enum import Flag, IntFlag, auto, STRICT, CONFORM, EJECT, KEEP


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()


print(list(Perm), [p.value for p in Perm], len(Perm))
rw = Perm.R | Perm.W
print(repr(rw), str(rw), rw.value, rw.name, len(rw), list(rw), bool(rw))
print(Perm.R in rw, Perm.X in rw, rw & Perm.R, rw ^ Perm.R, repr(~rw), repr(~Perm.R))
print(repr(Perm(0)), str(Perm(0)), bool(Perm(0)), Perm(0).name, len(Perm(0)), list(Perm(0)))
print(repr(Perm(7)), Perm(7) is (Perm.R | Perm.W | Perm.X), Perm(3) == rw)
print(repr(Perm.R | Perm.R), rw | Perm.X)
try:
    Perm(9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Perm.R | 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in rw
except TypeError as e:
    print(type(e).__name__, e)


class Color(Flag):
    RED = 1
    GREEN = 2
    BLUE = 4
    WHITE = RED | GREEN | BLUE
    NONE = 0


print(list(Color), list(Color.__members__), repr(Color.WHITE), repr(Color.RED | Color.GREEN), repr(Color.NONE))
print(repr(~Color.WHITE), repr(~Color.NONE), Color.WHITE.name, list(Color.WHITE))


class Num(IntFlag):
    A = 1
    B = 2
    C = 4


print(repr(Num.A | Num.B), str(Num.A | Num.B), Num.A | 8, repr(Num(16)), repr(Num.C | 16), Num.A + 1, Num.B * 3)
print(repr(~Num.A), Num.A == 1, isinstance(Num.A, int), repr(Num(0)), format(Num.A | Num.C), f'{Num.C:04b}')
print(repr(Num.A & 3), repr(3 & Num.A), repr(Num.B ^ 7), repr(Num(7)), list(Num(7)), len(Num(7)))


class Conf(Flag, boundary=CONFORM):
    A = 1
    B = 2


print(repr(Conf(7)), repr(Conf(4)))


class Ej(Flag, boundary=EJECT):
    A = 1
    B = 2


print(repr(Ej(7)), type(Ej(7)).__name__, repr(Ej(3)))


class Kp(Flag, boundary=KEEP):
    A = 1
    B = 2


print(repr(Kp(7)), repr(Kp(4)))
print(Perm._boundary_, Num._boundary_, STRICT, repr(STRICT))


class Big(Flag):
    A = auto()
    B = auto()
    C = 16
    D = auto()


print([m.value for m in Big])
