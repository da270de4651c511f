def step(aw, val=None):
    try:
        r = aw.send(val)
        print("  passed up", r)
    except StopIteration as s:
        return ("stop", s.value)
    except BaseException as x:
        return (type(x).__name__, str(x))

async def g():
    try:
        yield 1
    except ValueError as e:
        print("caught", repr(e))
        yield "after ValueError"
    try:
        yield 2
    finally:
        print("cleanup")

a = g()
print(step(a.__anext__()))
print(step(a.athrow(ValueError("boom"))))
print(step(a.__anext__()))
print(step(a.athrow(KeyError, KeyError("k"))))
print(step(a.__anext__()))
print(a.ag_frame)

a = g()
print(step(a.athrow(ValueError)))
print(step(a.__anext__()))

a = g()
print(step(a.aclose()))
print(step(a.__anext__()))

async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
print(step(s.__anext__()))
print(step(s.aclose()))

async def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        print("exit seen")
        return
r = returns_on_exit()
print(step(r.__anext__()))
print(step(r.aclose()))
print(step(r.aclose()))

aw = returns_on_exit().aclose()
print(step(aw))
print(step(aw))

a = g()
t = a.athrow(ValueError("x"))
try:
    t.throw(KeyError("via throw"))
except KeyError as e:
    print("KeyError from athrow.throw", e)

a = g()
print(step(a.__anext__()))
n = a.__anext__()
try:
    n.throw(ValueError("in asend.throw"))
except StopIteration as e:
    print("asend.throw stop", e.value)
n.close()
print(step(n))
