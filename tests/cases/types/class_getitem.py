class C:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(C[int], C[int, str], C["x"], C[1:2])
class D(C):
    pass
print(D[0])
class E:
    __class_getitem__ = classmethod(lambda cls, i: (cls.__name__, i))
print(E[1])
class F:
    @classmethod
    def __class_getitem__(cls, item):
        return ("explicit classmethod", cls.__name__, item)
print(F[2])
class G:
    def __getitem__(self, i):
        return ("instance getitem", i)
    def __class_getitem__(cls, i):
        return ("class getitem", i)
print(G()[1], G[1])
class H:
    pass
try:
    H[1]
except TypeError as e:
    print("TypeError", e)
class Meta(type):
    def __getitem__(cls, item):
        return ("metaclass getitem", cls.__name__, item)
class I(metaclass=Meta):
    def __class_getitem__(cls, item):
        return "not used"
print(I[5])
print(C.__class_getitem__(3))
class Box:
    def __init__(self, v=None):
        self.v = v
    def __class_getitem__(cls, item):
        return item
print(Box[int], Box[int | str])
