tests = [
    lambda: [1, 2][5],
    lambda: (1,)[-3],
    lambda: "abc"[10],
    lambda: {"a": 1}["b"],
    lambda: {}[(1, 2)],
    lambda: None.foo,
    lambda: (5).bar,
    lambda: "s".nope(),
    lambda: 1 + "a",
    lambda: "a" * "b",
    lambda: [] - [],
    lambda: -"s",
    lambda: len(5),
    lambda: iter(5),
    lambda: next([]),
    lambda: 1 / 0,
    lambda: 1 % 0,
    lambda: 1.0 / 0,
    lambda: 5 // 0.0,
    lambda: int("q"),
    lambda: undefined_name,
    lambda: [].index(1),
    lambda: object().x,
    lambda: hash([]),
    lambda: {}.setdefault([], 1),
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, e)
