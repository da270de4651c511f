def run(coro):
    try:
        while True:
            print("  loop got", coro.send(None))
    except StopIteration as e:
        return e.value
    except BaseException as e:
        return "raised " + type(e).__name__ + ": " + str(e)

async def gen(n):
    for i in range(n):
        yield i

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

async def main():
    it = aiter(gen(2))
    print(await anext(it))
    print(await anext(it))
    print(await anext(it, "default"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    c = Countdown(2)
    print(aiter(c) is c)
    print(await anext(c), await anext(c), await anext(c, None))
    async for v in Countdown(3):
        print("countdown", v)
    print([v async for v in Countdown(4)])
    return "ok"
print(run(main()))

class NoAnext:
    def __aiter__(self):
        return 1
for bad in [1, "x", [1], NoAnext()]:
    try:
        aiter(bad)
    except TypeError as e:
        print("aiter:", e)
    try:
        anext(bad)
    except TypeError as e:
        print("anext:", e)
try:
    aiter()
except TypeError as e:
    print(e)
try:
    anext()
except TypeError as e:
    print(e)
try:
    anext(1, 2, 3)
except TypeError as e:
    print(e)

aw = anext(gen(0), 42)
print(type(aw).__name__)
try:
    aw.send(None)
except StopIteration as e:
    print("default via StopIteration", e.value)
aw = anext(gen(1), 42)
try:
    next(aw)
except StopIteration as e:
    print("value", e.value)

async def for_errors():
    for bad in [5, NoAnext()]:
        try:
            async for x in bad:
                pass
        except TypeError as e:
            print(e)
    class BadAnext:
        def __aiter__(self): return self
        def __anext__(self): return 7
    try:
        async for x in BadAnext():
            pass
    except TypeError as e:
        print(e, "| cause:", e.__cause__)
print(run(for_errors()))
