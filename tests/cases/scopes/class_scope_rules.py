x = "module"
class A:
    x = "class A"
    y = x
    def method(self):
        return x
    z = [x for _ in range(1)]
    w = (lambda: x)()
print(A.y, A().method(), A.z, A.w)
def f():
    x = "function"
    class B:
        print("in B body:", x)
        x = "B attr"
        print("after assignment:", x)
        def m(self):
            return x
    return B
B = f()
print(B.x, B().m())
def g():
    v = "enclosing"
    class C:
        v = "class"
        def get(self):
            return v
        get_cls = classmethod(lambda cls: cls.v)
    return C
C = g()
print(C().get(), C.get_cls())
class D:
    items = []
    for i in range(3):
        items.append(i * i)
    del i
    total = sum(items)
print(D.items, D.total, hasattr(D, "i"))
class E:
    a = 1
    class Inner:
        try:
            b = a
        except NameError as err:
            b = f"NameError: {err}"
print(E.Inner.b)
class F:
    name = "F"
    def __init__(self):
        self.name = "instance"
    def show(self):
        return self.name, type(self).name, F.name
print(F().show())
def outer():
    class Local:
        counter = 0
        def bump(self):
            Local.counter += 1
            return Local.counter
    return Local
L = outer()
print(L().bump(), L().bump(), outer()().bump())
class G:
    __private = "mangled"
    def reveal(self):
        return self.__private, G._G__private
print(G().reveal(), "_G__private" in G.__dict__, hasattr(G, "__private"))
