class N:
    def __init__(self, d):
        self.c = N(d + 1)
try:
    N(0)
except RecursionError as e:
    print("caught", type(e).__name__)
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError as e:
    print("caught", type(e).__name__)
def nest(n):
    return [nest(n - 1)] if n else []
print(len(str(nest(200))))
print("still alive")
