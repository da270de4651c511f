def resource():
    print("open")
    try:
        yield "r1"
        yield "r2"
    finally:
        print("close")
for r in resource():
    print("using", r)
for r in resource():
    print("using", r)
    break
print("after break")
def counter():
    i = 0
    try:
        while True:
            yield i
            i += 1
    except GeneratorExit:
        print("got GeneratorExit at", i)
        raise
c = counter()
next(c); next(c); next(c)
c.close()
def with_return():
    yield 1
    return 5
w = with_return()
print(next(w))
try:
    next(w)
except StopIteration as e:
    print("value", e.value, e.args)
