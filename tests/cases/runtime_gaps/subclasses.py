class Base: pass
class A(Base): pass
class B(Base): pass
class AA(A): pass
print(Base.__subclasses__())
print(A.__subclasses__(), AA.__subclasses__())
class C(A, B): pass
print(A.__subclasses__(), B.__subclasses__())
def all_subclasses(cls):
    out = []
    for s in cls.__subclasses__():
        out.append(s.__name__)
        out.extend(all_subclasses(s))
    return out
print(all_subclasses(Base))
print(type(int.__subclasses__()), bool in int.__subclasses__())
def make():
    class Temp(Base): pass
    return Temp
t = make()
print([c.__name__ for c in Base.__subclasses__()])
print(type.__subclasses__(type) == [] or True)
try:
    Base.__subclasses__(1)
except TypeError as e:
    print("TypeError")
