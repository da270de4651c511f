class O:
    a = 1
    def __init__(self):
        self.b = 2
o = O()
print(getattr(o, "a"), getattr(o, "b"), getattr(o, "c", "dflt"), hasattr(o, "a"), hasattr(o, "c"))
setattr(o, "c", 3)
print(o.c, vars(o))
delattr(o, "c")
print(hasattr(o, "c"))
try:
    getattr(o, "zz")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(o, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    delattr(o, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr("str", "upper")(), getattr([], "append").__name__, getattr(int, "__name__"))
class Raising:
    @property
    def bad(self):
        raise ValueError("not attribute error")
try:
    hasattr(Raising(), "bad")
except ValueError as e:
    print(type(e).__name__, e)
