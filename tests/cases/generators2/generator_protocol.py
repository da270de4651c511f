def counter(n):
    print("start")
    i = 0
    while i < n:
        got = yield i
        if got is not None:
            print("received", got)
            i = got
        else:
            i += 1
    print("end")
    return "result"
g = counter(5)
print(next(g), next(g), g.send(3), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
try:
    next(g)
except StopIteration as e:
    print("again", e.value)
g = counter(3)
try:
    g.send(5)
except TypeError as e:
    print("TypeError", e)
print(g.send(None))
def thrower():
    while True:
        try:
            yield "normal"
        except ValueError as e:
            yield f"handled {e}"
g = thrower()
print(next(g), g.throw(ValueError("x")), next(g))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", e)
print(g.gi_frame is None, g.gi_running)
def closer():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("got GeneratorExit")
        raise
    finally:
        print("cleanup")
g = closer()
next(g)
g.close()
g.close()
print("closed twice ok")
def bad_closer():
    try:
        yield 1
    except GeneratorExit:
        yield "not allowed"
g = bad_closer()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError", e)
def returns():
    yield 1
    return 42
def delegator():
    r = yield from returns()
    print("delegate got", r)
    yield r
print(list(delegator()))
def inner():
    x = yield "inner1"
    print("inner received", x)
    yield "inner2"
def outer():
    yield from inner()
    yield "outer"
g = outer()
print(next(g), g.send("hello"), next(g))
def stop_inside():
    yield 1
    raise StopIteration("bad")
try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)
g = counter(2)
print(type(g).__name__, g.__name__, g.__qualname__, hasattr(g, "__next__"), iter(g) is g)
def gen_exp_scope():
    return list(x * y for x in range(3) for y in range(2))
print(gen_exp_scope())
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 15)))
def running():
    yield g2.gi_running
g2 = running()
print(next(g2))
def reentrant():
    yield next(g3)
g3 = reentrant()
try:
    next(g3)
except ValueError as e:
    print("ValueError", e)
g = (i for i in range(3))
print(next(g), list(g), g.gi_frame)
def throw_type():
    yield 1
g = throw_type()
next(g)
try:
    g.throw(ValueError, ValueError("inst"), None)
except ValueError as e:
    print("throw 3-arg", e)
