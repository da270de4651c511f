def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count(4)))
g = count(2)
print(next(g), next(g), next(g, "done"))
def echo():
    got = yield "ready"
    while True:
        got = yield f"got {got}"
e = echo()
print(next(e), e.send(1), e.send("x"))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2))))
def ret():
    yield 1
    return "result"
def wrapper():
    r = yield from ret()
    yield r
print(list(wrapper()))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for v in fib():
    if v > 50:
        break
    out.append(v)
print(out)
def closing():
    try:
        yield 1
        yield 2
    finally:
        print("closed")
c = closing()
print(next(c))
c.close()
def thrower():
    try:
        yield 1
    except ValueError as e:
        yield f"handled {e}"
t = thrower()
next(t)
print(t.throw(ValueError("boom")))
gen = (i * 2 for i in range(3))
print(type(gen).__name__, list(gen), list(gen))
def stop_inside():
    yield 1
    raise StopIteration
try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e)
