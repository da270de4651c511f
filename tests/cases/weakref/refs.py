import weakref
import gc


class Obj:
    def __init__(self, name):
        self.name = name

    def method(self):
        return 'method of ' + self.name

    def __repr__(self):
        return 'Obj(%s)' % self.name


o = Obj('a')
r = weakref.ref(o)
print(r() is o, r().name, weakref.getweakrefcount(o), weakref.getweakrefs(o) == [r])
print(type(r) is weakref.ReferenceType, weakref.ref is weakref.ReferenceType, callable(r))
events = []
r2 = weakref.ref(o, lambda ref: events.append('callback'))
print(weakref.getweakrefcount(o), r2.__callback__ is not None, r.__callback__)
print(r == weakref.ref(o), hash(r) == hash(o))
del o
print(r(), r2(), events, r == r2)
try:
    weakref.ref(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    weakref.ref([])
except TypeError as e:
    print(type(e).__name__, e)

p_obj = Obj('proxied')
p = weakref.proxy(p_obj)
print(p.name, p.method(), type(p) is weakref.ProxyType, weakref.getweakrefcount(p_obj))
try:
    hash(p)
except TypeError as e:
    print(type(e).__name__)
del p_obj
try:
    p.name
except ReferenceError as e:
    print(type(e).__name__, e)


def func():
    return 42


cp = weakref.proxy(func)
print(cp(), type(cp) is weakref.CallableProxyType, weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))

m_obj = Obj('m')
wm = weakref.WeakMethod(m_obj.method)
print(wm()(), isinstance(wm, weakref.ref), wm() == m_obj.method)
try:
    weakref.WeakMethod(func)
except TypeError as e:
    print(type(e).__name__, e)
dead = []
wm2 = weakref.WeakMethod(m_obj.method, lambda r: dead.append('dead'))
del m_obj
print(wm(), wm2(), dead)

log = []
target = Obj('fin')
f = weakref.finalize(target, log.append, 'finalized')
print(f.alive, f.peek()[0] is target, f.atexit)
f.atexit = False
print(f.atexit)
del target
print(f.alive, log, f(), f.peek(), f.detach())
t2 = Obj('t2')
f2 = weakref.finalize(t2, log.append, 'never')
obj, fn, args, kw = f2.detach()
print(obj is t2, args, f2.alive)
del t2, obj
print(log)
t3 = Obj('t3')
f3 = weakref.finalize(t3, lambda *a, **k: log.append((a, k)), 1, key='v')
print(f3(), f3(), log[-1], f3.alive)


class Cyc:
    pass


c = Cyc()
c.self = c
cr = weakref.ref(c, lambda r: log.append('cycle collected'))
del c
gc.collect()
print(cr(), log[-1])
