"""A hand-driven event loop running async generators, async with, and awaitable futures."""
from collections import deque


class Future:
    def __init__(self, name):
        self.name, self.done, self.value, self.callbacks = name, False, None, []

    def set(self, value):
        self.done, self.value = True, value
        for cb in self.callbacks:
            cb()

    def __await__(self):
        if not self.done:
            yield self
        return self.value


class Loop:
    def __init__(self):
        self.ready = deque()
        self.time = 0
        self.timers = []
        self.trace = []
        self.seq = 0

    def spawn(self, coro, name):
        self.ready.append((coro, None, name))

    def sleep(self, ticks):
        fut = Future(f"sleep{ticks}")
        self.seq += 1
        self.timers.append((self.time + ticks, self.seq, fut))
        self.timers.sort()
        return fut

    def run(self):
        results = {}
        while self.ready or self.timers:
            if not self.ready:
                t, _, fut = self.timers.pop(0)
                self.time = t
                fut.set(t)
                continue
            coro, value, name = self.ready.popleft()
            try:
                fut = coro.send(value)
            except StopIteration as e:
                results[name] = e.value
                self.trace.append(f"{self.time}:{name} finished")
                continue
            except Exception as e:
                results[name] = f"{type(e).__name__}: {e}"
                continue
            fut.callbacks.append(lambda c=coro, f=fut, n=name: self.ready.append((c, f.value, n)))
        return results


loop = Loop()


async def ticks(n, every):
    for i in range(n):
        await loop.sleep(every)
        yield i * every


async def scale(source, factor):
    async for v in source:
        yield v * factor


class Resource:
    def __init__(self, name, log):
        self.name, self.log = name, log

    async def __aenter__(self):
        await loop.sleep(1)
        self.log.append(f"open {self.name} at {loop.time}")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        self.log.append(f"close {self.name} ({exc_type.__name__ if exc_type else 'ok'}) at {loop.time}")
        return exc_type is KeyError


log = []


async def consumer(name, n, every, factor):
    total = []
    async with Resource(name, log) as r:
        async for v in scale(ticks(n, every), factor):
            total.append(v)
        squares = [x * x async for x in ticks(3, 1)]
        evens = [x async for x in scale(ticks(4, 1), 1) if x % 2 == 0]
    return total, squares, evens, r.name


async def failing():
    async with Resource("db", log):
        await loop.sleep(2)
        raise KeyError("swallowed")
    async with Resource("net", log):
        raise ValueError("escapes")


async def early_exit():
    agen = ticks(100, 1)
    got = [await anext(agen), await anext(agen)]
    await agen.aclose()
    after = await anext(agen, "exhausted")
    it = aiter(ticks(2, 5))
    got.append(await it.__anext__())
    return got, after


loop.spawn(consumer("A", 3, 2, 10), "A")
loop.spawn(consumer("B", 2, 3, -1), "B")
loop.spawn(failing(), "F")
loop.spawn(early_exit(), "E")
results = loop.run()
for k in sorted(results):
    print(k, results[k])
print(*log, sep="\n")
print(loop.trace, loop.time)


async def agen_protocol():
    try:
        x = yield 1
        print("received", x)
        yield x * 2
    finally:
        print("agen cleanup")


g = agen_protocol()
co = g.asend(None)
try:
    co.send(None)
except StopIteration as e:
    print("first", e.value)
co = g.asend(21)
try:
    co.send(None)
except StopIteration as e:
    print("second", e.value)
co = g.athrow(RuntimeError("stop"))
try:
    co.send(None)
except RuntimeError as e:
    print("thrown out:", e)
print(type(g).__name__, g.ag_running, g.__name__)
