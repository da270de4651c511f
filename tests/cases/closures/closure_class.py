def make_class(tag):
    class Tagged:
        def who(self):
            return tag
    return Tagged
A = make_class("a")
B = make_class("b")
print(A().who(), B().who(), A is not B)
class Outer:
    x = 10
    def method(self):
        try:
            return x
        except NameError as e:
            return f"{type(e).__name__}: {e}"
print(Outer().method())
class Scope:
    y = 5
    vals = [y for _ in range(2)] if False else None
    z = y * 2
print(Scope.z, Scope.vals)
def f():
    v = "enclosing"
    class K:
        v = "class"
        def m(self):
            return v
    return K().m(), K.v
print(f())
