# sys.settrace(None) from inside traced code (and from the tracer itself) stops tracing.
import sys

def show(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno)
    if event == 'line' and frame.f_lineno == 22:
        sys.settrace(None)
        print("tracer removed itself")
    return show

def f():
    a = 1
    sys.settrace(None)
    b = 2
    return a + b

sys.settrace(show)
print(f())
print(sys.gettrace())

def g():
    x = 1
    y = 2
    return x + y

sys.settrace(show)
print(g())
print(sys.gettrace())
