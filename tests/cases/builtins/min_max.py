print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a"), max([1, 2], [1, 3]))
print(min([], default="empty"), max([], default=None), max([1], default=0))
print(max(["aa", "b", "ccc"], key=len), min(["aa", "b", "ccc"], key=len), max([(1, "b"), (1, "a")]))
print(max([3, 3.0]), min([1, True]), max({"a": 1, "b": 0}), max({"a": 1, "b": 0}, key=lambda k: {"a": 1, "b": 0}[k]))
print(max(1, 2, key=lambda v: -v), min(range(10), key=lambda v: (v - 4) ** 2))
for call in [lambda: max([]), lambda: min(), lambda: max(1), lambda: max(1, 2, default=3), lambda: min([1, "a"])]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
