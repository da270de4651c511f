class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale
a = Adder(10)
print(a(1), a(1, 2, 3), a(1, scale=2), callable(a), list(map(a, [1, 2])))
try:
    a()
except TypeError as e:
    print(type(e).__name__, e)
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
try:
    5()
except TypeError as e:
    print(type(e).__name__, e)
class Factory:
    def __new__(cls, kind):
        if kind == "int":
            return 42
        return super().__new__(cls)
    def __init__(self, kind):
        print("init", kind)
print(Factory("int"), type(Factory("obj")).__name__)
