# The LOAD_ATTR / STORE_ATTR forms for slots, instance dicts, properties, class attributes,
# overridden __getattribute__ and metaclasses must notice every change while hot.

def slots_changed():
    class S:
        __slots__ = ('a', 'b')
        def __init__(self):
            self.a = 1
            self.b = 2
    s = S()
    out = []
    for i in range(300):
        if i == 100:
            S.a = property(lambda self: 'prop')
        if i == 200:
            del S.a
            S.a = 5
        try:
            out.append(s.a)
        except AttributeError as e:
            out.append(str(e))
        try:
            s.b = i
        except AttributeError as e:
            out.append(str(e))
    print(out[:2], out[99:102], out[199:202], s.b)
    class S3:
        __slots__ = ('b',)
        def __init__(self):
            self.b = 2
    t = S3()
    res = []
    for i in range(200):
        if i == 100:
            del t.b
        try:
            res.append(t.b)
        except AttributeError as e:
            res.append(type(e).__name__)
    print(res[98:103])

def slots_class_swapped():
    class S1:
        __slots__ = ('a',)
    class S2:
        __slots__ = ('a',)
    x = S1()
    x.a = 'one'
    out = []
    for i in range(200):
        if i == 100:
            x.__class__ = S2
            x.a = 'two'
        out.append(x.a)
        x.a = out[-1]
    print(out[99], out[100], type(x).__name__)

def hint_changed():
    class H:
        pass
    h = H()
    h.__dict__['x'] = 1
    h.__dict__['y'] = 2
    out = []
    for i in range(400):
        if i == 100:
            h.__dict__ = {'y': 20, 'x': 10}
        if i == 200:
            del h.x
            h.x = 30
        if i == 300:
            H.x = property(lambda self: 'class prop')
        out.append(h.x)
        if i < 250:
            h.y = i
    print(out[99], out[100], out[199], out[200], out[299], out[300], h.y)
    g = H()
    g.__dict__['v'] = 0
    for i in range(200):
        if i == 100:
            g.__dict__.clear()
        g.v = i
    print(g.v, g.__dict__)

def property_changed():
    class P:
        def __init__(self):
            self._v = 1
        @property
        def v(self):
            return self._v
    p = P()
    out = []
    for i in range(400):
        if i == 100:
            P.v = property(lambda self: self._v * 100)
        if i == 200:
            P.v.fget.__code__ = (lambda self: -1).__code__
        if i == 300:
            P.v = 'plain'
        out.append(p.v)
    print(out[99], out[100], out[199], out[200], out[299], out[300])
    class R:
        @property
        def boom(self):
            raise ValueError('boom')
        @property
        def deep(self):
            return self.deep
    r = R()
    for i in range(150):
        try:
            r.boom
        except ValueError as e:
            last = e
    print(last)
    try:
        r.deep
    except RecursionError as e:
        print('RecursionError')

def class_attr_nondescriptor():
    class N:
        __slots__ = ()
        K = 1
    class W:
        K = 1
        def __init__(self):
            self.z = 0
    n, w = N(), W()
    out = []
    for i in range(400):
        if i == 100:
            N.K = 2
            W.K = 2
        if i == 200:
            w.K = 'instance'
        if i == 300:
            del w.K
            W.K = staticmethod(lambda: 'f')
        out.append((n.K, w.K if i < 300 else w.K()))
    print(out[99], out[100], out[199], out[200], out[300])
    class CallMe:
        __slots__ = ()
        f = staticmethod(len)
        g = len
    c = CallMe()
    res = 0
    for i in range(200):
        if i == 100:
            CallMe.g = abs
        res += c.g(-3) if i >= 100 else c.g('abc')
    print(res)

def lazy_dict_method():
    class L(list):
        def m(self):
            return 'm'
    l = L()
    out = []
    for i in range(300):
        if i == 100:
            l.m = lambda: 'instance'
        if i == 200:
            del l.m
            L.m = lambda self: 'replaced'
        out.append(l.m())
    print(out[99], out[100], out[199], out[200])

def getattribute_changed():
    class G:
        def __getattribute__(self, name):
            return name.upper()
    g = G()
    out = []
    for i in range(400):
        if i == 100:
            G.__getattribute__ = lambda self, name: name * 2
        if i == 200:
            G.__getattr__ = lambda self, name: 'fallback'
        if i == 300:
            del G.__getattribute__
            del G.__getattr__
            g.__dict__['abc'] = 'real'
        out.append(g.abc)
    print(out[99], out[100], out[199], out[200], out[299], out[300])
    class E:
        def __getattribute__(self, name):
            if name == 'bad':
                raise AttributeError('no ' + name)
            return 1
    e = E()
    for i in range(150):
        try:
            e.bad
        except AttributeError as ex:
            msg = str(ex)
    print(msg)

def metaclass_changed():
    class Meta(type):
        pass
    class A(metaclass=Meta):
        K = 'a'
        def f(self):
            return 'f'
    out = []
    for i in range(400):
        if i == 100:
            A.K = 'a2'
        if i == 200:
            Meta.K = property(lambda cls: 'meta prop')
        if i == 300:
            del Meta.K
            Meta.__getattribute__ = lambda cls, name: 'meta ga'
        out.append(A.K)
    print(out[99], out[100], out[199], out[200], out[299], out[300])
    class B:
        K = 1
    class C(B):
        pass
    class D:
        K = 2
    res = []
    for i in range(200):
        if i == 100:
            C.__bases__ = (D,)
        res.append(C.K)
    print(res[99], res[100])

def bases_changed_instance():
    class B:
        def m(self):
            return 'B'
        k = 'Bk'
    class C(B):
        pass
    class D:
        def m(self):
            return 'D'
        k = 'Dk'
    c = C()
    out = []
    for i in range(200):
        if i == 100:
            C.__bases__ = (D,)
        out.append(c.m() + c.k)
    print(out[99], out[100])

slots_changed()
slots_class_swapped()
hint_changed()
property_changed()
class_attr_nondescriptor()
lazy_dict_method()
getattribute_changed()
metaclass_changed()
bases_changed_instance()
