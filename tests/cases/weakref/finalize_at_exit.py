import weakref
class A: pass
a, b, c = A(), A(), A()
f1 = weakref.finalize(a, print, "a")
f2 = weakref.finalize(b, print, "b")
f3 = weakref.finalize(c, print, "c")
f2.atexit = False
del c
print("end")
