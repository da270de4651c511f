# BINARY_SUBSCR_{STR_INT,GETITEM}, BINARY_OP_{INPLACE_ADD_UNICODE,EXTEND}, LOAD_SUPER_ATTR_*
# and JUMP_BACKWARD: specialized while hot, then the operands or classes change.

def str_index():
    s = 'abcé€𝄞'
    out = []
    for i in range(300):
        j = i % 8 if i < 200 else -1 - i % 6
        try:
            out.append(s[j])
        except IndexError as e:
            out.append(str(e))
    print(''.join(out[:8]), out[6], out[7], out[200:206])
    class S(str):
        def __getitem__(self, i):
            return 'sub'
    vals = ['xyz'] * 150 + [S('xyz')] * 10
    print(sorted(set(v[1] for v in vals)))
    print('ab'[True], 'abc'[2**70 // 2**69])
    try:
        'abc'[2**80]
    except IndexError as e:
        print(e)

def getitem_changed():
    class Q:
        def __getitem__(self, k):
            return ('q', k)
    q = Q()
    out = []
    for i in range(500):
        if i == 100:
            Q.__getitem__ = lambda self, k: ('lam', k)
        if i == 200:
            def gi(self, k, extra=1):
                return ('defaults', k + extra)
            Q.__getitem__ = gi
        if i == 300:
            q.__class__ = type('R', (), {'__getitem__': lambda self, k: ('R', k)})
        if i == 400:
            del type(q).__getitem__
        try:
            out.append(q[i])
        except TypeError as e:
            out.append(str(e))
    print(out[99], out[100], out[199], out[200], out[299], out[300], out[399], out[400])
    class E:
        def __getitem__(self, k):
            if k == 150:
                raise KeyError(k)
            return self[k + 1] if k < 0 else k
    e = E()
    for i in range(200):
        try:
            e[i]
        except KeyError as ex:
            print('KeyError', ex)
    try:
        e[-100000]
    except RecursionError:
        print('RecursionError')

def inplace_concat():
    s = ''
    alias = None
    for i in range(300):
        if i == 150:
            alias = s
        s += str(i % 10)
    print(len(s), len(alias), s[:12], alias[-5:])
    t = 'x'
    u = ''
    for i in range(200):
        u += t
        if i == 100:
            t = 'yy'
    print(len(u), u.count('y'))
    class W(str):
        pass
    w = 'a'
    for i in range(150):
        w += W('b') if i == 140 else 'c'
    print(w[-12:], type(w).__name__)

def mixed_numbers():
    acc = []
    x = 2.5
    for i in range(300):
        k = i if i < 200 else 2**70 + i
        v = (x + k, k + x, x - k, k - x, x * k, k * x)
        acc.append(v)
        try:
            acc.append((x / (k - 150), (k - 150) / x))
        except ZeroDivisionError as e:
            acc.append(str(e))
        try:
            acc.append(k / (x - 2.5 if i == 160 else x))
        except ZeroDivisionError as e:
            acc.append(str(e))
        acc.append((k | 6, k & 12, k ^ 5))
    print(acc[0], acc[1], acc[150 * 4 + 1], acc[160 * 4 + 2], acc[-1], acc[-4])
    class F(float):
        def __add__(self, o):
            return 'F.add'
    y = 1.0
    res = []
    for i in range(200):
        if i == 150:
            y = F(1.0)
        res.append(y + i)
    print(res[149], res[150])
    z = 0
    for i in range(200):
        z += True if i % 2 else 1.5
    print(z)

def super_changed():
    class A:
        def f(self):
            return 'A.f'
        v = 'A.v'
    class B(A):
        def f(self):
            return 'B>' + super().f()
        def get(self):
            return super().v
    class C:
        def f(self):
            return 'C.f'
        v = 'C.v'
    b = B()
    out = []
    for i in range(500):
        if i == 100:
            A.f = lambda self: 'A.f2'
        if i == 200:
            A.f = property(lambda self: lambda: 'prop')
        if i == 300:
            B.__bases__ = (C,)
        if i == 400:
            del C.f
        try:
            out.append((b.f(), b.get()))
        except AttributeError as e:
            out.append(str(e))
    print(out[99], out[100], out[199], out[200], out[299], out[300], out[399], out[400])
    class M:
        @classmethod
        def make(cls):
            return cls.__name__
    class N(M):
        @classmethod
        def make(cls):
            return 'N>' + super().make()
        @staticmethod
        def st():
            return super(N, N).make()
    r = []
    for i in range(150):
        r.append(N.make() + N().make() + N.st())
    print(r[-1])
    class N2(A):
        def f(self):
            return super().v
    import builtins
    real = builtins.super
    res = []
    for i in range(200):
        if i == 100:
            builtins.super = lambda *a: real(*a) if a else 'fake'
        try:
            res.append(N2().f())
        except Exception as e:
            res.append(type(e).__name__)
    builtins.super = real
    print(res[99], res[100])
    class X:
        def f(self):
            return super().nope()
    for i in range(120):
        try:
            X().f()
        except AttributeError as e:
            msg = str(e)
    print(msg)

def loops_and_interrupt():
    total = 0
    i = 0
    while i < 5000:
        i += 1
        total += i
    print(total)
    for n in range(3):
        j = 0
        while j < 1000:
            j += 1
    print(n, j)

str_index()
getitem_changed()
inplace_concat()
mixed_numbers()
super_changed()
loops_and_interrupt()
