class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
class Dog(Animal):
    sound = "woof"
class Puppy(Dog):
    def speak(self):
        return super().speak() + "!"
class Cat(Animal):
    sound = "meow"
    def __init__(self, name, indoor=True):
        super().__init__(name)
        self.indoor = indoor
for a in [Animal("x"), Dog("rex"), Puppy("bit"), Cat("tom", False)]:
    print(repr(a), a.speak(), isinstance(a, Dog), type(a).__mro__[1].__name__)
print(Cat("c").indoor, Puppy.__mro__)
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super().who()
class C(A):
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def who(self):
        return "D>" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
class Mixin:
    def describe(self):
        return f"{type(self).__name__} with {self.extra()}"
class Base:
    def extra(self):
        return "base extra"
class Combined(Mixin, Base):
    pass
print(Combined().describe())
class Abstractish:
    def area(self):
        raise NotImplementedError("subclasses implement area")
class Square(Abstractish):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
try:
    Abstractish().area()
except NotImplementedError as e:
    print("NotImplementedError", e)
print(Square(3).area())
from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)
class Half(Shape):
    def area(self):
        return 0
try:
    Shape()
except TypeError as e:
    print("TypeError", e)
try:
    Half()
except TypeError as e:
    print("TypeError", e)
print(Rect(2, 3).area(), Rect(2, 3).perimeter(), isinstance(Rect(1, 1), Shape))
class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
class Sub(Counter):
    instances = 100
    def __init__(self):
        super().__init__()
        type(self).instances += 1
Sub(); Sub(); Counter()
print(Counter.instances, Sub.instances)
class Override:
    def __eq__(self, other):
        return "custom eq"
print(Override() == 1, Override() != 1)
class Parent:
    def method(self):
        return self.helper()
    def helper(self):
        return "parent helper"
class Child(Parent):
    def helper(self):
        return "child helper"
print(Child().method())
class Private:
    def __init__(self):
        self.__secret = 1
        self._prot = 2
    def get(self):
        return self.__secret
class SubPrivate(Private):
    def try_get(self):
        try:
            return self.__secret
        except AttributeError as e:
            return f"AttributeError {e}"
sp = SubPrivate()
print(sp.get(), sp._Private__secret, sp.try_get(), sorted(vars(sp)))
print(issubclass(D, A), issubclass(A, D), D.__bases__, A.__subclasses__())
