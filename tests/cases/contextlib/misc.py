import contextlib
import sys
from contextlib import asynccontextmanager, AbstractContextManager, redirect_stdout, redirect_stderr, AsyncExitStack, aclosing


class Buf:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass


b = Buf()
with redirect_stdout(b) as target:
    sys.stdout.write('captured\n')
print(target is b, b.parts)
with redirect_stderr(b):
    sys.stderr.write('err\n')
print(b.parts[-1])


class MyCM(AbstractContextManager):
    def __exit__(self, *a):
        return None


with MyCM() as m:
    print(type(m).__name__)


class Duck:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        pass


print(isinstance(Duck(), AbstractContextManager), isinstance(3, AbstractContextManager), issubclass(Duck, AbstractContextManager))


def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError('coroutine suspended')


cm = contextlib.nullcontext(7)
print(run(cm.__aenter__()), run(cm.__aexit__(None, None, None)))


print(contextlib.nullcontext.__name__, [n for n in ['contextmanager', 'ExitStack', 'suppress', 'closing', 'nullcontext', 'redirect_stdout'] if n not in contextlib.__all__])
