class Lazy:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("gen_"):
            return name[4:]
        raise AttributeError(f"no {name}")
l = Lazy()
print(l.real, l.gen_xyz, getattr(l, "gen_a"), hasattr(l, "gen_b"), hasattr(l, "zz"), getattr(l, "zz", "dflt"))
try:
    l.missing
except AttributeError as e:
    print(type(e).__name__, e)
class Logged:
    def __init__(self):
        self.a = 5
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)
g = Logged()
print(g.a, g.secret)
class Guard:
    def __setattr__(self, name, value):
        if name == "ro":
            raise AttributeError("read only")
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print("del", name)
x = Guard()
x.v = 4
print(x.v)
try:
    x.ro = 1
except AttributeError as e:
    print(type(e).__name__, e)
del x.v
print(x.v)
