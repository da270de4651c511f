import types
A = types.new_class("A", (), {}, lambda ns: ns.update(x=1, f=lambda self: 42))
print(A.__name__, A.x, A().f(), A.__bases__)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["tag"] = kw.get("tag")
        return super().__new__(mcls, name, bases, ns)
B = types.new_class("B", (A,), {"metaclass": Meta, "tag": "t"})
print(type(B).__name__, B.tag, B.x, B.__mro__[1].__name__)
meta, ns, kw = types.prepare_class("C", (A,), {"metaclass": Meta, "k": 1})
print(meta.__name__, dict(ns), kw)
print(types.resolve_bases((int, str)))
class Fake:
    def __mro_entries__(self, bases):
        return (dict,)
print(types.resolve_bases((Fake(), int)))
D = types.new_class("D", (Fake(),))
print(D.__bases__, D.__orig_bases__[0].__class__.__name__ if hasattr(D, "__orig_bases__") else None)
mp = types.MappingProxyType({"k": "v"})
print(mp, dict(mp), mp.get("k"))
print(isinstance(A.__dict__, types.MappingProxyType))
