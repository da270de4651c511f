# 'exception' events: raised here, propagated from a callee, caught and uncaught in a frame.
import sys

def show(frame, event, arg):
    if event == 'exception':
        arg = (arg[0].__name__, str(arg[1]))
    print(event, frame.f_code.co_name, frame.f_lineno, arg)
    return show

def fail(x):
    if x > 1:
        raise ValueError("bad %d" % x)
    return x

def middle(x):
    y = fail(x)
    return y

def top():
    try:
        middle(5)
    except ValueError as e:
        print("caught", e)
    try:
        {}['k']
    except KeyError:
        pass
    finally:
        print("finally")
    return middle(1)

sys.settrace(show)
print(top())
sys.settrace(None)
