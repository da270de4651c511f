import inspect
async def coro(): pass
async def agen(): yield 1
def gen(): yield 1
def plain(): return 1
def varargs(*a, **k): pass
lam = lambda: (yield)
for f in [coro, agen, gen, plain, varargs, lam]:
    flags = f.__code__.co_flags
    print(f.__name__, hex(flags & (0x20 | 0x80 | 0x100 | 0x200 | 0x4 | 0x8)),
          inspect.iscoroutinefunction(f), inspect.isasyncgenfunction(f),
          inspect.isgeneratorfunction(f), inspect.isfunction(f))
c = coro()
print(inspect.iscoroutine(c), inspect.isawaitable(c))
c.close()
g = gen()
print(inspect.isgenerator(g), inspect.isgeneratorfunction(gen), inspect.iscoroutine(g))
print(inspect.CO_COROUTINE, inspect.CO_GENERATOR, inspect.CO_ASYNC_GENERATOR)
import collections
print(collections.abc.Mapping, collections.abc.Sequence.__name__)
import collections.abc
print(isinstance({}, collections.abc.MutableMapping), issubclass(list, collections.abc.Sequence))
from collections import abc as cabc
print(cabc is collections.abc)
