# gc: callbacks around collections, freeze/unfreeze, get_stats, set_debug/DEBUG_SAVEALL,
# get_referents/get_referrers, is_finalized.
import gc

events = []


def cb(phase, info):
    events.append((phase, sorted(info), info["generation"], info["collected"] > 0,
                   info["uncollectable"]))


class Node:
    def __init__(self):
        self.other = None


def make_cycle():
    a, b = Node(), Node()
    a.other, b.other = b, a


gc.collect()
print(type(gc.callbacks).__name__, gc.callbacks == [])
gc.callbacks.append(cb)
make_cycle()
n = gc.collect()
print(n >= 2)
for e in events:
    print(e)
events.clear()
gc.collect(0)
print(events)
events.clear()
gc.collect(1)
print([e[:3] for e in events])
gc.callbacks.remove(cb)
events.clear()
gc.collect()
print(events)


def nested(phase, info):
    events.append((phase, gc.collect()))


gc.callbacks.append(nested)
gc.collect()
print(events)
gc.callbacks.remove(nested)


def failing(phase, info):
    events.append(phase)
    raise ValueError("ignored")


def after(phase, info):
    events.append("after-" + phase)


events.clear()
gc.callbacks.extend([failing, after])
gc.collect()
print(events)
del gc.callbacks[:]

# get_stats
stats = gc.get_stats()
print(len(stats), [sorted(s) for s in stats])
print(all(isinstance(v, int) and v >= 0 for s in stats for v in s.values()))
before = gc.get_stats()[2]["collected"]
make_cycle()
gc.collect()
print(gc.get_stats()[2]["collected"] - before >= 2)

# freeze
gc.collect()
print(gc.get_freeze_count())
gc.freeze()
frozen = gc.get_freeze_count()
print(frozen > 0, gc.get_count()[0] <= 5)
x = [1, 2]
print(gc.is_tracked(x))
gc.unfreeze()
print(gc.get_freeze_count())
print(gc.freeze(), gc.unfreeze())
try:
    gc.freeze(1)
except TypeError as e:
    print("TypeError", e)

# debug flags
print(gc.get_debug())
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug() == gc.DEBUG_SAVEALL)
make_cycle()
gc.collect()
print(len(gc.garbage) >= 2, sorted({type(o).__name__ for o in gc.garbage}))
gc.set_debug(0)
del gc.garbage[:]
print(gc.garbage)
try:
    gc.set_debug("x")
except TypeError as e:
    print("TypeError", e)

# referents / referrers
lst = [1, "a", (2, 3)]
print(sorted(map(repr, gc.get_referents(lst))))
print(gc.get_referents(1, "str"))
d = {"k": lst}
print(any(r is d for r in gc.get_referrers(lst)))


class Holder:
    pass


h = Holder()
h.item = lst
print(any(r is h.__dict__ or r is h for r in gc.get_referrers(lst)))
print(gc.get_referrers(12345678901234567890) == [] or True)
t = (lst, d)
print(sorted(type(r).__name__ for r in gc.get_referents(t)))


# is_finalized
class Lazarus:
    saved = None

    def __del__(self):
        Lazarus.saved = self


obj = Lazarus()
obj.cycle = obj
print(gc.is_finalized(obj))
del obj
gc.collect()
print(gc.is_finalized(Lazarus.saved), gc.is_finalized([]), gc.is_finalized(3))
