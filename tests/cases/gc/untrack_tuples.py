# Tuples holding nothing a cycle could go through are untracked by a collection, as in CPython.
import gc
t = tuple([1, "a", 2.5, None])
u = tuple([[1], 2])
w = tuple([t, 3])
e = ()
print(gc.is_tracked(t), gc.is_tracked(u), gc.is_tracked(w), gc.is_tracked(e))
gc.collect()
print(gc.is_tracked(t), gc.is_tracked(u), gc.is_tracked(w), gc.is_tracked(e))
gc.collect()
print(gc.is_tracked(w))
class C: pass
x = tuple([C()])
gc.collect()
print(gc.is_tracked(x))
# a cycle through a list inside a tuple is still collected
l = []
tt = (l, 1)
l.append(tt)
del l, tt
print(gc.collect() >= 2)
