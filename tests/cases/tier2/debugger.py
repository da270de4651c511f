# A trace function (a debugger) changes a local in the middle of a hot loop.
import sys


def loop(n):
    x = "foo"
    out = []
    for i in range(n):
        if i % 97 == 0:
            out.append(x)
    return out


def tracer(frame, event, arg):
    if event == "line" and frame.f_code.co_name == "loop":
        if frame.f_locals.get("i") == 300:
            frame.f_locals["x"] = "bar"
    return tracer


print(loop(500))  # hot: traced by tier 2
calls = 0


def hot_then_traced(n):
    x = 0
    for i in range(n):
        x += 1
        if i == 600:
            sys.settrace(tracer)  # turned on from inside the hot loop
    return x


print(hot_then_traced(1000))
sys.settrace(tracer)
print(loop(500))
sys.settrace(None)
print(loop(500))


def step_tracer(frame, event, arg):
    # A debugger's `step = 10` at a breakpoint, while the loop is hot.
    if event == "line" and frame.f_code.co_name == "writer" and frame.f_locals.get("i") == 500:
        frame.f_locals["step"] = 10.5
    return step_tracer


def writer(n, at):
    total = 0
    step = 1
    for i in range(n):
        total += step
        if i == at:
            sys.settrace(step_tracer)
    sys.settrace(None)
    return total


print(writer(1000, 400))


def swap_code(n):
    def f(v):
        return v + 1

    def g(v):
        return v * 2

    total = 0
    for i in range(n):
        total += f(i)
        if i == 300:
            f.__code__ = g.__code__
    return total


print(swap_code(600))
