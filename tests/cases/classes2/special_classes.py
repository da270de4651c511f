from dataclasses import dataclass, field
@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = Point(1)
print(p, p == Point(1, 0), p != Point(2), Point(1, 2).tags is not Point(1, 2).tags)
@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
print(sorted([Version(2), Version(1, 5), Version(1)]), Version(1) < Version(1, 1), hash(Version(1)) == hash(Version(1)))
try:
    Version(1).major = 2
except Exception as e:
    print(type(e).__name__, e)
from enum import Enum, IntEnum, auto
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = auto()
print(Color.RED, repr(Color.GREEN), Color(2), Color["BLUE"], Color.BLUE.value, [c.name for c in Color], len(Color))
print(Color.RED is Color(1), Color.RED == 1, isinstance(Color.RED, Color))
try:
    Color(7)
except ValueError as e:
    print("ValueError", e)
class Pri(IntEnum):
    LOW = 1
    HIGH = 3
print(Pri.LOW < Pri.HIGH, Pri.HIGH + 1, sorted([Pri.HIGH, Pri.LOW]))
from collections import namedtuple, OrderedDict, defaultdict, Counter, deque
Pt = namedtuple("Pt", ["x", "y"], defaults=[0])
print(Pt(1), Pt(1, 2)._asdict(), Pt._fields, Pt(3, 4) + (5,))
dd = defaultdict(list)
dd["a"].append(1)
print(dict(dd), dd["missing"], sorted(dd))
cnt = Counter("abracadabra")
print(cnt.most_common(2), cnt["z"], sorted(cnt.items()))
dq = deque([1, 2, 3], maxlen=3)
dq.append(4)
dq.appendleft(0)
print(dq, dq.pop(), dq.popleft())
od = OrderedDict(a=1, b=2)
od.move_to_end("a")
print(list(od), od.popitem(last=False))
