import copy
from dataclasses import dataclass, field
from enum import Enum
from typing import NamedTuple


@dataclass
class Config:
    name: str
    tags: list = field(default_factory=list)


c = Config('a', ['x'])
c1 = copy.copy(c)
c2 = copy.deepcopy(c)
print(c1, c1.tags is c.tags, c2.tags is c.tags, c2 == c)


@dataclass(frozen=True)
class Frozen:
    items: tuple


f = Frozen(([1],))
f2 = copy.deepcopy(f)
print(f2, f2.items[0] is f.items[0], f2 == f)


class Color(Enum):
    RED = 1


print(copy.copy(Color.RED) is Color.RED, copy.deepcopy({'c': Color.RED})['c'] is Color.RED)


class Pt(NamedTuple):
    x: int
    y: list


p = Pt(1, [2])
pc = copy.copy(p)
pd = copy.deepcopy(p)
print(pc, type(pd).__name__, pd.y is p.y, pc.y is p.y, pd == p)
state = {'configs': [c, c], 'frozen': f}
s2 = copy.deepcopy(state)
print(s2['configs'][0] is s2['configs'][1], s2['configs'][0] is not c)
