from dataclasses import dataclass, field, fields, asdict, replace, FrozenInstanceError


@dataclass
class Animal:
    name: str
    sound: str = 'generic'
    legs: int = field(default=4, repr=False)

    def __post_init__(self):
        self.label = f'{self.name}:{self.sound}'

    def speak(self):
        return f'{self.name} says {self.sound}'


@dataclass
class Dog(Animal):
    sound: str = 'woof'
    tricks: list = field(default_factory=list)

    def __post_init__(self):
        super().__post_init__()
        self.label += '!'


d = Dog('rex', tricks=['sit'])
print(d, d.label, d.speak(), d.legs, [f.name for f in fields(Dog)])
print(asdict(d))
print(Dog('a') == Dog('a'), Dog('a') == Animal('a', 'woof'), Animal('a') == Animal('a'))


class Plain:
    def __init__(self):
        self.plain = True


@dataclass
class FromPlain(Plain):
    x: int = 1


fp = FromPlain()
print(fp, hasattr(fp, 'plain'))


@dataclass
class WithInitFalse:
    a: int
    b: int = field(init=False, default=10)
    c: list = field(init=False, default_factory=list)
    d: int = field(init=False)

    def __post_init__(self):
        self.d = self.a + self.b


w = WithInitFalse(1)
print(w, w.c)
try:
    WithInitFalse(1, 2)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(frozen=True)
class FBase:
    x: int


@dataclass(frozen=True)
class FChild(FBase):
    y: int = 0


fc = FChild(1, 2)
print(fc, hash(fc) == hash(FChild(1, 2)))
try:
    fc.x = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Thawed(FBase):
        z: int = 0
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(repr=False, eq=False)
class Bare:
    v: int


print(type(repr(Bare(1))).__name__, Bare(1) == Bare(1), '__eq__' in Bare.__dict__, '__repr__' in Bare.__dict__)


@dataclass(init=False)
class NoInit:
    v: int = 3


print(NoInit(), NoInit().v)


@dataclass
class CustomRepr:
    v: int

    def __repr__(self):
        return 'custom'


print(CustomRepr(1), CustomRepr(1) == CustomRepr(1))


@dataclass(frozen=True, eq=False)
class FrozenNoEq:
    v: int


print(FrozenNoEq.__hash__ is object.__hash__)


@dataclass
class ExplicitHash:
    v: int

    def __hash__(self):
        return 7


print(hash(ExplicitHash(1)))
try:
    @dataclass(unsafe_hash=True)
    class Clash:
        v: int

        def __hash__(self):
            return 1
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class SelfField:
    self: int


print(SelfField(3))


class Descriptor:
    def __set_name__(self, owner, name):
        self.name = '_' + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return 100
        return getattr(obj, self.name, 100)

    def __set__(self, obj, value):
        setattr(obj, self.name, value * 2)


@dataclass
class UsesDescriptor:
    val: int = Descriptor()


print(UsesDescriptor().val, UsesDescriptor(4).val)
print(replace(Dog('z'), sound='arf').label)
