class C:
    shared = []
    value = 1
a, b = C(), C()
a.shared.append(1)
a.value = 99
print(b.shared, b.value, C.value, a.value)
C.value = 5
print(b.value, a.value)
del a.value
print(a.value)
class D(C):
    value = "d"
print(D.value, D().shared is C.shared)
print(type(a).__name__, a.__class__ is C, D.__mro__[1].__name__)
a.__class__ = D
print(type(a).__name__, a.value)
class E:
    def m(self):
        return "method"
e = E()
e.m = lambda: "instance attr"
print(e.m(), E.m(e), E().m())
