from typing import NamedTuple, TypedDict, Protocol, runtime_checkable, NewType, List, Optional, get_type_hints, Required, NotRequired


class Employee(NamedTuple):
    name: str
    id: int = 3
    dept: str = 'eng'

    def describe(self):
        return f'{self.name}#{self.id}'


e = Employee('Guido')
print(e, e.name, e.id, e[0], len(e), e.describe(), isinstance(e, tuple))
print(Employee._fields, Employee._field_defaults, Employee.__annotations__)
print(e._replace(id=9), e._asdict(), Employee._make(['a', 1, 'b']))
print(Employee('x', 1) == ('x', 1, 'eng'), hash(e) == hash(('Guido', 3, 'eng')))
a, b, c = e
print(a, b, c, Employee.__name__, Employee.__match_args__)
try:
    Employee()
except TypeError as ex:
    print(type(ex).__name__)
try:
    class BadNT(NamedTuple):
        x: int = 1
        y: int
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    class BadNT2(NamedTuple):
        x: int
        def _replace(self):
            pass
except AttributeError as ex:
    print(type(ex).__name__, ex)
try:
    e.name = 'z'
except AttributeError as ex:
    print(type(ex).__name__)

Point = NamedTuple('Point', [('x', int), ('y', int)])
p = Point(1, 2)
print(p, Point.__annotations__, p.x + p.y)
P3 = NamedTuple('P3', x=int, y=float)
print(P3(1, 2.5), P3._fields)
match p:
    case Point(x, y):
        print('match', x, y)


class Movie(TypedDict):
    title: str
    year: int


class MovieX(Movie, total=False):
    rating: float


m = Movie(title='Alien', year=1979)
print(m, type(m) is dict, Movie.__required_keys__ == {'title', 'year'}, Movie.__total__)
print(sorted(MovieX.__required_keys__), sorted(MovieX.__optional_keys__), MovieX.__total__)
print(MovieX.__annotations__)
try:
    isinstance(m, Movie)
except TypeError as ex:
    print(type(ex).__name__, ex)
Film = TypedDict('Film', {'name': str, 'len': int}, total=False)
print(Film(name='x'), Film.__total__, sorted(Film.__optional_keys__), Film.__name__)


class Req(TypedDict, total=False):
    a: Required[int]
    b: NotRequired[str]
    c: int


print(sorted(Req.__required_keys__), sorted(Req.__optional_keys__))


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None:
        ...


class Resource:
    def close(self):
        return 'closed'


class Other:
    pass


print(isinstance(Resource(), Closable), isinstance(Other(), Closable), issubclass(Resource, Closable))


class Sized2(Protocol):
    def size(self) -> int:
        ...


try:
    isinstance(Resource(), Sized2)
except TypeError as ex:
    print(type(ex).__name__, ex)


class Impl(Sized2):
    def size(self):
        return 4


print(Impl().size(), Sized2._is_protocol, Impl._is_protocol)
try:
    Sized2()
except TypeError as ex:
    print(type(ex).__name__, ex)


@runtime_checkable
class HasName(Protocol):
    name: str


class Named:
    def __init__(self):
        self.name = 'n'


print(isinstance(Named(), HasName), isinstance(Other(), HasName))
try:
    runtime_checkable(Other)
except TypeError as ex:
    print(type(ex).__name__, ex)

UserId = NewType('UserId', int)
u = UserId(5)
print(u, type(u), UserId, UserId.__supertype__, UserId.__name__)
try:
    class Sub(UserId):
        pass
except TypeError as ex:
    print(type(ex).__name__, ex)


class Tree:
    left: 'Optional[Tree]'
    value: int
    kids: List['Tree']


print(get_type_hints(Tree))


def f(a: int, b: 'str' = 'x', *args: float, c: 'List[int]' = None, **kw: bool) -> 'Optional[int]':
    pass


print(get_type_hints(f))
print(f.__annotations__)
