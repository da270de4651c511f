from enum import Enum, IntEnum, StrEnum, auto, unique, member, nonmember, EnumMeta, EnumType
import copy


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.673e-11
        return round(G * self.mass / (self.radius * self.radius), 3)


print(Planet.EARTH, Planet.EARTH.value, Planet.EARTH.mass, Planet.EARTH.surface_gravity)
print(Planet((3.303e+23, 2.4397e6)))


class Coord(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj

    PX = (0, 'P.X')
    PY = (1, 'P.Y')


print(Coord.PY, Coord.PY.label, Coord(1), Coord.PX.value)


class Ordinal(Enum):
    def __new__(cls, text):
        value = len(cls.__members__) + 1
        obj = object.__new__(cls)
        obj._value_ = value
        obj.text = text
        return obj

    FIRST = 'one'
    SECOND = 'two'


print(list(Ordinal), Ordinal(2).text)


class Shape(Enum):
    SQUARE = 2
    CIRCLE = 3

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None

    def describe(self):
        return f'{self.name.lower()} with {self.value}'

    @staticmethod
    def helper():
        return 'static'

    @classmethod
    def first(cls):
        return next(iter(cls))


print(Shape('square'), Shape(3), Shape.SQUARE.describe(), Shape.helper(), Shape.first())
try:
    Shape(9)
except ValueError as e:
    print(type(e).__name__, e)


class Bad(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return 'nope'


try:
    Bad(5)
except TypeError as e:
    print(type(e).__name__, e)


class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.title() + str(count)

    ALPHA = auto()
    BETA = auto()


print(list(Named))


class Mixed(Enum):
    A = auto()
    B = 'b'
    C = auto()


print(list(Mixed))


class Color(StrEnum):
    RED = auto()
    GREEN = 'green'


print(Color.RED, Color.RED.upper(), Color('green'), Color.RED + '!', isinstance(Color.RED, str), f'{Color.GREEN}')
try:
    class BadStr(StrEnum):
        X = 1
except TypeError as e:
    print(type(e).__name__, e)


class Pri(IntEnum):
    LOW = 1
    HIGH = 3


print(sorted([Pri.HIGH, Pri.LOW]), Pri.HIGH > Pri.LOW, Pri.LOW + Pri.HIGH, Pri.HIGH * 2, [1, 2, 3, 4][Pri.HIGH], int(Pri.HIGH))
print(Pri.HIGH == 3, {Pri.LOW: 'l'}[1], max(Pri), Pri(1) is Pri.LOW, f'{Pri.HIGH}', f'{Pri.HIGH:x}', '%d' % Pri.HIGH)


class WithMembers(Enum):
    A = 1
    f = member(lambda x: x)
    B = nonmember(5)
    _ignore_ = ['tmp']
    tmp = 9


print(list(WithMembers.__members__), WithMembers.B, hasattr(WithMembers, 'tmp'))

Animal = Enum('Animal', 'ANT BEE')
print(Animal.ANT, Animal(2), Animal.__members__.keys() if False else list(Animal.__members__), Animal.__module__)
Status = IntEnum('Status', [('OK', 200), ('NF', 404)])
print(Status.NF, Status(200), Status.OK + 1, repr(Status.OK))
Names = StrEnum('Names', ['A', 'B'])
print(list(Names))

print(copy.copy(Shape.SQUARE) is Shape.SQUARE, copy.deepcopy([Shape.CIRCLE])[0] is Shape.CIRCLE)
print(isinstance(Shape, EnumMeta), isinstance(Shape.SQUARE, Shape), type(Shape.SQUARE), type(Shape) is EnumType)
print(Shape.SQUARE.__class__.__name__, Shape.__name__, Shape.__qualname__)

match Shape.CIRCLE:
    case Shape.SQUARE:
        print('square')
    case Shape.CIRCLE:
        print('circle')

d = {Shape.SQUARE: 1, Shape.CIRCLE: 2}
print(d[Shape.CIRCLE], Shape.SQUARE in d, hash(Shape.SQUARE) == hash('SQUARE'))
print(Shape.SQUARE == Shape.SQUARE, Shape.SQUARE == 2, Shape.SQUARE != Shape.CIRCLE, Shape.SQUARE is Shape['SQUARE'])


class Base(Enum):
    def hello(self):
        return 'hi ' + self.name


class Derived(Base):
    X = 1


print(Derived.X.hello(), list(reversed(Derived)), len(Derived), bool(Derived))


@unique
class Fine(Enum):
    A = 1
    B = 2


print(list(Fine))
try:
    class WrongOrder(Enum):
        _order_ = 'B A'
        A = 1
        B = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Sunder(Enum):
        _foo_ = 1
except ValueError as e:
    print(type(e).__name__, e)
