class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et is not None)
        return self.swallow
with CM("a") as a, CM("b") as b:
    print("inside", a, b)
with CM("s", True):
    raise ValueError("x")
try:
    with CM("n"):
        raise ValueError("propagates")
except ValueError as e:
    print("caught", e)
def ret():
    with CM("r"):
        return 5
print(ret())
