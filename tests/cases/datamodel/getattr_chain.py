class Chain:
    def __init__(self, path=()):
        self._path = path
    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return Chain(self._path + (name,))
    def __call__(self, *args):
        return f"call {'.'.join(self._path)}{args}"
    def __repr__(self):
        return "Chain(" + ".".join(self._path) + ")"
c = Chain()
print(c.a.b.c, c.x.y("arg"), getattr(c, "dyn").more)
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])
    def __getattr__(self, name):
        self._log.append(("get", name))
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self._log.append(("set", name))
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self._log.append(("del", name))
        delattr(self._target, name)
class Target:
    x = 1
t = Target()
p = Proxy(t)
p.y = 2
print(p.x, p.y, t.y)
del p.y
print(hasattr(t, "y"), p._log)
class Lazy:
    def __getattr__(self, name):
        value = len(name)
        setattr(self, name, value)
        print("computed", name)
        return value
lz = Lazy()
print(lz.hello, lz.hello, lz.hi)
class Priority:
    cls_attr = "class"
    def __getattribute__(self, name):
        if name == "special":
            return "from getattribute"
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return f"fallback {name}"
pr = Priority()
pr.inst = "instance"
print(pr.special, pr.inst, pr.cls_attr, pr.missing)
class RaisesInGetattribute:
    def __getattribute__(self, name):
        raise AttributeError("always")
    def __getattr__(self, name):
        return "rescued " + name
print(RaisesInGetattribute().anything)
class KeyErrorInGetattr:
    def __getattr__(self, name):
        raise KeyError(name)
try:
    KeyErrorInGetattr().x
except KeyError as e:
    print("KeyError propagates", e)
print(getattr(KeyErrorInGetattr(), "__class__").__name__)
class DirOverride:
    a = 1
    def __dir__(self):
        return ["custom", "names"]
print(dir(DirOverride()), "a" in dir(DirOverride))
import types
ns = types.SimpleNamespace(a=1, b="two")
ns.c = [3]
print(ns, ns.a, vars(ns), ns == types.SimpleNamespace(a=1, b="two", c=[3]))
del ns.a
print(ns)
