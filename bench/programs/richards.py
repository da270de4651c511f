"""richards: Martin Richards' operating-system simulation: a scheduler, an
idle task, a worker, two handlers and two devices passing packets.
Classes with subclasses, attribute access, linked lists.

Usage: richards.py [ITERATIONS]   each iteration is one full simulation
DEFAULT = 40, SMALL = 1 (the runner reads the two lines below).
The check: each simulation queues 23246 packets and holds 9297 times, the
counts the algorithm's author published for an idle count of 10000.
"""

import sys

DEFAULT = 40
SMALL = 1

IDLE_COUNT = 10000
EXPECTED_QUEUED = 23246
EXPECTED_HELD = 9297

ID_IDLE = 0
ID_WORK = 1
ID_HANDLER_A = 2
ID_HANDLER_B = 3
ID_DEVICE_A = 4
ID_DEVICE_B = 5
TASK_COUNT = 6

KIND_DEVICE = 0
KIND_WORK = 1
BUFFER_SIZE = 4

# Task state bits.
HAS_PACKET = 1
WAITING = 2
HELD = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFFER_SIZE

    def append_to(self, queue):
        """Put self at the end of queue; return the new head."""
        self.link = None
        if queue is None:
            return self
        tail = queue
        while tail.link is not None:
            tail = tail.link
        tail.link = self
        return queue


class Task:
    def __init__(self, sched, ident, priority, queue, state):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.state = state
        self.link = sched.task_list
        sched.task_list = self
        sched.tasks[ident] = self

    def runnable(self):
        # Runnable unless held, or waiting with nothing queued.
        return not (self.state & HELD or self.state == WAITING)

    def take_packet(self):
        if self.state == HAS_PACKET | WAITING:
            packet = self.queue
            self.queue = packet.link
            self.state = 0 if self.queue is None else HAS_PACKET
            return packet
        return None

    def add_packet(self, packet, current):
        """Queue packet here; return the task to run next."""
        if self.queue is None:
            self.queue = packet
            self.state |= HAS_PACKET
            if self.priority > current.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return current


class IdleTask(Task):
    def __init__(self, sched, ident, priority, queue, state, control, count):
        Task.__init__(self, sched, ident, priority, queue, state)
        self.control = control
        self.count = count

    def step(self, packet):
        s = self.sched
        self.count -= 1
        if self.count == 0:
            return s.hold_current()
        if self.control & 1 == 0:
            self.control >>= 1
            return s.release(ID_DEVICE_A)
        self.control = (self.control >> 1) ^ 0xD008
        return s.release(ID_DEVICE_B)


class WorkTask(Task):
    def __init__(self, sched, ident, priority, queue, state):
        Task.__init__(self, sched, ident, priority, queue, state)
        self.destination = ID_HANDLER_A
        self.letter = 0

    def step(self, packet):
        s = self.sched
        if packet is None:
            return s.wait_current()
        if self.destination == ID_HANDLER_A:
            self.destination = ID_HANDLER_B
        else:
            self.destination = ID_HANDLER_A
        packet.ident = self.destination
        packet.datum = 0
        for i in range(BUFFER_SIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            packet.data[i] = 64 + self.letter
        return s.queue_packet(packet)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue, state):
        Task.__init__(self, sched, ident, priority, queue, state)
        self.work_queue = None
        self.device_queue = None

    def step(self, packet):
        s = self.sched
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work_queue = packet.append_to(self.work_queue)
            else:
                self.device_queue = packet.append_to(self.device_queue)
        work = self.work_queue
        if work is not None:
            count = work.datum
            if count >= BUFFER_SIZE:
                self.work_queue = work.link
                return s.queue_packet(work)
            device = self.device_queue
            if device is not None:
                self.device_queue = device.link
                device.datum = work.data[count]
                work.datum = count + 1
                return s.queue_packet(device)
        return s.wait_current()


class DeviceTask(Task):
    def __init__(self, sched, ident, priority, queue, state):
        Task.__init__(self, sched, ident, priority, queue, state)
        self.pending = None

    def step(self, packet):
        s = self.sched
        if packet is None:
            pending = self.pending
            if pending is None:
                return s.wait_current()
            self.pending = None
            return s.queue_packet(pending)
        self.pending = packet
        return s.hold_current()


class Scheduler:
    def __init__(self):
        self.task_list = None
        self.tasks = [None] * TASK_COUNT
        self.current = None
        self.queued = 0
        self.held = 0

    def release(self, ident):
        task = self.tasks[ident]
        task.state &= ~HELD
        if task.priority > self.current.priority:
            return task
        return self.current

    def hold_current(self):
        self.held += 1
        self.current.state |= HELD
        return self.current.link

    def wait_current(self):
        self.current.state |= WAITING
        return self.current

    def queue_packet(self, packet):
        target = self.tasks[packet.ident]
        self.queued += 1
        packet.link = None
        packet.ident = self.current.ident
        return target.add_packet(packet, self.current)

    def run(self):
        task = self.task_list
        while task is not None:
            if task.runnable():
                self.current = task
                task = task.step(task.take_packet())
            else:
                task = task.link


def simulate():
    s = Scheduler()
    IdleTask(s, ID_IDLE, 0, None, 0, 1, IDLE_COUNT)
    queue = Packet(None, 0, KIND_WORK)
    queue = Packet(queue, 0, KIND_WORK)
    WorkTask(s, ID_WORK, 1000, queue, HAS_PACKET | WAITING)
    queue = Packet(None, ID_DEVICE_A, KIND_DEVICE)
    queue = Packet(queue, ID_DEVICE_A, KIND_DEVICE)
    queue = Packet(queue, ID_DEVICE_A, KIND_DEVICE)
    HandlerTask(s, ID_HANDLER_A, 2000, queue, HAS_PACKET | WAITING)
    queue = Packet(None, ID_DEVICE_B, KIND_DEVICE)
    queue = Packet(queue, ID_DEVICE_B, KIND_DEVICE)
    queue = Packet(queue, ID_DEVICE_B, KIND_DEVICE)
    HandlerTask(s, ID_HANDLER_B, 3000, queue, HAS_PACKET | WAITING)
    DeviceTask(s, ID_DEVICE_A, 4000, None, WAITING)
    DeviceTask(s, ID_DEVICE_B, 5000, None, WAITING)
    s.run()
    return s.queued, s.held


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    for _ in range(iterations):
        queued, held = simulate()
        if queued != EXPECTED_QUEUED or held != EXPECTED_HELD:
            raise AssertionError("richards: queued %d held %d, expected %d and %d"
                                 % (queued, held, EXPECTED_QUEUED, EXPECTED_HELD))
    print("richards", iterations, queued, held, "ok")


main()
