from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, repr(p), p == Point(1, 2), p != Point(1, 3), p == (1, 2))
print(Point(5), Point(y=3, x=4))
print(Point.__doc__)
print(Point.__match_args__)
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__eq__.__qualname__)
print(Point.__hash__)
try:
    Point()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Point(1, z=3)
except TypeError as e:
    print(type(e).__name__, e)
print([f.name for f in fields(Point)], [f.type for f in fields(Point)])
print(fields(p)[1].default, fields(p)[0].default is MISSING)
print(is_dataclass(Point), is_dataclass(p), is_dataclass(int), is_dataclass(3))
print(asdict(p), astuple(p))
print(replace(p, y=10), p)
try:
    fields(3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    asdict(Point)
except TypeError as e:
    print(type(e).__name__, e)
try:
    astuple(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    replace(p, z=1)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class Inv:
    name: str
    items: list = field(default_factory=list)
    count: int = field(default=0, repr=False)
    secret: str = field(default='s', compare=False)
    meta: int = field(default=1, metadata={'unit': 'cm'})


a = Inv('a')
b = Inv('a')
a.items.append(1)
print(a, b, a.items is b.items)
print(Inv('q', [1]) == Inv('q', [1], secret='other'))
print(fields(Inv)[4].metadata['unit'], len(fields(Inv)[4].metadata), fields(Inv)[1].default_factory)
print(Inv.__doc__)
print(repr(fields(Inv)[0].metadata))

try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e:
    print(type(e).__name__, e)

try:
    @dataclass
    class Bad2:
        x: int = 1
        y: int
except TypeError as e:
    print(type(e).__name__, e)

try:
    field(default=1, default_factory=list)
except ValueError as e:
    print(type(e).__name__, e)

try:
    @dataclass
    class Bad3:
        x = field(default=1)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(frozen=True)
class F:
    a: int
    b: str = 'x'


f = F(1)
print(f, hash(f) == hash(F(1)), f == F(1))
try:
    f.a = 2
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del f.b
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    f.c = 3
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(replace(f, b='y'))
print({F(1), F(1), F(2)} == {F(1), F(2)})
