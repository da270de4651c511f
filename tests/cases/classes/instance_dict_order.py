# An instance's __dict__ keeps its own insertion order, whatever order other instances of
# the class set their attributes in (the class lays attributes out in first-seen order).


class A:
    pass


a = A()
a.y = 1
a.z = 2
a.x = 3
b = A()
b.x = 1
b.y = 2
b.z = 3
print(a.__dict__, b.__dict__)
print(list(vars(b)), list(b.__dict__.items()))
c = A()
c.z = 0
print(c.__dict__)
del a.y
a.y = 9
print(a.__dict__)
del a.y
print(a.__dict__, a.z, a.x)
a.y = 10
print(a.__dict__)


class B:
    def __init__(self, k):
        if k:
            self.p = 1
            self.q = 2
        else:
            self.q = 2
            self.p = 1


# The store is specialized while hot; the order must hold for every instance.
for i in range(300):
    o = B(i % 3 == 0)
    if i % 50 == 0 or i % 50 == 1:
        print(i, o.__dict__, o.p, o.q)


class P:
    def __init__(self):
        self.a = 1
        self.b = 2
        self.c = 3


for i in range(200):
    o = P()
    if i % 7 == 0:
        del o.b
    if i % 11 == 0:
        o.b = 20
    if i % 40 == 0:
        print(i, o.__dict__, vars(o) == dict(o.__dict__))

# Exceptions carry instance attributes too.
e = ValueError("x")
e.second = 2
e.first = 1
f = ValueError("y")
f.first = 1
f.second = 2
print(e.__dict__, f.__dict__)
