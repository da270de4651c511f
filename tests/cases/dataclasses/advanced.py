from dataclasses import dataclass, field, fields, asdict, astuple, replace, InitVar, KW_ONLY, make_dataclass
from typing import ClassVar, List
import dataclasses


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = field(default=0, compare=False)


vs = [Version(1, 2), Version(1, 0), Version(0, 9), Version(1, 2, 5)]
print(sorted(vs))
print(Version(1, 2) < Version(1, 3), Version(2) >= Version(1, 9), Version(1, 2, 1) == Version(1, 2, 9))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print(type(e).__name__, e)

try:
    @dataclass(order=True)
    class O:
        x: int
        def __lt__(self, other):
            return True
except TypeError as e:
    print(type(e).__name__, e)

try:
    @dataclass(order=True, eq=False)
    class O2:
        x: int
except ValueError as e:
    print(type(e).__name__, e)


@dataclass
class Base:
    x: int
    y: int = 1


@dataclass
class Derived(Base):
    z: int = 2
    x: int = 10


print(Derived(), Derived(1, 2, 3), [f.name for f in fields(Derived)])


@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 2
    counter: ClassVar[int] = 0

    def __post_init__(self, scale):
        self.b = self.a * scale
        WithPost.counter += 1


w = WithPost(3)
w2 = WithPost(3, 10)
print(w, w2, WithPost.counter, [f.name for f in fields(WithPost)])
print(dataclasses.InitVar[int], WithPost.__dataclass_fields__['scale']._field_type)
print(WithPost.__dataclass_fields__['counter']._field_type)
print(replace(w, a=5, scale=1))
try:
    replace(w, b=1)
except ValueError as e:
    print(type(e).__name__, e)


@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 0
    c: int = 1


print(KW(1, b=2), KW.__match_args__)
try:
    KW(1, 2)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(kw_only=True)
class AllKW:
    p: int
    q: int = 3


print(AllKW(p=1), AllKW.__match_args__)
try:
    AllKW(1)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class Mixed:
    a: int = 0
    b: int = field(kw_only=True)


print(Mixed(b=5), Mixed(1, b=2))


@dataclass(unsafe_hash=True)
class H:
    x: int
    y: list = field(default_factory=list, hash=False)


print(hash(H(1)) == hash(H(1, [2])), H(1) == H(1, [2]))


@dataclass(eq=False)
class NoEq:
    x: int


n = NoEq(1)
print(n == NoEq(1), n == n, NoEq.__hash__ is object.__hash__)


@dataclass
class Node:
    val: int
    children: List['Node'] = field(default_factory=list)
    parent: 'Node' = field(default=None, repr=False)


root = Node(1)
kid = Node(2)
root.children.append(kid)
print(root)
print(asdict(root)['children'][0]['val'])


@dataclass
class Loop:
    other: object = None


l = Loop()
l.other = l
print(l)


@dataclass
class Inner:
    v: int


@dataclass
class Outer:
    items: list
    mapping: dict
    pair: tuple
    inner: Inner


o = Outer([Inner(1), Inner(2)], {'k': Inner(3)}, (Inner(4), 5), Inner(6))
print(asdict(o))
print(astuple(o))
d = asdict(o)
print(d['items'][0] is o.items[0], type(d['pair']).__name__)
print(asdict(Inner(1), dict_factory=lambda kv: sorted(kv)))


@dataclass(slots=True)
class Slotted:
    x: int
    y: int = 5


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, '__dict__'))
try:
    s.z = 3
except AttributeError as e:
    print(type(e).__name__)


@dataclass(frozen=True, slots=True)
class FS:
    x: int


fs = FS(2)
print(fs, hash(fs) == hash(FS(2)))
try:
    fs.x = 3
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e)

C = make_dataclass('C', ['a', ('b', int), ('c', int, field(default=7))], namespace={'total': lambda self: self.a + self.b + self.c})
c = C(1, 2)
print(c, c.total(), [f.type for f in fields(C)][1:])

match Version(1, 2):
    case Version(1, minor):
        print('matched minor', minor)

try:
    @dataclass(frozen=True)
    class FrozenChild(Base):
        w: int = 0
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class Defaults:
    x: int = 1

    def double(self):
        return self.x * 2

    @property
    def neg(self):
        return -self.x


print(Defaults().double(), Defaults(4).neg, Defaults.x)
print(dataclasses.is_dataclass(Defaults()), dataclasses.fields(Defaults)[0].name, dataclasses.fields(Defaults)[0].default)
