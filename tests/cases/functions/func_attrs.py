def f(a, b=1):
    """Docstring here."""
    return a
print(f.__name__, f.__doc__, f.__qualname__, f.__module__)
f.custom = 42
print(f.custom, f.__dict__)
class C:
    def meth(self):
        pass
    class Inner:
        def deep(self):
            pass
print(C.meth.__qualname__, C.Inner.deep.__qualname__, C.Inner.__qualname__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__, outer().__name__)
print((lambda: 0).__qualname__, callable(f), callable(1), callable(C))
def noddoc():
    pass
print(noddoc.__doc__)
def annotated(x: int, y: "str" = "a") -> bool:
    return True
print(annotated.__annotations__)
