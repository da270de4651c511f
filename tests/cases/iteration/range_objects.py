r = range(2, 20, 3)
print(list(r), len(r), r[1], r[-1], r[1:3], r[::-1], 8 in r, 9 in r, r.index(11), r.count(5))
print(range(5) == range(0, 5), range(0) == range(2, 2), repr(range(3)), repr(range(1, 9, 2)))
print(list(range(10, 0, -3)), list(range(0)), list(range(-3)))
try:
    len(range(0, 10 ** 20))
except OverflowError as e:
    print(type(e).__name__, e)
print(r.start, r.stop, r.step, bool(range(0)), max(range(7)), sum(range(101)))
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    r[100]
except IndexError as e:
    print(type(e).__name__, e)
try:
    r.index(4)
except ValueError as e:
    print(type(e).__name__, e)
print(range(10 ** 20)[-1], list(range(5))[::2])
