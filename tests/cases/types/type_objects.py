import types, sys
def f(): pass
def g(): yield 1
async def c(): pass
class K:
    def m(self): pass
print(type(f) is types.FunctionType, types.LambdaType is types.FunctionType, type(g()) is types.GeneratorType)
co = c()
print(type(co) is types.CoroutineType, type(K().m) is types.MethodType, type(len) is types.BuiltinFunctionType)
co.close()
print(type(sys) is types.ModuleType, type(None) is types.NoneType, types.EllipsisType is type(...), types.NotImplementedType is type(NotImplemented))
print(type(f.__code__) is types.CodeType, type([].append) is types.BuiltinMethodType, type(str.join) is types.MethodDescriptorType)
m = types.ModuleType("mymod", "doc here")
m.x = 1
print(m.__name__, m.__doc__, m.x, repr(m))
ns = types.SimpleNamespace(a=1, b="two")
ns.c = [3]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="two", c=[3]), sorted(vars(ns)))
del ns.a
print(ns, repr(types.SimpleNamespace()))
bm = types.MethodType(lambda self, x: (self, x), "obj")
print(bm(5), bm.__self__)
print(types.FunctionType.__name__, types.GeneratorType.__name__, types.MappingProxyType.__name__, types.SimpleNamespace.__name__)
