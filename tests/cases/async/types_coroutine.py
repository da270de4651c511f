import types

@types.coroutine
def sleep(n):
    got = yield ("sleep", n)
    return got

@types.coroutine
def switch():
    yield "switch"

async def task(name, n):
    total = 0
    for i in range(n):
        total += await sleep(i) or 0
        await switch()
    return name, total

ready = [("a", task("a", 2)), ("b", task("b", 3))]
results = []
while ready:
    name, coro = ready.pop(0)
    try:
        req = coro.send(None) if not hasattr(coro, "_started") else coro.send(10)
        print(name, "->", req)
        ready.append((name, coro))
    except StopIteration as e:
        results.append(e.value)
print(sorted(results))
print(sleep.__code__.co_flags & 0x100, bool(sleep.__code__.co_flags & 0x20))
g = sleep(1)
print(type(g).__name__, next(g))
g.close()

def plain():
    yield "plain"
print(types.coroutine(plain) is plain)
async def native():
    pass
print(types.coroutine(native) is native)

def returns_gen():
    return plain()
w = types.coroutine(returns_gen)
print(w.__name__, type(w()).__name__)
async def uses_wrapper():
    return await w()
c = uses_wrapper()
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("done", e.value)
try:
    types.coroutine(5)
except TypeError as e:
    print("TypeError", e)

def not_marked():
    yield 1
async def awaits_plain_gen():
    await not_marked()
try:
    awaits_plain_gen().send(None)
except TypeError as e:
    print("TypeError", e)
code = sleep.__code__
print(code.replace(co_name="renamed").co_name, code.replace().co_name)
try:
    code.replace(co_bogus=1)
except TypeError as e:
    print("TypeError", e)
try:
    code.replace(1)
except TypeError as e:
    print("TypeError", e)
