from typing import *
T=TypeVar('T')
class Box(Generic[T]): pass
for f in [lambda: Box[int,str], lambda: Generic[int], lambda: Generic[T,T], lambda: List[int,str], lambda: Union[()], lambda: Optional[int,str], lambda: isinstance(1, List[int]), lambda: TypeVar('X', int), lambda: Callable[int], lambda: Literal, lambda: ClassVar[int,str], lambda: Final[int][str], lambda: isinstance(1,Union[int,str]), lambda: Any(), lambda: isinstance(1,Any), lambda: Tuple[int][str], lambda: Union[int, 3], lambda: List[3], lambda: Dict[int]]:
  try: print(repr(f()))
  except Exception as e: print(type(e).__name__, e)
print(Box[int], Box[T], Box[int].__args__, Box.__parameters__, Box[T].__parameters__, type(Box[int]))
print(Callable[..., int], Callable[[int,str], None], Callable[[], int], Tuple[()], Tuple[int, ...], Dict[str, List[int]])
print(Optional[Union[int, str]], Union[int, Union[str, int]], Type[int], FrozenSet[int], Iterable[int], Mapping[str, int], Any, NoReturn, Never, Self, LiteralString)
print(Annotated[int, 'x', 3], Literal[1, 'a', None], Final[int], ClassVar[List[int]], Union[int, List['Foo']])
print(List, Dict, Callable, Tuple, Type, Generic, Protocol, Union, Optional, Literal, Final, ClassVar, Annotated)
