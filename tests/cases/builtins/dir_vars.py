class Base:
    base_attr = 1
    def base_method(self):
        pass
class Thing(Base):
    """Doc."""
    cls_attr = 2
    def __init__(self):
        self.inst = 3
    def method(self):
        pass
    @property
    def prop(self):
        return 4
print(sorted(k for k in Thing.__dict__ if not k.startswith("__")))
print([k for k in dir(Thing) if not k.startswith("_")])
t = Thing()
print([k for k in dir(t) if not k.startswith("_")])
print(vars(t), sorted(vars(Thing).keys() - {"__module__", "__doc__", "__init__", "__dict__", "__weakref__"}))
print("__init__" in dir(t), "__len__" in dir([]), "append" in dir([]), "keys" in dir({}))
def f():
    local_a = 1
    local_b = 2
    return sorted(dir()), sorted(vars().items()) if False else sorted(locals())
print(f())
