def seq(v):
    match v:
        case []:
            return "empty"
        case [_]:
            return "one"
        case [a, b] if a == b:
            return "pair-equal"
        case [a, *_, b] if a == b:
            return "bookends"
        case [*_, [*inner]]:
            return f"ends with list {inner}"
        case [0, *rest]:
            return f"zero then {len(rest)}"
        case _:
            return "other"
for v in [[], [1], (2, 2), [1, 2, 3, 1], [1, [2, 3]], [0, 5, 6], "ab", [1, 2], range(3), (x for x in [1])]:
    print(type(v).__name__, seq(v))
def mapping(v):
    match v:
        case {"a": 1, **rest} if not rest:
            return "exactly a=1"
        case {"a": 1, **rest}:
            return f"a=1 plus {sorted(rest)}"
        case {"kind": "circle" | "disc" as kind, "r": r}:
            return f"{kind} r={r}"
        case {1: one, 2: two}:
            return f"int keys {one} {two}"
        case {"nested": {"deep": [_, x]}}:
            return f"deep {x}"
        case {}:
            return "some mapping"
    return "not a mapping"
for v in [{"a": 1}, {"a": 1, "b": 2, "c": 3}, {"kind": "disc", "r": 2}, {1: "x", 2: "y", 3: "z"}, {"nested": {"deep": [0, 9]}}, {"z": 0}, [("a", 1)], "a"]:
    print(repr(v), "->", mapping(v))
from collections import OrderedDict, defaultdict
print(mapping(OrderedDict(a=1)), mapping(defaultdict(int, {"a": 1})))
class Missing(dict):
    def __missing__(self, key):
        return "invented"
print(mapping(Missing(kind="circle")))
def star_positions(v):
    match v:
        case [first, *middle, last]:
            return first, middle, last
print(star_positions([1, 2]), star_positions([1, 2, 3, 4]), star_positions("no"), star_positions([1]))
def or_patterns(v):
    match v:
        case [1, 2] | [2, 1]:
            return "one-two"
        case (0 | 1 | 2) as small:
            return f"small {small}"
        case {"x": 0} | {"y": 0}:
            return "axis"
        case str() | bytes():
            return "text-ish"
    return "none"
print([or_patterns(v) for v in [[2, 1], 1, {"y": 0, "x": 5}, b"b", 3.0]])
def nested(v):
    match v:
        case {"points": [{"x": x1}, {"x": x2}]}:
            return x1 + x2
        case [(a, b), (c, d)]:
            return a * d - b * c
    return None
print(nested({"points": [{"x": 1, "y": 2}, {"x": 10}]}), nested([(1, 2), (3, 4)]), nested([(1, 2)]))
try:
    exec("match 1:\n    case {**r, 'a': 1}:\n        pass\n")
except SyntaxError:
    print("SyntaxError for misplaced **rest")
try:
    exec("match 1:\n    case [*a, *b]:\n        pass\n")
except SyntaxError:
    print("SyntaxError for two stars")
try:
    exec("match 1:\n    case x:\n        pass\n    case 1:\n        pass\n")
except SyntaxError:
    print("SyntaxError irrefutable first")
match {"a": 1, "a2": 2}:
    case {"a": 1, "a2": value}:
        print("value", value)
