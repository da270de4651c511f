# Generators and coroutines resumed by for loops and `yield from`/`await` (the specialized
# FOR_ITER / SEND forms resume them in the caller's evaluation loop): every loop runs enough
# times to be specialized.
import sys
import traceback


def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"


def delegate(n):
    r = yield from count(n)
    yield r


for rnd in range(3):
    print(rnd, sum(v for v in count(20)), list(delegate(3)))


# Tracebacks through generator frames resumed in the loop.
def bad(n):
    for i in range(n):
        yield i
    raise ValueError("bad %d" % n)


def middle(n):
    yield from bad(n)


def consume(n):
    total = 0
    for v in middle(n):
        total += v
    return total


for n in range(5):
    try:
        consume(n)
    except ValueError as e:
        tb = traceback.extract_tb(e.__traceback__)
        print(n, e, [(f.name, f.line) for f in tb])


# gi_running, gi_frame, f_back, f_lineno while resumed by a loop.
def introspect():
    me = yield
    for _ in range(3):
        f = sys._getframe()
        yield (me.gi_running, me.gi_frame is f, f.f_back.f_code.co_name, f.f_lineno)


def outer_intro():
    g = introspect()
    next(g)
    g.send(g)
    for r in g:
        print("intro", r)
    print("after", g.gi_frame, g.gi_running)


for _ in range(3):
    outer_intro()


def waiter():
    yield from inner_waiter()


def inner_waiter():
    yield 1
    yield 2


w = waiter()
for i, v in enumerate(w):
    print("yf", v, type(w.gi_yieldfrom).__name__, w.gi_yieldfrom.gi_running)
print("yf end", w.gi_yieldfrom)


# Already executing.
def reenter():
    for _ in range(3):
        try:
            next(self_gen)
        except ValueError as e:
            yield str(e)


self_gen = reenter()
print([v for v in self_gen])


# StopIteration raised inside becomes RuntimeError, with the cause.
def stops():
    yield 1
    raise StopIteration("x")


for _ in range(3):
    try:
        for v in stops():
            pass
    except RuntimeError as e:
        print(type(e).__name__, e, repr(e.__cause__))


# The handled exception inside a generator and in its resumer.
def in_handler():
    try:
        raise KeyError("inner")
    except KeyError:
        yield repr(sys.exc_info()[1])
        yield repr(sys.exc_info()[1])
    yield repr(sys.exc_info()[1])


for _ in range(3):
    try:
        raise IndexError("outer")
    except IndexError:
        for v in in_handler():
            print(v, repr(sys.exc_info()[1]))
    print(repr(sys.exc_info()[1]))


# Exceptions from the generator get the resumer's handled exception as context.
def raiser():
    yield 1
    raise TypeError("t")


for _ in range(3):
    try:
        try:
            raise OSError("o")
        except OSError:
            for v in raiser():
                pass
    except TypeError as e:
        print("context", repr(e.__context__))


# Sending values through `yield from`, return values, close and throw mid-delegation.
def echo():
    got = []
    while True:
        v = yield len(got)
        if v is None:
            return got
        got.append(v)


def echo_outer():
    r = yield from echo()
    yield ("returned", r)


for _ in range(3):
    e = echo_outer()
    print(next(e), e.send("a"), e.send("b"), e.send(None))


def thrower():
    try:
        yield from echo()
    except KeyError as k:
        yield ("caught", k.args)


t = thrower()
next(t)
print(t.throw(KeyError("k")))
t.close()
print(t.gi_frame)


# Deep recursion of generators: RecursionError, and recovery afterwards.
def deep(n):
    if n:
        yield from deep(n - 1)
    else:
        yield 0


try:
    for v in deep(100000):
        pass
except RecursionError as e:
    print("RecursionError", e)
print(sum(deep(50)))


# Coroutines awaiting coroutines and custom awaitables.
class Step:
    def __await__(self):
        v = yield "step"
        return v


async def leaf(x):
    return x * 2


async def mid(x):
    a = await leaf(x)
    b = await Step()
    return a + b


async def top(n):
    total = 0
    for i in range(n):
        total += await mid(i)
    return total


c = top(10)
out = [c.send(None)]
try:
    while True:
        out.append(c.send(1))
except StopIteration as s:
    print("coro", out.count("step"), s.value)

try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)


async def failing():
    await Step()
    raise ValueError("in coro")


async def calls_failing():
    await failing()


cf = calls_failing()
cf.send(None)
try:
    cf.send(None)
except ValueError as e:
    print([f.name for f in traceback.extract_tb(e.__traceback__)])


# The generator's frame keeps working after many resumes: locals seen through f_locals.
def locs():
    x = 1
    for _ in range(5):
        yield sys._getframe().f_locals["x"]
        x += 1


print(list(locs()))


# Tracing sees the generator's call/line/return events when a loop resumes it.
events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == "traced":
        events.append((event, frame.f_lineno - traced.__code__.co_firstlineno))
    return tracer


def traced():
    yield 1
    yield 2


def run_traced():
    for v in traced():
        pass


for _ in range(5):
    run_traced()
sys.settrace(tracer)
run_traced()
sys.settrace(None)
print(events)
