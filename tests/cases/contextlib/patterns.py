from contextlib import contextmanager, ExitStack, suppress, nullcontext, closing
import contextlib

trace = []


@contextmanager
def step(name, swallow=()):
    trace.append('enter ' + name)
    try:
        yield name
    except swallow as e:
        trace.append(f'{name} swallowed {type(e).__name__}')
    else:
        trace.append('ok ' + name)
    finally:
        trace.append('exit ' + name)


with step('a'), step('b') as b, suppress(ZeroDivisionError):
    trace.append('body ' + b)
    1 / 0
print(trace)
trace.clear()

with step('outer', swallow=(KeyError,)):
    with step('inner'):
        raise KeyError('x')
print(trace)
trace.clear()


def optional(flag):
    return step('real') if flag else nullcontext('none')


for flag in (True, False):
    with optional(flag) as v:
        trace.append(v)
print(trace)
trace.clear()


class Conn:
    opened = 0

    def __init__(self, n):
        self.n = n
        Conn.opened += 1

    def close(self):
        Conn.opened -= 1
        trace.append(f'close {self.n}')


with ExitStack() as stack:
    conns = [stack.enter_context(closing(Conn(i))) for i in range(3)]
    print(Conn.opened, [c.n for c in conns])
print(Conn.opened, trace)
trace.clear()


def transactional(fail):
    with ExitStack() as stack:
        stack.callback(trace.append, 'rollback')
        trace.append('work')
        if fail:
            raise ValueError('fail')
        stack.pop_all()
        trace.append('commit')


transactional(False)
try:
    transactional(True)
except ValueError:
    pass
print(trace)
trace.clear()


@contextmanager
def counted():
    counted.n += 1
    yield counted.n


counted.n = 0


@counted()
def run():
    return counted.n


print(run(), run(), counted.n)


@contextmanager
def gen_with_return():
    yield 1
    return 'ignored'


with gen_with_return() as g:
    print(g)

cm = step('reuse')
with cm:
    pass
try:
    with cm:
        pass
except Exception as e:
    print(type(e).__name__)
trace.clear()

with ExitStack() as outer:
    inner = ExitStack()
    outer.enter_context(inner)
    inner.callback(trace.append, 'inner cb')
    outer.callback(trace.append, 'outer cb')
print(trace)
print(issubclass(ExitStack, contextlib.AbstractContextManager), isinstance(suppress(), contextlib.AbstractContextManager))
