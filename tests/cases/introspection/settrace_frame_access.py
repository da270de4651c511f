# The tracer reads and writes the frame: f_locals, f_back, f_code, and the written values
# are seen by the running code.
import sys

def show(frame, event, arg):
    if frame.f_code.co_name != 'compute':
        return show
    if event == 'line':
        loc = dict(frame.f_locals)
        print("line", frame.f_lineno, sorted(loc.items()))
        if frame.f_lineno == 21 and 'y' in frame.f_locals:
            frame.f_locals['y'] = 100
    elif event == 'call':
        print("call from", frame.f_back.f_code.co_name)
    elif event == 'return':
        print("return", arg)
    return show

def compute(x):
    y = x * 2
    z = y + 1
    return z

def caller():
    return compute(3)

sys.settrace(show)
print(caller())
sys.settrace(None)
