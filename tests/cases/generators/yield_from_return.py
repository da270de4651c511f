def inner(n):
    for i in range(n):
        got = yield i
        if got:
            print("inner got", got)
    return f"inner returned {n}"
def outer():
    r1 = yield from inner(2)
    print(r1)
    r2 = yield from inner(1)
    print(r2)
    return "outer done"
g = outer()
print(next(g), g.send("x"), next(g))
try:
    next(g)
except StopIteration as e:
    print("final", e.value)
def delegate():
    yield from [1, 2]
    yield from "ab"
    yield from range(3, 5)
    yield from (x * 10 for x in range(2))
print(list(delegate()))
def thrower():
    try:
        yield from inner(5)
    except KeyError as e:
        yield f"outer caught {e!r}"
t = thrower()
next(t)
print(t.throw(KeyError("k")))
