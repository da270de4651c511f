class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset")
class Model:
    a = Field()
    b = Field()
m = Model()
print(m.a, Model.a.name)
m.__dict__["a"] = 1
print(m.a)
class Plugin:
    registry = []
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        cls.key = key
        Plugin.registry.append(cls.__name__)
class P1(Plugin, key="one"):
    pass
class P2(P1):
    pass
print(Plugin.registry, P1.key, P2.key)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
