class Shape:
    def __init__(self, name):
        self._name = name
    @property
    def name(self):
        return self._name.title()
    @name.setter
    def name(self, v):
        if not v:
            raise ValueError("empty name")
        self._name = v
    @property
    def area(self):
        raise NotImplementedError
    def describe(self):
        return f"{self.name}: {self.area:.2f}"
class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r
    @property
    def area(self):
        return 3.14159 * self.r ** 2
class Square(Shape):
    def __init__(self, s):
        super().__init__("square")
        self.s = s
    @property
    def area(self):
        return self.s ** 2
    @Shape.name.getter
    def name(self):
        return "SQUARE"
shapes = [Circle(1), Square(2)]
print([s.describe() for s in shapes])
c = shapes[0]
c.name = "round thing"
print(c.name)
try:
    c.name = ""
except ValueError as e:
    print("ValueError", e)
sq = shapes[1]
sq.name = "ignored by getter"
print(sq.name, sq._name)
try:
    Shape("x").describe()
except NotImplementedError:
    print("abstract area")
class ReadOnly:
    @property
    def value(self):
        return 42
r = ReadOnly()
try:
    r.value = 1
except AttributeError as e:
    print("AttributeError", e)
class Override(ReadOnly):
    value = 7
print(Override().value, ReadOnly().value)
class InstanceWins(ReadOnly):
    pass
iw = InstanceWins()
iw.__dict__["value"] = "dict"
print(iw.value)
class Computed:
    def __init__(self):
        self.calls = 0
    @property
    def expensive(self):
        self.calls += 1
        return self.calls
cp = Computed()
print(cp.expensive, cp.expensive, cp.calls)
print(type(Shape.name).__name__, Shape.name.fset is not None, Square.name.fset is Shape.name.fset, Circle.area.fset)
