class Tick:
    def __await__(self):
        yield "tick"

async def inner():
    await Tick()
    return "inner result"

async def outer():
    r = await inner()
    return r.upper()

c = outer()
print(c.__name__, c.__qualname__, c.cr_code.co_name, c.cr_running, c.cr_await, c.cr_suspended)
print(c.send(None))
print(type(c.cr_await).__name__, c.cr_await.cr_code.co_name, c.cr_suspended)
print(c.cr_await.cr_await is not None, type(c.cr_await.cr_await).__name__)
print(c.cr_frame.f_code.co_name)
try:
    c.send(None)
except StopIteration as e:
    print("done", e.value)
print(c.cr_frame, c.cr_await, c.cr_running, c.cr_suspended, c.cr_origin)

async def selfref():
    return c2.cr_running
c2 = selfref()
try:
    c2.send(None)
except StopIteration as e:
    print("running inside", e.value)

async def reenter():
    c3.send(None)
c3 = reenter()
try:
    c3.send(None)
except ValueError as e:
    print("ValueError", e)

c4 = outer()
c4.__name__ = "renamed"
c4.__qualname__ = "Q.renamed"
print(c4.__name__, c4.__qualname__)
try:
    c4.__name__ = 5
except TypeError as e:
    print("TypeError", e)
c4.close()

async def awaits_same():
    co = inner()
    async def other():
        return await co
    o = other()
    o.send(None)
    try:
        await co
    except RuntimeError as e:
        print("RuntimeError", e)
    o.close()
a = awaits_same()
try:
    a.send(None)
except StopIteration:
    print("finished")

async def gen_like():
    return 1
g = gen_like()
try:
    next(g)
except TypeError as e:
    print("TypeError", e)
try:
    iter(g)
except TypeError as e:
    print("TypeError", e)
try:
    for _ in g:
        pass
except TypeError as e:
    print("TypeError", e)
g.close()
print(hasattr(g, "__await__"), hasattr(g, "__next__"), hasattr(g, "__iter__"))
