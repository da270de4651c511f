def describe(v):
    match v:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case int(n) if n < 0:
            return f"negative {n}"
        case int():
            return "int"
        case float() | complex():
            return "other number"
        case "":
            return "empty str"
        case str(s) if s.isupper():
            return "shout " + s
        case str():
            return "str"
        case None:
            return "None"
        case True:
            return "unreachable True"
        case []:
            return "empty seq"
        case [x]:
            return f"one {x}"
        case [x, y]:
            return f"two {x} {y}"
        case [first, *rest]:
            return f"first {first} rest {rest}"
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"type": t, **others}:
            return f"typed {t} {sorted(others)}"
        case {}:
            return "mapping"
        case _:
            return "other"
for v in [0, 2, -5, 99, 1.5, 2j, "", "HI", "hi", None, True, False, [], (), [1], (1, 2), [1, 2, 3], "abc",
          {"type": "point", "x": 1, "y": 2}, {"type": "circle", "r": 3, "c": 0}, {"a": 1}, {}, object]:
    print(repr(v) if not isinstance(v, type) else v.__name__, "->", describe(v))
def seq(v):
    match v:
        case [1, [2, x], *_]:
            return f"nested {x}"
        case (a, b, *mid, z):
            return f"ends {a} {b} {mid} {z}"
        case [*all_]:
            return f"all {all_}"
    return "no"
for v in [[1, [2, 3], 4], [1, 2, 3, 4, 5], (1, 2, 3), [1], "str", b"by", bytearray(b"x"), range(3), iter([1])]:
    print(repr(v) if not hasattr(v, "__next__") else "iterator", "->", seq(v))
def as_pat(v):
    match v:
        case [int() as a, (str() | bytes()) as b] as whole:
            return a, b, whole
        case (1 | 2) as n:
            return "n", n
    return None
print(as_pat([1, "x"]), as_pat((2, b"y")), as_pat(2), as_pat([1, 2]))
RED, GREEN = "red", "green"
class Color:
    RED = "r"
    GREEN = "g"
def value_pat(c):
    match c:
        case Color.RED:
            return "Color.RED"
        case Color.GREEN:
            return "Color.GREEN"
        case RED:
            return "capture! " + RED
print(value_pat("r"), value_pat("g"), value_pat("z"))
def lits(v):
    match v:
        case -1:
            return "minus one"
        case 1.5:
            return "one and half"
        case 2 + 3j:
            return "complex"
        case b"bytes":
            return "bytes"
        case "a" "b":
            return "ab"
        case False:
            return "False"
    return "none"
print([lits(v) for v in [-1, 1.5, 2 + 3j, b"bytes", "ab", False, 0, 1.0]])
def guard(v):
    match v:
        case (x, y) if x == y:
            return "diag"
        case (x, y) if x > y:
            return "below"
        case (x, y):
            return "above"
print(guard((1, 1)), guard((2, 1)), guard((1, 2)))
match 5:
    case x:
        pass
print("x after irrefutable", x)
match {"k": 1, "extra": 2}:
    case {"k": v, **rest}:
        print(v, rest)
match [1, 2, 3]:
    case [1, *_, 3]:
        print("starts 1 ends 3")
