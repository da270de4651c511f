import typing
from typing import cast, overload, final, no_type_check, TYPE_CHECKING, Any, Annotated, get_type_hints, assert_never, Text, AnyStr, Self, Never, LiteralString, Literal, ClassVar, Final, dataclass_transform, get_overloads, Callable, Iterable, Sequence, Mapping, Iterator, Hashable, Sized

print(TYPE_CHECKING, Text, AnyStr, AnyStr.__constraints__)
print(cast(int, 'x'), cast('List[int]', 3))


@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x):
    return x * 2


print(g(2), g('a'), len(get_overloads(g)))
try:
    @overload
    def h(x: int) -> int: ...
    h(1)
except NotImplementedError as e:
    print(type(e).__name__, e)


@final
class Leaf:
    pass


@final
def fin():
    pass


print(Leaf.__final__, fin.__final__)


@no_type_check
def untyped(a: 'nonsense') -> 'more':
    return a


print(untyped.__no_type_check__, get_type_hints(untyped), untyped(3))
try:
    assert_never(5)
except AssertionError as e:
    print(type(e).__name__, e)


@dataclass_transform()
def model(cls):
    return cls


print(model.__dataclass_transform__['eq_default'])
for form in (Any, Self, Never, LiteralString, typing.NoReturn, ClassVar, Final, Literal, typing.Union, typing.Optional):
    try:
        form()
    except TypeError as e:
        print(type(e).__name__, e)
for form in (Self, Never, LiteralString, typing.NoReturn):
    try:
        form[int]
    except TypeError as e:
        print(type(e).__name__, e)
try:
    class X(typing.Union):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    Annotated[int]
except TypeError as e:
    print(type(e).__name__, e)
try:
    Annotated()
except TypeError as e:
    print(type(e).__name__, e)
print(Annotated[Annotated[int, 1], 2], Annotated[int, 1].__origin__)


class C:
    x: Annotated[int, 'meta']
    y: ClassVar[int] = 3


print(get_type_hints(C), get_type_hints(C, include_extras=True))
print(isinstance([1], Iterable), isinstance(3, Iterable), isinstance('s', Sequence), isinstance({}, Mapping))
print(isinstance(iter([]), Iterator), isinstance([], Iterator), isinstance(1, Hashable), isinstance([], Sized))
print(isinstance(len, Callable), isinstance(3, Callable), issubclass(list, Sequence), issubclass(dict, Sequence))
print(Iterable[int].__origin__.__name__, Callable[[int], int].__origin__.__name__)


def greet(name: str, times: int = 1) -> str:
    return name * times


print(greet.__annotations__, get_type_hints(greet))


class Node:
    def add(self, other: 'Node') -> 'Node':
        return self


print(get_type_hints(Node.add))
print(typing.ForwardRef('int'), typing.ForwardRef('X') == typing.ForwardRef('X'))
print(typing.List[int] | None, int | typing.List[str] if False else 'skip')
print(typing.Optional[int] | str, typing.Literal[1] | typing.Literal[2])
print([x for x in ['Any', 'List', 'Dict', 'Union', 'Optional', 'Callable', 'TypeVar', 'Generic', 'Protocol', 'NamedTuple', 'TypedDict'] if x not in typing.__all__])
