def describe(v):
    match v:
        case 0 | 1:
            return "small"
        case int(n) if n < 0:
            return f"negative {n}"
        case [x, y]:
            return f"pair {x} {y}"
        case [x, *rest]:
            return f"head {x} rest {rest}"
        case {"kind": k, **others}:
            return f"kind {k} others {sorted(others)}"
        case str() as s:
            return "str " + s
        case (1.5 | 2.5):
            return "float"
        case None:
            return "none"
        case _:
            return "other"
for v in [0, 1, -3, [1, 2], [1, 2, 3], (4,), {"kind": "a", "z": 1, "b": 2}, "xy", 2.5, None, 7, {}]:
    print(describe(v))
