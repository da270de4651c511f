"""coroutines: `async def` coroutines driven by hand with send(), no
asyncio: a round-robin scheduler runs producers and consumers that talk
through channels and suspend on a custom awaitable, and a recursive
coroutine computes Fibonacci numbers by awaiting itself. Coroutine
creation, send, StopIteration, await delegation.

Usage: coroutines.py [ITEMS]    items sent by each producer
DEFAULT = 150000, SMALL = 300 (the runner reads the two lines below).
The check: the consumers' totals, recomputed with plain loops, and the
Fibonacci value.
"""

import sys

DEFAULT = 150000
SMALL = 300
PRODUCERS = 4
CONSUMERS = 3
FIB_N = 22
FIB_VALUE = 17711


class Suspend:
    """Awaiting one of these hands control back to the scheduler."""

    __slots__ = ()

    def __await__(self):
        yield None


SUSPEND = Suspend()


class Channel:
    def __init__(self):
        self.items = []
        self.head = 0
        self.closed_by = 0

    async def put(self, value):
        self.items.append(value)
        await SUSPEND

    async def get(self):
        while self.head >= len(self.items):
            if self.closed_by == PRODUCERS:
                return None
            await SUSPEND
        value = self.items[self.head]
        self.head += 1
        if self.head > 1024:
            del self.items[: self.head]
            self.head = 0
        return value


async def transform(value):
    return await mix(value, value % 7)


async def mix(a, b):
    return (a * 31 + b) % 10007


async def producer(channel, ident, count):
    for i in range(count):
        await channel.put(ident * 1000003 + i)
    channel.closed_by += 1
    return count


async def consumer(channel):
    total = 0
    seen = 0
    while True:
        value = await channel.get()
        if value is None:
            return total, seen
        total += await transform(value)
        seen += 1


async def afib(n):
    if n < 2:
        return n
    return await afib(n - 1) + await afib(n - 2)


def run_all(coros):
    """Round-robin: resume each ready coroutine in turn until all finish."""
    ready = list(coros)
    results = [None] * len(ready)
    index = list(range(len(ready)))
    switches = 0
    while ready:
        still_ready = []
        still_index = []
        for coro, i in zip(ready, index):
            switches += 1
            try:
                coro.send(None)
            except StopIteration as stop:
                results[i] = stop.value
                continue
            still_ready.append(coro)
            still_index.append(i)
        ready = still_ready
        index = still_index
    return results, switches


def expected_total(count):
    total = 0
    for ident in range(PRODUCERS):
        for i in range(count):
            v = ident * 1000003 + i
            total += (v * 31 + v % 7) % 10007
    return total


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    channel = Channel()
    coros = [producer(channel, p, count) for p in range(PRODUCERS)]
    coros += [consumer(channel) for _ in range(CONSUMERS)]
    results, switches = run_all(coros)
    produced = sum(results[:PRODUCERS])
    consumed = sum(r[1] for r in results[PRODUCERS:])
    total = sum(r[0] for r in results[PRODUCERS:])
    if produced != PRODUCERS * count or consumed != produced:
        raise AssertionError("coroutines: produced %d, consumed %d" % (produced, consumed))
    if total != expected_total(count):
        raise AssertionError("coroutines: total %d, expected %d" % (total, expected_total(count)))
    fib, _ = run_all([afib(FIB_N)])
    if fib[0] != FIB_VALUE:
        raise AssertionError("coroutines: afib(%d) = %r" % (FIB_N, fib[0]))
    print("coroutines", count, total, switches, "ok")


main()
