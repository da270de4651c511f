def averager():
    total = 0
    count = 0
    avg = None
    while True:
        try:
            v = yield avg
        except ValueError:
            print("reset")
            total = count = 0
            avg = None
            continue
        total += v
        count += 1
        avg = total / count
a = averager()
next(a)
print(a.send(10), a.send(20))
print(a.throw(ValueError))
print(a.send(5))
a.close()
try:
    a.send(1)
except StopIteration:
    print("closed generator stops")
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(e)
g = (x for x in range(3))
print(next(g))
try:
    g.send(5)
    print("sent")
except Exception as e:
    print(type(e).__name__)
