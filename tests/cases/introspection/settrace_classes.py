# Class bodies, methods, __init__, properties and a lambda are all frames that get events.
import sys

def show(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno)
    return show

sys.settrace(show)

class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)

p = Point(1, -2)
n = p.norm1
key = sorted([3, 1, 2], key=lambda v: -v)
sys.settrace(None)
print(n, key)
