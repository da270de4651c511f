print(True and False, True or False, not True)
print(0 or "x", "" and 1, None or 0)
print(1 and 2 and 3, 0 or 0 or 5)
print(bool([]), bool([0]), bool(""), bool("0"), bool(None))
print(True + True, True * 3)
x = None
print(x is None, x is not None)
print(1 == 1.0, 1 != 2, [1] == [1], (1, 2) < (1, 3))
print("a" < "b", "abc" < "abd", [1, 2] < [1, 2, 3])
