"""Copying and comparing object graphs with cycles: copy, deepcopy, weakref and gc."""
import copy
import gc
import weakref


class Node:
    instances = 0

    def __init__(self, name, *children):
        self.name = name
        self.children = list(children)
        self.parent = None
        for c in children:
            c.parent = self
        Node.instances += 1

    def __repr__(self):
        return f"Node({self.name!r}, {len(self.children)} children)"

    def walk(self, depth=0):
        yield depth, self
        for c in self.children:
            yield from c.walk(depth + 1)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a, self.b = a, b

    def __eq__(self, other):
        return (self.a, self.b) == (other.a, other.b)


class Tracked:
    copies = 0

    def __init__(self, payload):
        self.payload = payload

    def __copy__(self):
        Tracked.copies += 1
        return Tracked(self.payload)

    def __deepcopy__(self, memo):
        Tracked.copies += 10
        return Tracked(copy.deepcopy(self.payload, memo))


tree = Node("root", Node("a", Node("a1"), Node("a2")), Node("b"))
for depth, n in tree.walk():
    print("  " * depth + n.name, n.parent.name if n.parent else "-")

shallow = copy.copy(tree)
deep = copy.deepcopy(tree)
print(shallow.children is tree.children, deep.children is tree.children, deep.children[0].parent is deep)
print([n.name for _, n in deep.walk()], deep.children[0].children[1].parent.parent is deep)

shared = [1, 2]
data = {"x": shared, "y": shared, "t": (shared, 3), "s": {4, 5}, "f": frozenset([6]), "n": None}
data["self"] = data
dc = copy.deepcopy(data)
print(dc["x"] is dc["y"], dc["x"] is shared, dc["self"] is dc, dc["t"][0] is dc["x"], dc["f"] is data["f"])
t = (1, "a", (2, 3))
print(copy.deepcopy(t) is t, copy.copy([1, [2]])[1] is not None, copy.copy(t) is t)
s = Slotted([1], 2)
s2 = copy.deepcopy(s)
print(s2 == s, s2.a is s.a, copy.copy(s).a is s.a)
tr = Tracked([1, 2])
copy.copy(tr)
copy.deepcopy([tr, tr])
print(Tracked.copies)


class Unpicklable:
    def __reduce_ex__(self, proto):
        raise TypeError("no copying me")


try:
    copy.deepcopy(Unpicklable())
except TypeError as e:
    print("TypeError", e)

# Weak references see objects die.
class Cache:
    def __init__(self):
        self.entries = weakref.WeakValueDictionary()


cache = Cache()
a, b = Node("cached-a"), Node("cached-b")
cache.entries["a"], cache.entries["b"] = a, b
print(sorted(cache.entries.keys()))
del a
print(sorted(cache.entries.keys()))
dead = []
r = weakref.ref(b, lambda ref: dead.append("b died"))
print(r() is b, weakref.getweakrefcount(b))
del b
print(r(), dead)

# Cycles need the collector.
gc.collect()
gc.disable()
ring = [Node(f"r{i}") for i in range(5)]
for x, y in zip(ring, ring[1:] + ring[:1]):
    x.children.append(y)
probe = weakref.ref(ring[0])
del ring, x, y
print("alive before collect:", probe() is not None)
found = gc.collect()
print("alive after collect:", probe() is not None, found >= 5)
gc.enable()
print(gc.isenabled(), len(gc.get_threshold()), gc.is_tracked([]), gc.is_tracked(1), gc.is_tracked("s"))
ws = weakref.WeakSet()
keep = [Node("k1"), Node("k2")]
for n in keep:
    ws.add(n)
ws.add(Node("temp"))
print(len(ws), sorted(n.name for n in ws))
wk = weakref.WeakKeyDictionary({keep[0]: "first"})
print(list(wk.values()), keep[0] in wk)
fin = weakref.finalize(keep[1], print, "finalized k2")
print(fin.alive)
keep.pop()
print(fin.alive, Node.instances)
