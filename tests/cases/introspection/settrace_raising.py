# A tracer that raises: the exception propagates from the traced code and tracing stops.
import sys

def bad(frame, event, arg):
    if event == 'line' and frame.f_lineno == 13:
        raise RuntimeError("tracer failed")
    return bad

def glob(frame, event, arg):
    return bad

def target():
    a = 1
    b = 2
    return a + b

sys.settrace(glob)
try:
    target()
except RuntimeError as e:
    print("caught", e)
print("trace now", sys.gettrace())

def raise_on_call(frame, event, arg):
    raise KeyError("on call")

def h():
    return 1

sys.settrace(raise_on_call)
try:
    h()
except KeyError as e:
    print("caught", repr(e))
print("trace now", sys.gettrace())
print(h())
