# Tracing generators closed and thrown into, recursion errors, comprehensions that raise,
# with blocks, a tracer returning a non-callable, and a traced unbounded recursion.
import sys
out = []
def show(frame, event, arg):
    if event == 'exception':
        arg = arg[0].__name__
    elif event == 'return' or event == 'call':
        arg = repr(arg)[:20]
    out.append((event, frame.f_code.co_name, frame.f_lineno, arg))
    return show

def gen():
    try:
        yield 1
        yield 2
    except KeyError:
        yield "caught"
    finally:
        out.append("gen finally")

def deep(n):
    if n == 0:
        raise ValueError("bottom")
    return deep(n - 1)

def main():
    g = gen()
    next(g)
    print(g.throw(KeyError("k")))
    g.close()
    g2 = gen()
    next(g2)
    g2.close()
    try:
        deep(3)
    except ValueError:
        pass
    vals = [x for x in range(3) if x]
    try:
        [1 // x for x in range(2)]
    except ZeroDivisionError:
        pass
    with open_ctx() as c:
        pass
    return vals

class open_ctx:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False

sys.settrace(show)
main()
sys.settrace(None)
for o in out:
    print(o)

def bad_tracer(frame, event, arg):
    return 5
def f():
    x = 1
    return x
sys.settrace(bad_tracer)
try:
    f()
except TypeError as e:
    print("TypeError", e)
print(sys.gettrace())

def rec_tracer(frame, event, arg):
    return rec_tracer
def r(n):
    return r(n + 1)
sys.settrace(rec_tracer)
try:
    r(0)
except RecursionError as e:
    print("RecursionError")
sys.settrace(None)
print("done")
