# sys functions: argv, path, modules, recursion limit, intern, getsizeof, exc_info, exit.
import sys

print(type(sys.argv).__name__, len(sys.argv) >= 1, type(sys.path).__name__)
print("sys" in sys.modules, sys.modules["sys"] is sys, "builtins" in sys.modules)
old = sys.getrecursionlimit()
print(type(old).__name__, old >= 100)
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
for bad in (0, -5):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    sys.setrecursionlimit(1.5)
except TypeError as e:
    print("TypeError", e)
sys.setrecursionlimit(old)

a = "".join(["inter", "ned!"])
b = "".join(["inter", "ned", "!"])
print(a == b, sys.intern(a) is sys.intern(b))
try:
    sys.intern(b"x")
except TypeError as e:
    print("TypeError", e)

for obj in (0, 1, 2 ** 100, 1.5, "", "abc", [], [1, 2, 3], (), (1,), {}, {1: 2}, set(), None):
    s = sys.getsizeof(obj)
    print(type(obj).__name__, type(s).__name__, s > 0)
print(sys.getsizeof([1, 2, 3]) > sys.getsizeof([]), sys.getsizeof("abcdef") > sys.getsizeof("a"))
print(sys.getsizeof(2 ** 200) > sys.getsizeof(1))

class Sized:
    def __sizeof__(self):
        return 100
print(sys.getsizeof(Sized()) >= 100)

print(sys.exc_info(), sys.exception())
try:
    raise KeyError("k")
except KeyError as e:
    t, v, tb = sys.exc_info()
    print(t.__name__, v is e, tb is e.__traceback__, sys.exception() is e)
print(sys.exc_info() == (None, None, None))

for args in ((), (0,), (3,), ("bye",), (None,)):
    try:
        sys.exit(*args)
    except SystemExit as e:
        print("SystemExit", repr(e.code), e.args)
