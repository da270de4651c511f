from abc import ABC, ABCMeta, abstractmethod, abstractproperty
class Base(ABC):
    @abstractmethod
    def f(self): ...
    @abstractmethod
    def g(self): ...
    @property
    @abstractmethod
    def p(self): ...
    @classmethod
    @abstractmethod
    def c(cls): ...
print(sorted(Base.__abstractmethods__))
try:
    Base()
except TypeError as e:
    print(type(e).__name__, e)
class Part(Base):
    def f(self): return 1
    def g(self): return 2
try:
    Part()
except TypeError as e:
    print(type(e).__name__, e)
class Full(Part):
    p = 3
    @classmethod
    def c(cls): return "c"
print(Full().f(), Full().p, Full.c(), sorted(Full.__abstractmethods__), isinstance(Full(), Base))
class Reg(ABC):
    pass
Reg.register(int)
print(isinstance(3, Reg), issubclass(int, Reg), issubclass(str, Reg), Reg.register(float) is float)
class Hook(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, "quack") or NotImplemented
class Duck:
    def quack(self): pass
print(isinstance(Duck(), Hook), issubclass(list, Hook), isinstance(1, (str, Hook)))
try:
    Reg.register(3)
except TypeError as e:
    print(type(e).__name__, e)
class One(ABC):
    @abstractmethod
    def only(self): ...
try:
    One()
except TypeError as e:
    print(type(e).__name__, e)
