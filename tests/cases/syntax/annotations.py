x: int = 5
y: "str"
print(__annotations__)
def f(a: int, b: list[int] = None, *args: str, c: "C" = 1, **kw: dict) -> None:
    pass
print(f.__annotations__)
class C:
    attr: int
    other: str = "s"
    def m(self) -> "C":
        return self
print(C.__annotations__, C.other, hasattr(C, "attr"))
print(C.m.__annotations__)
def g():
    local: int = 1
    unassigned: str
    return local
print(g(), g.__annotations__)
class D(C):
    extra: float = 1.0
print(D.__annotations__)
lst = [0]
lst[0]: int = 7
print(lst)
class O:
    pass
o = O()
o.field: int = 3
print(o.field)
try:
    print(y)
except NameError as e:
    print("NameError", e)
print(sorted(__annotations__))
