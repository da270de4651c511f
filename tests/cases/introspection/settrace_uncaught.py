# An exception leaving several traced frames: 'exception' in each, then 'return' None.
import sys

def show(frame, event, arg):
    if event == 'exception':
        arg = arg[0].__name__
    if frame.f_code.co_name in ('a', 'b', 'c', '<module>'):
        print(event, frame.f_code.co_name, frame.f_lineno, arg)
    return show

def a():
    return b()

def b():
    return 1 // 0

def c():
    try:
        a()
    finally:
        print("cleanup")

sys.settrace(show)
c()
