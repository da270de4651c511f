def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def agen(n):
    for i in range(n):
        yield i

async def double(x):
    return x * 2

async def main():
    print([x async for x in agen(4)])
    print([await double(x) for x in range(3)])
    print([await double(x) async for x in agen(3)])
    print({x: await double(x) for x in range(3)})
    print({await double(x) for x in [1, 1, 2]})
    print([x async for x in agen(6) if x % 2 if x > 1])
    print([(x, y) async for x in agen(3) for y in range(x)])
    print([(x, y) for x in range(2) async for y in agen(2)] if False else "sync outer")
    print([[y async for y in agen(x)] async for x in agen(3)])
    g = (await double(x) for x in range(3))
    print(type(g).__name__)
    print([v async for v in g])
    g2 = (x async for x in agen(3))
    print(type(g2).__name__, [v async for v in g2])
    print(sum([x async for x in agen(5)]))
    return "ok"
print(run(main()))

async def async_genexpr_errors():
    g = (1 / x async for x in agen(2))
    try:
        print([v async for v in g])
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
print(run(async_genexpr_errors()))
