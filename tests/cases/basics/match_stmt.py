def describe(v):
    match v:
        case 0:
            return "zero"
        case [x, y]:
            return f"pair {x} {y}"
        case {"k": val}:
            return f"dict {val}"
        case str() as s:
            return f"str {s}"
        case int(n) if n > 100:
            return "big"
        case _:
            return "other"
for v in [0, [1, 2], {"k": 3}, "hi", 500, 5.5]:
    print(describe(v))
