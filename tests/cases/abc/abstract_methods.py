from abc import ABC, ABCMeta, abstractmethod, abstractproperty
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def name(self): ...
    def describe(self):
        return "%s with area %s" % (self.name(), self.area())
print(sorted(Shape.__abstractmethods__), type(Shape).__name__)
try:
    Shape()
except TypeError as e:
    print("TypeError", e)
class Half(Shape):
    def area(self): return 1
try:
    Half()
except TypeError as e:
    print("TypeError", e)
class Sq(Half):
    def name(self): return "square"
print(Sq().describe(), Sq.__abstractmethods__ == frozenset())
class WithProp(ABC):
    @property
    @abstractmethod
    def size(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def helper(): ...
print(sorted(WithProp.__abstractmethods__))
class Impl(WithProp):
    size = 3
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def helper(): return "h"
print(Impl.make().size, Impl.helper())
class M(metaclass=ABCMeta):
    @abstractmethod
    def f(self): pass
try:
    M()
except TypeError as e:
    print("TypeError", e)
print(getattr(Shape.area, "__isabstractmethod__", False), getattr(Sq.area, "__isabstractmethod__", False))
class Late(ABC):
    pass
Late.go = abstractmethod(lambda self: 0)
print("late ok", Late.__abstractmethods__)
