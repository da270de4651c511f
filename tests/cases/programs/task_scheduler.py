"""A priority-queue scheduler running generator-based tasks on a simulated clock."""
import heapq
import itertools
from collections import deque


class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks


class Spawn:
    def __init__(self, gen, priority=5, name=None):
        self.gen, self.priority, self.name = gen, priority, name


class Wait:
    def __init__(self, channel):
        self.channel = channel


class Send:
    def __init__(self, channel, value):
        self.channel, self.value = channel, value


class Scheduler:
    def __init__(self):
        self.clock = 0
        self.ready = []          # heap of (time, priority, seq, name, gen, value)
        self.seq = itertools.count()
        self.channels = {}
        self.waiting = {}
        self.log = []
        self.results = {}

    def spawn(self, gen, priority=5, name=None, at=None, value=None):
        name = name or gen.__name__
        heapq.heappush(self.ready, (self.clock if at is None else at, priority, next(self.seq), name, gen, value))
        return name

    def run(self, limit=200):
        steps = 0
        while self.ready and steps < limit:
            steps += 1
            when, prio, _, name, gen, value = heapq.heappop(self.ready)
            self.clock = max(self.clock, when)
            try:
                req = gen.send(value)
            except StopIteration as stop:
                self.results[name] = stop.value
                self.log.append(f"t={self.clock} {name} done -> {stop.value!r}")
                continue
            except Exception as e:
                self.results[name] = e
                self.log.append(f"t={self.clock} {name} crashed: {type(e).__name__}: {e}")
                continue
            if isinstance(req, Sleep):
                self.spawn(gen, prio, name, at=self.clock + req.ticks)
            elif isinstance(req, Spawn):
                child = self.spawn(req.gen, req.priority, req.name)
                self.spawn(gen, prio, name, value=child)
            elif isinstance(req, Wait):
                q = self.channels.setdefault(req.channel, deque())
                if q:
                    self.spawn(gen, prio, name, value=q.popleft())
                else:
                    self.waiting.setdefault(req.channel, deque()).append((prio, name, gen))
            elif isinstance(req, Send):
                waiters = self.waiting.get(req.channel)
                if waiters:
                    wprio, wname, wgen = waiters.popleft()
                    self.spawn(wgen, wprio, wname, value=req.value)
                else:
                    self.channels.setdefault(req.channel, deque()).append(req.value)
                self.spawn(gen, prio, name)
            else:
                self.spawn(gen, prio, name)
        return steps


def producer(n, chan):
    for i in range(n):
        yield Sleep(2)
        yield Send(chan, i * i)
    yield Send(chan, None)
    return f"sent {n}"


def consumer(chan):
    total = 0
    while True:
        v = yield Wait(chan)
        if v is None:
            return total
        total += v


def ticker(name, every, times):
    seen = []
    for _ in range(times):
        seen.append((yield Sleep(every)) is None)
    return f"{name} ticked {len(seen)}"


def boss():
    a = yield Spawn(ticker("fast", 1, 3), priority=1, name="fast")
    b = yield Spawn(ticker("slow", 5, 2), priority=9, name="slow")
    yield Sleep(3)
    return (a, b)


def faulty():
    yield Sleep(4)
    raise ValueError("disk on fire")


s = Scheduler()
s.spawn(producer(5, "q"), priority=3, name="producer")
s.spawn(consumer("q"), priority=2, name="consumer")
s.spawn(boss(), priority=4)
s.spawn(faulty())
steps = s.run()
for line in s.log:
    print(line)
print("steps", steps, "clock", s.clock)
print(sorted((k, repr(v)) for k, v in s.results.items()))

# heapq itself
h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 8, 2]
heapq.heapify(data)
print(data, heapq.heappushpop(data, 0), heapq.heapreplace(data, 10), data)
print(heapq.nlargest(3, range(20), key=lambda v: v % 7), heapq.nsmallest(2, ["pear", "fig", "apple"], key=len))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0])), list(heapq.merge("ace", "bd", reverse=False)))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError", e)
