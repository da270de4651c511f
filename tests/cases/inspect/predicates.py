import inspect
class K:
    def m(self): pass
    @classmethod
    def cm(cls): pass
    @staticmethod
    def sm(): pass
def f(): pass
def gen(): yield
async def co(): pass
async def ag(): yield
for obj in [K, K(), K.m, K().m, f, gen, co, ag, len, inspect, 1, lambda: 0]:
    print(inspect.isclass(obj), inspect.isfunction(obj), inspect.ismethod(obj), inspect.ismodule(obj),
          inspect.isbuiltin(obj), inspect.isroutine(obj), inspect.isgeneratorfunction(obj),
          inspect.iscoroutinefunction(obj), inspect.isasyncgenfunction(obj))
g = gen()
print(inspect.isgenerator(g), inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g))
g.close()
print(inspect.getgeneratorstate(g))
print(inspect.getmro(bool), inspect.isabstract(K))
print([n for n, _ in inspect.getmembers(K, inspect.isfunction)])
print(inspect.getdoc(f), inspect.unwrap(f) is f)
def doc():
    """  Indented
        doc text."""
print(repr(inspect.getdoc(doc)), repr(inspect.cleandoc("  a\n    b")))
