def step(aw, val=None):
    try:
        return ("yield", aw.send(val))
    except StopIteration as s:
        return ("stop", s.value)
    except BaseException as x:
        return (type(x).__name__, str(x))
async def ag():
    try:
        yield 1
        yield 2
    except ValueError:
        yield "v"
a = ag()
print(step(a.athrow(1)))

try:
    a.athrow()
except TypeError as e:
    print("TypeError", e)
t = a.athrow(ValueError)
print(step(t), step(t), step(t))
a = ag()
print(step(a.__anext__()))
t = a.athrow(ValueError)
print(step(t, 5))
a = ag()
aw = a.__anext__()
print(step(aw), step(aw))
print(step(a.asend(None)), step(a.asend(None)), step(a.asend(None)))
a = ag()
print(step(a.aclose()), step(a.__anext__()), step(a.aclose()))
class Tick:
    def __await__(self):
        yield "tick"
async def awaiting_finally():
    try:
        yield 1
    finally:
        await Tick()
        print("after await in finally")
a = awaiting_finally()
print(step(a.__anext__()))
c = a.aclose()
print(step(c), step(c))
a = awaiting_finally()
print(step(a.__anext__()))
try:
    a.aclose().throw(KeyError("x"))
except KeyError as e:
    print("KeyError", e)
print(step(a.__anext__()))
n = ag().__anext__()
print(step(n.throw(ValueError)) if False else "skip")
try:
    n.throw(ValueError)
except ValueError as e:
    print("ValueError from asend.throw on fresh")
print(step(n))
for bad in [None, 1, "x", ValueError(), ValueError]:
    g = ag()
    try:
        r = g.athrow(bad).send(None)
        print("yielded", r)
    except BaseException as e:
        print(type(e).__name__, e)
