from abc import ABC, ABCMeta, abstractmethod
class Animal(ABC):
    @abstractmethod
    def speak(self): ...
class Robot:
    def speak(self): return "beep"
print(issubclass(Robot, Animal), isinstance(Robot(), Animal))
r = Animal.register(Robot)
print(r is Robot, issubclass(Robot, Animal), isinstance(Robot(), Animal))
class SubRobot(Robot): pass
print(issubclass(SubRobot, Animal), Animal in SubRobot.__mro__)
@Animal.register
class Cat:
    pass
print(issubclass(Cat, Animal), Cat.__name__)
print(Animal.register(Robot) is Robot)
try:
    Animal.register(5)
except TypeError as e:
    print("TypeError", e)
class Dog(Animal):
    def speak(self): return "woof"
try:
    Dog.register(Animal)
except RuntimeError as e:
    print("RuntimeError", e)
print(issubclass(int, Animal), isinstance(3, Animal))
Animal.register(int)
print(issubclass(int, Animal), issubclass(bool, Animal), isinstance(True, Animal))
class Other(ABC): pass
print(issubclass(Dog, Other), issubclass(Dog, (Other, Animal)))
