import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.collect() >= 0, gc.collect(0) >= 0, gc.collect(generation=1) >= 0)
for bad in (-1, 3):
    try:
        gc.collect(bad)
    except ValueError as e:
        print(type(e).__name__, e)
print(gc.get_threshold())
gc.set_threshold(500, 5, 5)
print(gc.get_threshold())
gc.set_threshold(700)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
c = gc.get_count()
print(type(c).__name__, len(c))
print(gc.is_tracked(1), gc.is_tracked('s'), gc.is_tracked([]), gc.is_tracked({'k': []}), gc.is_tracked(()), gc.is_tracked(object()))


class Node:
    pass


print(gc.is_tracked(Node()))
gc.collect()


def make_cycles(n):
    for _ in range(n):
        a = Node()
        b = Node()
        a.other = b
        b.other = a


gc.disable()
make_cycles(10)
print(gc.collect())
l = []
l.append(l)
del l
print(gc.collect())
d = {}
d['d'] = d
del d
print(gc.collect())
print(gc.collect())
gc.enable()
freed = []


class WithDel:
    def __del__(self):
        freed.append('del')


x = WithDel()
x.me = x
del x
print(gc.collect(), freed)
print(gc.garbage, gc.callbacks, type(gc.get_stats()).__name__, len(gc.get_stats()))
gc.freeze()
print(gc.get_freeze_count() >= 0)
gc.unfreeze()
print(gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
