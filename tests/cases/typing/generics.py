from typing import TypeVar, Generic, List, Dict, Optional, Union, Callable, Tuple, Any, get_origin, get_args, ParamSpec, Concatenate, Literal, Annotated, ClassVar, Final

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')
N = TypeVar('N', int, float)
B = TypeVar('B', bound=str)
Co = TypeVar('Co', covariant=True)
Contra = TypeVar('Contra', contravariant=True)
print(T, N, B, Co, Contra, T.__name__, N.__constraints__, B.__bound__, Co.__covariant__, T.__bound__)
for args, kw in [(('X', int), {}), (('X', int, str), {'bound': int}), (('X',), {'covariant': True, 'contravariant': True})]:
    try:
        TypeVar(*args, **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item

    def get(self) -> T:
        return self.item


class Pair(Generic[K, V]):
    def __init__(self, k, v):
        self.k, self.v = k, v


b = Box(3)
print(b.get(), Box.__parameters__, Pair.__parameters__)
bi = Box[int](5)
print(bi.item, bi.__orig_class__, type(bi).__name__)
print(Box[int], Pair[str, int], Pair[str, List[V]], Pair[str, List[V]][int])
print(Box.__orig_bases__, Box.__mro__)
print(Box[int] == Box[int], Box[int] == Box[str], hash(Box[int]) == hash(Box[int]))
print(get_origin(Box[int]) is Box, get_args(Pair[int, str]))


class IntBox(Box[int]):
    pass


print(IntBox.__orig_bases__, IntBox.__parameters__, IntBox(7).get())


class Sub(Pair[K, int], Generic[K]):
    pass


print(Sub.__parameters__, Sub[str])
try:
    class Bad(Generic[T], Generic[K]):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad2(Box[T], Generic[K]):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad3(Generic):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    Generic()
except TypeError as e:
    print(type(e).__name__, e)
try:
    IntBox[int]
except TypeError as e:
    print(type(e).__name__, e)

print(get_origin(List[int]), get_origin(Dict[str, int]), get_origin(Union[int, str]), get_origin(Optional[int]))
print(get_origin(int), get_origin(Callable[[int], str]), get_origin(Annotated[int, 'm']), get_origin(Literal[1]))
print(get_args(List[int]), get_args(Dict[str, int]), get_args(Union[int, str]), get_args(Optional[int]))
print(get_args(Callable[[int, str], bool]), get_args(Callable[..., int]), get_args(Annotated[int, 'a', 'b']), get_args(int))
print(get_args(Tuple[int, ...]), get_args(Tuple[()]), get_args(ClassVar[int]), get_args(Final[str]))

P = ParamSpec('P')
print(P, P.args, P.kwargs, P.__name__)
print(Callable[P, int], Callable[Concatenate[int, P], str])


class Handler(Generic[P]):
    pass


print(Handler[[int, str]], Handler[...])

print(Union[int, str] == Union[str, int], Union[int, str] == Union[int, str, int], Optional[int] == Union[None, int])
print(Literal[1, 2] == Literal[2, 1], Literal[1] == Literal[True], Annotated[int, 'x'] == Annotated[int, 'x'])
print(Union[int], Union[int, int], Optional[None], Union[List[int], List[int]])
print(List[T][int], Dict[K, V][str, int], Callable[[T], V][int, str], Tuple[T, ...][int])
try:
    List[T][int, str]
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance([], List), isinstance({}, Dict), isinstance(3, Optional[int]), isinstance('s', Union[int, str]), issubclass(bool, Union[int, str]))
print(List[int].__origin__, Union[int, str].__args__, Annotated[int, 'x'].__metadata__, List[T].__parameters__)
