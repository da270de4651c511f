class BadEq:
    def __eq__(self, o):
        raise ValueError("eq failed")
    def __hash__(self):
        return 1
for label, f in [("list.index", lambda: [BadEq()].index(1)), ("in list", lambda: 1 in [BadEq()]), ("dict get", lambda: {BadEq(): 1}.get(BadEq())),
                 ("set add", lambda: {BadEq(), BadEq()}), ("list eq", lambda: [BadEq()] == [BadEq()]), ("count", lambda: [BadEq()].count(1)),
                 ("remove", lambda: [BadEq()].remove(1)), ("tuple eq", lambda: (BadEq(),) == (BadEq(),))]:
    try:
        print(label, f())
    except ValueError as e:
        print(label, "ValueError", e)
class BadHash:
    def __hash__(self):
        raise RuntimeError("hash failed")
for label, f in [("dict", lambda: {BadHash(): 1}), ("set", lambda: {BadHash()}), ("hash", lambda: hash(BadHash())), ("in dict", lambda: BadHash() in {}), ("frozenset", lambda: frozenset([BadHash()]))]:
    try:
        f()
    except RuntimeError as e:
        print(label, "RuntimeError", e)
class BadIter:
    def __iter__(self):
        raise KeyError("iter failed")
for label, f in [("list", lambda: list(BadIter())), ("for", lambda: [x for x in BadIter()]), ("unpack", lambda: [*BadIter()]), ("sum", lambda: sum(BadIter())), ("zip", lambda: zip(BadIter()))]:
    try:
        f()
    except KeyError as e:
        print(label, "KeyError", e)
class BadNext:
    def __iter__(self):
        return self
    def __next__(self):
        raise IndexError("next failed")
try:
    for x in BadNext():
        pass
except IndexError as e:
    print("for IndexError", e)
class BadRepr:
    def __repr__(self):
        raise TypeError("repr failed")
for label, f in [("repr list", lambda: repr([BadRepr()])), ("str dict", lambda: str({1: BadRepr()})), ("format", lambda: f"{BadRepr()!r}"), ("print", lambda: print(BadRepr()))]:
    try:
        f()
    except TypeError as e:
        print(label, "TypeError", e)
class BadLt:
    def __lt__(self, o):
        raise ArithmeticError("lt failed")
data = [BadLt(), BadLt()]
try:
    data.sort()
except ArithmeticError as e:
    print("sort ArithmeticError", e, len(data))
try:
    max(BadLt(), BadLt())
except ArithmeticError as e:
    print("max ArithmeticError", e)
class BadBool:
    def __bool__(self):
        raise ZeroDivisionError("bool failed")
for label, f in [("if", lambda: 1 if BadBool() else 0), ("not", lambda: not BadBool()), ("and", lambda: BadBool() and 1), ("filter", lambda: list(filter(None, [BadBool()]))), ("any", lambda: any([BadBool()]))]:
    try:
        f()
    except ZeroDivisionError as e:
        print(label, "ZeroDivisionError", e)
class BadGetattr:
    def __getattr__(self, n):
        raise LookupError("getattr failed")
try:
    hasattr(BadGetattr(), "x")
except LookupError as e:
    print("hasattr propagates", e)
print(getattr(type("Ok", (), {"__getattr__": lambda s, n: (_ for _ in ()).throw(AttributeError(n))})(), "x", "default"))
class BadInit:
    def __init__(self):
        raise OSError("init failed")
try:
    BadInit()
except OSError as e:
    print("init OSError", e)
class BadLen:
    def __len__(self):
        raise MemoryError("len failed")
try:
    len(BadLen())
except MemoryError as e:
    print("len MemoryError", e)
