class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
class Circle:
    def __init__(self, c, r):
        self.c = c
        self.r = r
def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return "diagonal"
        case Point():
            return "somewhere"
        case Circle(c=Point(0, 0), r=r):
            return f"circle at origin r={r}"
        case Circle(r=r):
            return f"circle r={r}"
        case _:
            return "unknown"
for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), Circle(Point(0, 0), 4), Circle(Point(1, 1), 2), 7]:
    print(p if not isinstance(p, Circle) else "Circle", "->", where(p))
try:
    match Circle(1, 2):
        case Circle(a, b):
            pass
except TypeError as e:
    print("TypeError", e)
class TooMany:
    __match_args__ = ("a",)
    a = 1
try:
    match TooMany():
        case TooMany(x, y):
            pass
except TypeError as e:
    print("TypeError", e)
class BadArgs:
    __match_args__ = ["a"]
try:
    match BadArgs():
        case BadArgs(x):
            pass
except TypeError as e:
    print("TypeError", e)
try:
    match 1:
        case len(x):
            pass
except TypeError as e:
    print("TypeError", e)
def builtins(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case str(s):
            return f"str {s}"
        case list([a, b]):
            return f"list2 {a} {b}"
        case tuple(t):
            return f"tuple {t}"
        case dict(d):
            return f"dict {d}"
        case set() | frozenset():
            return "a set"
        case float(f):
            return f"float {f}"
    return "?"
print([builtins(v) for v in [True, 3, "s", [1, 2], (1,), {"a": 1}, {1}, frozenset(), 2.5, [1]]])
try:
    match 1:
        case int(x, y):
            pass
except TypeError as e:
    print("TypeError", e)
from dataclasses import dataclass
@dataclass
class DC:
    a: int
    b: str = "x"
match DC(1, "y"):
    case DC(1, b):
        print("dataclass", b)
print(DC.__match_args__)
class Dup:
    __match_args__ = ("a",)
    a = 1
try:
    match Dup():
        case Dup(x, a=y):
            pass
except TypeError as e:
    print("TypeError", e)
class WithGetattr:
    def __getattr__(self, name):
        if name == "magic":
            return 42
        raise AttributeError(name)
match WithGetattr():
    case WithGetattr(magic=m):
        print("magic", m)
match WithGetattr():
    case WithGetattr(missing=m):
        print("no")
    case _:
        print("missing attr fails the match")
