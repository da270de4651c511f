async def agen(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally", name)

def first(ag):
    try:
        ag.__anext__().send(None)
    except StopIteration as e:
        return e.value

a = agen("dropped")
print(first(a))
del a
print("after del")

a = agen("never started")
del a
print("unstarted: nothing")

a = agen("closed")
first(a)
try:
    a.aclose().send(None)
except StopIteration:
    print("aclose done")
del a
print("already closed: nothing more")

async def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
a = catches_exit()
first(a)
a = None
print("rebound")

async def agen_in_list():
    try:
        yield "x"
    finally:
        print("list member finalized")
items = [agen_in_list()]
first(items[0])
items.clear()
print("cleared")

class Holder:
    pass
async def cyclic(h):
    try:
        yield h
    finally:
        print("cyclic agen finally")
h = Holder()
h.ag = cyclic(h)
first(h.ag)
del h
for _ in range(50000):
    x = [[]]
    x[0].append(x)
print("end")
