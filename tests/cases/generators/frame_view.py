# gi_frame / cr_frame of suspended, running and finished generators and coroutines
import sys
import gc


def gen(a):
    x = a + 1
    yield x
    y = x * 2
    yield sys._getframe()
    yield y


g = gen(3)
f = g.gi_frame
print(f is g.gi_frame, f.f_code.co_name, f.f_lineno, f.f_back)
print(sorted(f.f_locals.items()))
print(next(g), g.gi_frame is f, f.f_lineno)
print(sorted(f.f_locals.items()))
inner = next(g)
print(inner is f, f.f_lineno, sorted(f.f_locals.items()))
print(next(g))
print(g.gi_frame is f, f.f_lineno)
for _ in g:
    pass
print(g.gi_frame, g.gi_running, g.gi_suspended)
print(f.f_code.co_name, f.f_lineno)

# A frame object outliving its generator.
def keep():
    z = 5
    yield z
    yield z + 1


k = keep()
next(k)
kf = k.gi_frame
del k
gc.collect()
print(kf.f_code.co_name, kf.f_lineno, kf.f_back)

# A generator whose frame was never asked for.
def quiet(n):
    for i in range(n):
        yield i * i


print(list(quiet(5)), sum(quiet(100)))
q = quiet(3)
print(q.gi_frame.f_lineno, next(q), q.gi_frame.f_lineno, q.gi_frame.f_locals["i"])
q.close()
print(q.gi_frame)

# cr_frame of a coroutine while suspended.
class Pause:
    def __await__(self):
        yield "paused"


async def co(v):
    w = v * 3
    await Pause()
    return w + 1


c = co(4)
print(c.cr_frame.f_lineno, sorted(c.cr_frame.f_locals.items()))
print(c.send(None))
print(c.cr_frame.f_lineno, sorted(c.cr_frame.f_locals.items()))
try:
    c.send(None)
except StopIteration as e:
    print("StopIteration", e.value)
print(c.cr_frame)

# f_locals writes to a suspended generator's frame (3.11: a snapshot)
def w():
    a = 1
    yield a
    yield a


wg = w()
next(wg)
loc = wg.gi_frame.f_locals
print(loc["a"])

# tracebacks through generators, f_back of a running generator frame
def boom():
    yield 1
    raise ValueError("inside")


b = boom()
next(b)
try:
    next(b)
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_lineno)
        tb = tb.tb_next
    print(names[-1])


def who():
    fr = sys._getframe()
    yield fr.f_code.co_name, fr.f_back.f_code.co_name
    yield sys._getframe(1).f_code.co_name


def caller():
    it = who()
    return next(it), next(it)


print(caller())

# __del__ of objects held by a suspended generator; close on collection
class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def holder():
    d = D(1)
    try:
        yield d.n
    finally:
        print("finally")


h = holder()
print(next(h))
del h
print("after del")


def cyc():
    me = yield
    yield me


cg = cyc()
next(cg)
cg.send(cg)
cg.gi_frame
del cg
print(gc.collect() >= 1)


# A frame object held while its generator dies keeps the variables (finished, closed, freed,
# or collected as part of a reference cycle).
def vars_gen(a):
    x = a + 1
    yield x
    yield x * 2


vg = vars_gen(1)
vf = vg.gi_frame
list(vg)
print("finished", sorted(vf.f_locals.items()), vf.f_lineno)
vg = vars_gen(2)
vf = vg.gi_frame
next(vg)
vg.close()
print("closed", sorted(vf.f_locals.items()), vf.f_lineno)
vg = vars_gen(3)
vf = vg.gi_frame
next(vg)
del vg
print("freed", sorted(vf.f_locals.items()), vf.f_lineno)
vg = vars_gen(4)
vf = vg.gi_frame
del vg
print("unstarted", sorted(vf.f_locals.items()))


def cyc_vars():
    a = 1
    b = "x"
    me = yield
    yield me


cv = cyc_vars()
next(cv)
cv.send(cv)
cvf = cv.gi_frame
del cv
gc.collect()
print("cycle", sorted((k, type(v).__name__) for k, v in cvf.f_locals.items()), cvf.f_lineno)


class Holder:
    pass


def held(bx):
    n = 7
    yield n


hb = Holder()
hg = held(hb)
hb.g = hg
next(hg)
hgf = hg.gi_frame
del hg, hb
gc.collect()
print("cycle2", sorted((k, type(v).__name__) for k, v in hgf.f_locals.items()), hgf.f_locals["n"])
