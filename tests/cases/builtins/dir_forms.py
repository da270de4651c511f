class Base:
    b = 1
    def mb(self): pass
class Child(Base):
    c = 2
    def __init__(self):
        self.inst = 3
print([n for n in dir(Child()) if not n.startswith("__")])
print([n for n in dir(Child) if not n.startswith("__")])
class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print(dir(Custom()))
class TupleDir:
    def __dir__(self):
        return ("b", "a")
print(dir(TupleDir()))
class BadDir:
    def __dir__(self):
        return 5
try:
    dir(BadDir())
except TypeError as e:
    print("TypeError", e)
def f():
    a = 1
    b = 2
    return dir()
print(f())
print([n for n in dir() if not n.startswith("__")])
print("append" in dir([]), "keys" in dir({}), "__add__" in dir(1))
print(dir(1) == sorted(dir(1)))
import sys
print("path" in dir(sys))
try:
    dir(1, 2)
except TypeError as e:
    print("TypeError", e)
class Meta(type):
    def __dir__(cls):
        return ["from_meta"]
class UsesMeta(metaclass=Meta):
    x = 1
print(dir(UsesMeta))
