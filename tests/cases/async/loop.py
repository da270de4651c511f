# A tiny event loop with a ready queue, driving coroutines by hand.
class Sleep:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        for _ in range(self.n):
            yield "tick"
        return self.n

class Loop:
    def __init__(self):
        self.ready = []
        self.results = {}
    def spawn(self, name, coro):
        self.ready.append((name, coro))
    def run(self):
        steps = 0
        while self.ready:
            name, coro = self.ready.pop(0)
            try:
                v = coro.send(None)
                print("step", name, v)
                self.ready.append((name, coro))
            except StopIteration as e:
                print("finished", name, e.value)
                self.results[name] = e.value
            steps += 1
        return steps

async def worker(name, n):
    total = 0
    for i in range(n):
        total += await Sleep(i)
    return name + ":" + str(total)

async def nested():
    a = await worker("a", 2)
    b = await worker("b", 3)
    return [a, b]

loop = Loop()
loop.spawn("w1", worker("x", 3))
loop.spawn("w2", nested())
loop.spawn("w3", worker("y", 1))
print("steps", loop.run())
print(sorted(loop.results.items()))

async def adder(a, b):
    return a + b
c = adder(1, 2)
print(type(c).__name__, c.cr_running, c.cr_frame is not None, c.cr_code.co_name)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value, c.cr_frame)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
c2 = adder(1, 2)
try:
    c2.send(5)
except TypeError as e:
    print("TypeError", e)
c2.close()
print(c2.cr_frame)

async def waits():
    return await Sleep(2)
w = waits()
print(w.cr_await)
print(w.send(None))
print(type(w.cr_await).__name__)
print(w.send(None))
try:
    w.send(None)
except StopIteration as e:
    print("value", e.value)
print(w.cr_await)
