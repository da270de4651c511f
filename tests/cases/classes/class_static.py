class Shape:
    count = 0
    def __init__(self):
        Shape.count += 1
    @classmethod
    def make(cls):
        return cls()
    @staticmethod
    def area_of(w, h):
        return w * h
    @classmethod
    def name(cls):
        return cls.__name__
class Square(Shape):
    pass
s = Square.make()
print(type(s).__name__, Shape.count, Square.name(), s.name(), Shape.area_of(2, 3), s.area_of(4, 5))
print(type(Shape.__dict__["make"]).__name__, type(Shape.__dict__["area_of"]).__name__)
print(Shape.make.__self__ is Shape, Square.make.__self__ is Square)
sm = staticmethod(len)
print(sm("abc") if callable(sm) else "not callable in 3.11?", Shape.__dict__["area_of"].__func__(2, 2))
