import typing, types
from typing import List, Optional, Union, TypeVar, Generic
print(types.UnionType, types.GenericAlias)
print(int | str == typing.Union[int, str] if hasattr(typing, "Union") else "")
T = TypeVar("T")
print(list[T], list[T].__parameters__)
class Box(Generic[T]):
    pass
print(Box[int])
print(Optional[int])
def f(x: int | None) -> list[int]: ...
print(f.__annotations__)
print(typing.get_args(int | str), typing.get_origin(int | str))
print(typing.get_args(list[int]), typing.get_origin(list[int]))
from dataclasses import dataclass
@dataclass
class P:
    x: int | None = None
    y: list[int] | None = None
print(P(1, [2]))
