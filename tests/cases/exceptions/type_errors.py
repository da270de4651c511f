tests = [
    lambda: 1 + "a",
    lambda: "a" * "b",
    lambda: len(5),
    lambda: None(),
    lambda: [].nope,
    lambda: int("xyz"),
    lambda: [1, 2][5],
    lambda: {}[[]],
    lambda: iter(5),
    lambda: next(iter([])),
    lambda: undefined_name,
    lambda: 1 < "a",
    lambda: -"s",
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ":", e)
