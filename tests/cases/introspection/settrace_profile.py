# sys.setprofile sees Python-level call and return events.
import sys

def prof(frame, event, arg):
    if event in ('call', 'return'):
        print(event, frame.f_code.co_name, repr(arg))

def inner(x):
    return x + 1

def outer():
    return inner(1) * 2

sys.setprofile(prof)
outer()
sys.setprofile(None)
print(sys.getprofile())
