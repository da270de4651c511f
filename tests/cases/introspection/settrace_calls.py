# Event order for plain calls, nested calls and return values.
import sys

def show(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno, repr(arg))
    return show

def add(a, b):
    s = a + b
    return s

def outer(n):
    t = 0
    for i in range(n):
        t = add(t, i)
    return t

def one_liner(x): return x * 2

sys.settrace(show)
r = outer(3)
q = one_liner(5)
sys.settrace(None)
print("result", r, q)
print("gettrace after", sys.gettrace())
