# `await` on objects with a Python `__await__`: generator functions, defaults, closures,
# errors from __await__ and what it returns.
import types


def drive(coro):
    out = []
    try:
        while True:
            out.append(coro.send(None))
    except StopIteration as e:
        out.append(("return", e.value))
    except Exception as e:
        out.append((type(e).__name__, str(e)))
    return out


class Gen:
    def __init__(self, n):
        self.n = n

    def __await__(self):
        for i in range(self.n):
            yield i
        return self.n * 10


class WithDefault:
    def __await__(self, extra=5):
        yield extra
        return extra + 1


def make_closure_await(k):
    def __await__(self):
        yield k
        return k * 2
    return __await__


class Closure:
    __await__ = make_closure_await(7)


class ReturnsList:
    def __await__(self):
        return [1, 2]


class ReturnsIter:
    def __await__(self):
        return iter([3, 4])


class ReturnsCoro:
    def __await__(self):
        return inner()


class Raises:
    def __await__(self):
        raise KeyError("nope")


class RaisesInside:
    def __await__(self):
        yield 1
        raise ValueError("later")


class NotAwaitable:
    pass


class Static:
    @staticmethod
    def __await__():
        return iter(["static"])


class Slotted:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def __await__(self):
        yield self.v
        return -self.v


async def inner():
    return "inner"


async def use(x):
    r = await x
    return r


for obj in [Gen(0), Gen(3), WithDefault(), Closure(), ReturnsList(), ReturnsIter(),
            ReturnsCoro(), Raises(), RaisesInside(), NotAwaitable(), Static(), Slotted(4), 5]:
    print(type(obj).__name__, drive(use(obj)))

# The same object awaited many times, and nested awaits.
async def many(x, n):
    total = 0
    for _ in range(n):
        total += await x
    return total


print(drive(many(Slotted(2), 3)))
print(drive(many(Gen(1), 2)))


@types.coroutine
def legacy():
    v = yield "legacy"
    return v


class AwaitLegacy:
    def __await__(self):
        return legacy()


print(drive(use(AwaitLegacy())))
c = use(Gen(2))
print(c.send(None), c.cr_await is not None, type(c.cr_await).__name__)
c.close()
print(c.cr_await)
