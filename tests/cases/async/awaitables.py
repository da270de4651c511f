async def f():
    return 1
class NotIter:
    def __await__(self):
        return 5
class ReturnsCoro:
    def __await__(self):
        return f()
class Good:
    def __await__(self):
        yield 1
        return "good"
class Raises:
    def __await__(self):
        raise ValueError("inside __await__")

def run(coro):
    try:
        while True:
            v = coro.send(None)
            print("  yielded", v)
    except StopIteration as e:
        print("  returned", e.value)
    except Exception as e:
        print(" ", type(e).__name__, e)

async def await_it(x):
    return await x

for obj in [1, "s", None, [1], NotIter(), ReturnsCoro(), Good(), Raises()]:
    print(type(obj).__name__)
    run(await_it(obj))

async def twice():
    c = f()
    a = await c
    b = await c
    return a, b
print("twice")
run(twice())

coro = f()
w = coro.__await__()
print(type(w).__name__)
print(iter(w) is w)
try:
    next(w)
except StopIteration as e:
    print("StopIteration", e.value)

async def thrower():
    try:
        await Good()
    except KeyError as e:
        print("caught", repr(e))
        return "recovered"
t = thrower()
print(t.send(None))
try:
    t.throw(KeyError("k"))
except StopIteration as e:
    print("stop", e.value)

async def inner():
    try:
        await Good()
    finally:
        print("inner finally")
async def outer():
    await inner()
o = outer()
o.send(None)
o.close()
print("closed", o.cr_frame)

async def ignores():
    try:
        await Good()
    except GeneratorExit:
        await Good()
i = ignores()
i.send(None)
try:
    i.close()
except RuntimeError as e:
    print("RuntimeError", e)
