# The value a local tracer returns replaces f_trace; None keeps the current one.
import sys

log = []

def second(frame, event, arg):
    log.append(("second", event, frame.f_lineno))
    return None

def first(frame, event, arg):
    log.append(("first", event, frame.f_lineno))
    if event == 'line' and frame.f_lineno == 13:
        return second
    return first

def work():
    a = 1
    b = a + 1
    c = b + 1
    return c

def glob(frame, event, arg):
    log.append(("global", event, frame.f_code.co_name))
    return first if frame.f_code.co_name == 'work' else None

sys.settrace(glob)
work()
sys.settrace(None)
for entry in log:
    print(*entry)

def count_frame():
    f = sys._getframe()
    print("f_trace before", f.f_trace)
    f.f_trace = first
    print("f_trace is first", f.f_trace is first)
    f.f_trace = None
    print("f_trace after", f.f_trace)
count_frame()
