from contextlib import ExitStack, contextmanager, suppress, closing, nullcontext

out = []


@contextmanager
def res(name, fail_exit=False):
    out.append('open ' + name)
    try:
        yield name
    finally:
        out.append('close ' + name)
        if fail_exit:
            raise RuntimeError('exit of ' + name)


with ExitStack() as stack:
    names = [stack.enter_context(res(n)) for n in 'abc']
    stack.callback(out.append, 'callback')
    out.append('body ' + ','.join(names))
print(out)
out.clear()

with ExitStack() as stack:
    stack.enter_context(res('x'))
    keep = stack.pop_all()
print(out)
keep.close()
print(out)
out.clear()


def exit_cb(exc_type, exc, tb):
    out.append(('exit_cb', exc_type.__name__ if exc_type else None))
    return True


with ExitStack() as stack:
    stack.push(exit_cb)
    raise ValueError('suppressed by push')
print(out)
out.clear()


class CM:
    def __enter__(self):
        out.append('CM enter')
        return self

    def __exit__(self, *a):
        out.append('CM exit')


with ExitStack() as stack:
    r = stack.push(CM())
    print(type(r).__name__)
print(out)
out.clear()

try:
    with ExitStack() as stack:
        stack.enter_context(res('outer', fail_exit=True))
        stack.enter_context(res('inner'))
        raise KeyError('body')
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__context__).__name__, e.__context__)
print(out)
out.clear()

try:
    with ExitStack() as stack:
        stack.enter_context(res('one', fail_exit=True))
        stack.enter_context(res('two', fail_exit=True))
except RuntimeError as e:
    print(type(e).__name__, e, '<-', e.__context__)

try:
    with ExitStack() as stack:
        stack.enter_context(object())
except TypeError as e:
    print(type(e).__name__, e)

stack = ExitStack()
print(stack.callback(print, 'deferred', 1, sep='-').__name__)
stack.close()
stack.close()

with suppress(KeyError, IndexError):
    [][1]
print('suppressed')
with suppress():
    pass
try:
    with suppress(KeyError):
        raise ValueError('through')
except ValueError as e:
    print(type(e).__name__, e)
with suppress(LookupError):
    {}['sub']
print('subclass suppressed')


class Thing:
    def __init__(self):
        self.closed = False

    def close(self):
        self.closed = True


t = Thing()
with closing(t) as c:
    print(c is t, t.closed)
print(t.closed)
with nullcontext(5) as n:
    print(n)
with nullcontext() as n:
    print(n)
print(isinstance(nullcontext(), object))
