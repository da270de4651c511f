import inspect
def f(a, b=2, *args, c, d=4, **kw): pass
def g(x, /, y, *, z=None): pass
sig = inspect.signature(f)
print(sig, list(sig.parameters))
for p in sig.parameters.values():
    print(p.name, p.kind, p.default is inspect.Parameter.empty, p)
print(inspect.signature(g), inspect.signature(lambda: 0))
class C:
    def m(self, x, y=1): pass
    def __init__(self, q): pass
print(inspect.signature(C.m), inspect.signature(C(1).m), inspect.signature(C))
def ann(a: int, b: str = "x") -> bool: pass
s = inspect.signature(ann)
print(s, s.return_annotation, s.parameters["a"].annotation)
print(str(inspect.Parameter("p", inspect.Parameter.KEYWORD_ONLY, default=3)))
print(inspect.Parameter.POSITIONAL_ONLY < inspect.Parameter.VAR_KEYWORD, inspect.Parameter.VAR_POSITIONAL.name)

def h(a, b=2, *args, c, d=4, **kw): pass
sh = inspect.signature(h)
ba = sh.bind(1, 2, 3, 4, c=5, e=6)
print(ba, ba.args, ba.kwargs, ba.arguments)
ba = sh.bind(1, c=3)
print(ba.args, ba.kwargs)
ba.apply_defaults()
print(ba)
print(sh.bind_partial(c=1), sh.bind_partial())
for bad in [lambda: sh.bind(), lambda: sh.bind(1), lambda: sh.bind(1, a=2, c=1),
            lambda: inspect.signature(g).bind(x=1, y=2), lambda: inspect.signature(g).bind(1, 2, 3),
            lambda: inspect.signature(lambda q: 0).bind(q=1, r=2)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
print(inspect.signature(g).bind(1, y=2).args, inspect.signature(g).bind(1, 2, z=3).kwargs)
