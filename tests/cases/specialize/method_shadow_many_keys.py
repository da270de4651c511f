# Method loads on instances whose class has many shared keys (so method names collide with
# keys in the class's key mask), then instance attributes shadowing the methods: later, after
# more keys were added, and on another instance.


class Many:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "k%d" % i, i)

    def m0(self):
        return "m0"

    def m1(self):
        return "m1"

    def m2(self):
        return "m2"

    def m3(self):
        return "m3"

    def m4(self):
        return "m4"

    def m5(self):
        return "m5"

    def m6(self):
        return "m6"

    def m7(self):
        return "m7"

    def m8(self):
        return "m8"

    def m9(self):
        return "m9"


def call_all(o):
    return [o.m0(), o.m1(), o.m2(), o.m3(), o.m4(), o.m5(), o.m6(), o.m7(), o.m8(), o.m9()]


objs = [Many(20), Many(25)]
for _ in range(30):
    r = [call_all(o) for o in objs]
print(r)

# A new key that is no method name, then a method shadowed on one instance only.
objs[0].extra = 1
for _ in range(30):
    r = [call_all(o) for o in objs]
print(r)
for name in ["m0", "m3", "m7", "m9"]:
    setattr(objs[1], name, lambda n=name: "shadow " + n)
    for _ in range(10):
        r = [call_all(o) for o in objs]
    print(r)

# Deleting the instance attribute brings the method back.
del objs[1].m3
for _ in range(10):
    r = [call_all(o) for o in objs]
print(r)

# A subclass with its own keys: shadowing in the first instance made.


class Sub(Many):
    pass


s = Sub(28)
for _ in range(30):
    r = call_all(s)
print(r)
s.m5 = lambda: "sub shadow"
for _ in range(5):
    r = call_all(s)
print(r)
print(call_all(Sub(3)))
