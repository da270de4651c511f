g = (x * x for x in range(5))
print(type(g).__name__, next(g), list(g), list(g))
print(sum(x for x in range(10) if x % 3 == 0), max((len(w), w) for w in ["a", "ccc", "bb"]))
print(list((i, j) for i in range(3) for j in range(i)))
print(dict((k, len(k)) for k in ["ab", "c"]), set(c.upper() for c in "abca") == {"A", "B", "C"})
print(",".join(str(n) for n in range(4)), tuple(n for n in "xy"), sorted(-n for n in [2, 1, 3]))
def source():
    print("source started")
    yield 1
    yield 2
lazy = (v + 1 for v in source())
print("created")
print(list(lazy))
try:
    (1 / x for x in [0]).__next__()
except ZeroDivisionError as e:
    print(type(e).__name__, e)
it = iter([1, 2, 3])
print(list(x for x in it if x > 1), list(it))
