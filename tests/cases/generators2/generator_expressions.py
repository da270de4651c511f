nums = [1, 2, 3, 4, 5]
g = (n * n for n in nums)
print(type(g).__name__, next(g), list(g), list(g))
nums2 = [1, 2]
g2 = (x for x in nums2)
nums2.append(3)
print(list(g2))
try:
    g3 = (1 / x for x in [1, 0])
    print(next(g3))
    print(next(g3))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(list(g3))
lst = [[1, 2], [3]]
print(list(x for sub in lst for x in sub), sum(x for sub in lst for x in sub))
def outer_eval():
    print("evaluated once")
    return range(3)
g4 = (i for i in outer_eval())
print("created")
print(list(g4))
try:
    (x for x in 1)
except TypeError as e:
    print("TypeError at creation", e)
g5 = (x for x in range(3) for y in 1)
try:
    next(g5)
except TypeError as e:
    print("TypeError on first next", e)
print(sorted((len(w), w) for w in "bb a ccc".split()), tuple(c for c in "abc"), set(x % 2 for x in range(5)))
print(dict((i, i * i) for i in range(3)), "".join(str(i) for i in range(5)))
print(any(x > 3 for x in [1, 5]), all(x for x in [1, 0]), min(x for x in [3, 1]), max((x for x in []), default="empty"))
g6 = (i for i in range(5))
print(3 in g6, list(g6))
x = 10
g7 = (x + i for i in range(2))
x = 20
print(list(g7))
g8 = (i for i in range(3))
g8.close()
print(list(g8))
def consumer():
    return sum(i for i in range(10) if i % 3 == 0)
print(consumer())
print([list(g) for g in [(i for i in range(n)) for n in range(3)]])
print(list(zip((i for i in "abc"), (i for i in range(10)))))
gen = (yield_val for yield_val in [1])
print(gen.gi_code.co_name, gen.__name__)
