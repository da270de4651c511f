# CALL_ALLOC_AND_ENTER_INIT: the class call allocates and runs __init__ in a frame; it must
# notice a changed __init__ or __new__, a changed base, a metaclass, and __init__ results.
import sys

def replaced_init():
    class A:
        def __init__(self, x):
            self.x = x
    out = []
    for i in range(300):
        if i == 100:
            A.__init__ = lambda self, x: setattr(self, 'x', -x)
        if i == 200:
            def init(self, x, y=7):
                self.x = x + y
            A.__init__ = init
        out.append(A(i).x)
    print(out[99], out[100], out[199], out[200])

def new_added():
    class A:
        def __init__(self, x):
            self.x = x
    out = []
    for i in range(200):
        if i == 100:
            def new(cls, x):
                o = object.__new__(cls)
                o.made = 'by new'
                return o
            A.__new__ = new
        a = A(i)
        out.append(getattr(a, 'made', 'plain'))
    print(out[99], out[100])
    class B:
        def __init__(self):
            self.v = 1
    res = []
    for i in range(200):
        if i == 100:
            B.__new__ = staticmethod(lambda cls: 42)
        res.append(B())
    print(res[99].v, res[100])

def init_result():
    class R:
        def __init__(self, x):
            if x % 50 == 49:
                return x
    for i in range(200):
        try:
            R(i)
        except TypeError as e:
            print(i, e)
    class G:
        def __init__(self):
            yield 1
    for i in range(120):
        try:
            G()
        except TypeError as e:
            msg = str(e)
    print(msg)

def bases_changed():
    class Base1:
        def __init__(self, x):
            self.tag = ('b1', x)
    class Base2:
        def __init__(self, x):
            self.tag = ('b2', x)
    class C(Base1):
        pass
    out = []
    for i in range(200):
        if i == 100:
            C.__bases__ = (Base2,)
        out.append(C(i).tag)
    print(out[99], out[100])

def arity_and_errors():
    class A:
        def __init__(self, a, b):
            self.s = a + b
    out = []
    for i in range(200):
        try:
            if i < 150:
                out.append(A(i, 1).s)
            else:
                out.append(A(i).s)
        except TypeError as e:
            out.append(str(e))
    print(out[149], out[150])
    class E:
        def __init__(self, x):
            raise KeyError(x)
    n = 0
    for i in range(150):
        try:
            E(i)
        except KeyError as e:
            n += 1
            line = e.__traceback__.tb_next.tb_lineno
    print(n, line - E.__init__.__code__.co_firstlineno)

def frames_seen():
    class F:
        def __init__(self):
            self.caller = sys._getframe(1).f_code.co_name
            self.back = sys._getframe().f_back.f_code.co_name
    def make():
        return F()
    for i in range(150):
        f = make()
    print(f.caller, f.back)

def recursion():
    class Node:
        def __init__(self, n):
            self.child = Node(n - 1) if n else None
    for i in range(150):
        Node(3)
    try:
        Node(100000)
    except RecursionError:
        print('RecursionError')

replaced_init()
new_added()
init_result()
bases_changed()
arity_and_errors()
frames_seen()
recursion()

def general_binding():
    class P:
        def __init__(self, a, b=2, *rest, k=3, **kw):
            self.v = (a, b, rest, k, sorted(kw))
    out = []
    for i in range(200):
        if i < 50:
            out.append(P(i).v)
        elif i < 100:
            out.append(P(i, 5, 6, 7).v)
        else:
            out.append(P(i, k=9).v)
    print(out[0], out[50], out[199])
    class Q:
        def __init__(self, a, *, b):
            self.s = a + b
    msgs = []
    for i in range(150):
        try:
            Q(i, b=1) if i % 2 else Q(i)
        except TypeError as e:
            msgs.append(str(e))
    print(len(msgs), msgs[-1])
    class Del:
        count = 0
        def __init__(self, x):
            pass
        def __del__(self):
            Del.count += 1
    for i in range(150):
        try:
            Del() if i % 3 == 0 else Del(i)
        except TypeError:
            pass
    print(Del.count)

general_binding()
