# FOR_ITER_GEN and SEND_GEN: generators driven by hot loops, `yield from` and `await`, with
# returns, errors, throws and closes, and a loop whose iterable changes kind.
import types

def count(n):
    for i in range(n):
        yield i
    return 'done'

def loops():
    total = 0
    for k in range(150):
        src = count(3) if k % 50 else iter([10, 20])
        for v in src:
            total += v
    print(total)
    def bad():
        yield 1
        raise StopIteration('inner')
    for i in range(120):
        try:
            for v in bad():
                pass
        except RuntimeError as e:
            msg = str(e)
    print(msg)
    def boom(n):
        yield n
        raise ValueError(n)
    caught = 0
    for i in range(150):
        try:
            for v in boom(i):
                pass
        except ValueError:
            caught += 1
    print(caught)

def delegation():
    def outer(n):
        r = yield from count(n)
        yield r
    out = []
    for i in range(150):
        out.append(list(outer(i % 4)))
    print(out[-4:])
    def echo():
        got = []
        while True:
            x = yield len(got)
            if x is None:
                return got
            got.append(x)
    def relay():
        res = yield from echo()
        yield ('result', res)
    g = relay()
    next(g)
    vals = [g.send(i) for i in range(150)]
    print(vals[-1], g.send(None)[1][-3:])
    def thrower():
        try:
            yield from count(1000)
        except KeyError as e:
            yield ('caught', e.args)
    for i in range(120):
        t = thrower()
        next(t)
        r = t.throw(KeyError(i))
    print(r)
    t = thrower()
    for i in range(150):
        next(t)
    t.close()
    print(t.gi_frame)

@types.coroutine
def sleep(n):
    yield ('sleep', n)
    return n * 2

async def work(n):
    total = 0
    for i in range(n):
        total += await sleep(i)
    return total

def run(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as e:
        return steps, e.value

def coroutines():
    print(run(work(150)))
    async def fails():
        await sleep(1)
        raise OSError('x')
    try:
        run(fails())
    except OSError as e:
        print('OSError', e)
    c = work(3)
    run(c)
    try:
        c.send(None)
    except RuntimeError as e:
        print(e)

loops()
delegation()
coroutines()
