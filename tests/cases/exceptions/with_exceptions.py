class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress
with CM("a") as x, CM("b") as y:
    print("body", x, y)
with CM("s", True):
    raise ValueError("suppressed")
print("continued")
try:
    with CM("outer"):
        with CM("inner", True):
            raise KeyError("k")
        raise IndexError("i")
except IndexError as e:
    print("caught", e)
def f():
    with CM("ret"):
        return "returned"
print(f())
try:
    with 5:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
