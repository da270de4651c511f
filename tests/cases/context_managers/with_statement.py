class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, repr(ev) if ev else None, tb is not None)
        return self.swallow
with CM("a") as v:
    print("body", v)
with CM("a") as x, CM("b") as y:
    print("both", x, y)
with (CM("p1") as p1,
      CM("p2") as p2):
    print("parenthesized", p1, p2)
with CM("s", swallow=True):
    raise ValueError("swallowed")
print("continued")
try:
    with CM("outer"), CM("inner", swallow=False):
        raise KeyError("k")
except KeyError as e:
    print("caught", e)
with CM("outer2"), CM("inner2", swallow=True):
    raise KeyError("k2")
print("inner swallowed")
def in_func():
    with CM("ret"):
        return "returned"
print(in_func())
for i in range(2):
    with CM(f"loop{i}"):
        if i == 0:
            continue
        break
class BadEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("never")
try:
    with BadEnter():
        print("never")
except RuntimeError as e:
    print("RuntimeError", e)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise TypeError("from exit")
try:
    with ExitRaises():
        raise ValueError("original")
except TypeError as e:
    print("TypeError", e, "context:", repr(e.__context__))
class NoExit:
    def __enter__(self):
        return 1
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class NoEnter:
    def __exit__(self, *a):
        pass
try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
import contextlib
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name
    finally:
        print(f"</{name}>")
with tag("div") as t, tag("span"):
    print("content", t)
try:
    with tag("err"):
        raise ValueError("inside tag")
except ValueError as e:
    print("propagated", e)
with contextlib.suppress(KeyError, IndexError):
    [][1]
print("suppressed")
with contextlib.ExitStack() as stack:
    for n in ("x", "y"):
        stack.enter_context(CM(n))
    stack.callback(print, "callback ran")
    print("in stack")
class Reusable:
    def __enter__(self):
        print("reuse enter")
        return self
    def __exit__(self, *a):
        print("reuse exit")
r = Reusable()
with r:
    pass
with r:
    pass
