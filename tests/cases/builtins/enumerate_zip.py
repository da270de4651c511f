print(list(enumerate("abc")), list(enumerate("ab", 1)), list(enumerate([], 5)), list(enumerate("x", start=-1)))
print(list(zip()), list(zip("ab")), list(zip("abc", [1, 2], (True, False, None))))
print(dict(zip("ab", range(2))), list(zip(*[(1, "a"), (2, "b")])))
try:
    list(zip("ab", "c", strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(list(zip("ab", "cd", strict=True)))
try:
    enumerate(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    zip(1)
except TypeError as e:
    print(type(e).__name__, e)
for i, (a, b) in enumerate(zip("xy", "pq")):
    print(i, a + b)
