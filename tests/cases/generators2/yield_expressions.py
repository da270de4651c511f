def echo():
    received = []
    while True:
        v = yield len(received)
        if v == "stop":
            return received
        received.append(v)
g = echo()
print(next(g), g.send("a"), g.send("b"))
try:
    g.send("stop")
except StopIteration as e:
    print("returned", e.value)
def yield_in_expr():
    x = (yield 1) + (yield 2)
    yield x
g = yield_in_expr()
print(next(g), g.send(10), g.send(20))
def yield_as_arg():
    print("got", (yield "first"), (yield "second"))
g = yield_as_arg()
print(next(g), g.send("A"))
try:
    g.send("B")
except StopIteration:
    print("done")
def yield_none():
    yield
    x = yield
    yield x
print(list(yield_none()))
def in_comprehension_arg():
    return list((yield i) for i in range(3)) if False else "n/a"
print(in_comprehension_arg())
def yield_from_iterables():
    yield from [1, 2]
    yield from "ab"
    yield from range(2)
    yield from {"k": 0}
    r = yield from (x for x in [9])
    yield r
print(list(yield_from_iterables()))
def delegating():
    result = yield from sub()
    yield f"sub returned {result}"
def sub():
    a = yield "sub1"
    b = yield f"sub2 got {a}"
    return (a, b)
g = delegating()
print(next(g), g.send("x"), g.send("y"))
def throw_into_delegate():
    try:
        yield from sub_catch()
    except KeyError:
        yield "outer caught"
def sub_catch():
    try:
        yield "sub waiting"
    except ValueError:
        yield "sub handled ValueError"
g = throw_into_delegate()
print(next(g), g.throw(ValueError), next(g, "sub finished"))
g = throw_into_delegate()
next(g)
print(g.throw(KeyError))
def close_delegate():
    try:
        yield from inner_close()
    finally:
        print("outer finally")
def inner_close():
    try:
        yield 1
    finally:
        print("inner finally")
g = close_delegate()
next(g)
g.close()
def gen_return_value():
    return "early"
    yield
g = gen_return_value()
try:
    next(g)
except StopIteration as e:
    print("value", e.value)
