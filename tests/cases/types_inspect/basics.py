import types, inspect
def f(a, b=2, *args, c, d=4, **kw): pass
def gen(): yield 1
async def co(): pass
class K:
    def m(self): pass
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(len, types.BuiltinFunctionType))
print(isinstance(K().m, types.MethodType), isinstance(types, types.ModuleType), isinstance(gen(), types.GeneratorType), type(None) is types.NoneType)
print(isinstance(f.__code__, types.CodeType), isinstance(type.__dict__, types.MappingProxyType))
ns = types.SimpleNamespace(a=1, b="x"); ns.c = 3; print(ns, ns == types.SimpleNamespace(a=1, b="x", c=3))
print(inspect.isfunction(f), inspect.isclass(K), inspect.ismethod(K().m), inspect.isgenerator(gen()), inspect.isgeneratorfunction(gen), inspect.isgeneratorfunction(f))
print(inspect.iscoroutinefunction(f), inspect.isbuiltin(len), inspect.ismodule(types))
g = gen(); print(inspect.getgeneratorstate(g)); next(g); print(inspect.getgeneratorstate(g)); g.close(); print(inspect.getgeneratorstate(g))
print(str(inspect.signature(f)), str(inspect.signature(K().m)))
def h(x: int, /, y: str = "a") -> bool: pass
print(inspect.signature(h), list(inspect.signature(h).parameters))
print([n for n, v in inspect.getmembers(K) if not n.startswith("__")])
C = types.new_class("C", (K,)); print(C.__name__, C.__bases__ == (K,))
