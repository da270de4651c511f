# `async with` forms of the async context managers (needs BEFORE_ASYNC_WITH in the runtime).
from contextlib import asynccontextmanager, AsyncExitStack, aclosing


def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError('coroutine suspended')


events = []


@asynccontextmanager
async def acm(name):
    events.append('enter ' + name)
    try:
        yield name + '!'
    finally:
        events.append('exit ' + name)


async def main():
    async with acm('a') as v:
        events.append(v)
    try:
        async with acm('b'):
            raise ValueError('inside')
    except ValueError as e:
        events.append('caught ' + str(e))
    async with AsyncExitStack() as stack:
        r = await stack.enter_async_context(acm('c'))
        stack.callback(events.append, 'sync cb')

        async def acb(x):
            events.append('async cb ' + x)
        stack.push_async_callback(acb, 'z')
        events.append(r)
    return 'done'


print(run(main()), events)


async def agen():
    yield 1
    yield 2


async def use_aclosing():
    got = []
    async with aclosing(agen()) as g:
        async for x in g:
            got.append(x)
            break
    return got


print(run(use_aclosing()))


@asynccontextmanager
async def bad():
    if False:
        yield


async def use_bad():
    try:
        async with bad():
            pass
    except RuntimeError as e:
        return str(e)


print(run(use_bad()))


# The same managers driven by hand (no `async with`).
events.clear()


@asynccontextmanager
async def acm(name):
    events.append('enter ' + name)
    try:
        yield name + '!'
    finally:
        events.append('exit ' + name)


cm = acm('a')
v = run(cm.__aenter__())
events.append(v)
print(run(cm.__aexit__(None, None, None)), events)
cm = acm('b')
run(cm.__aenter__())
err = ValueError('inside')
print(run(cm.__aexit__(ValueError, err, None)), events)


@asynccontextmanager
async def swallowing():
    try:
        yield
    except KeyError:
        events.append('swallowed')


cm = swallowing()
run(cm.__aenter__())
print(run(cm.__aexit__(KeyError, KeyError('k'), None)), events[-1])
