from __future__ import annotations

import dataclasses
import typing
from dataclasses import dataclass, field, InitVar, KW_ONLY
from typing import ClassVar


@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list[str] = field(default_factory=list)
    count: ClassVar[int] = 0
    factor: InitVar[int] = 1
    _: KW_ONLY
    note: str = ''

    def __post_init__(self, factor):
        self.price *= factor
        Item.count += 1


i = Item('pen', 2.0, factor=3, note='x')
print(i, Item.count, [f.name for f in dataclasses.fields(Item)])
print([(f.name, f.type) for f in dataclasses.fields(Item)])
print(Item.__annotations__)
print(Item.__dataclass_fields__['count']._field_type, Item.__dataclass_fields__['factor']._field_type)
print(Item.__match_args__, Item.__doc__)


@dataclass
class T:
    a: typing.ClassVar[int] = 5
    b: dataclasses.InitVar[int] = 2
    c: int = 0

    def __post_init__(self, b):
        self.c += b


print(T(), T(b=10), [f.name for f in dataclasses.fields(T)])
