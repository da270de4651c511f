def run(coro):
    try:
        while True:
            v = coro.send(None)
            print("  yielded to loop", v)
    except StopIteration as e:
        return e.value

async def counter(n):
    for i in range(n):
        yield i
    print("counter done")

async def main():
    out = []
    async for x in counter(3):
        out.append(x)
    print("collected", out)
    print([x * 2 async for x in counter(4)])
    print({x async for x in counter(3)})
    print({x: x * x async for x in counter(3)})
    print([x async for x in counter(5) if x % 2])
    g = (x + 1 async for x in counter(2))
    print(type(g).__name__)
    print([y async for y in g])
    return "main done"
print(run(main()))

ag = counter(2)
print(type(ag).__name__, ag.ag_running, ag.ag_frame is not None, ag.ag_code.co_name, ag.ag_await)
print(ag.__aiter__() is ag)
a = ag.__anext__()
print(type(a).__name__)
try:
    a.send(None)
except StopIteration as e:
    print("first", e.value, e.args)
try:
    ag.asend(None).send(None)
except StopIteration as e:
    print("second", e.value)
try:
    ag.__anext__().send(None)
except StopAsyncIteration as e:
    print("StopAsyncIteration", e.args)
try:
    ag.__anext__().send(None)
except StopAsyncIteration as e:
    print("again StopAsyncIteration")
print(ag.ag_frame)

async def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            received.append(v)
    finally:
        print("echo finally", received)

e = echo()
def step(aw, val=None):
    try:
        aw.send(val)
    except StopIteration as s:
        return s.value
print(step(e.asend(None)))
print(step(e.asend("a")))
print(step(e.asend("b")))
aw = e.asend("c")
try:
    aw.send(None)
except StopIteration as s:
    print("got", s.value)
try:
    aw.send(None)
except RuntimeError as r:
    print("RuntimeError", r)
try:
    e.aclose().send(None)
except StopIteration as s:
    print("aclose done", s.args)
print(e.ag_frame)
try:
    e.asend(None).send(None)
except StopAsyncIteration:
    print("closed gen: StopAsyncIteration")

async def returns_early():
    yield 1
    return
r = returns_early()
print(step(r.__anext__()))
try:
    r.__anext__().send(None)
except StopAsyncIteration:
    print("empty return ends it")

async def bad_stop():
    yield 1
    raise StopAsyncIteration
b = bad_stop()
step(b.__anext__())
try:
    b.__anext__().send(None)
except RuntimeError as x:
    print("RuntimeError", x)

async def just_started():
    yield 1
j = just_started()
try:
    j.asend(5).send(None)
except TypeError as x:
    print("TypeError", x)

async def coro_stop():
    raise StopIteration("x")
try:
    coro_stop().send(None)
except RuntimeError as e:
    print("RuntimeError", e, repr(e.__cause__))
async def agen_stop():
    yield 1
    raise StopIteration
a = agen_stop()
step(a.__anext__())
try:
    a.__anext__().send(None)
except RuntimeError as e:
    print("RuntimeError", e)
