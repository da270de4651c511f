class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration("it done")
        return self.n
    def throw(self, *a):
        print("It.throw", a[0] if len(a) == 1 else a)
        raise StopIteration("thrown out")
    def close(self):
        print("It.close")
def g():
    r = yield from It()
    print("r =", r)
    yield "after"
x = g()
print(next(x), x.gi_yieldfrom.__class__.__name__)
print(x.throw(ValueError("v")))
x = g()
next(x)
x.close()
class NoThrow:
    def __iter__(self): return self
    def __next__(self): return 1
def h():
    try:
        yield from NoThrow()
    except KeyError as e:
        print("h caught", repr(e))
        yield "h recovered"
y = h()
next(y)
print(y.throw(KeyError("k")))
def inner():
    try:
        yield 1
    except ValueError:
        print("inner caught")
        return "inner ret"
def outer():
    v = yield from inner()
    print("outer got", v)
    yield 2
z = outer()
next(z)
print(z.throw(ValueError))
print(z.gi_yieldfrom)
def gen_close_inner():
    try:
        yield 1
    finally:
        print("inner finally")
def gen_close_outer():
    try:
        yield from gen_close_inner()
    finally:
        print("outer finally")
w = gen_close_outer()
next(w)
w.close()
def running():
    yield rr.gi_running
rr = running()
print(next(rr))
def reent():
    yield next(re_)
re_ = reent()
try:
    next(re_)
except ValueError as e:
    print("ValueError", e)
