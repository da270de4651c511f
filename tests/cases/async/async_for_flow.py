def run(coro):
    try:
        while True:
            print("  loop got", coro.send(None))
    except StopIteration as e:
        return e.value

class Tick:
    def __await__(self):
        yield "tick"

async def agen(n):
    try:
        for i in range(n):
            await Tick()
            yield i
    finally:
        print("agen finally", n)

async def main():
    async for x in agen(3):
        if x == 1:
            continue
        print("body", x)
    else:
        print("else clause")
    async for x in agen(5):
        if x == 2:
            print("breaking")
            break
    else:
        print("not printed")
    try:
        async for x in agen(4):
            if x == 1:
                raise ValueError("stop at 1")
    except ValueError as e:
        print("caught", e)
    total = 0
    async for x in agen(3):
        async for y in agen(2):
            total += x * 10 + y
    print("total", total)
    for i in range(2):
        async for x in agen(1):
            print("nested in sync for", i, x)
    return "main done"
print(run(main()))

async def returns_in_loop():
    async for x in agen(5):
        if x == 2:
            return "returned " + str(x)
print(run(returns_in_loop()))

async def target_unpacking():
    async def pairs():
        yield 1, "a"
        yield 2, "b"
    async for n, s in pairs():
        print(n, s)
    d = {}
    async for d["k"] in agen(2):
        pass
    print(d)
print(run(target_unpacking()))
