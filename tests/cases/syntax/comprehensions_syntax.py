print([x * y for x in range(3) for y in range(3) if x != y if x + y > 1])
print({x: y for x, y in zip("abc", range(3))})
print({x % 4 for x in range(10)})
print(list(x for x in range(5) if x & 1))
print([(x, y) for x in range(3) if x for y in range(x)])
print([[y for y in range(x)] for x in range(4)])
print([x for x in [1, 2, 3] if x > 1 if x < 3])
print(sum(x * x for x in range(10)))
print(max((len(w), w) for w in "a bb ccc dd".split()))
print([i for i in range(3)][::-1], [c.upper() for c in "abc"])
print([(lambda v: v * 2)(v) for v in range(3)])
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
x = 10
print([x for x in range(3)], x)
print([y := v * 2 for v in range(3)], y)
print([(a, b) for a, b in {"k": 1, "j": 2}.items()])
print([a + b for a, *b in [(1, 2, 3)] for b in [sum(b)]])
print({k: [v for v in range(k)] for k in range(3)})
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    try:
        bad = [v * len(vals) for v in range(2)]
    except NameError as e:
        err = str(e)
print(C.doubled, C.err)
g = (i for i in range(3))
print(next(g), list(g), list(g))
try:
    [i for i in 5]
except TypeError as e:
    print("TypeError", e)
try:
    (i for i in 5)
except TypeError as e:
    print("TypeError", e)
print([*(x for x in "ab"), *[1]])
print(list(zip(*[[1, 2], [3, 4]])))
print(any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
print(sorted({v: k for k, v in enumerate("hello")}.items()))
def gen():
    return [(yield_ := n) for n in range(2)]
print(gen())
