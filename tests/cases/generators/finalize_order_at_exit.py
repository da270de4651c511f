# At exit CPython clears the main module's names (single-underscore names first, then the
# rest in order); finalizers run as each value dies.
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def gen(name):
    try:
        yield name
    finally:
        print("generator finally", name)
first = Noisy("first")
_private = Noisy("_private")
g = gen("g")
next(g)
second = Noisy("second")
__dunder = Noisy("__dunder")
holder = [Noisy("in list")]
print("end of program")
