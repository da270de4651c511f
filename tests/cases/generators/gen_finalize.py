# Generators dropped before they finish are closed: GeneratorExit inside, finally runs.
def resource(name):
    print("open", name)
    try:
        yield 1
        yield 2
    finally:
        print("close", name)

g = resource("a")
next(g)
print("deleting a")
del g
print("after del a")

g = resource("never started")
del g
print("unstarted generator: no output")

def use_first(name):
    for x in resource(name):
        return x
print("got", use_first("b"))

def catches():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit inside catches")
        raise
c = catches()
next(c)
c = None
print("rebound")

def finished():
    yield 1
f = finished()
list(f)
del f
print("finished generator: no output")

def ignores():
    try:
        yield 1
    except GeneratorExit:
        yield 2
i = ignores()
next(i)
del i
print("ignored GeneratorExit is reported on stderr only")

def nested_outer():
    try:
        yield from resource("inner")
    finally:
        print("outer finally")
n = nested_outer()
next(n)
del n
print("nested done")

# Cycles: a generator that refers to itself through its frame.
class Box:
    pass
def cyclic(box, name):
    try:
        yield box
    finally:
        print("cyclic finally", name)
for k in range(3):
    b = Box()
    b.gen = cyclic(b, k)
    next(b.gen)
    del b
try:
    import gc
    gc.collect()
except ImportError:
    for _ in range(100000):
        x = [[]]
        x[0].append(x)
print("after collection")

async def agen():
    try:
        yield 1
    finally:
        print("async gen finally")
a = agen()
try:
    a.__anext__().send(None)
except StopIteration as e:
    print("first", e.value)
del a
print("after async gen del")

class Tick:
    def __await__(self):
        yield "tick"
async def coro():
    try:
        await Tick()
    finally:
        print("coroutine finally")
c = coro()
print(c.send(None))
del c
print("end")
