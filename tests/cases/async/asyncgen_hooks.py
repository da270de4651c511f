import sys
print(sys.get_asyncgen_hooks(), type(sys.get_asyncgen_hooks()).__name__, len(sys.get_asyncgen_hooks()))
for kw in [{"firstiter": 1}, {"finalizer": "x"}]:
    try:
        sys.set_asyncgen_hooks(**kw)
    except TypeError as e:
        print("TypeError", e)
try:
    sys.set_asyncgen_hooks(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
try:
    sys.set_asyncgen_hooks(foo=1)
except TypeError as e:
    print("TypeError", e)

pending = []
def firstiter(agen):
    print("firstiter", agen.__name__)
def finalizer(agen):
    print("finalizer got", agen.__name__)
    pending.append(agen)
sys.set_asyncgen_hooks(firstiter, finalizer)
h = sys.get_asyncgen_hooks()
print(h.firstiter is firstiter, h[1] is finalizer, list(h) == [firstiter, finalizer])
first, fin = h
print(first.__name__, fin.__name__)

async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen finally")

def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value

a = agen()
print("created")
print(step(a.__anext__()))
print(step(a.__anext__()))
del a
print("after del, pending:", len(pending))
ag = pending.pop()
try:
    ag.aclose().send(None)
except StopIteration:
    print("closed by the loop")
del ag

sys.set_asyncgen_hooks(finalizer=None)
print(sys.get_asyncgen_hooks().finalizer)
b = agen()
print(step(b.__anext__()))
del b
print("no finalizer: closed directly")

def bad_first(agen):
    raise RuntimeError("firstiter failed")
sys.set_asyncgen_hooks(firstiter=bad_first)
c = agen()
try:
    c.__anext__()
except RuntimeError as e:
    print("RuntimeError", e)
print(step(c.__anext__()))
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())
del c
print("end")
