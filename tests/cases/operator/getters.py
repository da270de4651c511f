from operator import itemgetter, attrgetter, methodcaller
g = itemgetter(1)
print(g([1, 2, 3]), g("ab"), itemgetter(0, 2)("abc"), itemgetter("k")({"k": 5}), itemgetter(slice(1, None))([1, 2, 3]))
print(repr(itemgetter(1)), repr(itemgetter(1, "a")), repr(attrgetter("x")), repr(attrgetter("x.y", "z")))
print(repr(methodcaller("f")), repr(methodcaller("f", 1, k=2)))
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.child = None
    def dist(self, scale=1):
        return (abs(self.x) + abs(self.y)) * scale
p = P(3, -4)
p.child = P(1, 2)
print(attrgetter("x")(p), attrgetter("x", "y")(p), attrgetter("child.y")(p), attrgetter("child.x", "x")(p))
print(methodcaller("dist")(p), methodcaller("dist", 2)(p), methodcaller("dist", scale=3)(p))
print(methodcaller("upper")("abc"), methodcaller("split", ",")("a,b"), methodcaller("replace", "a", "b")("aa"))
pts = [P(2, 1), P(1, 5), P(1, 2)]
print([(q.x, q.y) for q in sorted(pts, key=attrgetter("x", "y"))])
print(sorted({"b": 2, "a": 3}.items(), key=itemgetter(1)))
for bad in [lambda: itemgetter(), lambda: attrgetter(), lambda: attrgetter(1), lambda: methodcaller(),
            lambda: methodcaller(1), lambda: itemgetter(5)([1]), lambda: attrgetter("nope")(p),
            lambda: itemgetter(1)(1, 2)]:
    try:
        print(bad())
    except (TypeError, IndexError, AttributeError) as e:
        print(type(e).__name__, e)
print(itemgetter(1) == itemgetter(1), type(itemgetter(0)).__name__)
