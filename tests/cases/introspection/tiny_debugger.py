# A tiny pdb-like debugger on sys.settrace, driven by a scripted list of commands:
# break at a line, print and set locals, step, continue. It stops in `compute`, changes a
# local and continues: the program's output shows the changed value.
import sys


class TinyDebugger:
    def __init__(self, commands):
        self.commands = list(commands)
        self.breakpoints = set()
        self.stepping = False
        self.log = []

    def say(self, *parts):
        print("(tdb)", *parts)

    def trace_dispatch(self, frame, event, arg):
        if frame.f_code.co_filename != self.filename:
            return None
        if event == 'call':
            return self.trace_dispatch
        if event == 'line':
            if self.stepping or frame.f_lineno in self.breakpoints:
                self.interact(frame)
        elif event == 'return' and self.stepping:
            self.say("return from", frame.f_code.co_name, "value", repr(arg))
        elif event == 'exception':
            self.say("exception", arg[0].__name__, "at line", frame.f_lineno)
        return self.trace_dispatch

    def interact(self, frame):
        self.say("stopped at", frame.f_code.co_name, "line", frame.f_lineno)
        # Read f_locals once per stop: writes to it reach the frame when the tracer returns
        # (CPython 3.11), or at once (PEP 667); both agree when it is fetched once.
        loc = frame.f_locals
        while self.commands:
            cmd, *args = self.commands.pop(0).split()
            if cmd == 'p':
                name = args[0]
                if name in loc:
                    self.say(name, "=", repr(loc[name]))
                else:
                    self.say("*** name", repr(name), "is not defined")
            elif cmd == 'set':
                name, expr = args[0], " ".join(args[1:])
                value = eval(expr, frame.f_globals, dict(loc))
                loc[name] = value
                self.say("set", name, "=", repr(value))
            elif cmd == 'locals':
                self.say("locals", sorted(k for k in loc))
            elif cmd == 'where':
                f, names = frame, []
                while f is not None:
                    names.append(f"{f.f_code.co_name}:{f.f_lineno}")
                    f = f.f_back
                self.say("where", " <- ".join(names))
            elif cmd == 'b':
                self.breakpoints.add(int(args[0]))
                self.say("breakpoint at line", args[0])
            elif cmd == 'clear':
                self.breakpoints.discard(int(args[0]))
            elif cmd == 's':
                self.stepping = True
                return
            elif cmd == 'c':
                self.stepping = False
                return
            else:
                self.say("unknown command", cmd)
        self.stepping = False

    def run(self, func, *args):
        self.filename = func.__code__.co_filename
        sys.settrace(self.trace_dispatch)
        try:
            return func(*args)
        finally:
            sys.settrace(None)


def compute(n):
    total = 0
    factor = 1
    for i in range(n):
        total += i * factor
    label = "total"
    return label, total


def main(n):
    result = compute(n)
    print("compute returned", result)
    try:
        int("x")
    except ValueError:
        pass
    return result[1]


commands = [
    "p n", "p total", "where", "s",
    "p total", "s",
    "p factor", "set factor 10", "p factor", "locals", "b 86", "c",
    "p label", "p i", "p total", "set total total + 1000", "p missing", "clear 86", "s",
    "s", "s", "c",
]
dbg = TinyDebugger(commands)
dbg.breakpoints.add(82)  # the line `total = 0` inside compute
value = dbg.run(main, 4)
print("final", value)
print("commands left", dbg.commands)
print(sys.gettrace())
