def f(a, b: int = 2, *args, c, d: str = "x", **kw) -> bool:
    """Doc of f."""
    x = a + b
    def inner():
        return x
    return inner
print(f.__name__, f.__qualname__, f.__module__, f.__doc__)
print(f.__defaults__, f.__kwdefaults__, f.__annotations__)
co = f.__code__
print(co.co_name, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_nlocals)
print(co.co_varnames, co.co_cellvars, co.co_freevars, co.co_filename.endswith("function_attrs.py"), co.co_firstlineno)
print(bool(co.co_flags & 0x04), bool(co.co_flags & 0x08), bool(co.co_flags & 0x20))
inner = f(1, c=3)
print(inner.__closure__[0].cell_contents, inner.__code__.co_freevars, inner.__qualname__)
def g():
    yield 1
print(bool(g.__code__.co_flags & 0x20), type(g()).__name__)
lam = lambda: 0
print(lam.__name__, lam.__qualname__, lam.__doc__, lam.__defaults__)
f.custom = "attr"
print(f.__dict__, sorted(vars(f)))
print(type(f).__name__, type(f.__code__).__name__, callable(f))
print(f.__globals__ is globals(), "f" in f.__globals__)
def nodoc():
    pass
print(nodoc.__doc__, nodoc.__defaults__, nodoc.__kwdefaults__, nodoc.__closure__, nodoc.__annotations__)
nodoc.__doc__ = "new doc"
nodoc.__name__ = "renamed"
nodoc.__qualname__ = "Q.renamed"
print(nodoc.__doc__, nodoc.__name__, nodoc.__qualname__, repr(nodoc).split(" at ")[0])
try:
    nodoc.__name__ = 5
except TypeError as e:
    print("TypeError", e)
try:
    nodoc.__defaults__ = 5
except TypeError as e:
    print("TypeError", e)
try:
    nodoc.__code__ = 5
except TypeError as e:
    print("TypeError", e)
def swap_code():
    return "original"
def other():
    return "other code"
swap_code.__code__ = other.__code__
print(swap_code())
class C:
    def m(self):
        pass
    @classmethod
    def cm(cls):
        pass
    @staticmethod
    def sm():
        pass
print(C.m.__qualname__, C.cm.__qualname__, C.sm.__qualname__, C().m.__name__, C.cm.__self__.__name__)
print(type(C.__dict__["cm"]).__name__, type(C.cm).__name__, type(C.sm).__name__)
import inspect
print(inspect.isfunction(f), inspect.ismethod(C().m), inspect.isclass(C), inspect.isgeneratorfunction(g))
