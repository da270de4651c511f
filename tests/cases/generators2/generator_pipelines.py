def read_lines(text):
    for line in text.splitlines():
        yield line
def strip_comments(lines):
    for line in lines:
        code = line.split("#", 1)[0].rstrip()
        if code:
            yield code
def tokens(lines):
    for line in lines:
        yield from line.split()
text = """a = 1  # one
# full comment
b = a + 2
print ( b )
"""
print(list(tokens(strip_comments(read_lines(text)))))
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
def naturals():
    n = 0
    while True:
        yield n
        n += 1
def squares(it):
    return (v * v for v in it)
print(list(take(5, squares(naturals()))))
def chunks(seq, size):
    for i in range(0, len(seq), size):
        yield seq[i:i + size]
print(list(chunks(list(range(10)), 4)))
def flatten(x):
    for item in x:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4, [5]]]], 6])))
def accumulate():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
acc = accumulate()
next(acc)
for v in [1, 2, 3]:
    print(acc.send(v))
try:
    acc.send(None)
except StopIteration as e:
    print("final", e.value)
def permutations(items):
    if len(items) <= 1:
        yield items
        return
    for i in range(len(items)):
        for p in permutations(items[:i] + items[i + 1:]):
            yield items[i:i + 1] + p
print(list(permutations("abc")))
def tree_walk(tree, depth=0):
    name, children = tree
    yield depth, name
    for c in children:
        yield from tree_walk(c, depth + 1)
t = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [])])
for d, n in tree_walk(t):
    print("  " * d + n)
g = (x for x in range(3))
print(sum(g), sum(g))
print(max((len(w), w) for w in ["pear", "fig", "banana"]))
print(dict((k, len(k)) for k in ["x", "yy"]))
def interleave(*its):
    its = [iter(i) for i in its]
    while its:
        for it in list(its):
            try:
                yield next(it)
            except StopIteration:
                its.remove(it)
print(list(interleave("abc", [1, 2], "XYZW")))
