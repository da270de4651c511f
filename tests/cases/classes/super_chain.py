class A:
    def hi(self):
        return ["A"]
class B(A):
    def hi(self):
        return ["B"] + super().hi()
class C(A):
    def hi(self):
        return ["C"] + super().hi()
class D(B, C):
    def hi(self):
        return ["D"] + super().hi()
print(D().hi(), [k.__name__ for k in D.__mro__])
class Base:
    def __init__(self, x):
        self.x = x
class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
c = Child(1, 2)
print(c.x, c.y, isinstance(c, Base), issubclass(Child, Base), issubclass(Base, Child))
print(super(B, D()).hi(), Child.__bases__[0].__name__, Child.__base__.__name__)
try:
    class Bad(A, D):
        pass
except TypeError as e:
    print(type(e).__name__, e)
