class Point:
    count = 0
    def __init__(self, x, y):
        self.x = x
        self.y = y
        Point.count += 1
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __add__(self, o):
        return Point(self.x + o.x, self.y + o.y)
    def __eq__(self, o):
        return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def norm2(self):
        return self.x ** 2 + self.y ** 2
p = Point(1, 2) + Point(3, 4)
print(p, p.norm2(), Point.count, p == Point(4, 6), p != Point(0, 0))
print(len({Point(1, 1), Point(1, 1)}), str(p), [p])
print(type(p).__name__, isinstance(p, Point), hasattr(p, "x"), getattr(p, "z", "none"))
setattr(p, "z", 5)
print(p.z, vars(Point(0, 1)))
print(Point.__name__, Point.__qualname__, p.__class__ is Point)
