from contextlib import contextmanager, ContextDecorator

log = []


@contextmanager
def tag(name):
    log.append('<' + name + '>')
    try:
        yield name.upper()
    finally:
        log.append('</' + name + '>')


with tag('a') as t:
    log.append(t)
print(log)
log.clear()
try:
    with tag('b'):
        raise ValueError('boom')
except ValueError as e:
    print(type(e).__name__, e, log)


@contextmanager
def swallow(*types):
    try:
        yield
    except types as e:
        print('swallowed', type(e).__name__, e)


with swallow(KeyError):
    {}['missing']
print('after swallow')
try:
    with swallow(KeyError):
        raise IndexError('not me')
except IndexError as e:
    print(type(e).__name__, e)


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)


@contextmanager
def keeps_going():
    try:
        yield
    except ValueError:
        pass
    yield


try:
    with keeps_going():
        raise ValueError
except RuntimeError as e:
    print(type(e).__name__, e)


@contextmanager
def transform():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError('converted') from e


try:
    with transform():
        1 / 0
except ArithmeticError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)


@contextmanager
def reraise_stop():
    yield


try:
    with reraise_stop():
        raise StopIteration('inner')
except StopIteration as e:
    print(type(e).__name__, e)


@contextmanager
def value_cm(v):
    yield v * 2


print(value_cm.__name__, value_cm(3).__enter__())


@value_cm(5)
def decorated(x):
    return x + 1


print(decorated(1), decorated.__name__)
calls = []


@tag('deco')
def work(n):
    calls.append(n)
    return n * 10


log.clear()
print(work(1), work(2), calls, log)


class mycm(ContextDecorator):
    def __enter__(self):
        print('enter')
        return self

    def __exit__(self, *exc):
        print('exit', exc[0].__name__ if exc[0] else None)
        return False


@mycm()
def f(x):
    print('in f', x)
    return x


print(f(4))
try:
    with mycm():
        raise KeyError('k')
except KeyError as e:
    print('caught', e)

gen_cm = tag('x')
print(type(gen_cm).__name__, gen_cm.__doc__ is None)
with gen_cm as v:
    pass
try:
    with gen_cm:
        pass
except (AttributeError, RuntimeError, TypeError) as e:
    print(type(e).__name__)
