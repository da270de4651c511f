# Class attribute lookups stay right while classes change under them (the attribute cache).

class Noisy:
    """A value that says when it is released (what a lookup sees from inside that `__del__`
    differs between CPython versions, so it is not printed)."""
    def __init__(self, owner, name, tag):
        self.owner, self.name, self.tag = owner, name, tag
    def __del__(self):
        getattr(self.owner, self.name)
        print("releasing", self.tag)
    def __repr__(self):
        return f"Noisy({self.tag})"


class Box:
    pass


Box.item = Noisy(Box, "item", "first")
for _ in range(3):
    print(Box.item.tag)
Box.item = Noisy(Box, "item", "second")
print(Box.item.tag)


class Base:
    def who(self):
        return "base"


class Mid(Base):
    pass


class Leaf(Mid):
    pass


leaf = Leaf()
seen = []
for i in range(200):
    if i == 50:
        Mid.who = lambda self: "mid"
    if i == 100:
        Base.who = lambda self: "new base"
    if i == 150:
        del Mid.who
    seen.append(leaf.who())
print(seen[0], seen[60], seen[120], seen[199])
print(sorted(set(seen)))

# Changing __bases__ changes what lookups find.
class A:
    x = "A"


class B:
    x = "B"


class C(A):
    pass


c = C()
print([c.x for _ in range(3)])
C.__bases__ = (B,)
print([c.x for _ in range(3)])

# Names made at run time (not interned) and missing attributes.
for i in range(3):
    name = "attr" + str(i)
    setattr(Box, name, i * 10)
    print(name, getattr(Box, name), getattr(Box(), "attr" + str(i)))
for i in range(3):
    try:
        getattr(Box, "missing" + str(i))
    except AttributeError as e:
        print(e)
Box.missing0 = "now here"
print(getattr(Box, "missing" + "0"))
