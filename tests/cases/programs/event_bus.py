"""An event bus with decorator registration, priorities, middleware and ExitStack cleanup."""
import functools
from contextlib import ExitStack, contextmanager, closing, nullcontext, redirect_stdout
import io
import traceback


class Bus:
    def __init__(self):
        self.handlers = {}
        self.middleware = []

    def on(self, event, *, priority=0):
        def register(fn):
            self.handlers.setdefault(event, []).append((-priority, len(self.handlers.get(event, ())), fn))
            self.handlers[event].sort(key=lambda h: h[:2])
            return fn
        return register

    def use(self, mw):
        self.middleware.append(mw)
        return mw

    def emit(self, event, **payload):
        def dispatch(**p):
            return [fn(**p) for _, _, fn in self.handlers.get(event, [])]
        call = dispatch
        for mw in reversed(self.middleware):
            call = functools.partial(mw, event, call)
        return call(**payload)


bus = Bus()
calls = []


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        calls.append(fn.__name__)
        return fn(*args, **kwargs)
    return wrapper


@bus.on("order", priority=10)
@logged
def validate(item, qty):
    """Reject silly quantities."""
    if qty <= 0:
        raise ValueError(f"bad quantity {qty}")
    return f"valid {item}"


@bus.on("order")
def bill(item, qty):
    return f"billed {qty}x{item}"


@bus.on("order", priority=5)
def reserve(item, qty):
    return f"reserved {item}"


@bus.use
def timing(event, nxt, **payload):
    return ["<" + event] + nxt(**payload) + [event + ">"]


@bus.use
def errors(event, nxt, **payload):
    try:
        return nxt(**payload)
    except ValueError as e:
        return [f"error: {e}"]


print(bus.emit("order", item="tea", qty=2))
print(bus.emit("order", item="tea", qty=0))
print(bus.emit("unknown"))
print(calls, validate.__name__, validate.__doc__, validate.__wrapped__.__name__)


class Conn:
    opened = []

    def __init__(self, name, fail=False):
        self.name, self.fail = name, fail
        Conn.opened.append(name)

    def __enter__(self):
        if self.fail:
            raise ConnectionError(f"cannot open {self.name}")
        print("enter", self.name)
        return self

    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False

    def close(self):
        print("close", self.name)


with ExitStack() as stack:
    conns = [stack.enter_context(Conn(n)) for n in ("db", "cache")]
    stack.callback(print, "callback ran")
    stack.push(lambda *exc: print("push saw", exc[0]) or False)
    print("using", [c.name for c in conns])

try:
    with ExitStack() as stack:
        stack.enter_context(Conn("a"))
        stack.enter_context(Conn("b", fail=True))
except ConnectionError as e:
    print("ConnectionError", e)

with ExitStack() as outer:
    outer.enter_context(Conn("kept"))
    moved = outer.pop_all()
print("after pop_all")
moved.close()

with closing(Conn("sock")) as c:
    print("closing gives", c.name)
with nullcontext(42) as v:
    print("nullcontext", v)

buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line")
    bus.emit("order", item="x", qty=1)
print(repr(buf.getvalue()))


@contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield log
    except KeyError:
        log.append("rollback")
    else:
        log.append("commit")
    finally:
        log.append("end")


for fail in (False, True):
    log = []
    with transaction(log):
        if fail:
            raise KeyError("k")
    print(log)
try:
    with transaction([]):
        raise ValueError("v")
except ValueError as e:
    print("propagated", e)
try:
    bus.emit("order", item="tea", qty=-1) and None
    validate("x", -5)
except ValueError:
    print(traceback.format_exc().splitlines()[-1])
