# f_trace_lines = False turns off 'line' events but keeps call/return.
import sys

def show(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno)
    if event == 'call' and frame.f_code.co_name == 'quiet':
        frame.f_trace_lines = False
    return show

def quiet(n):
    s = 0
    for i in range(n):
        s += i
    return s

def loud(n):
    return quiet(n) + 1

sys.settrace(show)
loud(2)
sys.settrace(None)

f = sys._getframe()
print(f.f_trace_lines, f.f_trace_opcodes)
try:
    f.f_trace_lines = 1
except TypeError as e:
    print("TypeError", e)
