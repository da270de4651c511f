# LOAD_ATTR / STORE_ATTR specializations must notice every change while hot.

class C:
    cls_attr = 1
    def __init__(self):
        self.x = 1
        self.y = 2
    def m(self):
        return "m"

def class_attr_changed():
    c = C()
    out = []
    for i in range(2000):
        if i == 1000:
            C.cls_attr = 2
        out.append(c.cls_attr)
        out.append(C.cls_attr)
    print(out.count(1), out.count(2))

def getattr_added():
    class D:
        def __init__(self):
            self.a = 1
    d = D()
    total = 0
    for i in range(2000):
        if i == 1000:
            D.__getattribute__ = lambda self, name: 10
        total += d.a
    print(total)
    class E:
        def __init__(self):
            self.a = 1
    e = E()
    res = []
    for i in range(2000):
        if i == 1000:
            E.__getattr__ = lambda self, name: "missing:" + name
        try:
            res.append(e.b)
        except AttributeError as ex:
            res.append(type(ex).__name__)
        res.append(e.a)
    print(res.count("AttributeError"), res.count("missing:b"), res.count(1))

def class_assigned():
    class A:
        def __init__(self):
            self.v = "A"
        def who(self):
            return "A.who"
    class B:
        def __init__(self):
            self.v = "B"
        def who(self):
            return "B.who"
    a = A()
    seen = []
    for i in range(2000):
        if i == 1000:
            a.__class__ = B
        seen.append(a.who())
        seen.append(a.v)
    print(seen.count("A.who"), seen.count("B.who"), seen.count("A"), seen.count("B"))

def method_replaced():
    class K:
        def f(self):
            return 1
    k = K()
    total = 0
    for i in range(3000):
        if i == 1000:
            K.f = lambda self: 10
        if i == 2000:
            k.f = lambda: 100
        total += k.f()
    print(total)

def instance_dict_changed():
    c = C()
    out = 0
    for i in range(2000):
        if i == 1000:
            c.__dict__["x"] = 5
        if i == 1500:
            c.__dict__.clear()
            c.__dict__["x"] = 7
        out += c.x
    print(out)
    c2 = C()
    res = []
    for i in range(2000):
        if i == 1000:
            del c2.x
        try:
            res.append(c2.x)
        except AttributeError as e:
            res.append(str(e))
    print(res.count(1), res[-1])

def bases_changed():
    class B1:
        def g(self):
            return "B1"
        k = "k1"
    class B2:
        def g(self):
            return "B2"
        k = "k2"
    class Sub(B1):
        pass
    s = Sub()
    out = []
    for i in range(2000):
        if i == 1000:
            Sub.__bases__ = (B2,)
        out.append(s.g())
        out.append(s.k)
        out.append(Sub.k)
    print(out.count("B1"), out.count("B2"), out.count("k1"), out.count("k2"))

def properties_redefined():
    class P:
        def __init__(self):
            self._v = 3
        @property
        def v(self):
            return self._v
    p = P()
    total = 0
    for i in range(2000):
        if i == 1000:
            P.v = property(lambda self: self._v * 100)
        total += p.v
    print(total)

def slots_replaced():
    class S:
        __slots__ = ("a",)
        def __init__(self):
            self.a = 2
    s = S()
    total = 0
    for i in range(2000):
        if i == 1000:
            S.a = 50
        try:
            total += s.a
        except AttributeError as e:
            print("AttributeError", e)
            break
    print(total)

def store_attr_changes():
    class T:
        def __init__(self):
            self.q = 0
    t = T()
    log = []
    for i in range(2000):
        if i == 1000:
            def setter(self, name, value):
                log.append((name, value))
            T.__setattr__ = setter
        t.q = i
    print(t.q, len(log), log[0], log[-1])
    class U:
        def __init__(self):
            self.q = 0
    u = U()
    for i in range(2000):
        if i == 1000:
            U.q = property(lambda self: "prop", lambda self, v: log.append(("prop", v)))
        u.q = i
    print(u.q, log[-1])

def module_attr():
    import math
    total = 0.0
    for i in range(2000):
        if i == 1000:
            math.pi = 3.0
        total += math.pi
    print(total)
    del math.pi

class_attr_changed()
getattr_added()
class_assigned()
method_replaced()
instance_dict_changed()
bases_changed()
properties_redefined()
slots_replaced()
store_attr_changes()
module_attr()
