# sys.settrace turned on and off from inside hot loops: the calls made after it are traced.
import sys

events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == "callee":
        events.append((event, frame.f_lineno - callee.__code__.co_firstlineno))
        return tracer
    return None


def callee(x):
    y = x + 1
    return y


def loop(n, on_at, off_at):
    t = 0
    for i in range(n):
        t += i
        if i == on_at:
            sys.settrace(tracer)
        if on_at <= i < on_at + 2:
            t += callee(i)
        if i == off_at:
            sys.settrace(None)
    return t


print(loop(500, 300, 302), events)
events.clear()
print(loop(500, 450, 460), len(events))
events.clear()


def profiled(n):
    calls = []

    def prof(frame, event, arg):
        if event == "call":
            calls.append(frame.f_code.co_name)

    t = 0
    for i in range(n):
        t += i
        if i == 200:
            sys.setprofile(prof)
            callee(1)
            sys.setprofile(None)
    return t, calls


print(profiled(400))
