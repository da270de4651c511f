# A small asyncio-like scheduler: futures, tasks, sleeping by ticks, cancellation via throw.
class Cancelled(Exception):
    pass

class Future:
    def __init__(self):
        self.done = False
        self.result = None
        self.callbacks = []
    def set_result(self, v):
        self.done = True
        self.result = v
        for cb in self.callbacks:
            cb(self)
    def __await__(self):
        if not self.done:
            yield self
        return self.result

class Loop:
    def __init__(self):
        self.ready = []
        self.time = 0
        self.timers = []
        self.log = []
    def call_soon(self, fn, *args):
        self.ready.append((fn, args))
    def call_at(self, t, fn, *args):
        self.timers.append((t, len(self.timers), fn, args))
        self.timers.sort()
    def run_until_idle(self):
        while self.ready or self.timers:
            if not self.ready:
                t, _, fn, args = self.timers.pop(0)
                self.time = t
                self.ready.append((fn, args))
            fn, args = self.ready.pop(0)
            fn(*args)

loop = Loop()

class Task(Future):
    def __init__(self, coro, name):
        super().__init__()
        self.coro = coro
        self.name = name
        self.cancel_requested = False
        loop.call_soon(self.step, None)
    def cancel(self):
        self.cancel_requested = True
    def step(self, value, exc=None):
        try:
            if self.cancel_requested:
                self.cancel_requested = False
                fut = self.coro.throw(Cancelled("cancelled " + self.name))
            elif exc is not None:
                fut = self.coro.throw(exc)
            else:
                fut = self.coro.send(value)
        except StopIteration as e:
            print(f"[t={loop.time}] {self.name} finished -> {e.value!r}")
            self.set_result(e.value)
            return
        except Cancelled as e:
            print(f"[t={loop.time}] {self.name} cancelled: {e}")
            self.set_result(None)
            return
        fut.callbacks.append(lambda f: loop.call_soon(self.step, f.result))

def sleep(ticks, value=None):
    f = Future()
    loop.call_at(loop.time + ticks, f.set_result, value)
    return f

async def worker(name, delays):
    total = 0
    for d in delays:
        total += await sleep(d, d)
        print(f"[t={loop.time}] {name} slept {d}")
    return total

async def gather(*tasks):
    results = []
    for t in tasks:
        results.append(await t)
    return results

async def stubborn():
    try:
        await sleep(100)
    except Cancelled:
        print(f"[t={loop.time}] stubborn got cancel, cleaning up")
        await sleep(1)
        return "cleaned"

async def main():
    a = Task(worker("a", [1, 2]), "a")
    b = Task(worker("b", [2, 2]), "b")
    s = Task(stubborn(), "stubborn")
    await sleep(1)
    s.cancel()
    res = await gather(a, b)
    print(f"[t={loop.time}] gathered {res}")
    return await s

m = Task(main(), "main")
loop.run_until_idle()
print("main result", m.result, "at t =", loop.time)
