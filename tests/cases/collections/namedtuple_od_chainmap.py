from collections import namedtuple, OrderedDict, ChainMap
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=5), Point._fields, Point._make([3, 4]))
print(p == (1, 2), hash(p) == hash((1, 2)), len(p), list(p), Point.__name__, isinstance(p, tuple))
P3 = namedtuple("P3", "a b c", defaults=[0, 9])
print(P3(1), P3(1, 2), P3._field_defaults, P3.__doc__)
R = namedtuple("R", "def class x", rename=True)
print(R._fields)
for bad in [lambda: namedtuple("B", "a a"), lambda: namedtuple("B", "_a"), lambda: namedtuple("1B", "a"),
            lambda: Point(1), lambda: Point(1, 2, 3), lambda: p._replace(z=1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class Named(Point):
    def norm(self): return abs(self.x) + abs(self.y)
print(Named(3, -4).norm(), Named(1, 2))
od = OrderedDict()
od["b"] = 1; od["a"] = 2; od["c"] = 3
print(od, list(od), od.popitem(), od.popitem(last=False), od)
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b"); od.move_to_end("d", last=False)
print("".join(od), OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
print(list(reversed(od)), repr(OrderedDict()), OrderedDict([(1, 2)]) | {3: 4})
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
base = {"a": 1, "b": 2}
over = {"b": 20, "c": 30}
cm = ChainMap(over, base)
print(cm["a"], cm["b"], cm["c"], len(cm), sorted(cm), cm.get("z", 0), "a" in cm)
cm["d"] = 4
print(over, cm.maps == [over, base], cm.parents, cm.new_child({"x": 1})["x"])
del cm["b"]
print(cm["b"], dict(cm) == {"a": 1, "b": 2, "c": 30, "d": 4})
try:
    del cm["a"]
except KeyError as e:
    print("KeyError", e)
print(ChainMap(), ChainMap({1: 2}))
