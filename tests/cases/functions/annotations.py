def f(a: int, b: str = "x") -> bool:
    return True
print(f.__annotations__)
def g(*args: int, **kw: str): pass
print(g.__annotations__)
x: int = 5
print(x, __annotations__)
class C:
    y: float = 1.5
    z: str
print(C.__annotations__, C.y)
