# CALL_KW_{PY,BOUND_METHOD,NON_PY}: keyword calls specialized while hot must notice a changed
# function (code, defaults, keyword defaults), a replaced method or callable, and bind errors.
import sys

def f(a, b=2, *, c=3):
    return a + b + c

def changed_function():
    g = f
    out = []
    for i in range(500):
        if i == 100:
            f.__defaults__ = (20,)
        if i == 200:
            f.__kwdefaults__ = {'c': 30}
        if i == 300:
            f.__code__ = (lambda a, b=0, *, c=0: a * 1000 + b + c).__code__
        if i == 400:
            g = max
        try:
            out.append(g(i, c=1) if i < 400 else g(i, 3, key=abs))
        except TypeError as e:
            out.append(str(e))
    print(out[99], out[100], out[199], out[200], out[299], out[300], out[399], out[400])

def bound_methods():
    class K:
        def m(self, x, y=0):
            return x - y
    k = K()
    bm = k.m
    out = []
    for i in range(300):
        if i == 100:
            K.m = lambda self, x, y=0: x + y
            bm = k.m
        if i == 200:
            bm = K().__init__
        try:
            out.append(bm(i, y=1))
        except TypeError as e:
            out.append(str(e))
    print(out[99], out[100], out[199], out[200])
    res = 0
    for i in range(200):
        res += k.m(i, y=i)
    print(res)

def non_py():
    out = []
    for i in range(300):
        fn = int if i < 100 else (sorted if i < 200 else dict)
        if i < 100:
            out.append(fn('101', base=2))
        elif i < 200:
            out.append(fn([i, 1, 2], reverse=True)[0])
        else:
            out.append(len(fn(a=1, b=i)))
    print(out[99], out[100], out[199], out[200])
    class C:
        def __call__(self, *args, **kw):
            return (args, sorted(kw))
    c = C()
    for i in range(150):
        r = c(i, z=1, a=2)
    print(r)

def errors():
    def h(a, *, k):
        return a + k
    msgs = set()
    for i in range(200):
        try:
            if i % 3 == 0:
                h(1, j=2)
            elif i % 3 == 1:
                h(1, 2, k=3)
            else:
                h(k=1, a=2)
        except TypeError as e:
            msgs.add(str(e))
    print(sorted(msgs))
    def rec(n, *, acc):
        return rec(n + 1, acc=acc)
    try:
        rec(0, acc=1)
    except RecursionError:
        print('RecursionError')

def profiled():
    events = []
    def prof(frame, event, arg):
        if event in ('c_call', 'call'):
            events.append((event, getattr(arg, '__name__', frame.f_code.co_name)))
    def k(x, *, y):
        return x + y
    for i in range(120):
        if i == 110:
            sys.setprofile(prof)
        k(i, y=1)
        sorted([i], reverse=True)
        if i == 111:
            sys.setprofile(None)
    print(events)

changed_function()
bound_methods()
non_py()
errors()
profiled()
