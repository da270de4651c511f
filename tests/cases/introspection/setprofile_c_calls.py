# sys.setprofile: call/return for Python functions, c_call/c_return/c_exception for built-in
# functions and methods.
import sys

events = []

def prof(frame, event, arg):
    if event.startswith("c_"):
        events.append((event, frame.f_code.co_name, arg.__name__))
    else:
        events.append((event, frame.f_code.co_name))

def helper(items):
    items.append(len(items))
    return max(items)

def work():
    data = [3, 1]
    helper(data)
    try:
        int("nope")
    except ValueError:
        pass
    return sorted(data)

sys.setprofile(prof)
work()
sys.setprofile(None)
for e in events:
    print(*e)
